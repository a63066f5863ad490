/** Private building blocks of the APA 7 formatters. */
import type { Author } from "../../model/author.js";
import type { Paper } from "../../model/paper.js";
import { formatApaName } from "../format-apa-name.js";
import { apaInitials, nameParts } from "./names.js";
import { arxivDoi, squeezeSpace } from "./text.js";

/** How APA text is written: plain text, HTML (`<i>` title, everything escaped) or Markdown (`*title*`). */
export type ApaFormat = "text" | "html" | "markdown";

/** Escapes plain text for a format. */
export function escapeFor(format: ApaFormat, text: string): string {
  if (format === "html") return escapeHtml(text);
  if (format === "markdown") return escapeMarkdown(text);
  return text;
}

/** Italic text in a format (the text is plain and gets escaped here). */
export function italicFor(format: ApaFormat, text: string): string {
  if (format === "html") return `<i>${escapeHtml(text)}</i>`;
  if (format === "markdown") return `*${escapeMarkdown(text)}*`;
  return text;
}

/** The five characters HTML gives meaning to. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (ch) => HTML[ch] ?? ch);
}
const HTML: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Backslash-escapes what CommonMark could read as markup: emphasis, code,
 * links, HTML, tables, entities, and block markers at the start of the text.
 */
function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]|&(?=#?\w+;)/gu, (ch) => `\\${ch}`)
    .replace(/^([#+=-])/u, "\\$1")
    .replace(/^(\d+)([.)])/u, "$1\\$2");
}

/** Whether an author is a person the parser could not split into given and family names. */
export function isUnparsed(author: Author): boolean {
  return !author.literal && squeezeSpace(author.family ?? "") === "";
}

/** The name APA uses in text: a person's family name, a group's whole name. */
export function shortName(author: Author): string {
  return nameParts(author)?.family ?? squeezeSpace(author.name);
}

/**
 * The author element of a reference (9.8): up to 20 names with "&" before
 * the last; 21 or more give the first 19, ". . .", and the last. A list the
 * listing truncated ends in "et al." — see docs/citations.md for why.
 */
export function authorElement(paper: Paper): string {
  const names = paper.authors.map(formatApaName);
  if (paper.authorsTruncated) {
    const shown = names.length > 19 ? names.slice(0, 19) : names;
    return `${shown.join(", ")}, et al.`;
  }
  if (names.length === 1) return names[0]!;
  if (names.length <= 20) return `${names.slice(0, -1).join(", ")}, & ${names[names.length - 1]}`;
  return `${names.slice(0, 19).join(", ")}, . . . ${names[names.length - 1]}`;
}

/** The link at the end of a reference: the arXiv DOI when the id is known, else the paper's URL. */
export function linkOf(paper: Paper): string | undefined {
  if (paper.arxivId) return `https://doi.org/${arxivDoi(paper.arxivId)}`;
  return paper.url;
}

/** The year of a paper's date, as APA prints it. */
export function yearOf(paper: Paper): string {
  return paper.published.slice(0, 4);
}

/**
 * In-text author names: "A" (one), "A & B" or "A and B" (two), "A et al."
 * (three or more, or a truncated list). With `names`, the first `names`
 * authors are written before "et al." to tell apart works whose short form
 * would coincide (8.18), and the whole list when `names` reaches its end.
 */
export function citationNames(paper: Paper, narrative: boolean, names = 1): string {
  const all = paper.authors.map(shortName);
  const and = narrative ? "and" : "&";
  if (all.length === 0) return "";
  const complete = !paper.authorsTruncated;
  if (complete && all.length === 1) return all[0]!;
  if (complete && all.length === 2) return `${all[0]} ${and} ${all[1]}`;
  if (names <= 1) return `${all[0]} et al.`;
  if (complete && names >= all.length) return `${all.slice(0, -1).join(", ")}, ${and} ${all[all.length - 1]}`;
  return `${all.slice(0, Math.min(names, all.length)).join(", ")}, et al.`;
}

/** A stable identity of a reference's author list, for "same authors" tests. */
export function authorIdentity(paper: Paper): string {
  return `${paper.authors.map(formatApaName).join("\u0001")}${paper.authorsTruncated ? "\u0002" : ""}`;
}

const COLLATOR = new Intl.Collator("en", { sensitivity: "base", ignorePunctuation: true, numeric: true });

/**
 * APA's reference-list order (9.44–9.47): by the first author's family name
 * (letter by letter) and initials, then the next authors; a list that is a
 * prefix of another comes first; then by year; then by title without a
 * leading article.
 */
export function compareApa(a: Paper, b: Paper): number {
  const n = Math.max(a.authors.length, b.authors.length);
  for (let i = 0; i < n; i += 1) {
    const x = a.authors[i];
    const y = b.authors[i];
    if (!x || !y) {
      if (x) return b.authorsTruncated ? -1 : 1;
      if (y) return a.authorsTruncated ? 1 : -1;
      break;
    }
    const byName = COLLATOR.compare(shortName(x), shortName(y));
    if (byName !== 0) return byName;
    const byInitials = COLLATOR.compare(apaInitials(nameParts(x)?.given ?? ""), apaInitials(nameParts(y)?.given ?? ""));
    if (byInitials !== 0) return byInitials;
  }
  if (a.authorsTruncated !== b.authorsTruncated) return a.authorsTruncated ? 1 : -1;
  return (
    COLLATOR.compare(yearOf(a), yearOf(b)) ||
    COLLATOR.compare(withoutArticle(a.title), withoutArticle(b.title)) ||
    COLLATOR.compare(a.published, b.published)
  );
}

/** A title without a leading "A", "An" or "The", which APA ignores when sorting. */
function withoutArticle(title: string): string {
  return title.replace(/^(?:a|an|the)\s+/iu, "");
}
