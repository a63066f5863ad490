// The query entry points, re-exported by the package root.
export { type Predicate } from "./predicate.js";
export { and } from "./and.js";
export { or } from "./or.js";
export { not } from "./not.js";
export { where } from "./where.js";
export { author, type AuthorOptions } from "./author.js";
export { affiliation } from "./affiliation.js";
export { category } from "./category.js";
export { title } from "./title.js";
export { abstract } from "./abstract.js";
export { text } from "./text.js";
export { hasCode } from "./has-code.js";
export { after } from "./after.js";
export { before } from "./before.js";
export { between } from "./between.js";
export { inYear } from "./in-year.js";
export { type DateInput } from "./date-input.js";
export {
  orderBy,
  type Comparator,
  type OrderOptions,
  type SortDirection,
  type SortKey,
} from "./order-by.js";
export { thenBy } from "./then-by.js";
export { sortPapers } from "./sort-papers.js";
export { limit } from "./limit.js";
export { groupBy, type GroupKey, type GroupKeys } from "./group-by.js";
export {
  from,
  type AsyncPaperQuery,
  type OrderedAsyncPaperQuery,
  type OrderedPaperQuery,
  type PaperQuery,
} from "./from.js";
export { compileQuery } from "./compile-query.js";
export { compileSort } from "./compile-sort.js";
export {
  QuerySyntaxError,
  type QueryErrorCode,
  type QuerySyntaxErrorDetails,
} from "./query-syntax-error.js";
