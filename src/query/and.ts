import type { Predicate } from "./predicate.js";

/**
 * Matches papers that every predicate matches.
 *
 * The predicates run left to right and stop at the first that fails, so put
 * cheap or selective ones first. Small arities get unrolled closures, which
 * keeps a compiled query as fast as a hand-written `&&` chain.
 *
 * @param predicates - the tests that must all pass (none: every paper matches)
 * @returns a predicate
 *
 * @example
 * // cs.LG papers with code
 * const p = and(category("cs.LG"), hasCode());
 * p({ ...paper, category: lg, hasCode: true }); //=> true
 */
export function and(...predicates: readonly Predicate[]): Predicate {
  return allOf(predicates);
}

/**
 * `and` over a list, passed as one array rather than spread into arguments:
 * the query language's run of a hundred thousand terms would overflow the
 * stack as arguments.
 *
 * @example
 * allOf([category("cs.LG"), hasCode()])({ ...paper, category: lg, hasCode: true }); //=> true
 *
 * @internal
 */
export function allOf(predicates: readonly Predicate[]): Predicate {
  const [a, b, c, d] = predicates;
  switch (predicates.length) {
    case 0:
      return () => true;
    case 1:
      return a!;
    case 2:
      return (paper) => a!(paper) && b!(paper);
    case 3:
      return (paper) => a!(paper) && b!(paper) && c!(paper);
    case 4:
      return (paper) => a!(paper) && b!(paper) && c!(paper) && d!(paper);
    default: {
      const list = [...predicates];
      return (paper) => {
        for (const predicate of list) if (!predicate(paper)) return false;
        return true;
      };
    }
  }
}
