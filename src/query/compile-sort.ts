import type { Paper } from "../model/paper.js";
import { orderBy, type Comparator, type OrderOptions, type SortKey } from "./order-by.js";

const KEYS: readonly SortKey[] = ["date", "title", "firstAuthor", "category"];

/**
 * Reads a sort written as text, such as a command line's `--sort date:desc,title`,
 * into a comparator: keys separated by commas, each optionally followed by
 * `:asc` or `:desc`; later keys break the ties of earlier ones.
 *
 * Keys are those of `orderBy`: `date`, `title`, `firstAuthor`, `category`
 * (case is ignored, so `firstauthor` works on a command line).
 *
 * @param spec - the sort, e.g. "date:desc" or "firstAuthor,date:desc"
 * @param options - the locale of the collation
 * @returns a stable comparator for `sortPapers`, `papers.sort` or `from(...).orderBy`
 * @throws {RangeError} when a key or direction is unknown or the spec is empty, with a message that lists the accepted keys
 *
 * @example
 * // Newest first, then by title, for papers of 2016, 2018 and 2017
 * sortPapers([unreal, ctf, pbt], compileSort("date:desc,title")).map((p) => p.published);
 * //=> ["2018-07-03", "2017-11-27", "2016-08-18"]
 */
export function compileSort(spec: string, options: OrderOptions = {}): Comparator<Paper> {
  const parts = spec.split(",").map((part) => part.trim());
  if (parts.some((part) => part === "")) {
    throw new RangeError(`sort: ${JSON.stringify(spec)} has an empty key; expected keys such as "date:desc,title"`);
  }
  const comparators = parts.map((part) => {
    const [name = "", direction = "asc", ...rest] = part.split(":").map((s) => s.trim());
    const key = KEYS.find((k) => k.toLowerCase() === name.toLowerCase());
    if (key === undefined) {
      throw new RangeError(`sort: unknown key ${JSON.stringify(name)}; expected one of ${KEYS.join(", ")}`);
    }
    const dir = direction.toLowerCase();
    if ((dir !== "asc" && dir !== "desc") || rest.length > 0) {
      throw new RangeError(`sort: ${JSON.stringify(part)} has an unknown direction; expected ${key}:asc or ${key}:desc`);
    }
    return orderBy(key, dir, options);
  });
  if (comparators.length === 1) return comparators[0]!;
  return (a, b) => {
    for (const compare of comparators) {
      const order = compare(a, b);
      if (order !== 0) return order;
    }
    return 0;
  };
}
