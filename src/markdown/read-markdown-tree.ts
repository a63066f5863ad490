// The Markdown reading shared by `parseMarkdownListing` and the remark plugin:
// tree → listing lines → the listing parser → papers and diagnostics moved
// back onto the lines and columns of the Markdown source.
import type { Paper } from "../model/paper.js";
import { type Diagnostic, type DiagnosticEntry, preview } from "../parse/diagnostic.js";
import { composeAccentsAndLigatures, type LineRepair, type SourceLine } from "../parse/lines.js";
import { byPosition, type ParseListingOptions, type ParseResult, parseSourceLines } from "../parse/parse-listing.js";
import { toCalendarDay } from "../parse/reference-date.js";
import { MOJIBAKE_HINT, repairMojibake } from "../_lib/mojibake.js";
import { type ReadBreak, markdownLines } from "./markdown-lines.js";
import type { MarkdownNode } from "./markdown-node.js";
import type { RenderedLine } from "./render-line.js";

/**
 * Reads the paper listing in a Markdown tree. Diagnostics are sorted by their
 * place in `source`; strict mode is left to the caller.
 *
 * @param tree - the mdast root of `source`
 * @param source - the Markdown text
 * @param options - as for `parseListing` (`strict` is ignored here)
 * @returns the papers and diagnostics, with Markdown lines and columns
 * @throws {RangeError} when `referenceDate` is not a date
 *
 * @example
 * // A linked title gives the arXiv id
 * readMarkdownTree(tree, "CLJul 31, 2024\n[Gemma 2](https://arxiv.org/abs/2408.00118)Gemma Team, Morgane Riviere\n…").papers[0].arxivId;
 * //=> "2408.00118"
 */
export function readMarkdownTree(tree: MarkdownNode, source: string, options: ParseListingOptions = {}): ParseResult {
  const reference = toCalendarDay(options.referenceDate);
  const { lines: rendered, urls, properties, notes, appendices, breaks } = markdownLines(tree, source);
  const lines: RenderedLine[] = [...rendered];
  const sourceLines: SourceLine[] = rendered.map((line, i) => {
    // UTF-8 read as Windows-1252 ("StÃ©phane") is read back as in a plain listing, and reported;
    // so are letters as a PDF's text gives them (a converter of a printed page keeps them).
    const repairs: LineRepair[] = [];
    let text = line.text;
    let offsets = line.offsets;
    const repaired = MOJIBAKE_HINT.test(text) ? repairMojibake(text) : undefined;
    if (repaired !== undefined) {
      // (Columns after it count characters of the repaired text, as `splitLines` counts them.)
      text = repaired;
      offsets = offsets.slice(0, text.length);
      repairs.push("encoding");
    }
    // Each composed or written-out letter keeps the source offset of the one it comes from.
    const composed = composeAccentsAndLigatures(text);
    if (composed) {
      text = composed.text;
      offsets = composed.from.map((at) => offsets[at] ?? line.start);
      repairs.push("characters");
    }
    if (repairs.length === 0) return { line: i + 1, offset: 0, text };
    lines[i] = { text, offsets, start: line.start };
    return { line: i + 1, offset: 0, text, repairs };
  });
  const found: Diagnostic[] = [];
  const papers = parseSourceLines(sourceLines, reference, options, found, true);
  const place = createPlacer(source, lines);
  for (const paper of papers) {
    if (paper.source) paper.source = { startLine: place.line(paper.source.startLine), endLine: place.endLine(paper.source.endLine) };
    if (paper.url !== undefined && urls.has(paper.url)) paper.url = urls.get(paper.url)!;
    if (paper.codeUrl !== undefined && urls.has(paper.codeUrl)) paper.codeUrl = urls.get(paper.codeUrl)!;
  }
  // (A relative link's target said as written, not as escaped for the parser: "{{ site.baseurl }}/…".)
  const diagnostics = found.map((d) => place.diagnostic(d.code === "relative-link" ? { ...d, message: withTargetsAsWritten(d.message, urls) } : d));
  for (const property of properties) diagnostics.push(place.skipped(property, "a block property of the note"));
  for (const note of notes) diagnostics.push(place.skipped(note, "a line of the reader's own markup"));
  for (const appendix of appendices) diagnostics.push(place.skipped(appendix, "what an app appended to a line (citation marks, a highlight's link, a block id)"));
  for (const read of breaks) diagnostics.push(place.readBreak(read));
  diagnostics.sort(byPosition);
  return { papers: papers as Paper[], diagnostics };
}

