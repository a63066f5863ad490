import { type CasingEvidence, properNounSet } from "./_lib/evidence.js";
import { analyzeTitle } from "./_lib/title-words.js";
import { squeezeSpace } from "./_lib/text.js";
import { escapeClean, stripControls } from "./_lib/latex.js";
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
  const kept = new Set<string>();
  const removed = new Set<string>();
  const clean = squeezeSpace(stripControls(title, removed));
  let text = "";
  for (const piece of analyzeTitle(clean, properNounSet(options))) {
    const part = escapeClean(piece.text, options.ascii ?? false, kept);
    text += piece.keep ? `{${part}}` : part;
  }
  return { text, kept: [...kept], removed: [...removed] };
}
