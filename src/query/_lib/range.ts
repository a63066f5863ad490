import type { Predicate } from "../predicate.js";

/**
 * Matches papers published from `first` to `last`, both inclusive and either
 * open. `YYYY-MM-DD` strings order like the dates they name, so a comparison
 * of strings is exact and needs no parsing per paper.
 */
export function dayRange(first: string | undefined, last: string | undefined): Predicate {
  if (first !== undefined && last !== undefined) {
    return (paper) => paper.published >= first && paper.published <= last;
  }
  if (first !== undefined) return (paper) => paper.published >= first;
  if (last !== undefined) return (paper) => paper.published <= last;
  return () => true;
}
