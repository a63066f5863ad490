import type { Author } from "../model/author.js";
import { DIRTY, escapeClean, scan, stripControls } from "./_lib/latex.js";
import { squeezeSpace } from "./_lib/text.js";
import type { EscapeLatexResult } from "./escape-latex.js";

/**
 * Options of `formatBibtexName`.
 *
 * @example
 * // Accents as LaTeX commands
 * const options: FormatBibtexNameOptions = { ascii: true };
 */
export interface FormatBibtexNameOptions {
  /** Write non-ASCII letters as LaTeX accents (see `escapeLatex`). */
  readonly ascii?: boolean;
}

// Text BibTeX's name parser would read as structure: a comma (part separator)
// or the word "and" (name separator, matched case-insensitively by bibtex); and
// "=", which biber reads as biblatex's extended name format ("family=Smith, given=Ann").
const STRUCTURAL = /,|=|(?:^|\s)and(?:\s|$)/iu;

/**
 * Writes one author the way BibTeX's `author` field wants it: a person as
 * `family, given` (`van den Oord, Aaron`, so the particle stays with the
 * family name), a group braced as a unit (`{Gemma Team}`).
 *
 * Any part that BibTeX would otherwise split (a comma, the word "and", a
 * group) is braced, and a bare `others` is braced so it keeps meaning a
 * person rather than "et al.". A name the parser could not analyse is
 * written as it appears.
 *
 * @param author - a person or a group
 * @param options - `ascii` for classic bibtex
 * @returns the name as BibTeX text, with the characters escaping kept or removed
 *
 * @example
 * // A particle, a group, an accent in ASCII mode
 * formatBibtexName({ name: "Aaron van den Oord", given: "Aaron", family: "van den Oord" }).text; //=> "van den Oord, Aaron"
 * formatBibtexName({ name: "Gemma Team", literal: true }).text; //=> "{Gemma Team}"
 * formatBibtexName({ name: "Maja Trębacz", given: "Maja", family: "Trębacz" }, { ascii: true }).text; //=> "Tr{\\k{e}}bacz, Maja"
 */
export function formatBibtexName(author: Author, options: FormatBibtexNameOptions = {}): EscapeLatexResult {
  // Most names are plain ASCII words: nothing to escape, nothing to brace.
  const { given, family } = author;
  if (author.literal) {
    // A group is braced whole, so "and" or a comma inside it is harmless.
    if (plainWords(author.name, true)) return { text: `{${author.name}}`, kept: NONE, removed: NONE };
  } else if (!author.suffix && given && family && plainWords(family, false) && plainWords(given, false) && family !== "others") {
    return { text: `${family}, ${given}`, kept: NONE, removed: NONE };
  }
  return formatAny(author, options);
}

/**
 * Whether a name part needs no escaping and no braces: ASCII letters and dots
 * (and digits in a group's name), words joined by single spaces, hyphens or
 * apostrophes (never "--" or "''", which TeX ligates), and no word "and".
 */
function plainWords(text: string, digits: boolean): boolean {
  let wordStart = 0;
  let prevSeparator = true;
  for (let i = 0; i <= text.length; i += 1) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || (digits && c >= 48 && c <= 57)) {
      prevSeparator = false;
      continue;
    }
    if (c !== 32 && c !== 45 && c !== 39) return false;
    if (prevSeparator) return false;
    if (i - wordStart === 3 && (text.charCodeAt(wordStart) | 32) === 97 && (text.charCodeAt(wordStart + 1) | 32) === 110 &&
        (text.charCodeAt(wordStart + 2) | 32) === 100) return false;
    prevSeparator = true;
    wordStart = i + 1;
  }
  return text.length > 0;
}
const NONE: readonly string[] = /* @__PURE__ */ Object.freeze([]);

/** The general case of `formatBibtexName`: escaping, bracing, suffixes. */
function formatAny(author: Author, options: FormatBibtexNameOptions): EscapeLatexResult {
  const ascii = options.ascii ?? false;
  const kept = new Set<string>();
  const removed = new Set<string>();
  const part = (text: string): string => escapeClean(scan(text) & DIRTY ? squeezeSpace(stripControls(text, removed)) : text, ascii, kept);
  const family = squeezeSpace(author.family ?? "");
  const given = squeezeSpace(author.given ?? "");
  let text: string;
  if (author.literal || (family === "" && given !== "")) {
    text = `{${part(author.literal ? author.name : given)}}`;
  } else if (family === "") {
    const name = squeezeSpace(author.name);
    text = STRUCTURAL.test(name) || name.toLowerCase() === "others" ? `{${part(name)}}` : part(name);
  } else {
    const suffix = squeezeSpace(author.suffix ?? "");
    const familyText = STRUCTURAL.test(family) || (given === "" && /\s/u.test(family)) || family.toLowerCase() === "others"
      ? `{${part(family)}}`
      : part(family);
    const guard = (text: string): string => (STRUCTURAL.test(text) ? `{${part(text)}}` : part(text));
    const pieces = [familyText];
    if (suffix !== "") pieces.push(guard(suffix));
    if (given !== "" || suffix !== "") pieces.push(guard(given));
    text = pieces.join(", ");
  }
  return { text, kept: [...kept], removed: [...removed] };
}
