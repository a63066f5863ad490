import { fold, wordText } from "./fold.js";

/** A compiled text needle: tests one value (a title, a name, a slug) as written. */
export type TextMatcher = (value: string) => boolean;

const WORD = /[\p{L}\p{N}]+\*?/gu;
const NON_ASCII = /[^\u0000-\u007f]/;

/**
 * Word texts of the non-ASCII values seen lately. Folding (NFKD, marks, word
 * splitting) costs far more than a match, and names with diacritics recur
 * ("Trębacz" on every paper of hers). Values are keyed by their own text, so
 * a cached entry is never stale; the cache is cleared when full to bound
 * memory on a stream of millions of papers.
 */
const folded = new Map<string, string>();
const FOLDED_MAX = 20_000;

/** The word text of a non-ASCII value, through the cache. */
function foldedWords(value: string): string {
  let words = folded.get(value);
  if (words === undefined) {
    if (folded.size >= FOLDED_MAX) folded.clear();
    words = wordText(value);
    folded.set(value, words);
  }
  return words;
}

/**
 * Compiles a needle into a test on values as written. Every word of the
 * needle must match a whole word of the value, in order and separated only by
 * non-word characters; case and diacritics do not count; a needle word ending
 * in `*` matches any word it begins ("reinforc*" matches "reinforcement").
 *
 * Two paths give the same answers. A value in plain ASCII (most titles and
 * names) is tested by one case-insensitive RegExp with word boundaries, with no
 * folding and no allocation. Any other value is folded to a word text
 * (" maja trebacz ") and searched for the needle's words as a substring.
 *
 * @param needle - the words to find
 * @param caller - the combinator's name, for the error
 * @throws {RangeError} when the needle cannot be searched for (see `needleProblem`)
 */
export function compileNeedle(needle: string, caller: string): TextMatcher {
  const problem = needleProblem(needle);
  if (problem !== undefined) throw new RangeError(`${caller}: ${JSON.stringify(needle.length > 60 ? `${needle.slice(0, 60)}…` : needle)} ${PROBLEMS[problem]}`);
  const parts = fold(needle).match(WORD)!;
  const general = wordTextMatcher(parts);
  // A needle word that is not ASCII after folding ("σ") can never match an ASCII value.
  if (parts.some((part) => NON_ASCII.test(part))) return (value) => NON_ASCII.test(value) && general(foldedWords(value));
  const body = parts.map((part) => (part.endsWith("*") ? `${part.slice(0, -1)}[a-z0-9]*` : part)).join("[^a-z0-9]+");
  const ascii = new RegExp(`(?:^|[^a-z0-9])${body}${parts[parts.length - 1]!.endsWith("*") ? "" : "(?![a-z0-9])"}`, "i");
  return (value) => (NON_ASCII.test(value) ? general(foldedWords(value)) : ascii.test(value));
}

/** The longest needle searched for, in UTF-16 code units: far more than any title or abstract, well within what a RegExp compiles. */
export const LONGEST_NEEDLE = 4000;

/** Why a needle cannot be searched for (see `needleProblem`). */
export type NeedleProblem = "no-words" | "misplaced-star" | "too-long";

/** Each problem, said after the needle in a combinator's error. */
const PROBLEMS: Readonly<Record<NeedleProblem, string>> = {
  "no-words": "has no letters or digits to match",
  "misplaced-star": 'has a "*" that does not end a word; a star asks for the words a word begins, at its end ("reinforc*")',
  // (Written out, not `${LONGEST_NEEDLE}`: a bundler keeps a module-level template with a
  // substitution in every bundle, used or not.)
  "too-long": "is longer than the 4000 characters searched for at most",
};

/**
 * A star that ends no word: at the start, after a space or another star, or with a letter or digit
 * after it. (A combining mark ends a word too: Hindi's vowel signs, Arabic's harakat, "cafe\u0301".)
 */
const MISPLACED_STAR = /(?:^|[^\p{L}\p{M}\p{N}])\*|\*[\p{L}\p{M}\p{N}]/u;

/**
 * Why a needle cannot be searched for, if it cannot: it has no letters or
 * digits (it would match every paper, which callers must refuse rather than
 * run), a star that ends no word (`*net`, `ne*t`: a star only asks for a
 * prefix, and read as a word break it would quietly search for something
 * else), or it is longer than `LONGEST_NEEDLE`.
 *
 * @example
 * needleProblem("reinforc*"); //=> undefined
 * needleProblem("*net"); //=> "misplaced-star"
 */
export function needleProblem(needle: string): NeedleProblem | undefined {
  if (needle.length > LONGEST_NEEDLE) return "too-long";
  if (fold(needle).match(WORD) === null) return "no-words";
  return MISPLACED_STAR.test(needle) ? "misplaced-star" : undefined;
}

/** The test on a word text (" van den oord "): a substring search, or a RegExp when a star sits mid-phrase. */
function wordTextMatcher(parts: readonly string[]): (words: string) => boolean {
  const last = parts.length - 1;
  const inner = parts.slice(0, last);
  if (inner.every((part) => !part.endsWith("*"))) {
    // The common case stays a substring search, which V8 runs far faster than a RegExp.
    const tail = parts[last]!;
    const head = inner.length === 0 ? " " : ` ${inner.join(" ")} `;
    const probe = tail.endsWith("*") ? head + tail.slice(0, -1) : `${head}${tail} `;
    return (words) => words.includes(probe);
  }
  const source = parts.map((part) => (part.endsWith("*") ? `${escape(part.slice(0, -1))}[^ ]*` : escape(part))).join(" ");
  const pattern = new RegExp(` ${source}${parts[last]!.endsWith("*") ? "" : " "}`, "u");
  return (words) => pattern.test(words);
}

/** Escapes RegExp syntax; needle words are letters and digits, so this is only a guard. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Whether any of `values` matches: a loop rather than `some`, to allocate no closure per paper. */
export function anyMatches(values: readonly string[], match: TextMatcher): boolean {
  for (let i = 0; i < values.length; i++) if (match(values[i]!)) return true;
  return false;
}

/** Tests a RegExp "as given", except that a global or sticky one does not carry `lastIndex` from one paper to the next. */
export function testRegExp(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(text);
}
