import { checkCount } from "./_lib/count.js";

/**
 * Takes the first `count` items of an iterable, reading no further.
 *
 * @param items - any iterable, such as papers from a generator
 * @param count - how many to keep, a whole number (0 gives `[]`)
 * @returns at most `count` items, in order
 * @throws {RangeError} when `count` is negative or not a whole number
 *
 * @example
 * // The first two
 * limit(["a", "b", "c"], 2); //=> ["a", "b"]
 */
export function limit<T>(items: Iterable<T>, count: number): T[] {
  checkCount(count, "limit");
  const out: T[] = [];
  if (count === 0) return out;
  for (const item of items) {
    out.push(item);
    if (out.length >= count) break;
  }
  return out;
}
