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

  /**
   * Whether `value` is a `ListingParseError`: one this class made, or one of another copy of
   * paperlist loaded beside it (the ESM and the CommonJS build each hold the class, and a program
   * whose dependencies `import` and `require` the package loads both), told by its name.
   *
   * @example
   * // An error of the CommonJS copy, caught where the ESM one was imported
   * error instanceof ListingParseError; //=> true
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return Function.prototype[Symbol.hasInstance].call(this, value) || (this === ListingParseError && value instanceof Error && value.name === "ListingParseError");
  }

  constructor(diagnostics: readonly Diagnostic[], file = "-") {
    const lines = diagnostics.map((d) => formatDiagnostic(d, file));
    super(`the listing has ${diagnostics.length} error${diagnostics.length === 1 ? "" : "s"}:\n${lines.join("\n")}`);
    this.name = "ListingParseError";
    this.diagnostics = diagnostics;
  }
}
