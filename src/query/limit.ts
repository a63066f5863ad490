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

/** Refuses a count that is not a whole, non-negative number (Infinity is allowed: no limit). */
export function checkCount(count: number, name: string): void {
  if (!(count === Infinity || (Number.isInteger(count) && count >= 0))) {
    throw new RangeError(`${name}: count must be a whole number of at least 0, not ${String(count)}`);
  }
}
