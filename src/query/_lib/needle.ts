import { fold } from "./fold.js";

/** A compiled text needle: tests a word text made by `wordText` or `wordTexts`. */
export type WordMatcher = (words: string) => boolean;

const WORD = /[\p{L}\p{N}]+\*?/gu;

/**
 * Compiles a needle into a test on word texts. Every word of the needle must
 * match a whole word, in order and adjacent; a word ending in `*` matches any
 * word it begins ("reinforc*" matches "reinforcement").
 *
 * Returns `undefined` when the needle has no letters or digits: an empty needle
 * would match every paper, which callers must refuse rather than run.
 */
export function compileNeedle(needle: string): WordMatcher | undefined {
  const parts = fold(needle).match(WORD);
  if (parts === null) return undefined;
  const last = parts.length - 1;
  const inner = parts.slice(0, last);
  if (inner.every((part) => !part.endsWith("*"))) {
    // The common case stays a substring search, which V8 runs far faster than a RegExp.
    const tail = parts[last]!;
    const head = inner.length === 0 ? " " : ` ${inner.join(" ")} `;
    const probe = tail.endsWith("*") ? head + tail.slice(0, -1) : `${head}${tail} `;
    return (words) => words.includes(probe);
  }
  const source = parts
    .map((part) => (part.endsWith("*") ? `${part.slice(0, -1)}[^ |]*` : part))
    .join(" ");
  const pattern = new RegExp(` ${source}${parts[last]!.endsWith("*") ? "" : " "}`);
  return (words) => pattern.test(words);
}

/** Tests a RegExp "as given", except that a global or sticky one does not carry `lastIndex` from one paper to the next. */
export function testRegExp(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(text);
}
