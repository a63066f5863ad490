import type { Paper } from "../model/paper.js";
import type { Predicate } from "./predicate.js";

/**
 * Turns any function of a paper into a predicate: the escape hatch for tests
 * the other combinators do not cover.
 *
 * The result is coerced to a boolean, so a function returning a string or a
 * number can be used as is.
 *
 * @param test - any function of a paper
 * @returns a predicate
 *
 * @example
 * // Papers with more than ten authors, or a truncated author list
 * const p = where((paper) => paper.authorsTruncated || paper.authors.length > 10);
 * p({ ...paper, authorsTruncated: true }); //=> true
 */
export function where(test: (paper: Paper) => unknown): Predicate {
  return (paper) => Boolean(test(paper));
}