/** A message with each escaped link target in it as the source wrote it (see `escapeUrl`). */
function withTargetsAsWritten(message: string, urls: ReadonlyMap<string, string>): string {
  for (const [escaped, url] of urls) if (message.includes(escaped)) return message.replace(escaped, url);
  return message;
}

/** Moves places on the rendered lines back to the Markdown source. */
function createPlacer(source: string, lines: readonly RenderedLine[]) {
  const starts = [0];
  for (let i = 0; i < source.length; i++) {
    const ch = source.charCodeAt(i);
    if (ch === 10 || (ch === 13 && source.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  /** 0-based offset → 1-based line and column. */
  const point = (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
  /** The source offset of a 0-based index in a rendered line (its end when past the last character). */
  const offsetOf = (lineNumber: number, index: number) => {
    const line = lines[lineNumber - 1];
    if (!line || line.offsets.length === 0) return line?.start ?? 0;
    if (index < line.offsets.length) return line.offsets[Math.max(0, index)]!;
    return line.offsets.at(-1)! + 1;
  };
  const lineOf = (lineNumber: number) => point(offsetOf(lineNumber, 0)).line;
  const endLineOf = (lineNumber: number) => {
    const line = lines[lineNumber - 1];
    return line && line.offsets.length > 0 ? point(line.offsets.at(-1)!).line : lineOf(lineNumber);
  };
  const entry = (e: DiagnosticEntry): DiagnosticEntry => ({ index: e.index, startLine: lineOf(e.startLine), endLine: endLineOf(e.endLine) });
  return {
    line: lineOf,
    endLine: endLineOf,
    /** The diagnostic for a line left out of the lines (see `MarkdownLines.properties` and `notes`), said to be `what`. */
    skipped(line: RenderedLine, what: string): Diagnostic {
      const at = point(line.start);
      const end = point(line.offsets.at(-1)! + 1);
      const message = `ignored ${what}, not part of an entry: "${preview(line.text)}"`;
      return { severity: "info", code: "ignored-text", message, line: at.line, column: at.column, endLine: end.line, endColumn: end.column };
    },
    /** The diagnostic for a line break read otherwise than as written (see `MarkdownLines.breaks`). */
    readBreak({ header, at, literal }: ReadBreak): Diagnostic {
      const where = point(at);
      const preview = header.length > 40 ? `${header.slice(0, 37)}...` : header;
      const message = literal
        ? `read a literal "\\n" in the card under the header "${preview}" as a line break, as a writer joined the card's lines`
        : `read the line break inside the header "${preview}" as a space: a converter wrapped the line`;
      return { severity: "info", code: "normalized-whitespace", message, line: where.line, column: where.column };
    },
    diagnostic(d: Diagnostic): Diagnostic {
      const at = point(offsetOf(d.line, d.column - 1));
      const moved: { -readonly [K in keyof Diagnostic]: Diagnostic[K] } = { ...d, line: at.line, column: at.column };
      if (d.endLine !== undefined && d.endColumn !== undefined) {
        const end = point(offsetOf(d.endLine, d.endColumn - 1));
        moved.endLine = end.line;
        moved.endColumn = end.column;
      }
      if (d.entry) moved.entry = entry(d.entry);
      return moved;
    },
  };
}
