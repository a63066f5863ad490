import { dayRange } from "./_lib/range.js";
import { yearBounds } from "./_lib/dates.js";
import type { Predicate } from "./predicate.js";

/**
 * Matches papers published in a calendar year.
 *
 * @param year - a whole year from 0 to 9999
 * @returns a predicate
 * @throws {RangeError} when `year` is not a whole number from 0 to 9999
 *
 * @example
 * // New Year's Eve belongs to its year
 * inYear(2016)({ ...paper, published: "2016-12-31" }); //=> true
 * inYear(2016)({ ...paper, published: "2017-01-01" }); //=> false
 */
export function inYear(year: number): Predicate {
  const { first, last } = yearBounds(year, "inYear");
  return dayRange(first, last);
}
