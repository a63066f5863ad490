/** Private building blocks of the APA 7 formatters. */
import type { Author } from "../../model/author.js";
import type { Paper } from "../../model/paper.js";
import { formatApaName } from "../format-apa-name.js";
import { apaInitials, nameParts } from "./names.js";
import { arxivDoi, squeezeSpace, withoutArticle } from "./text.js";

/**
 * How APA text is written: plain text, HTML (`<i>` title, everything escaped) or Markdown (`*title*`).
 *
 * @example
 * // References for a web page
 * const format: ApaFormat = "html";
 */
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

/** What the APA formatters need of a paper, worked out once: names in every form, year. */
export interface PreparedPaper {
  readonly paper: Paper;
  /** Reference-list names (`Grill, J.-B.`). */
  readonly names: readonly string[];
  /** In-text names (`Grill`, `Gemma Team`). */
  readonly short: readonly string[];
  /** Initials per author, for sorting. */
  readonly initials: readonly string[];
  readonly year: string;
}

/** Works out a paper's names and year once, for formatting, sorting and grouping. */
export function preparePaper(paper: Paper): PreparedPaper {
  const names: string[] = [];
  const short: string[] = [];
  const initials: string[] = [];
  for (const author of paper.authors) {
    names.push(formatApaName(author));
    const parts = nameParts(author);
    short.push(parts?.family ?? squeezeSpace(author.name));
    initials.push(parts ? apaInitials(parts.given) : "");
  }
  return { paper, names, short, initials, year: paper.published.slice(0, 4) };
}

/**
 * The author element of a reference (9.8): up to 20 names with "&" before
 * the last (and a comma before it but between two names of which the first
 * ends in no initials); 21 or more give the first 19, ". . .", and the last. A list the
 * listing truncated ends in "et al." — see docs/citations.md for why.
 */
export function authorElement(prepared: PreparedPaper): string {
  const names = prepared.names;
  if (prepared.paper.authorsTruncated) {
    const shown = names.length > 19 ? names.slice(0, 19) : names;
    return `${shown.join(", ")}, et al.`;
  }
  if (names.length === 1) return names[0]!;
  // Two names take a comma before "&" only after initials (9.8: "Author, A. A., & Author, B. B.";
  // two groups, "The LIGO Scientific Collaboration & the Virgo Collaboration", take none).
  if (names.length === 2) return `${names[0]}${!prepared.paper.authors[0]!.literal && INVERTED.test(names[0]!) ? "," : ""} & ${names[1]}`;
  if (names.length <= 20) return `${names.slice(0, -1).join(", ")}, & ${names[names.length - 1]}`;
  return `${names.slice(0, 19).join(", ")}, . . . ${names[names.length - 1]}`;
}

// A person's reference-list name written family name first, its initials after a comma
// ("Grill, J.-B."); a group's name may hold a comma of its own ("University of California, Berkeley").
const INVERTED = /, \S/u;

/** The link at the end of a reference: the arXiv DOI when the id is known, else the paper's URL. */
export function linkOf(paper: Paper): string | undefined {
  if (paper.arxivId) return `https://doi.org/${arxivDoi(paper.arxivId)}`;
  return paper.url;
}

/**
 * In-text author names: "A" (one), "A & B" or "A and B" (two), "A et al."
 * (three or more, or a truncated list). With `names`, the first `names`
 * authors are written before "et al." to tell apart works whose short form
 * would coincide (8.18), and the whole list when `names` reaches its end.
 */
export function citationNames(prepared: PreparedPaper, narrative: boolean, names = 1): string {
  const all = prepared.short;
  const and = narrative ? "and" : "&";
  if (all.length === 0) return "";
  const complete = !prepared.paper.authorsTruncated;
  if (complete && all.length === 1) return all[0]!;
  if (complete && all.length === 2) return `${all[0]} ${and} ${all[1]}`;
  if (names <= 1) return `${all[0]} et al.`;
  if (complete && names >= all.length) return `${all.slice(0, -1).join(", ")}, ${and} ${all[all.length - 1]}`;
  return `${all.slice(0, Math.min(names, all.length)).join(", ")}, et al.`;
}

const COLLATOR = /* @__PURE__ */ new Intl.Collator("en", { sensitivity: "base", ignorePunctuation: true, numeric: true });

/**
 * APA's reference-list order (9.44–9.47): by the first author's family name
 * (letter by letter) and initials, then the next authors; a list that is a
 * prefix of another comes first; then by year; then by title without a
 * leading article. A work with no author sorts by its title, without a
 * leading article, where its authors' names would stand (9.46).
 */
export function compareApa(a: PreparedPaper, b: PreparedPaper): number {
  const first = sortNames(a);
  const second = sortNames(b);
  const n = Math.max(first.length, second.length);
  for (let i = 0; i < n; i += 1) {
    const x = first[i];
    const y = second[i];
    if (x === undefined || y === undefined) {
      if (x !== undefined) return b.paper.authorsTruncated ? -1 : 1;
      if (y !== undefined) return a.paper.authorsTruncated ? 1 : -1;
      break;
    }
    const byName = x === y ? 0 : COLLATOR.compare(x, y);
    if (byName !== 0) return byName;
    const p = a.initials[i] ?? "";
    const q = b.initials[i] ?? "";
    const byInitials = p === q ? 0 : COLLATOR.compare(p, q);
    if (byInitials !== 0) return byInitials;
  }
  if (a.paper.authorsTruncated !== b.paper.authorsTruncated) return a.paper.authorsTruncated ? 1 : -1;
  if (a.year !== b.year) return a.year < b.year ? -1 : 1;
  return (
    COLLATOR.compare(withoutArticle(a.paper.title), withoutArticle(b.paper.title)) ||
    (a.paper.published < b.paper.published ? -1 : a.paper.published > b.paper.published ? 1 : 0)
  );
}

/** The names a paper sorts by: its authors' as cited, or for a work with no author its title. */
function sortNames(prepared: PreparedPaper): readonly string[] {
  return prepared.short.length > 0 ? prepared.short : [withoutArticle(prepared.paper.title)];
}

