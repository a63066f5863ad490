import { anyMatches, compileNeedle, testRegExp } from "./_lib/needle.js";
import type { Predicate } from "./predicate.js";

/**
 * Matches papers whose title, authors, abstract or affiliations contain some
 * words: the `all:` field of the query language.
 *
 * The rules are those of `title`. A phrase must sit inside one field (and
 * inside one author's name); it never spans the end of the title and the
 * start of the abstract. A RegExp is tested as given against each field.
 *
 * @param words - the words to find, or a RegExp
 * @returns a predicate
 * @throws {RangeError} when `words` is a string with no letters or digits, a `*` that ends no word, or over 4,000 characters
 *
 * @example
 * // Found in the author list although not in the title
 * text("oord")({ ...paper, title: "WaveNet", authors: [{ name: "Aaron van den Oord", given: "Aaron", family: "van den Oord" }] }); //=> true
 */
export function text(words: string | RegExp): Predicate {
  if (words instanceof RegExp) {
    return (paper) =>
      testRegExp(words, paper.title) ||
      paper.authors.some((a) => testRegExp(words, a.name)) ||
      testRegExp(words, paper.abstract ?? "") ||
      (paper.affiliations ?? []).some((slug) => testRegExp(words, slug));
  }
  const match = compileNeedle(words, "text");
  return (paper) => {
    if (match(paper.title)) return true;
    const authors = paper.authors;
    for (let i = 0; i < authors.length; i++) if (match(authors[i]!.name)) return true;
    return match(paper.abstract ?? "") || anyMatches(paper.affiliations ?? [], match);
  };
}
