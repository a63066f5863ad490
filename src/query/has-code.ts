import type { Predicate } from "./predicate.js";

/**
 * Matches papers that link to their source code (the listing's `Code` badge).
 *
 * @returns a predicate
 *
 * @example
 * // A paper with the Code badge
 * hasCode()({ ...paper, hasCode: true }); //=> true
 */
export function hasCode(): Predicate {
  return (paper) => paper.hasCode === true;
}
