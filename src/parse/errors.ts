import { type Diagnostic, formatDiagnostic } from "./diagnostic.js";

/**
 * Thrown by `parseListing` in `strict` mode when the listing has errors; it
 * carries every error-level diagnostic, and its message lists them all.
 *
 * @example
 * // Catch a strict parse and print each error
 * try {
 *   parseListing(text, { strict: true });
 * } catch (error) {
 *   if (error instanceof ListingParseError) console.error(error.diagnostics.length);
 * }
 */
export class ListingParseError extends Error {
  /** The error-level diagnostics, in input order. */
  readonly diagnostics: readonly Diagnostic[];

  constructor(diagnostics: readonly Diagnostic[], file = "-") {
    const lines = diagnostics.map((d) => formatDiagnostic(d, file));
    super(`the listing has ${diagnostics.length} error${diagnostics.length === 1 ? "" : "s"}:\n${lines.join("\n")}`);
    this.name = "ListingParseError";
    this.diagnostics = diagnostics;
  }
}
