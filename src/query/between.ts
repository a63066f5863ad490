import { dayRange } from "./_lib/range.js";
import { toDay } from "./_lib/dates.js";
import { readIsoDate } from "../_lib/calendar.js";
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
 * @throws {RangeError} when a date is not valid or not a day of the years 0 to 9999, or `start` is after `end` (an empty range is a mistake, not a query)
 *
 * @example
 * // Both ends are included
 * between("2016-01-01", "2018-12-31")({ ...paper, published: "2018-12-31" }); //=> true
 */
export function between(start: DateInput, end: DateInput): Predicate {
  const first = toDay(start, "between");
  const last = toDay(end, "between");
  // (Checked first: "10000-01-01" would sort before "2016-…" as a string.)
  for (const day of [first, last]) if (readIsoDate(day) === undefined) throw new RangeError(`between: ${day} is not a day of the years 0 to 9999`);
  if (first > last) throw new RangeError(`between: the start ${first} is after the end ${last}`);
  return dayRange(first, last);
}
