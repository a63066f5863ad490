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
