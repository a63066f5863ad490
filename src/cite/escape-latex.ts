import { DIRTY, ESCAPE, escapeClean, NON_ASCII, scan, stripControls } from "./_lib/latex.js";
import { squeezeSpace } from "./_lib/text.js";

/**
 * Options of `escapeLatex`.
 *
 * @example
 * // Classic bibtex wants pure ASCII
 * const options: EscapeLatexOptions = { ascii: true };
 */
export interface EscapeLatexOptions {
  /**
   * Write letters outside ASCII as LaTeX accent commands (`{\'S}`,
   * `{\k{e}}`) for classic `bibtex`; characters with no such form stay
   * UTF-8 and are listed in `kept`. Default `false`: UTF-8 as is, for
   * biblatex and biber.
   */
  readonly ascii?: boolean;
}

/**
 * The outcome of `escapeLatex`.
 *
 * @example
 * // Cyrillic has no ASCII LaTeX form
 * const result: EscapeLatexResult = { text: "Иванов", kept: ["И", "в", "а", "н", "о"], removed: [] };
 */
export interface EscapeLatexResult {
  /** LaTeX text, safe inside a braced BibTeX field: braces always balanced, no live command. */
  readonly text: string;
  /** In ASCII mode, the distinct characters left as UTF-8 because LaTeX has no ASCII form for them. */
  readonly kept: readonly string[];
  /** Control characters removed (BibTeX cannot carry them), as distinct characters. */
  readonly removed: readonly string[];
}

const NONE: readonly string[] = /* @__PURE__ */ Object.freeze([]);

/**
 * Escapes text for a braced BibTeX field so that it prints as written and
 * can never break the file or run LaTeX: `\input{x}` comes out as the
 * visible text "\input{x}".
 *
 * Whitespace runs collapse to one space (BibTeX does the same). In ASCII
 * mode, letters with diacritics become accent commands (`Trębacz` →
 * `Tr{\k{e}}bacz`); what has no ASCII form (Cyrillic, CJK) stays UTF-8 and
 * is reported in `kept`, never dropped.
 *
 * @param text - any text
 * @param options - `ascii` for classic bibtex
 * @returns the LaTeX text and what could not be converted
 *
 * @example
 * // Specials are escaped, an accent is spelled out in ASCII mode
 * escapeLatex("50% of Świrszcz's {data}", { ascii: true }).text;
 * //=> "50\\% of {\\'S}wirszcz's \\textbraceleft{}data\\textbraceright{}"
 */
export function escapeLatex(text: string, options: EscapeLatexOptions = {}): EscapeLatexResult {
  const ascii = options.ascii ?? false;
  const flags = scan(text);
  if (!(flags & (DIRTY | ESCAPE)) && (!ascii || !(flags & NON_ASCII))) return { text, kept: NONE, removed: NONE };
  const kept = new Set<string>();
  const removed = new Set<string>();
  const clean = flags & DIRTY ? squeezeSpace(stripControls(text, removed)) : text;
  return { text: escapeClean(clean, ascii, kept), kept: [...kept], removed: [...removed] };
}

