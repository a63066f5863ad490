import { anyMatches, compileNeedle, testRegExp } from "./_lib/needle.js";
import type { Predicate } from "./predicate.js";

/**
 * Matches papers by one of their affiliation slugs ("deepmind", "amazon-science").
 *
 * A string matches whole words of a slug, ignoring case and diacritics, with
 * hyphens as word breaks: "amazon" and "amazon-science" both find
 * "amazon-science"; "amaz*" is a prefix. A RegExp is tested as given
 * against each slug.
 *
 * @param name - words of the slug, or a RegExp
 * @returns a predicate
 * @throws {RangeError} when `name` is a string with no letters or digits, a `*` that ends no word, or over 4,000 characters
 *
 * @example
 * // A paper from Amazon Science
 * affiliation("amazon")({ ...paper, affiliations: ["amazon-science", "baidu"] }); //=> true
 */
export function affiliation(name: string | RegExp): Predicate {
  if (name instanceof RegExp) return (paper) => (paper.affiliations ?? []).some((slug) => testRegExp(name, slug));
  const match = compileNeedle(name, "affiliation");
  return (paper) => anyMatches(paper.affiliations ?? [], match);
}
