import { isCalendarDate, readIsoDate } from "../_lib/calendar.js";

/** A calendar day. */
export interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * Reads the `referenceDate` option: a `Date` (its local calendar day), a
 * `"YYYY-MM-DD"` string, or nothing (today). Misuse throws a `RangeError`.
 */
export function toCalendarDay(value: Date | string | undefined): CalendarDay {
  if (value === undefined) value = new Date();
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new RangeError("referenceDate is an Invalid Date");
    return { year: value.getFullYear(), month: value.getMonth() + 1, day: value.getDate() };
  }
  const day = readIsoDate(value);
  if (!day) throw new RangeError(`referenceDate must be a Date or "YYYY-MM-DD", got ${JSON.stringify(value)}`);
  return day;
}

/**
 * The year of a year-less date read on `reference`: the latest year in which
 * that day exists and is not after the reference date (`Dec 3` read on
 * 2025-06-30 is 2024-12-03; `Feb 29` finds the last leap year).
 */
export function inferYear(month: number, day: number, reference: CalendarDay): number | undefined {
  let year = reference.year;
  if (month > reference.month || (month === reference.month && day > reference.day)) year -= 1;
  for (let tries = 0; tries < 8; tries++, year--) {
    if (isCalendarDate(year, month, day)) return year;
  }
  return undefined;
}
