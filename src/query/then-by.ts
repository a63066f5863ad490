import type { Paper } from "../model/paper.js";
import { orderBy, type Comparator, type OrderOptions, type SortDirection, type SortKey } from "./order-by.js";

/**
 * Breaks the ties of a comparator with a second key or comparator.
 *
 * @param first - the comparator that decides first
 * @param next - a sort key, or any comparator, used when `first` says two papers are equal
 * @param direction - direction of `next` when it is a key (default `"asc"`)
 * @param options - the locale, when `next` is a key
 * @returns a comparator
 * @throws {RangeError} when `next` is not a sort key or `direction` is not "asc" or "desc"
 *
 * @example
 * // Newest first, then A to Z within a day
 * const order = thenBy(orderBy("date", "desc"), "title");
 * [{ ...paper, published: "2016-06-15", title: "Strategic" }, { ...paper, published: "2016-06-15", title: "Progressive" }]
 *   .sort(order).map((p) => p.title);
 * //=> ["Progressive", "Strategic"]
 */
export function thenBy<T extends Paper>(
  first: Comparator<T>,
  next: SortKey | Comparator<T>,
  direction: SortDirection = "asc",
  options: OrderOptions = {},
): Comparator<T> {
  const second: Comparator<T> = typeof next === "function" ? next : orderBy(next, direction, options);
  return (a, b) => first(a, b) || second(a, b);
}
