import { formatISO } from "date-fns/formatISO";
import { isValid } from "date-fns/isValid";
import { parseISO } from "date-fns/parseISO";
import type { DateInput } from "../date-input.js";

/**
 * Reads a date input as a `YYYY-MM-DD` day, the form `Paper.published` takes,
 * so that matching a paper is a string comparison instead of a date parse.
 *
 * @throws {RangeError} when the input is not a valid date (misuse, as in date-fns)
 */
export function toDay(input: DateInput, name: string): string {
  const date = typeof input === "string" ? parseISO(input) : new Date(input);
  if (!isValid(date)) throw new RangeError(`${name}: ${JSON.stringify(String(input))} is not a valid date`);
  return formatISO(date, { representation: "date" });
}

/** Writes a year (0–9999) as the first and last day it contains. */
export function yearBounds(year: number, name: string): { first: string; last: string } {
  if (!Number.isInteger(year) || year < 0 || year > 9999) {
    throw new RangeError(`${name}: ${String(year)} is not a year between 0 and 9999`);
  }
  const yyyy = String(year).padStart(4, "0");
  return { first: `${yyyy}-01-01`, last: `${yyyy}-12-31` };
}
