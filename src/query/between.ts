import { dayRange } from "./_lib/range.js";
import { toDay } from "./_lib/dates.js";
import type { DateInput } from "./date-input.js";
import type { Predicate } from "./predicate.js";

/**
 * Matches papers published from one day to another, both included, like
 * date-fns `isWithinInterval`.
 *
 * A `Date` or timestamp stands for its calendar day in local time.
 *
 * @param start - the first day that matches
 * @param end - the last day that matches
 * @returns a predicate
 * @throws {RangeError} when a date is not valid, or `start` is after `end` (an empty range is a mistake, not a query)
 *
 * @example
 * // Both ends are included
 * between("2016-01-01", "2018-12-31")({ ...paper, published: "2018-12-31" }); //=> true
 */
export function between(start: DateInput, end: DateInput): Predicate {
  const first = toDay(start, "between");
  const last = toDay(end, "between");
  if (first > last) throw new RangeError(`between: the start ${first} is after the end ${last}`);
  return dayRange(first, last);
}
