/**
 * Parse pasted paper listings into typed papers, query them, and cite them in
 * BibTeX, APA 7 and CSL-JSON. The Markdown reader lives in `paperlist/markdown`.
 *
 * @module paperlist
 */
// The "paperlist" entry: named re-exports only.
export { AuthorSchema, type Author } from "./model/author.js";
export { CategorySchema, type Category } from "./model/category.js";
export {
  IsoDateSchema,
  PaperSchema,
  SourceSpanSchema,
  type Paper,
  type PaperInput,
  type SourceSpan,
} from "./model/paper.js";
export {
  validatePapers,
  formatValidationIssues,
  type ValidationIssue,
  type ValidationResult,
} from "./model/validate.js";
export {
  resolveCategory,
  categoriesWithCode,
  archiveName,
  DEFAULT_ARCHIVE_PRIORITY,
  type ResolveCategoryOptions,
} from "./model/categories.js";
export { ARXIV_TAXONOMY, ARCHIVE_NAMES, type TaxonomyEntry } from "./model/arxiv-taxonomy.js";
export {
  parseListing,
  formatListing,
  formatDiagnostic,
  ListingParseError,
  type ParseListingOptions,
  type ParseResult,
  type Diagnostic,
  type DiagnosticCode,
  type DiagnosticEntry,
  type Severity,
} from "./parse/index.js";
export {
  and,
  or,
  not,
  where,
  author,
  affiliation,
  category,
  title,
  abstract,
  text,
  hasCode,
  after,
  before,
  between,
  inYear,
  orderBy,
  thenBy,
  sortPapers,
  limit,
  groupBy,
  from,
  compileQuery,
  compileSort,
  QuerySyntaxError,
  type Predicate,
  type AuthorOptions,
  type DateInput,
  type Comparator,
  type OrderOptions,
  type SortDirection,
  type SortKey,
  type GroupKey,
  type GroupKeys,
  type PaperQuery,
  type OrderedPaperQuery,
  type AsyncPaperQuery,
  type OrderedAsyncPaperQuery,
  type QueryErrorCode,
  type QuerySyntaxErrorDetails,
} from "./query/index.js";
export {
  parseListingStream,
  type ParseListingStreamOptions,
  type ListingStreamEvent,
  type EvidenceWindow,
} from "./stream/parse-listing-stream.js";
export type { ListingSource, ListingChunk } from "./stream/read-text.js";
export { decodeListing, type ListingEncoding } from "./stream/decode-listing.js";
export {
  toBibtex,
  toBibtexEntry,
  toApa,
  apaReferenceList,
  apaCitation,
  toCslJson,
  citationKey,
  assignCitationKeys,
  escapeLatex,
  protectTitle,
  toSentenceCase,
  collectProperNouns,
  formatBibtexName,
  formatApaName,
  type Bibtex,
  type BibtexEntry,
  type BibtexEntryOptions,
  type BibtexOptions,
  type ApaFormat,
  type ApaOptions,
  type ApaResult,
  type ToApaOptions,
  type ApaReference,
  type ApaReferenceList,
  type ApaCitationOptions,
  type CslItem,
  type CslName,
  type ToCslJsonOptions,
  type CitationKeyOptions,
  type KeyStyle,
  type AssignCitationKeysOptions,
  type CitationKeys,
  type EscapeLatexOptions,
  type EscapeLatexResult,
  type ProtectTitleOptions,
  type ToSentenceCaseOptions,
  type FormatBibtexNameOptions,
  type CiteDiagnosticCode,
} from "./cite/index.js";
