/**
 * The shared analysis behind APA sentence case and BibTeX brace protection:
 * which words of a title carry capitals that must survive.
 */

import { isDigit } from "../../_lib/chars.js";
import { wordSet } from "../../_lib/word-set.js";

/** One piece of a title: a word (letters, digits, marks, inner apostrophes) or the text between two words. */
export interface TitlePiece {
  readonly text: string;
  readonly word: boolean;
  /** The word's capitals must survive any case change (acronym, camel-case, proper noun, ...). */
  readonly keep: boolean;
  /** The word opens the title or a subtitle, where sentence case wants a capital. */
  readonly opens: boolean;
}

/** Evidence about proper nouns: answers whether a capitalised word is a name ("Gemma", "Bayesian"). */
export type ProperNounSet = (word: string) => boolean;

// Words are runs of letters, digits and marks; inner apostrophes stay
// ("O'Donoghue"), hyphens split ("Deep-RL" → "Deep", "RL").
// A subtitle starts after a colon, a question or exclamation mark, or an em dash (APA 6.17).
const SUBTITLE_BREAK = /[:?!—]\s*$/u;
// A full stop and a space (after closing brackets or quotes): a new sentence, unless it ends an
// abbreviation ("vs.", "et al.") or an initial ("Z.-W. Sun").
const FULL_STOP = /^[)\]"”’]*\.\s+$/u;
const ABBREVIATIONS = /* @__PURE__ */ wordSet("vs al cf etc fig figs eq eqs no nos vol sec ch approx resp ca viz dr mr mrs ms prof st jr sr inc ltd co corp ed eds");
// A part number opening a title or subtitle: "Planck 2018 results. VI. Cosmological parameters".
const ROMAN = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XVI{0,3}|XIX|XX)$/;

/**
 * Eponyms and names common in machine-learning titles that no abstract may
 * mention capitalised mid-sentence ("Bayesian optimization", "Monte Carlo").
 */
export const BUILT_IN_PROPER_NOUNS: ReadonlySet<string> = new Set([
  "Bayes", "Bayesian", "Gaussian", "Markov", "Markovian", "Monte", "Carlo", "Euclidean", "Hessian",
  "Jacobian", "Lipschitz", "Boltzmann", "Langevin", "Wasserstein", "Hilbert", "Fourier", "Laplace",
  "Laplacian", "Riemannian", "Nash", "Turing", "Hamiltonian", "Lagrangian", "Newton", "Kalman",
  "Dirichlet", "Bernoulli", "Poisson", "Shapley", "Hebbian", "Hopfield", "Atari", "Go", "StarCraft",
  "Minecraft", "Wikipedia", "English", "Chinese", "French", "German", "Spanish", "Japanese", "Arabic",
  "Python", "Java", "Internet", "Earth", "Mars",
  "January", "February", "March", "April", "June", "July", "August", "September", "October",
  "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
]);

/**
 * Splits a title into words and separators and decides, per word, whether its
 * capitals must survive. A word keeps them when it is an acronym (`IMPALA`,
 * `RL`, `LLMs`), camel-case (`AlphaCode`, `PixelCNN`, `FeUdal`, `iPhone`),
 * mixes capitals and digits (`7B`, `3D`), is a single capital other than the
 * article "A" (`Q` of `Q-learning`, `I`), or is a known proper noun.
 */
export function analyzeTitle(title: string, properNouns: ProperNounSet): TitlePiece[] {
  const pieces: TitlePiece[] = [];
  walkTitle(title, properNouns, (text, word, keep, opens) => pieces.push({ text, word, keep, opens }));
  return pieces;
}

