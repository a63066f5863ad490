import type { Paper } from "../model/paper.js";

/**
 * A test on one paper: what every combinator returns and `compileQuery`
 * compiles to.
 *
 * A predicate is a plain function, so it works directly with
 * `papers.filter(predicate)`, `papers.some(predicate)` and the fluent
 * `from(papers).where(predicate)`. Predicates never throw on bad data: a
 * paper without authors simply does not match `author("x")`.
 *
 * @example
 * // Any function of a paper is a predicate
 * const recent: Predicate = (paper) => paper.published >= "2024-01-01";
 * recent({ ...paper, published: "2024-07-31" }); //=> true
 */
export type Predicate = (paper: Paper) => boolean;
