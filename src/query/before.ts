import { dayRange } from "./_lib/range.js";
import { addDay, toDay } from "./_lib/dates.js";
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
  const previous = addDay(day, -1, "before");
  // No day a paper can carry comes before 0000-01-01.
  return previous === undefined ? () => false : dayRange(undefined, previous);
}
