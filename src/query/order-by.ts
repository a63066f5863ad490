import type { Paper } from "../model/paper.js";

/**
 * The keys papers can be sorted by: `date` (published), `title`,
 * `firstAuthor` (family name, then given names, of the first author; a group
 * sorts by its name) and `category` (the arXiv id).
 *
 * @example
 * // A key checked by the compiler
 * const key: SortKey = "date";
 */
export type SortKey = "date" | "title" | "firstAuthor" | "category";

/**
 * Ascending (oldest, A to Z) or descending (newest, Z to A).
 *
 * @example
 * const newestFirst: SortDirection = "desc";
 */
export type SortDirection = "asc" | "desc";

/**
 * Compares two items the way `Array.prototype.sort` expects: negative when
 * `a` comes first, positive when `b` does, zero when their order is kept.
 *
 * @example
 * const byArxivId: Comparator = (a, b) => (a.arxivId ?? "").localeCompare(b.arxivId ?? "");
 */
export type Comparator<T = Paper> = (a: T, b: T) => number;

/**
 * Options of `orderBy`.
 *
 * @example
 * // Swedish rules put "Ö" after "Z"
 * const options: OrderOptions = { locale: "sv" };
 */
export interface OrderOptions {
  /**
   * The locale whose rules order titles and names (default `"en"`, so that
   * results do not change from one machine to the next).
   */
  readonly locale?: string | readonly string[];
}

/** Every sort key, for run-time checks of keys that come from users. */
const SORT_KEYS: readonly SortKey[] = ["date", "title", "firstAuthor", "category"];

/**
 * Builds a comparator that orders papers by one key.
 *
 * Titles and names compare with `Intl.Collator` (numeric, so "Gemma 2" comes
 * before "Gemma 10"); dates compare as days. Sorting with it is stable:
 * `Array.prototype.sort` keeps the input order of papers that compare equal,
 * in either direction. Papers without authors sort as an empty name, first
 * when ascending.
 *
 * @param key - what to sort by
 * @param direction - `"asc"` (default) or `"desc"`
 * @param options - the locale of the collation
 * @returns a comparator for `papers.sort`, `sortPapers`, `thenBy` or `from(...).orderBy`
 * @throws {RangeError} when `key` or `direction` is not one of the documented values (a JavaScript caller's typo)
 *
 * @example
 * // Newest first
 * [{ ...paper, published: "2016-01-01" }, { ...paper, published: "2018-01-01" }]
 *   .sort(orderBy("date", "desc")).map((p) => p.published);
 * //=> ["2018-01-01", "2016-01-01"]
 */
export function orderBy(key: SortKey, direction: SortDirection = "asc", options: OrderOptions = {}): Comparator<Paper> {
  if (!SORT_KEYS.includes(key)) {
    throw new RangeError(`orderBy: unknown sort key ${JSON.stringify(key)}; expected one of ${SORT_KEYS.join(", ")}`);
  }
  if (direction !== "asc" && direction !== "desc") {
    throw new RangeError(`orderBy: direction must be "asc" or "desc", not ${JSON.stringify(direction)}`);
  }
  const ascending = ascendingBy(key, options);
  return direction === "asc" ? ascending : (a, b) => ascending(b, a);
}

/** The ascending comparator of a key. */
function ascendingBy(key: SortKey, options: OrderOptions): Comparator<Paper> {
  switch (key) {
    case "date":
      return (a, b) => compareStrings(a.published, b.published);
    case "category":
      return (a, b) => compareStrings(a.category.id, b.category.id);
    case "title": {
      const collator = new Intl.Collator(locales(options), { numeric: true });
      return (a, b) => collator.compare(a.title, b.title);
    }
    case "firstAuthor": {
      const collator = new Intl.Collator(locales(options), { numeric: true });
      return (a, b) => {
        const x = a.authors[0];
        const y = b.authors[0];
        return (
          collator.compare(x?.family ?? x?.name ?? "", y?.family ?? y?.name ?? "") ||
          collator.compare(x?.given ?? "", y?.given ?? "")
        );
      };
    }
  }
}

/** The locale list for `Intl.Collator`, copied because it wants a mutable array. */
function locales(options: OrderOptions): string | string[] {
  const { locale = "en" } = options;
  return typeof locale === "string" ? locale : [...locale];
}

/** Code-unit order, which for `YYYY-MM-DD` days and arXiv ids is their natural order. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
