import type { Predicate } from "./predicate.js";

/**
 * Matches papers that a predicate does not match.
 *
 * @param predicate - the test to negate
 * @returns a predicate
 *
 * @example
 * // Papers without code
 * const p = not(hasCode());
 * p({ ...paper, hasCode: false }); //=> true
 */
export function not(predicate: Predicate): Predicate {
  return (paper) => !predicate(paper);
}
