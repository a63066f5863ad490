import type { Paper } from "../model/paper.js";
import type { Diagnostic } from "../parse/diagnostic.js";
import { paperDiagnostic } from "./_lib/diagnostic.js";
import { arxivDoi, arxivUrl, withoutArticle } from "./_lib/text.js";
import { type CitationKeyOptions, citationKey } from "./citation-key.js";
import { escapeLatex, type EscapeLatexResult } from "./escape-latex.js";
import { formatBibtexName } from "./format-bibtex-name.js";
import { protectTitle } from "./protect-title.js";

/**
 * Options of `toBibtexEntry` and `toBibtex`.
 *
 * @example
 * // Classic bibtex, Scholar-like `@article` entries, with abstracts
 * const options: BibtexOptions = { ascii: true, entryType: "article", abstract: true };
 */
export interface BibtexOptions extends CitationKeyOptions {
  /** Pure ASCII with LaTeX accents for classic `bibtex`; default `false` (UTF-8, for biber). */
  readonly ascii?: boolean;
  /**
   * `"misc"` (default, what biblatex and arXiv itself use for preprints) or
   * `"article"` with `journal = {arXiv preprint arXiv:<id>}`, as Google
   * Scholar writes them, for styles that print nothing of `@misc` but the title.
   */
  readonly entryType?: "misc" | "article";
  /** Add the abstract (`abstract = {...}`); default `false`. */
  readonly abstract?: boolean;
  /** Add the affiliation slugs (`affiliation = {deepmind, mila}`); default `false`. */
  readonly affiliations?: boolean;
  /** Words known to be proper nouns, brace-protected in titles (the abstract is evidence too). */
  readonly properNouns?: Iterable<string>;
}

/**
 * Options of `toBibtexEntry`: those of `toBibtex`, plus a fixed key.
 *
 * @example
 * // Use a key chosen elsewhere
 * const options: BibtexEntryOptions = { key: "gemma2" };
 */
export interface BibtexEntryOptions extends BibtexOptions {
  /** The key to use instead of building one. */
  readonly key?: string;
  /** Index of the paper in its listing, copied into diagnostics. */
  readonly index?: number;
}

/**
 * One BibTeX entry and what is worth knowing about it.
 *
 * @example
 * // Print the entry, then its warnings
 * const { text, diagnostics } = toBibtexEntry(paper);
 */
export interface BibtexEntry {
  readonly key: string;
  /** The entry, from `@misc{` to the closing brace, without a trailing newline. */
  readonly text: string;
  /** Characters kept as UTF-8 in ASCII mode, truncated author lists, unparsed names. */
  readonly diagnostics: Diagnostic[];
}

