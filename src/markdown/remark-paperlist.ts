import type { Diagnostic } from "../parse/diagnostic.js";
import type { ParseListingOptions } from "../parse/parse-listing.js";
import type { MarkdownNode, MarkdownPoint } from "./markdown-node.js";
import { readMarkdownTree } from "./read-markdown-tree.js";

/**
 * Options of `remarkPaperlist`: those of `parseListing` but `strict`
 * (error-level diagnostics become fatal messages instead).
 *
 * @example
 * // Read year-less dates against the day the note was written
 * const options: RemarkPaperlistOptions = { referenceDate: "2026-11-26" };
 */
export interface RemarkPaperlistOptions extends Omit<ParseListingOptions, "strict"> {}

/**
 * A message as the plugin fills it in; a vfile `VFileMessage` is one.
 *
 * @example
 * // What vfile-reporter reads
 * const message: PaperlistFileMessage = { fatal: false, expected: ['"Title" by A, B'] };
 */
export interface PaperlistFileMessage {
  fatal?: boolean | null | undefined;
  expected?: string[] | null | undefined;
}

/**
 * The file the plugin reads and reports on; a vfile `VFile` is one. Declared
 * here so paperlist's types do not depend on vfile's.
 *
 * @example
 * // The papers, after the pipeline has run
 * const papers = (file.data as { papers?: Paper[] }).papers ?? [];
 */
export interface PaperlistFile {
  readonly value?: unknown;
  readonly data: object;
  /** Files a message about a place in the file, as vfile's `file.message` does. */
  message(
    reason: string,
    options?: { place?: { start: MarkdownPoint; end: MarkdownPoint } | MarkdownPoint; ruleId?: string; source?: string } | null,
  ): PaperlistFileMessage;
}

/**
 * A unified plugin for remark pipelines: it reads the paper listing in each
 * Markdown file, as `parseMarkdownListing` does, puts the papers on
 * `file.data.papers`, and reports each diagnostic as a vfile message (rule
 * id: the diagnostic code; source: `paperlist`; errors are fatal, warnings
 * not, infos are neither), so vfile-reporter prints them like any lint. It
 * leaves the tree as it is.
 *
 * It reads the tree the pipeline's parser made, so the repairs that
 * `parseMarkdownListing` makes to the text before parsing it are not made:
 * Slack's code fences glued to the text, quote markers escaped as `&gt;`,
 * link targets that are Liquid tags. Text with those is read as CommonMark
 * reads it; read it with `parseMarkdownListing`.
 *
 * @param options - reference date, known authors, category priority
 * @returns the transformer
 * @throws {RangeError} when `referenceDate` is not a date
 *
 * @example
 * // Papers and messages from a note
 * const file = await unified().use(remarkParse).use(remarkPaperlist, { referenceDate: "2026-11-26" })
 *   .use(remarkStringify).process(note);
 * (file.data.papers as Paper[]).length; //=> 15
 * reporter(file); //=> "note.md\n 53:3 info no year in \"Jan 22\"; … year-inferred paperlist\n…"
 */
export function remarkPaperlist(options: RemarkPaperlistOptions = {}): (tree: MarkdownNode, file: PaperlistFile) => undefined {
  const { strict: _strict, ...settings } = options as ParseListingOptions;
  return (tree, file) => {
    const { papers, diagnostics } = readMarkdownTree(tree, fileText(file.value), settings);
    (file.data as { papers?: unknown }).papers = papers;
    for (const diagnostic of diagnostics) report(file, diagnostic);
    return undefined;
  };
}

/** The text of a file whose value may be bytes (vfile allows a `Uint8Array`). */
function fileText(value: unknown): string {
  if (typeof value === "string") return value;
  if (value instanceof Uint8Array) return new TextDecoder().decode(value);
  return value == null ? "" : String(value);
}

/** Files one diagnostic as a vfile message. */
function report(file: PaperlistFile, d: Diagnostic): void {
  const start = { line: d.line, column: d.column };
  const place = d.endLine !== undefined && d.endColumn !== undefined ? { start, end: { line: d.endLine, column: d.endColumn } } : start;
  const message = file.message(d.message, { place, ruleId: d.code, source: "paperlist" });
  message.fatal = d.severity === "error" ? true : d.severity === "warning" ? false : undefined;
  if (d.alternatives) message.expected = [...d.alternatives];
}
