/**
 * Evidence that a capitalised word is a proper noun: a built-in list of
 * eponyms, the caller's list, and the abstract. The abstract is searched for
 * the title's words only, on demand, so a title of ordinary words costs a few
 * `indexOf` calls rather than an analysis of the whole abstract.
 */
import { isAsciiLetter } from "../../_lib/chars.js";
import { BUILT_IN_PROPER_NOUNS } from "./title-words.js";

/** Options shared by everything that decides a title's casing. */
export interface CasingEvidence {
  /** The paper's abstract: words it capitalises mid-sentence count as proper nouns. */
  readonly abstract?: string;
  /** Words the caller knows to be proper nouns ("Gemini", "Atari"), matched exactly. */
  readonly properNouns?: Iterable<string>;
}

/** Answers "is this capitalised word a proper noun?" for one title. */
export type ProperNounTest = (word: string) => boolean;

const callerSets = new WeakMap<object, ReadonlySet<string>>();

/** The caller's list as a set of single words, converted once per list object. */
export function callerNouns(list: Iterable<string> | undefined): ReadonlySet<string> | undefined {
  if (list === undefined) return undefined;
  const cached = callerSets.get(list as object);
  if (cached) return cached;
  const set = new Set<string>();
  for (const entry of list) for (const part of entry.split(/\s+/u)) if (part) set.add(part);
  callerSets.set(list as object, set);
  return set;
}

/** Builds the proper-noun test for one title from its evidence. */
export function properNounTest(evidence: CasingEvidence): ProperNounTest {
  const caller = callerNouns(evidence.properNouns);
  const abstract = evidence.abstract ?? "";
  let spans: number[] | undefined;
  const definitions = (): number[] => (spans ??= definitionSpans(abstract));
  return (word) => {
    const n = word.length;
    const apostrophe = n > 2 && word.charCodeAt(n - 1) === 115 && (word.charCodeAt(n - 2) === 39 || word.charCodeAt(n - 2) === 0x2019);
    const bare = apostrophe ? word.slice(0, -2) : word;
    if (BUILT_IN_PROPER_NOUNS.has(word) || (apostrophe && BUILT_IN_PROPER_NOUNS.has(bare))) return true;
    if (caller && (caller.has(word) || caller.has(bare))) return true;
    return abstract !== "" && capitalisedInProse(abstract, bare, definitions);
  };
}

/**
 * Whether prose writes `word` (one initial capital) capitalised in the middle
 * of a sentence, never in lower case, and never as part of the spelled-out
 * form of an acronym ("Population Based Training (PBT)", "IMPALA (Importance
 * Weighted ...)"), which names a method, not a proper noun.
 */
export function capitalisedInProse(text: string, word: string, definitions = (): number[] => definitionSpans(text)): boolean {
  if (text.indexOf(word) < 0) return false;
  if (wholeWordAt(text, word.toLowerCase(), 0) >= 0) return false;
  let found = false;
  for (let at = wholeWordAt(text, word, 0); at >= 0 && !found; at = wholeWordAt(text, word, at + word.length)) {
    found = !atSentenceStart(text, at);
  }
  if (!found) return false;
  // Only now is the costlier test worth it: no occurrence may spell out an acronym.
  const spans = definitions();
  if (spans.length === 0) return true;
  for (let at = wholeWordAt(text, word, 0); at >= 0; at = wholeWordAt(text, word, at + word.length)) {
    for (let k = 0; k < spans.length; k += 2) if (at >= spans[k]! && at < spans[k + 1]!) return false;
  }
  return true;
}

/** Index of the next whole-word occurrence of `word` at or after `from`, or -1. */
function wholeWordAt(text: string, word: string, from: number): number {
  for (let at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!isWordChar(text, at - 1) && !isWordChar(text, at + word.length)) return at;
  }
  return -1;
}

/** Whether the character at `i` is a letter, digit or combining mark (false outside the text). */
function isWordChar(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return /[\p{L}\p{N}\p{M}]/u.test(text[i]!);
}

const OPENING = " \t\n\r\u00a0\"'([{“‘";
const CLOSING = "\"')]}”’";

/**
 * Whether the word at `at` opens a sentence: nothing but opening marks and
 * LaTeX (`\emph{`) before it, back to the start or to . ! ? or a colon.
 */
