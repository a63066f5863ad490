/**
 * Evidence that a capitalised word is a proper noun: a built-in list of
 * eponyms, the caller's list, and the abstract. The abstract is searched for
 * the title's words only, on demand, so a title of ordinary words costs a few
 * `indexOf` calls rather than an analysis of the whole abstract.
 */
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
  return (word) => {
    const bare = word.endsWith("'s") || word.endsWith("’s") ? word.slice(0, -2) : word;
    if (BUILT_IN_PROPER_NOUNS.has(word) || BUILT_IN_PROPER_NOUNS.has(bare)) return true;
    if (caller && (caller.has(word) || caller.has(bare))) return true;
    return abstract !== "" && capitalisedInProse(abstract, bare);
  };
}

/**
 * Whether prose writes `word` (one initial capital) capitalised in the middle
 * of a sentence, never in lower case, and never as part of the spelled-out
 * form of an acronym ("Population Based Training (PBT)", "IMPALA (Importance
 * Weighted ...)"), which names a method, not a proper noun.
 */
export function capitalisedInProse(text: string, word: string): boolean {
  if (text.indexOf(word) < 0) return false;
  if (wholeWordAt(text, word.toLowerCase(), 0) >= 0) return false;
  let found = false;
  for (let at = wholeWordAt(text, word, 0); at >= 0 && !found; at = wholeWordAt(text, word, at + word.length)) {
    found = !atSentenceStart(text, at);
  }
  if (!found) return false;
  // Only now is the costlier test worth it: no occurrence may spell out an acronym.
  for (let at = wholeWordAt(text, word, 0); at >= 0; at = wholeWordAt(text, word, at + word.length)) {
    if (inAcronymDefinition(text, at, at + word.length)) return false;
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
 * Whether the capitalised word at `start..end` belongs to the spelled-out
 * form of an acronym: followed (through capitalised words and at most one
 * lower-case word) by `(ACRONYM)` that starts with the run's initial, or
 * inside parentheses that follow an acronym.
 */
function inAcronymDefinition(text: string, start: number, end: number): boolean {
  // Inside parentheses that follow an acronym, with only capitalised words before it:
  // "IMPALA (Importance Weighted ...)".
  const open = findBack(text, 40, start);
  if (open >= 0 && text.indexOf(")", open) >= start) {
    const inside = text.slice(open + 1, start).split(" ").filter((t) => t !== "");
    if (inside.every((t) => /^\p{Lu}/u.test(t))) {
      const before = text.slice(Math.max(0, open - 40), open).trimEnd();
      if (upperCount(before.slice(before.lastIndexOf(" ") + 1)) >= 2) return true;
    }
  }
  // Followed, through capitalised words and at most one lower-case word, by "(ACRONYM)";
  // punctuation in between ends the run ("Gemma, a model (G)").
  const paren = findForward(text, 40, end);
  if (paren < 0) return false;
  const between = text.slice(end, paren);
  if (/[.,;:!?]/u.test(between) || (between !== "" && !between.endsWith(" "))) return false;
  const tokens = between.split(" ");
  let lower = 0;
  for (let k = 1; k < tokens.length; k += 1) {
    const token = tokens[k]!.replace(/^[{\\]+/u, "");
    if (token === "") continue;
    if (isUpperChar(token[0]!)) {
      if (lower > 0) return false;
    } else if (++lower > 1) return false;
  }
  const close = text.indexOf(")", paren);
  if (close < 0 || close - paren > 20) return false;
  const acronym = text.slice(paren + 1, close).replace(/s$/u, "");
  if (!/^[\p{L}\p{N}-]+$/u.test(acronym) || upperCount(acronym) < 2) return false;
  return [...acronym].find(isUpperChar) === runInitial(text, start);
}

// How far (in UTF-16 units) an acronym's spelled-out form may reach.
const WINDOW = 120;

/** Position of the character `code` at most WINDOW units before `from`, or -1; bounded so long abstracts stay cheap. */
function findBack(text: string, code: number, from: number): number {
  for (let i = from - 1, stop = Math.max(0, from - WINDOW); i >= stop; i -= 1) if (text.charCodeAt(i) === code) return i;
  return -1;
}

/** Position of the character `code` at most WINDOW units after `from`, or -1. */
function findForward(text: string, code: number, from: number): number {
  for (let i = from, stop = Math.min(text.length, from + WINDOW); i < stop; i += 1) if (text.charCodeAt(i) === code) return i;
  return -1;
}

/** The initial of the run of capitalised words that ends with the word at `start` ("Population Based" → "P"). */
function runInitial(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - WINDOW), start).split(/\s+/u);
  before.pop();
  let initial = text[start]!;
  for (let k = before.length - 1; k >= 0; k -= 1) {
    const token = before[k]!.replace(/^(?:[^\p{L}\p{N}(\\]*\\[A-Za-z]+)*[^\p{L}\p{N}(]*/u, "");
    if (!/^\p{Lu}/u.test(token)) break;
    initial = token[0]!;
  }
  return initial;
}

/** Whether a UTF-16 code is an ASCII letter. */
function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Number of capital letters in a string. */
function upperCount(text: string): number {
  let n = 0;
  for (const ch of text) if (isUpperChar(ch)) n += 1;
  return n;
}

/** Whether a character is a capital letter. */
function isUpperChar(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
