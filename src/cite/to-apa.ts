import type { Paper } from "../model/paper.js";
import type { Diagnostic } from "../parse/diagnostic.js";
import { type ApaFormat, preparePaper } from "./_lib/apa.js";
import { apaReference } from "./_lib/apa-reference.js";

export type { ApaFormat } from "./_lib/apa.js";

/**
 * Options of `toApa` and `apaReferenceList`.
 *
 * @example
 * // HTML, with a name the abstract does not capitalise
 * const options: ApaOptions = { format: "html", properNouns: ["Atari"] };
 */
export interface ApaOptions {
  /** `"text"` (default), `"html"` (`<i>` title, all text escaped) or `"markdown"` (`*title*`). */
  readonly format?: ApaFormat;
  /** Words known to be proper nouns, kept capitalised in the sentence-case title. */
  readonly properNouns?: Iterable<string>;
}

/**
 * Options of `toApa`: those of the list, plus a year suffix chosen elsewhere.
 *
 * @example
 * // The second 2024 work of the same authors
 * const options: ToApaOptions = { yearSuffix: "b" };
 */
export interface ToApaOptions extends ApaOptions {
  /** Letter after the year for same-author, same-year works (`"a"`); `apaReferenceList` assigns them. */
  readonly yearSuffix?: string;
  /** Index of the paper in its listing, copied into diagnostics. */
  readonly index?: number;
}

/**
 * One formatted reference or citation and what is worth knowing about it.
 *
 * @example
 * // Print the reference, then its warnings
 * const { text, diagnostics } = toApa(paper);
 */
export interface ApaResult {
  readonly text: string;
  /** Truncated author lists (`authors-truncated`), unanalysed names, missing authors. */
  readonly diagnostics: Diagnostic[];
}

/**
 * Writes one paper as an APA 7 reference to a preprint (10.8):
 * `Authors. (2024). *Title in sentence case* [Preprint]. arXiv. https://doi.org/10.48550/arXiv.<id>`.
 *
 * Authors follow 9.8 (`Grill, J.-B.`, `van den Oord, A.`, groups by name,
 * `&` before the last, the 20/21+ rule). A list the listing cut short
 * ("et al.") cannot be completed from the listing: it is written with the
 * known authors and "et al." and reported as `authors-truncated` — citeproc
 * would print it as if complete, which would be wrong. The title goes to
 * sentence case (see `toSentenceCase`, with the abstract as evidence). The
 * link is the arXiv DOI when the id is known, else the paper's URL.
 *
 * @param paper - the paper
 * @param options - output format, proper nouns, year suffix
 * @returns the reference and its diagnostics
 *
 * @example
 * // A complete list of three authors, as text
 * toApa(neuralDiscrete).text;
 * //=> "van den Oord, A., Vinyals, O., & Kavukcuoglu, K. (2017). Neural discrete representation learning [Preprint]. arXiv."
 */
export function toApa(paper: Paper, options: ToApaOptions = {}): ApaResult {
  return apaReference(preparePaper(paper), options);
}
