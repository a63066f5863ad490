// The listing parser: public surface of src/parse.
export { parseListing, type ParseListingOptions, type ParseResult } from "./parse-listing.js";
export { formatListing } from "./format-listing.js";
export { ListingParseError } from "./errors.js";
export {
  formatDiagnostic,
  type Diagnostic,
  type DiagnosticCode,
  type DiagnosticEntry,
  type Severity,
} from "./diagnostic.js";
