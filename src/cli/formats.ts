import { apaReferenceList } from "../cite/apa-reference-list.js";
import { toBibtex } from "../cite/to-bibtex.js";
import { toCslJson } from "../cite/to-csl-json.js";
import type { Paper } from "../model/paper.js";
import type { Diagnostic } from "../parse/diagnostic.js";
import { formatListing } from "../parse/format-listing.js";

/** What a CLI output format gets besides the papers. */
export interface FormatContext {
  /** `--ascii`: pure ASCII BibTeX with LaTeX accents. */
  readonly ascii: boolean;
  /** `--key-style`: the citation key scheme or template. */
  readonly keyStyle: string | undefined;
}

/** What a format prints, and the diagnostics it has to report. */
export interface FormatOutput {
  readonly text: string;
  readonly diagnostics: readonly Diagnostic[];
}

/** Renders papers for standard output. */
export type OutputFormat = (papers: readonly Paper[], context: FormatContext) => FormatOutput;

/** Formats that can print each paper as soon as it is parsed. */
export const STREAMING_FORMATS: Readonly<Record<string, (paper: Paper, index: number) => string>> = {
  ndjson: (paper) => `${JSON.stringify(paper)}\n`,
  listing: (paper) => `${formatListing([paper])}\n`,
  json: (paper, index) => `${index === 0 ? "[\n" : ",\n"}${indent(JSON.stringify(paper, null, 2))}`,
};

/** The output formats of `paperlist parse --format`. */
export const OUTPUT_FORMATS: Readonly<Record<string, OutputFormat>> = {
  json: (papers) => plain(`${JSON.stringify(papers, null, 2)}\n`),
  ndjson: (papers) => plain(papers.map((p) => `${JSON.stringify(p)}\n`).join("")),
  listing: (papers) => plain(papers.length > 0 ? `${formatListing(papers)}\n` : ""),
  summary: (papers) => plain(summarize(papers)),
  bibtex: (papers, context) => toBibtex(papers, keyOptions(context, { ascii: context.ascii })),
  apa: (papers) => withNewline(apaReferenceList(papers, { format: "text" })),
  "apa-html": (papers) => withNewline(apaReferenceList(papers, { format: "html" })),
  "apa-md": (papers) => withNewline(apaReferenceList(papers, { format: "markdown" })),
  // Item ids are the citation keys, the same as the BibTeX keys for the same --key-style.
  "csl-json": (papers, context) => plain(`${JSON.stringify(toCslJson(papers, keyOptions(context, {})), null, 2)}\n`),
};

/** Closes a JSON array streamed by `STREAMING_FORMATS.json`. */
export function endStreamedJson(count: number): string {
  return count === 0 ? "[]\n" : "\n]\n";
}

/** Output with nothing to report. */
function plain(text: string): FormatOutput {
  return { text, diagnostics: [] };
}

/** Ends a formatter's text with a newline when it has any. */
function withNewline(output: FormatOutput): FormatOutput {
  return { ...output, text: output.text === "" || output.text.endsWith("\n") ? output.text : `${output.text}\n` };
}

/** Adds `--key-style` to BibTeX options when given. */
function keyOptions<T extends object>(context: FormatContext, options: T): T & { keyStyle?: string } {
  return context.keyStyle === undefined ? options : { ...options, keyStyle: context.keyStyle };
}

/** Indents a pretty-printed JSON value by two spaces, as an array element. */
function indent(json: string): string {
  return json.replace(/^/gm, "  ");
}

/** A short, readable account of a listing: one line per paper, then counts. */
function summarize(papers: readonly Paper[]): string {
  const lines = papers.map((paper, i) => {
    const first = paper.authors[0];
    const who = first ? (first.family ?? first.name) + (paper.authors.length > 1 || paper.authorsTruncated ? " et al." : "") : "(no authors)";
    return `${String(i + 1).padStart(3)}. ${paper.published}  ${paper.category.id.padEnd(8)} ${who.padEnd(24)} ${paper.title}`;
  });
  const byCategory = new Map<string, number>();
  for (const paper of papers) byCategory.set(paper.category.id, (byCategory.get(paper.category.id) ?? 0) + 1);
  const counts = [...byCategory].sort((a, b) => b[1] - a[1]).map(([id, n]) => `${id} ${n}`).join(", ");
  const withCode = papers.filter((p) => p.hasCode).length;
  lines.push("", `${papers.length} papers (${counts}); ${withCode} with code`);
  return `${lines.join("\n")}\n`;
}
