import type { PaperInput } from "../model/paper.js";
import { readIsoDate } from "../_lib/calendar.js";
import { bylineGlue } from "./wrapped-byline.js";

const MONTH_ABBREVIATIONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * Writes papers back in the listing format: three lines per paper (header,
 * byline, abstract), the way the site shows them. Parsing the result with the
 * same reference date gives the same papers back (without `source`, and
 * without links, which the plain format cannot carry).
 *
 * A paper whose year was inferred is written without its year, as the site
 * wrote it; the abstract line is left out when the abstract is empty.
 *
 * @param papers - the papers to write
 * @returns the listing text, lines joined by `\n`, with no final newline
 *
 * @example
 * // Round trip one paper
 * const { papers } = parseListing(text, { referenceDate: "2026-11-26" });
 * formatListing(papers).split("\n")[0]; //=> "CLJul 31, 2024"
 */
export function formatListing(papers: readonly PaperInput[]): string {
  const lines: string[] = [];
  for (const paper of papers) {
    const byline = formatByline(paper);
    lines.push(formatHeader(paper), byline);
    if (paper.abstract) {
      // An abstract that would read as the rest of a wrapped byline is set off by a
      // blank line, so the text parses back to the same paper.
      if (bylineGlue(byline, paper.abstract) !== undefined) lines.push("");
      lines.push(paper.abstract);
    }
  }
  return lines.join("\n");
}

/** `CLJul 31, 2024Code` */
function formatHeader(paper: PaperInput): string {
  const date = readIsoDate(paper.published);
  const when = date
    ? `${MONTH_ABBREVIATIONS[date.month - 1]} ${date.day}${paper.yearInferred ? "" : `, ${date.year}`}`
    : paper.published;
  const badges = paper.badges ?? (paper.hasCode ? ["Code"] : []);
  // (With cross-lists, every code glued in capitals, primary first, as a page that shows them writes them.)
  const crossLists = paper.crossLists ?? [];
  const codes = crossLists.length === 0 ? paper.category.code : [paper.category, ...crossLists].map((category) => category.code.toUpperCase()).join("");
  return `${codes}${when}${badges.join("")}`;
}

/** `Title` + `A, B, C et al. · slug, slug` */
function formatByline(paper: PaperInput): string {
  let line = paper.title + paper.authors.map((a) => a.name).join(", ");
  if (paper.authorsTruncated) line += " et al.";
  if (paper.affiliations && paper.affiliations.length > 0) line += ` · ${paper.affiliations.join(", ")}`;
  return line;
}
