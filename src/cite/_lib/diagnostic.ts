import type { Paper } from "../../model/paper.js";
import type { Diagnostic, Severity } from "../../parse/diagnostic.js";

/**
 * Every code the citation formatters emit, all of them about one paper.
 *
 * @example
 * // Keep the ones a user must act on
 * const act: CiteDiagnosticCode[] = ["authors-truncated", "non-ascii-kept"];
 */
export type CiteDiagnosticCode =
  | "authors-truncated"
  | "no-authors"
  | "unparsed-author"
  | "non-ascii-kept"
  | "control-character-removed"
  | "key-deduplicated";

/**
 * Builds a diagnostic about one paper. It points at the paper's header line
 * (column 1) when the paper came from a listing, else at line 0, column 0,
 * which `formatDiagnostic` prints as `-:0:0` so a reader knows there is no place.
 */
export function paperDiagnostic(
  paper: Paper,
  index: number | undefined,
  severity: Severity,
  code: CiteDiagnosticCode,
  message: string,
): Diagnostic {
  const source = paper.source;
  if (!source) return { severity, code, message, line: 0, column: 0 };
  const entry = index === undefined ? undefined : { index, startLine: source.startLine, endLine: source.endLine };
  return entry
    ? { severity, code, message, line: source.startLine, column: 1, entry }
    : { severity, code, message, line: source.startLine, column: 1 };
}
