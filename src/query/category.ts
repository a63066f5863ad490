import { readCategorySpec } from "./_lib/category-spec.js";
import type { Predicate } from "./predicate.js";

/**
 * Matches papers by arXiv category: a full id ("cs.LG", "hep-th"), a whole
 * archive ("cs", "cond-mat"), or a listing code ("LG").
 *
 * Case is ignored in the argument ("CS.lg" is cs.LG); the paper's category is
 * compared as stored, which is arXiv's spelling when it comes from the
 * parser. A code that several archives share matches all of them ("CV" is
 * cs.CV and math.CV); write the id to pick one.
 *
 * @param name - an arXiv category id, archive or code
 * @returns a predicate
 * @throws {RangeError} when arXiv has no such category, archive or code, so a typo does not quietly match nothing
 *
 * @example
 * // Three ways to reach a cs.LG paper
 * const lg = { ...paper, category: { code: "LG", id: "cs.LG", name: "Machine Learning", archive: "cs" } };
 * category("cs.LG")(lg); //=> true
 * category("cs")(lg); //=> true
 * category("lg")(lg); //=> true
 */
export function category(name: string): Predicate {
  const spec = readCategorySpec(name);
  if (spec === undefined) throw new RangeError(`category: arXiv has no category, archive or code ${JSON.stringify(name)}`);
  const value = spec.value;
  switch (spec.key) {
    case "id":
      return (paper) => paper.category.id === value;
    case "archive":
      return (paper) => paper.category.archive === value;
    case "code":
      return (paper) => paper.category.code === value;
  }
}
