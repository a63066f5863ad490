import { compileNeedle, testRegExp } from "./_lib/needle.js";
import type { Predicate } from "./predicate.js";

/**
 * Options of `author`.
 *
 * @example
 * // Only papers where Jaderberg is the first author
 * const options: AuthorOptions = { position: "first" };
 */
export interface AuthorOptions {
  /** Which authors to look at: any author (default) or only the first. */
  readonly position?: "any" | "first";
}

/**
 * Matches papers by an author's name.
 *
 * A string matches whole words of the name as written, ignoring case and
 * diacritics: "oord" finds Aaron van den Oord, "trebacz" finds Maja Trębacz,
 * "van den oord" and "aaron van den oord" find him too, but "oor" does not
 * (write "oor*" for a prefix). The words must be adjacent and inside one
 * author's name. A RegExp is tested as given against each name as written.
 *
 * @param name - words of the name, or a RegExp
 * @param options - whether only the first author counts
 * @returns a predicate
 * @throws {RangeError} when `name` is a string with no letters or digits (it would match everyone), a `*` that ends no word, or over 4,000 characters
 *
 * @example
 * // Diacritics and case do not matter; a prefix needs a star
 * const maja = { ...paper, authors: [{ name: "Maja Trębacz", given: "Maja", family: "Trębacz" }] };
 * author("trebacz")(maja); //=> true
 * author("treb")(maja); //=> false
 * author("treb*")(maja); //=> true
 */
export function author(name: string | RegExp, options: AuthorOptions = {}): Predicate {
  const first = options.position === "first";
  if (options.position !== undefined && options.position !== "any" && !first) {
    throw new RangeError(`author: position must be "any" or "first", not ${JSON.stringify(options.position)}`);
  }
  if (name instanceof RegExp) {
    if (first) return (paper) => paper.authors.length > 0 && testRegExp(name, paper.authors[0]!.name);
    return (paper) => paper.authors.some((a) => testRegExp(name, a.name));
  }
  const match = compileNeedle(name, "author");
  if (first) return (paper) => paper.authors.length > 0 && match(paper.authors[0]!.name);
  return (paper) => {
    const authors = paper.authors;
    for (let i = 0; i < authors.length; i++) if (match(authors[i]!.name)) return true;
    return false;
  };
}
