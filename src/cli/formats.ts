import type { Paper } from "../model/paper.js";
import { formatListing } from "../parse/format-listing.js";

/** What a CLI output format gets besides the papers. */
export interface FormatContext {
  readonly ascii: boolean;
  readonly keyStyle: string | undefined;
}

/** Renders papers for standard output; returns the text and any diagnostics to print. */
export type OutputFormat = (papers: readonly Paper[], context: FormatContext) => string;

/** The output formats of `paperlist parse --format`. */
export const OUTPUT_FORMATS: Readonly<Record<string, OutputFormat>> = {
  json: (papers) => `${JSON.stringify(papers, null, 2)}\n`,
  ndjson: (papers) => papers.map((p) => `${JSON.stringify(p)}\n`).join(""),
  listing: (papers) => (papers.length > 0 ? `${formatListing(papers)}\n` : ""),
  summary: (papers) => summarize(papers),
};

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
