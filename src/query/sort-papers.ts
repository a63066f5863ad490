import type { Paper } from "../model/paper.js";
import { orderBy, type Comparator, type OrderOptions, type SortDirection, type SortKey } from "./order-by.js";

/**
 * Returns the papers in a new array, sorted stably by a key or comparator.
 * The input is left as it was.
 *
 * @param papers - any iterable of papers
 * @param order - a sort key, or a comparator from `orderBy`, `thenBy`, `compileSort`
 * @param direction - direction when `order` is a key (default `"asc"`)
 * @param options - the locale, when `order` is a key
 * @returns a sorted copy
 * @throws {RangeError} when `order` is not a sort key or `direction` is not "asc" or "desc"
 *
 * @example
 * // Three papers whose first authors are Jaderberg, Botev and Feng, A to Z
 * sortPapers([pbt, recurrentGemma, mathResearch], "firstAuthor").map((p) => p.authors[0]?.family);
 * //=> ["Botev", "Feng", "Jaderberg"]
 */
export function sortPapers<T extends Paper>(
  papers: Iterable<T>,
  order: SortKey | Comparator<T>,
  direction: SortDirection = "asc",
  options: OrderOptions = {},
): T[] {
  const compare: Comparator<T> = typeof order === "function" ? order : orderBy(order, direction, options);
  return Array.from(papers).sort(compare);
}
