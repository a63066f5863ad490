import type { Paper } from "../model/paper.js";

/**
 * The keys papers can be grouped by, with the type of each group's key:
 * `year` (a number), `category` (the arXiv id, "cs.LG"), `firstAuthor`
 * (the first author's name as written) and `affiliation` (a slug).
 *
 * @example
 * // The key type of a year group
 * const y: GroupKeys["year"] = 2016;
 */
export interface GroupKeys {
  year: number;
  category: string;
  firstAuthor: string;
  affiliation: string;
}

/**
 * A key `groupBy` accepts: any key of `GroupKeys`.
 *
 * @example
 * const key: GroupKey = "affiliation";
 */
export type GroupKey = keyof GroupKeys;

const GROUP_KEYS: readonly GroupKey[] = ["year", "category", "firstAuthor", "affiliation"];

/**
 * Groups papers by a key, keeping the input order inside each group and
 * ordering groups by their first paper (so sort first for sorted groups).
 *
 * A paper goes into one group per value it has: a paper with two
 * affiliations is in both groups, and a paper with none (or, for
 * `firstAuthor`, without authors) is in no group. A function key can group
 * by anything; its value `undefined` leaves the paper out.
 *
 * @param papers - any iterable of papers
 * @param key - a group key, or a function giving each paper's key
 * @returns a Map from each key value to its papers
 * @throws {RangeError} when `key` is a string that is not a group key
 *
 * @example
 * // Papers per year
 * const byYear = groupBy([{ ...paper, published: "2016-06-15" }, { ...paper, published: "2018-07-03" }], "year");
 * [...byYear.keys()]; //=> [2016, 2018]
 */
export function groupBy<T extends Paper, K extends GroupKey>(papers: Iterable<T>, key: K): Map<GroupKeys[K], T[]>;
export function groupBy<T extends Paper, V>(papers: Iterable<T>, key: (paper: T) => V | undefined): Map<V, T[]>;
export function groupBy<T extends Paper>(
  papers: Iterable<T>,
  key: GroupKey | ((paper: T) => unknown),
): Map<unknown, T[]> {
  const groups = new Map<unknown, T[]>();
  const add = (value: unknown, paper: T): void => {
    if (value === undefined) return;
    const group = groups.get(value);
    if (group) group.push(paper);
    else groups.set(value, [paper]);
  };
  if (typeof key === "function") {
    for (const paper of papers) add(key(paper), paper);
    return groups;
  }
  if (!GROUP_KEYS.includes(key)) {
    throw new RangeError(`groupBy: unknown group key ${JSON.stringify(key)}; expected one of ${GROUP_KEYS.join(", ")}`);
  }
  for (const paper of papers) {
    switch (key) {
      case "year":
        add(Number(paper.published.slice(0, 4)), paper);
        break;
      case "category":
        add(paper.category.id, paper);
        break;
      case "firstAuthor":
        add(paper.authors[0]?.name, paper);
        break;
      case "affiliation":
        // A slug listed twice on one paper still puts the paper in its group once.
        for (const slug of new Set(paper.affiliations ?? [])) add(slug, paper);
        break;
    }
  }
  return groups;
}
