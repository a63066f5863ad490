/**
 * How serious a diagnostic is: `error` (an entry could not be read, or was
 * read with a part missing), `warning` (a repair or a doubtful reading), or
 * `info` (something worth knowing that changed nothing, such as ignored page text).
 *
 * @example
 * // Keep only problems
 * diagnostics.filter((d) => d.severity !== "info");
 */
export type Severity = "error" | "warning" | "info";

/**
 * The entry a diagnostic belongs to: its index among the listing's entries
 * (0-based, in input order) and the lines it spans (1-based, inclusive).
 *
 * @example
 * // The first entry, on lines 1 to 3
 * const entry: DiagnosticEntry = { index: 0, startLine: 1, endLine: 3 };
 */
export interface DiagnosticEntry {
  readonly index: number;
  readonly startLine: number;
  readonly endLine: number;
}

/**
 * One repair, doubt or failure the parser reports, as data: a tool can print,
 * filter or link it. Lines and columns are 1-based and point into the input
 * as given (before any normalisation).
 *
 * @example
 * // A year-less date
 * const d: Diagnostic = {
 *   severity: "info", code: "year-inferred", line: 31, column: 3,
 *   message: 'no year in "Feb 10"; read as 2026-02-10 from the reference date 2026-11-26',
 * };
 */
export interface Diagnostic {
  readonly severity: Severity;
  /** Stable, kebab-case identifier of the rule (`invalid-date`); see the docs for the list. */
  readonly code: DiagnosticCode;
  /** What happened, for a person. */
  readonly message: string;
  /** 1-based line of the input. */
  readonly line: number;
  /** 1-based column (in UTF-16 code units) of the input. */
  readonly column: number;
  /** 1-based line where the problem ends, when it spans more than a point. */
  readonly endLine?: number;
  /** 1-based column just past the problem's end. */
  readonly endColumn?: number;
  /** The entry it belongs to; absent for text outside any entry's lines (page text after a card's abstract too). */
  readonly entry?: DiagnosticEntry;
  /** Other readings the parser weighed (for `ambiguous-byline`). */
  readonly alternatives?: readonly string[];
}

/**
 * Every diagnostic code the parser emits. The union stays open to other
 * strings (`string & {}`), so code written against this version keeps
 * compiling when a later one adds a code: a `switch` over it needs a
 * `default`, and an editor still offers the codes listed here.
 *
 * @example
 * // Branch on the codes you act on; let the others through
 * function isRepair(code: DiagnosticCode): boolean { return code === "author-repaired" || code === "merged-lines"; }
 */
export type DiagnosticCode =
  | "invalid-date"
  | "unknown-category"
  | "missing-byline"
  | "missing-title"
  | "no-authors"
  | "missing-abstract"
  | "year-inferred"
  | "ambiguous-byline"
  | "author-repaired"
  | "unknown-badge"
  | "ignored-text"
  | "normalized-whitespace"
  | "byte-order-mark"
  | "unparsed-author"
  | "lost-letters"
  | "wrapped-abstract"
  | "wrapped-byline"
  | "merged-lines"
  | "repaired-encoding"
  | "decoded-entities"
  | "normalized-characters"
  | "quote-markers"
  | "chat-log"
  | "diff-hunks"
  | "link-markers"
  | "link-targets"
  | "terminal-cuts"
  | "csv-cells"
  | "sheet-cells"
  | "decoded-windows-1252"
  | "unread-header"
  | "relative-link"
  | (string & {});

/**
 * Writes a diagnostic as one line, the way compilers do:
 * `file:line:column severity code message`. Control characters and the
 * marks that reorder text on screen, which a message may quote from the
 * input, are written as escapes (`\u001b`): a terminal that prints the line
 * is not told to change its title, colours or order, and the line stays one.
 *
 * @param diagnostic - the diagnostic to print
 * @param file - the name to show for the input (default `-`, standard input)
 * @returns one line of text without a trailing newline
 *
 * @example
 * // An impossible date in papers.txt
 * formatDiagnostic({ severity: "error", code: "invalid-date", message: "Feb 30 is not a date", line: 4, column: 3 }, "papers.txt");
 * //=> "papers.txt:4:3 error invalid-date Feb 30 is not a date"
 * formatDiagnostic({ severity: "info", code: "ignored-text", message: 'ignored "\u001b]0;x\u0007"', line: 1, column: 1 });
 * //=> '-:1:1 info ignored-text ignored "\\u001b]0;x\\u0007"'
 */
export function formatDiagnostic(diagnostic: Diagnostic, file = "-"): string {
  return withEscapes(`${file}:${diagnostic.line}:${diagnostic.column} ${diagnostic.severity} ${diagnostic.code} ${diagnostic.message}`);
}

/** Text with its control characters and bidirectional marks written as `\uXXXX` escapes. */
function withEscapes(text: string): string {
  return text.replace(UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
// (C0 and C1 controls, DEL, and the embeddings, overrides and isolates that reorder what follows.)
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A line's text as a diagnostic's message quotes it: whole up to 60
 * characters, else its first 57 and "...".
 *
 * @param text - the text quoted
 * @returns the text, or its start
 *
 * @example
 * preview("Load more"); //=> "Load more"
 * preview("x".repeat(70)).length; //=> 60
 *
 * @internal
 */
export function preview(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
