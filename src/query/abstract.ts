import { compileNeedle, testRegExp } from "./_lib/needle.js";
import type { Predicate } from "./predicate.js";

/**
 * Matches papers whose abstract contains some words, with the same rules as
 * `title`: whole words, adjacent and in order, case and diacritics ignored,
 * a trailing `*` for a prefix; a RegExp is tested as given.
 *
 * @param words - the words to find, or a RegExp
 * @returns a predicate
 * @throws {RangeError} when `words` is a string with no letters or digits, a `*` that ends no word, or over 4,000 characters
 *
 * @example
 * // A phrase of the abstract
 * abstract("raw audio")({ ...paper, abstract: "This paper introduces WaveNet, a model for generating raw audio waveforms." }); //=> true
 */
export function abstract(words: string | RegExp): Predicate {
  if (words instanceof RegExp) return (paper) => testRegExp(words, paper.abstract ?? "");
  const match = compileNeedle(words, "abstract");
  return (paper) => match(paper.abstract ?? "");
}
