import type { Predicate } from "./predicate.js";
import { parseQuery } from "./_lib/parser.js";

/**
 * Compiles a query such as
 * `au:jaderberg AND cat:cs.LG AND year:2016..2018 AND has:code` into a
 * predicate.
 *
 * Fields: `au` (author), `ti` (title), `abs` (abstract), `all` (title,
 * authors, abstract, affiliations; also a bare term), `aff` (affiliation),
 * `cat` (cs.LG, LG or cs), `year` (2016, 2016..2018, 2016.., ..2018),
 * `date` (YYYY-MM-DD and ranges of them) and `has:code`. Text matches whole
 * words ignoring case and diacritics; `word*` is a prefix; `"quoted words"`
 * is a phrase. Operators, in capitals: `NOT` binds tightest, then `AND`,
 * `ANDNOT` and plain juxtaposition (also AND), then `OR`; parentheses group.
 * See docs/queries.md for the grammar. The query is compiled once, into the
 * same closures the combinators build, so run it as often as you like.
 *
 * @param query - the query text
 * @returns a predicate over papers
 * @throws {QuerySyntaxError} when the query cannot be read, naming the column, what was found and what was expected; an empty query is an error, never a match-all
 * @throws {TypeError} when `query` is not a string
 *
 * @example
 * // A query run on one paper (Jaderberg et al., cs.LG, 2017-11-27, with code), then a mistake
 * const p = compileQuery("au:jaderberg AND cat:cs.LG AND year:2016..2018 AND has:code");
 * p(populationBasedTraining); //=> true
 * compileQuery("(au:jaderberg OR)");
 * //=> throws QuerySyntaxError: unexpected ")" at column 17; expected a term
 */
export function compileQuery(query: string): Predicate {
  if (typeof query !== "string") throw new TypeError("compileQuery: the query must be a string");
  return parseQuery(query);
}
