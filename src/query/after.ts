import { dayRange } from "./_lib/range.js";
import { addDay, toDay } from "./_lib/dates.js";
import type { DateInput } from "./date-input.js";
import type { Predicate } from "./predicate.js";

/**
 * Matches papers published strictly after a day, like date-fns `isAfter`.
 *
 * Papers carry a day, not a time, so a `Date` or timestamp stands for its
 * calendar day in local time: `after(new Date(2016, 0, 1, 18, 0))` starts on
 * January 2nd.
 *
 * @param date - the day before the first one that matches
 * @returns a predicate
 * @throws {RangeError} when `date` is not a valid date
 *
 * @example
 * // The day itself does not match
 * after("2016-06-15")({ ...paper, published: "2016-06-15" }); //=> false
 * after("2016-06-15")({ ...paper, published: "2016-06-16" }); //=> true
 */
export function after(date: DateInput): Predicate {
  const day = toDay(date, "after");
  const next = addDay(day, 1, "after");
  // No day a paper can carry follows 9999-12-31.
  return next === undefined ? () => false : dayRange(next, undefined);
}
