import { type CasingEvidence, properNounTest } from "./_lib/evidence.js";
import { walkTitle } from "./_lib/title-words.js";
import { squeezeSpace } from "./_lib/text.js";
import { DIRTY, ESCAPE, escapeClean, NON_ASCII, scan, stripControls } from "./_lib/latex.js";
import type { EscapeLatexResult } from "./escape-latex.js";

/**
 * Options of `protectTitle`.
 *
 * @example
 * // ASCII output, with a known name
 * const options: ProtectTitleOptions = { ascii: true, properNouns: ["Gemini"] };
 */
export interface ProtectTitleOptions extends CasingEvidence {
  /** Write non-ASCII letters as LaTeX accents (see `escapeLatex`). */
  readonly ascii?: boolean;
}

/**
 * Writes a title as a BibTeX field value: escaped, with braces around the
 * words whose capitals must survive a bibliography style's case change, and
 * around nothing else.
 *
 * Protected are acronyms (`{IMPALA}`, `Deep-{RL}`), camel-case names
 * (`{AlphaCode}`), single capitals that are not the article "A"
 * (`{Q}-learning`) and proper nouns known from the evidence (`{Gemma}`).
 * Braces go around whole words, never single letters, so kerning and
 * hyphenation stay intact.
 *
 * @param title - the title as written
 * @param options - evidence for proper nouns, and `ascii`
 * @returns the field text, with the characters `escapeLatex` kept or removed
 *
 * @example
 * // Only the acronym is protected
 * protectTitle("IMPALA: Scalable Distributed Deep-RL").text;
 * //=> "{IMPALA}: Scalable Distributed Deep-{RL}"
 */
export function protectTitle(title: string, options: ProtectTitleOptions = {}): EscapeLatexResult {
  const ascii = options.ascii ?? false;
  const flags = scan(title);
  const removed = flags & DIRTY ? new Set<string>() : undefined;
  const clean = removed ? squeezeSpace(stripControls(title, removed)) : title;
  // Escape piece by piece only when something needs escaping; most titles go through as they are.
  const plain = !(flags & ESCAPE) && (!ascii || !(flags & NON_ASCII));
  const kept = plain ? undefined : new Set<string>();
  let text = "";
  let gap = "";
  walkTitle(clean, properNounTest(options), (piece, word, keep, opens) => {
    const part = kept ? escapeClean(piece, ascii, kept) : piece;
    // A sentence opening after "?", "!", a full stop or a dash keeps its capital: BibTeX
    // styles lower it, but for the first word and one after a colon ("…results. VI. {C}osmological").
    // (An escaped letter, "{\\'E}lan", is braced whole.)
    const capital = word && opens && !keep && text !== "" && !/:\s*$/.test(gap) && /^\p{Lu}/u.test(piece);
    const first = capital && /^\p{L}/u.test(part) ? String.fromCodePoint(part.codePointAt(0)!) : "";
    if (first) text += `{${first}}${part.slice(first.length)}`;
    else text += keep || capital ? `{${part}}` : part;
    if (!word) gap = piece;
  });
  return { text, kept: kept && kept.size > 0 ? [...kept] : NONE, removed: removed && removed.size > 0 ? [...removed] : NONE };
}

const NONE: readonly string[] = /* @__PURE__ */ Object.freeze([]);
