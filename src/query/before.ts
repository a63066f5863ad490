import { dayRange } from "./_lib/range.js";
import { addDay, FIRST_DAY, toDay } from "./_lib/dates.js";
import type { DateInput } from "./date-input.js";
import type { Predicate } from "./predicate.js";

/**
 * Matches papers published strictly before a day, like date-fns `isBefore`.
 *
 * A `Date` or timestamp stands for its calendar day in local time.
 *
 * @param date - the day after the last one that matches
 * @returns a predicate
 * @throws {RangeError} when `date` is not a valid date
 *
 * @example
 * // The day itself does not match
 * before("2016-06-15")({ ...paper, published: "2016-06-15" }); //=> false
 * before("2016-06-15")({ ...paper, published: "2016-06-14" }); //=> true
 */
export function before(date: DateInput): Predicate {
  const day = toDay(date, "before");
  // No paper carries a day before the first one ("-0001-12-31" would sort after nothing, but say so).
  if (day === FIRST_DAY) return () => false;
  return dayRange(undefined, addDay(day, -1, "before"));
}
