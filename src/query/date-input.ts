/**
 * What the date combinators (`after`, `before`, `between`) accept: a `Date`, a
 * timestamp, or an ISO 8601 string ("2016-03-01", "2016-03-01T12:00:00Z").
 * A date with a time stands for its calendar day in local time, as in date-fns.
 *
 * @example
 * // Three ways to say the first of March 2016
 * const days: DateInput[] = ["2016-03-01", new Date(2016, 2, 1), new Date(2016, 2, 1).getTime()];
 */
export type DateInput = Date | number | string;