function atSentenceStart(text: string, at: number): boolean {
  let i = at - 1;
  for (;;) {
    while (i >= 0 && OPENING.includes(text[i]!)) i -= 1;
    if (i < 0) return true;
    // Step over a LaTeX command such as \emph that wraps the word.
    let j = i;
    while (j >= 0 && isAsciiLetter(text.charCodeAt(j))) j -= 1;
    if (j >= 0 && j < i && text[j] === "\\" && text[i + 1] === "{") {
      i = j - 1;
      continue;
    }
    while (i >= 0 && CLOSING.includes(text[i]!)) i -= 1;
    return i < 0 || ".!?:".includes(text[i]!);
  }
}

/**
 * Where prose spells out an acronym, as [start, end) pairs flattened into one
 * array: the capitalised words before "(ACRONYM)" whose run starts with the
 * acronym's initial, with at most one lower-case word just before the
 * parenthesis ("Projected Natural Gradient Descent algorithm (PRONG)"), and
 * the capitalised words inside parentheses that follow an acronym ("IMPALA
 * (Importance Weighted Actor-Learner Architecture)").
 */
export function definitionSpans(text: string): number[] {
  const spans: number[] = [];
  for (let open = text.indexOf("("); open >= 0; open = text.indexOf("(", open + 1)) {
    const close = text.indexOf(")", open);
    // Forward: "(ACRONYM)" closes a run of capitalised words.
    const acronym = close > open && close - open <= 20 ? text.slice(open + 1, close).replace(/s$/u, "") : "";
    if (acronym !== "" && /^[\p{L}\p{N}-]+$/u.test(acronym) && upperCount(acronym) >= 2) {
      const first = runStart(text, open);
      if (first >= 0 && text[first] === [...acronym].find(isUpperChar)) spans.push(first, open);
    }
    // Backward: "ACRONYM (Spelled Out Words ...)".
    let j = open - 1;
    while (j >= 0 && text.charCodeAt(j) === 32) j -= 1;
    let k = j;
    while (k >= 0 && !isSpace(text.charCodeAt(k))) k -= 1;
    if (j > k && upperCount(text.slice(k + 1, j + 1)) >= 2) {
      let end = open + 1;
      const limit = close > open ? close : Math.min(text.length, open + WINDOW);
      for (const match of text.slice(open + 1, limit).matchAll(/\S+/gu)) {
        if (!startsUpper(match[0])) break;
        end = open + 1 + match.index + match[0].length;
      }
      if (end > open + 1) spans.push(open + 1, end);
    }
  }
  return spans;
}

// How far (in UTF-16 units) an acronym's spelled-out form may reach.
const WINDOW = 120;

/**
 * Where the run of capitalised words that ends just before `open` starts
 * (its first letter), allowing one lower-case word right before `open`; -1
 * when there is no such run. Tokens are whitespace-separated; a LaTeX opener
 * (`\\emph{`) or opening punctuation before a word is skipped, and a word
 * ending in punctuation ends the run.
 */
function runStart(text: string, open: number): number {
  let i = open - 1;
  let first = -1;
  let lowerSeen = false;
  for (let steps = 0; steps < 12; steps += 1) {
    while (i >= 0 && isSpace(text.charCodeAt(i))) i -= 1;
    if (i < 0) break;
    const end = i + 1;
    while (i >= 0 && !isSpace(text.charCodeAt(i))) i -= 1;
    let s = i + 1;
    while (s < end) {
      if (text[s] === "\\") {
        s += 1;
        while (s < end && isAsciiLetter(text.charCodeAt(s))) s += 1;
      } else if (!isWordChar(text, s)) s += 1;
      else break;
    }
    if (s >= end) break;
    const upper = isUpperChar(String.fromCodePoint(text.codePointAt(s)!));
    if (upper && !".,;:!?".includes(text[end - 1]!)) first = s;
    else if (!upper && !lowerSeen && first < 0) lowerSeen = true;
    else break;
  }
  return first;
}

/** Whether a token starts with a capital letter. */
function startsUpper(token: string): boolean {
  const first = token.codePointAt(0);
  return first !== undefined && isUpperChar(String.fromCodePoint(first));
}

/** Number of capital letters in a string. */
function upperCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      if (code >= 65 && code <= 90) n += 1;
    } else if (isUpperChar(text[i]!)) n += 1;
  }
  return n;
}

/** Whether a UTF-16 code is whitespace that separates tokens. */
function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0;
}

/** Whether a character is a capital letter. */
function isUpperChar(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
