import type { Paper } from "../model/paper.js";
import { type ApaFormat, citationNames, escapeFor, italicFor, preparePaper } from "./_lib/apa.js";
import { citedTitle } from "./_lib/title-case.js";

/**
 * Options of `apaCitation`.
 *
 * @example
 * // Narrative, second 2024 work of the same authors
 * const options: ApaCitationOptions = { narrative: true, yearSuffix: "b" };
 */
export interface ApaCitationOptions {
  /** `Riviere et al. (2024)` instead of `(Riviere et al., 2024)`; default `false`. */
  readonly narrative?: boolean;
  /** Letter after the year (`"a"`), as `apaReferenceList` assigns it. */
  readonly yearSuffix?: string;
  /**
   * How many authors to name before "et al." (default 1); `apaReferenceList`
   * raises it where two works would otherwise read the same (APA 8.18).
   */
  readonly names?: number;
  /** `"text"` (default), `"html"` or `"markdown"`. */
  readonly format?: ApaFormat;
}

/**
 * Writes an APA 7 in-text citation (8.17): one author `(Oord, 2017)`, two
 * `(Clark & Guy, 2022)` or narrative `Clark and Guy (2022)`, three or more
 * — or a list the listing truncated — `(Riviere et al., 2024)`, a group
 * by its name `(Gemma Team et al., 2024)`. A work with no authors is cited
 * by its italic title.
 *
 * For a whole bibliography use `apaReferenceList`, which also works out
 * year letters and the extra names that keep citations apart.
 *
 * @param paper - the paper
 * @param options - narrative or parenthetical, year letter, names, format
 * @returns the citation
 *
 * @example
 * // Parenthetical and narrative forms
 * apaCitation(neuralDiscrete); //=> "(van den Oord et al., 2017)"
 * apaCitation(neuralDiscrete, { narrative: true }); //=> "van den Oord et al. (2017)"
 */
export function apaCitation(paper: Paper, options: ApaCitationOptions = {}): string {
  const format = options.format ?? "text";
  const year = `${paper.published.slice(0, 4)}${options.yearSuffix ?? ""}`;
  const narrative = options.narrative ?? false;
  const names = citationNames(preparePaper(paper), narrative, options.names ?? 1);
  // (A work with no author is cited by its title, in title case: 8.14.)
  const who = names === "" ? italicFor(format, citedTitle(paper)) : escapeFor(format, names);
  return narrative ? `${who} ${escapeFor(format, `(${year})`)}` : `${escapeFor(format, "(")}${who}${escapeFor(format, `, ${year})`)}`;
}
