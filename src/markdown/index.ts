/**
 * Read paper listings saved as Markdown (by web clippers, in notes), and a
 * unified plugin for remark pipelines.
 *
 * @module paperlist/markdown
 */
// The "paperlist/markdown" entry: named re-exports only. The only place that
// brings in unified and remark, so plain-text users never bundle them.
export { parseMarkdownListing, type ParseMarkdownListingOptions } from "./parse-markdown-listing.js";
export {
  remarkPaperlist,
  type RemarkPaperlistOptions,
  type PaperlistFile,
  type PaperlistFileMessage,
} from "./remark-paperlist.js";
export type { MarkdownNode, MarkdownPoint } from "./markdown-node.js";
// The CJS build of this entry bundles its own copy of the parser (the ESM
// build shares it with "paperlist"): import the error class from here to
// catch what `parseMarkdownListing` throws with `instanceof` in either.
export { ListingParseError } from "../parse/errors.js";
export type { ParseResult } from "../parse/parse-listing.js";
export type { Diagnostic, DiagnosticCode, DiagnosticEntry, Severity } from "../parse/diagnostic.js";
export type { Paper } from "../model/paper.js";
