import { abstract } from "../abstract.js";
import { affiliation } from "../affiliation.js";
import { author } from "../author.js";
import { category } from "../category.js";
import { hasCode } from "../has-code.js";
import { text } from "../text.js";
import { title } from "../title.js";
import type { Predicate } from "../predicate.js";
import { QuerySyntaxError } from "../query-syntax-error.js";
import { yearBounds } from "./dates.js";
import { readIsoDate } from "../../_lib/calendar.js";
import type { TermToken } from "./lexer.js";
import { needleProblem, type NeedleProblem } from "./needle.js";
import { dayRange } from "./range.js";
import { readCategorySpec } from "./category-spec.js";
import type { FieldConstraint } from "./fields.js";

/** A compiled term, with what it tests when that is a plain field (so an AND can fuse it). */
export interface CompiledTerm {
  readonly predicate: Predicate;
  readonly constraint?: FieldConstraint;
}

/** The fields of the query language, as the error for an unknown one lists them. */
export const FIELDS = ["au", "ti", "abs", "all", "aff", "cat", "year", "date", "has"] as const;

/** A field of the query language. */
export type Field = (typeof FIELDS)[number];

/** What a text field's value should have been, for each way it cannot be searched for. */
const NEEDLE_EXPECTED: Readonly<Record<NeedleProblem, string>> = {
  "no-words": "words to search for (letters or digits)",
  "misplaced-star": 'a "*" only at the end of a word, asking for the words it begins (reinforc*)',
  "too-long": "at most 4000 characters of words to search for", // (LONGEST_NEEDLE, written out: see needle.ts)
};
const YEAR = /^(\d{4})?(\.\.)?(\d{4})?$/;
const DATE = /^(\d{4}-\d{2}-\d{2})?(\.\.)?(\d{4}-\d{2}-\d{2})?$/;

/**
 * Compiles one term into its predicate while the parser still knows where it
 * is, so a bad value is reported at its own column, before anything later
 * in the query.
 *
 * @throws {QuerySyntaxError} for an unknown field or a value the field cannot read
 */
export function compileTerm(query: string, token: TermToken): CompiledTerm {
  const field = token.field ?? "all";
  const value = token.value;
  const fail = (expected: string): never => {
    throw new QuerySyntaxError({
      code: "invalid-value", query, column: token.valueColumn, length: token.valueLength, found: value, expected,
    });
  };
  // The combinators refuse a needle they cannot search for (RangeError); here that is the user's value.
  const words = (make: (words: string) => Predicate): CompiledTerm => {
    const problem = needleProblem(value);
    return problem === undefined ? { predicate: make(value) } : fail(NEEDLE_EXPECTED[problem]);
  };
  switch (field) {
    case "au":
      return words(author);
    case "ti":
      return words(title);
    case "abs":
      return words(abstract);
    case "all":
      return words(text);
    case "aff":
      return words(affiliation);
    case "cat": {
      const spec = readCategorySpec(value);
      if (spec === undefined) return fail("an arXiv category id, archive or code (cs.LG, cs, LG)");
      return { predicate: category(value), constraint: { kind: "category", spec } };
    }
    case "has":
      return value.toLowerCase() === "code" ? { predicate: hasCode(), constraint: { kind: "code" } } : fail('"code"');
    case "year":
      return range(value, YEAR, fail, "a year (2016) or a range of years (2016..2018, 2016.., ..2018)", (y, end) => {
        const bounds = yearBounds(Number(y), "year");
        return end ? bounds.last : bounds.first;
      });
    case "date":
      return range(value, DATE, fail, "a date YYYY-MM-DD or a range of dates (2016-01-01..2016-06-30)", (d) => {
        // DATE has matched YYYY-MM-DD: no other ISO form, so no parseISO here.
        return readIsoDate(d) === undefined ? fail("a date that exists on the calendar, written YYYY-MM-DD") : d;
      });
    default:
      throw new QuerySyntaxError({
        code: "unknown-field", query, column: token.column, length: token.valueColumn - token.column,
        found: token.field ?? "", expected: `one of the fields ${FIELDS.join(", ")}`,
      });
  }
}

/**
 * Reads `a`, `a..b`, `a..` or `..b` into an inclusive range of days; a single
 * `a` means all of `a` (a whole year, or one day).
 */
function range(
  value: string,
  pattern: RegExp,
  fail: (expected: string) => never,
  expected: string,
  toBound: (text: string, end: boolean) => string,
): CompiledTerm {
  const match = pattern.exec(value);
  if (match === null) return fail(expected);
  const [, low, dots, high] = match;
  if (low === undefined && high === undefined) return fail(expected);
  if (dots === undefined && high !== undefined) return fail(expected); // "20162018"
  const first = low === undefined ? undefined : toBound(low, false);
  const last = dots === undefined ? toBound(low!, true) : high === undefined ? undefined : toBound(high, true);
  if (first !== undefined && last !== undefined && first > last) {
    return fail("a range whose start is not after its end");
  }
  return { predicate: dayRange(first, last), constraint: { kind: "range", first, last } };
}