const SAFE_URL = /^[A-Za-z0-9\-._:/?#[\]@!$&'()*+,;=%]*$/;
const ASCII = { ascii: true } as const;
const UTF8 = { ascii: false } as const;

/** Whether a string is all ASCII digits. */
function isDigits(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/**
 * Writes one paper as a BibTeX entry that `bibtex`, biber and
 * @retorquere/bibtex-parser all read back to the same title and names.
 *
 * The entry is `@misc` with `year` and `month` (a month macro such as
 * `jul`, never `{jul 31}`), the authors (`and others` after a truncated
 * list), and, when the arXiv id is known, `eprint`, `archivePrefix`,
 * `primaryClass`, `doi` and `url`. Every field is escaped (see
 * `escapeLatex`) and the title brace-protected (see `protectTitle`).
 *
 * @param paper - the paper
 * @param options - encoding, entry type, extra fields, key
 * @returns the key, the entry text and its diagnostics
 * @throws {RangeError} when a key template names an unknown field
 *
 * @example
 * // A paper with an arXiv id
 * toBibtexEntry(gemma2).text;
 * //=> "@misc{gemmateam2024gemma,\n  title = {{Gemma} 2: Improving Open Language Models at a Practical Size},\n  author = {{Gemma Team} and Riviere, Morgane and Pathak, Shreya and others},\n  year = {2024},\n  month = jul,\n  eprint = {2408.00118},\n  archivePrefix = {arXiv},\n  primaryClass = {cs.CL},\n  doi = {10.48550/arXiv.2408.00118},\n  url = {https://arxiv.org/abs/2408.00118}\n}"
 */
export function toBibtexEntry(paper: Paper, options: BibtexEntryOptions = {}): BibtexEntry {
  const key = options.key ?? citationKey(paper, options);
  const ascii = options.ascii ?? false;
  const diagnostics: Diagnostic[] = [];
  const report: Report = { kept: undefined, removed: undefined };

  let body = `  title = {${note(report, "title", protectTitle(paper.title, { ascii, abstract: paper.abstract, properNouns: options.properNouns }))}}`;
  const authors = paper.authors;
  let unparsedNames: string[] | undefined;
  if (authors.length > 0) {
    body += ",\n  author = {";
    const nameOptions = ascii ? ASCII : UTF8;
    for (let i = 0; i < authors.length; i += 1) {
      const author = authors[i]!;
      if (i > 0) body += " and ";
      body += note(report, "author", formatBibtexName(author, nameOptions));
      if (!author.literal && !author.family) (unparsedNames ??= []).push(author.name);
    }
    body += paper.authorsTruncated ? " and others}" : "}";
  } else {
    diagnostics.push(paperDiagnostic(paper, options.index, "warning", "no-authors", "the paper has no authors; the entry has no author field, and a key field to sort by"));
    // What BibTeX's standard styles sort and label an entry with no author by (else plain.bst
    // warns "to sort, need author or key"): the title, without a leading article.
    body += `,\n  key = {${note(report, "key", escapeLatex(withoutArticle(paper.title), { ascii }))}}`;
  }
  if (unparsedNames) for (const name of unparsedNames) {
    diagnostics.push(paperDiagnostic(paper, options.index, "warning", "unparsed-author", `author "${name}" has no given/family split; written as it appears`));
  }
  if (paper.authorsTruncated) {
    diagnostics.push(paperDiagnostic(paper, options.index, "info", "authors-truncated", `the listing shows ${authors.length} authors and "et al."; written as "and others"`));
  }
  if (options.entryType === "article") {
    body += `,\n  journal = {arXiv preprint${paper.arxivId ? ` arXiv:${note(report, "journal", escapeLatex(paper.arxivId))}` : ""}}`;
  }
  const published = paper.published;
  const year = published.slice(0, 4);
  if (year.length === 4 && isDigits(year)) body += `,\n  year = {${year}}`;
  const month = MONTHS[(published.charCodeAt(5) - 48) * 10 + (published.charCodeAt(6) - 48) - 1];
  if (month) body += `,\n  month = ${month}`;
  if (paper.arxivId) {
    body += `,\n  eprint = {${note(report, "eprint", escapeLatex(paper.arxivId))}},\n  archivePrefix = {arXiv}`;
    body += `,\n  primaryClass = {${note(report, "primaryClass", escapeLatex(paper.category.id))}}`;
    body += `,\n  doi = {${urlText(arxivDoi(paper.arxivId))}},\n  url = {${urlText(arxivUrl(paper.arxivId))}}`;
  } else if (paper.url) {
    body += `,\n  url = {${urlText(paper.url)}}`;
  }
  if (options.abstract && paper.abstract.trim() !== "") {
    body += `,\n  abstract = {${note(report, "abstract", escapeLatex(paper.abstract, { ascii }))}}`;
  }
  if (options.affiliations && paper.affiliations.length > 0) {
    body += `,\n  affiliation = {${note(report, "affiliation", escapeLatex(paper.affiliations.join(", "), { ascii }))}}`;
  }

  if (report.kept) for (const [field, chars] of report.kept) {
    diagnostics.push(paperDiagnostic(paper, options.index, "warning", "non-ascii-kept",
      `${field}: no ASCII LaTeX form for ${[...chars].map((c) => `"${c}"`).join(", ")}; kept as UTF-8 (biber and UTF-8 output read them)`));
  }
  if (report.removed) {
    diagnostics.push(paperDiagnostic(paper, options.index, "warning", "control-character-removed",
      `removed control characters ${[...report.removed].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`).join(", ")}`));
  }
  return { key, text: `@${options.entryType ?? "misc"}{${key},\n${body}\n}`, diagnostics };
}

/** What escaping could not convert (per field) or removed, gathered over an entry. */
interface Report {
  kept: Map<string, Set<string>> | undefined;
  removed: Set<string> | undefined;
}

/** Records what escaping kept or removed for one field, and returns the escaped text. */
function note(report: Report, field: string, result: EscapeLatexResult): string {
  if (result.kept.length > 0) {
    report.kept ??= new Map();
    let set = report.kept.get(field);
    if (!set) report.kept.set(field, (set = new Set()));
    for (const ch of result.kept) set.add(ch);
  }
  if (result.removed.length > 0) {
    report.removed ??= new Set();
    for (const ch of result.removed) report.removed.add(ch);
  }
  return result.text;
}

/**
 * A URL as BibTeX field text. biblatex reads `url` verbatim, so nothing is
 * backslash-escaped; what may not appear raw in a field (braces,
 * backslashes, spaces, non-ASCII) is percent-encoded, so the link still works.
 */
function urlText(url: string): string {
  if (SAFE_URL.test(url)) return url;
  return url.replace(/[{}\\\s^~|<>"`]|[^\x00-\x7F]/gu, (ch) => encodeURIComponent(ch));
}