/** `analyzeTitle` without the objects: calls `visit` for each piece, in order. */
export function walkTitle(
  title: string,
  properNouns: ProperNounSet,
  visit: (text: string, word: boolean, keep: boolean, opens: boolean) => void,
): void {
  let last = 0;
  let opens = true;
  // The word before, and whether it opened a title or subtitle; whether a word follows an initial.
  let previous = "";
  let previousOpened = false;
  // Whether the word before ends a dotted acronym ("S" of "U.S.", "D" of "Ph.D."): no initial.
  let previousInAcronym = false;
  let afterInitial = false;
  let i = 0;
  const n = title.length;
  while (i < n) {
    const c = title.charCodeAt(i);
    if (c < 128 ? !ASCII_WORD[c] : !isWordAt(title, i)) {
      i += 1;
      continue;
    }
    const start = i;
    // Counted on the way for ASCII words, so most words need no second pass.
    let upper = 0;
    let upperLater = false;
    let digit = false;
    let ascii = true;
    for (;;) {
      for (;;) {
        if (i >= n) break;
        const d = title.charCodeAt(i);
        if (d < 128) {
          if (!ASCII_WORD[d]) break;
          if (d <= 57) digit = true;
          else if (d <= 90) {
            upper += 1;
            if (i > start) upperLater = true;
          }
          i += 1;
        } else if (isWordAt(title, i)) {
          ascii = false;
          i += d >= 0xd800 && d <= 0xdbff ? 2 : 1;
        } else break;
      }
      // An apostrophe between letters stays inside the word ("O'Donoghue").
      const code = title.charCodeAt(i);
      if ((code === 39 || code === 0x2019) && i + 1 < n && isWordAt(title, i + 1)) {
        ascii = false;
        i += 1;
      } else break;
    }
    afterInitial = false;
    if (start > last) {
      const gap = title.slice(last, start);
      visit(gap, false, false, false);
      if (gap !== " " && SUBTITLE_BREAK.test(gap)) opens = true;
      else if (FULL_STOP.test(gap) && previous !== "" && !previousInAcronym) {
        // (A single letter is an initial, "Z.-W. Sun", and the name after it keeps its capital;
        // but a part number opening a subtitle, "…regions: I. Nearest-neighbour statistics".)
        const letter = previous.length === 1 && !isDigit(previous.charCodeAt(0));
        const lower = previous.toLowerCase();
        if (letter && !(previousOpened && ROMAN.test(previous))) afterInitial = isUpper(previous);
        // ("No." is one only before a number: "No. 5", but "…? — No. Transformers without it".)
        else if (!ABBREVIATIONS.has(lower) || (lower === "no" && !isDigit(title.charCodeAt(start)))) opens = true;
      }
    }
    const text = title.slice(start, i);
    let keep: boolean;
    if (!ascii) keep = mustKeepCapitals(text, properNouns) || (afterInitial && isUpper(text[0]!));
    else if (upper === 0) keep = false;
    else if (upper >= 2 || upperLater || digit || afterInitial) keep = true;
    else if (text.length === 1) keep = text !== "A";
    else keep = properNouns(text);
    visit(text, true, keep, opens);
    previousInAcronym = start > 0 && title.charCodeAt(start - 1) === 46;
    previous = text;
    previousOpened = opens;
    opens = false;
    last = i;
  }
  if (last < title.length) visit(title.slice(last), false, false, false);
}

/** Whether the character at `i` is a letter, digit or combining mark. */
function isWordAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i)!));
}

const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
const ASCII_WORD = /* @__PURE__ */ (() => {
  const table = new Uint8Array(128);
  for (let c = 0; c < 128; c += 1) table[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  return table;
})();

/** Whether a single word's capitals carry meaning (see `analyzeTitle`). */
export function mustKeepCapitals(word: string, isProperNoun: ProperNounSet): boolean {
  let upper = 0;
  let upperAfterFirst = false;
  let digit = false;
  let length = 0;
  for (let i = 0; i < word.length; i += 1) {
    const code = word.charCodeAt(i);
    if (code < 128) {
      if (code >= 65 && code <= 90) {
        upper += 1;
        if (length > 0) upperAfterFirst = true;
      } else if (code >= 48 && code <= 57) digit = true;
    } else {
      const point = word.codePointAt(i)!;
      if (point > 0xffff) i += 1;
      const ch = String.fromCodePoint(point);
      if (isUpper(ch)) {
        upper += 1;
        if (length > 0) upperAfterFirst = true;
      } else if (/\p{N}/u.test(ch)) digit = true;
    }
    length += 1;
  }
  if (upper === 0) return false;
  if (upper >= 2 || upperAfterFirst || digit) return true;
  if (length === 1) return word !== "A";
  return isProperNoun(word);
}

/** Whether a character is a capital letter (has a distinct lower-case form). */
export function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
