import { parseISO } from "date-fns/parseISO";
import { daysInMonth, readIsoDate, toIsoDate } from "../../_lib/calendar.js";
import type { DateInput } from "../date-input.js";

/**
 * Reads a date input as a `YYYY-MM-DD` day, the form `Paper.published` takes,
 * so that matching a paper is a string comparison instead of a date parse.
 * A `YYYY-MM-DD` string is its own day; other ISO 8601 strings go through
 * date-fns `parseISO`.
 *
 * @throws {RangeError} when the input is not a valid date (misuse, as in date-fns)
 */
export function toDay(input: DateInput, name: string): string {
  if (typeof input === "string" && readIsoDate(input) !== undefined) return input;
  const date = typeof input === "string" ? parseISO(input) : new Date(input);
  if (Number.isNaN(date.getTime())) throw new RangeError(`${name}: ${JSON.stringify(String(input))} is not a valid date`);
  return formatDay(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/**
 * The day after (`step` 1) or before (`step` -1) a `YYYY-MM-DD` day, by
 * calendar arithmetic: no `Date`, so no time zone can shift it. `undefined`
 * past the years 0 to 9999, where no paper's `published` can lie (and where
 * "10000-01-01" would sort before "2016-…").
 *
 * @throws {RangeError} when `day` is not a day of the years 0 to 9999 (a `Date` far outside them)
 */
export function addDay(day: string, step: 1 | -1, name: string): string | undefined {
  const parts = readIsoDate(day);
  if (parts === undefined) throw new RangeError(`${name}: ${day} is not a day of the years 0 to 9999`);
  let { year, month, day: date } = parts;
  date += step;
  if (date > daysInMonth(year, month)) {
    date = 1;
    if (++month > 12) [year, month] = [year + 1, 1];
  } else if (date < 1) {
    if (--month < 1) [year, month] = [year - 1, 12];
    date = daysInMonth(year, month);
  }
  return year < 0 || year > 9999 ? undefined : formatDay(year, month, date);
}

/** Writes a day as `YYYY-MM-DD`, a year before 0 with a minus sign (`-0001-12-31`), as date-fns `formatISO` does. */
function formatDay(year: number, month: number, day: number): string {
  return year < 0 ? `-${toIsoDate(-year, month, day)}` : toIsoDate(year, month, day);
}

/** Writes a year (0–9999) as the first and last day it contains. */
export function yearBounds(year: number, name: string): { first: string; last: string } {
  if (!Number.isInteger(year) || year < 0 || year > 9999) {
    throw new RangeError(`${name}: ${String(year)} is not a year between 0 and 9999`);
  }
  const yyyy = String(year).padStart(4, "0");
  return { first: `${yyyy}-01-01`, last: `${yyyy}-12-31` };
}
