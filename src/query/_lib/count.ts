/** Refuses a count that is not a whole, non-negative number (Infinity is allowed: no limit). */
export function checkCount(count: number, name: string): void {
  if (!(count === Infinity || (Number.isInteger(count) && count >= 0))) {
    throw new RangeError(`${name}: count must be a whole number of at least 0, not ${String(count)}`);
  }
}
