import type { Predicate } from "./predicate.js";

/**
 * Matches papers that at least one predicate matches.
 *
 * The predicates run left to right and stop at the first that passes.
 *
 * @param predicates - the alternatives (none: no paper matches)
 * @returns a predicate
 *
 * @example
 * // Papers by either author
 * const p = or(author("jaderberg"), author("van den oord"));
 * p({ ...paper, authors: [{ name: "Aaron van den Oord", given: "Aaron", family: "van den Oord" }] }); //=> true
 */
export function or(...predicates: readonly Predicate[]): Predicate {
  return anyOf(predicates);
}

/**
 * `or` over a list, passed as one array rather than spread into arguments
 * (see `allOf`).
 *
 * @example
 * anyOf([author("jaderberg"), author("van den oord")])({ ...paper, authors: [{ name: "Max Jaderberg", given: "Max", family: "Jaderberg" }] }); //=> true
 *
 * @internal
 */
export function anyOf(predicates: readonly Predicate[]): Predicate {
  const [a, b, c, d] = predicates;
  switch (predicates.length) {
    case 0:
      return () => false;
    case 1:
      return a!;
    case 2:
      return (paper) => a!(paper) || b!(paper);
    case 3:
      return (paper) => a!(paper) || b!(paper) || c!(paper);
    case 4:
      return (paper) => a!(paper) || b!(paper) || c!(paper) || d!(paper);
    default: {
      const list = [...predicates];
      return (paper) => {
        for (const predicate of list) if (predicate(paper)) return true;
        return false;
      };
    }
  }
}
