import type { Paper } from "../model/paper.js";
import type { Diagnostic } from "../parse/diagnostic.js";
import { authorIdentity, citationNames, compareApa, yearOf } from "./_lib/apa.js";
import { apaCitation } from "./apa-citation.js";
import { type ApaOptions, toApa } from "./to-apa.js";

/**
 * One entry of an APA reference list, with the citations that point to it.
 *
 * @example
 * // Cite the first reference in text
 * const first: ApaReference = apaReferenceList(papers).references[0]!;
 * first.parenthetical; //=> "(Anil et al., 2023)"
 */
export interface ApaReference {
  /** Index of the paper in the input. */
  readonly index: number;
  readonly paper: Paper;
  /** The reference, in the chosen format. */
  readonly text: string;
  /** Letter after the year ("a", "b") for same-author, same-year works; "" otherwise. */
  readonly yearSuffix: string;
  /** In-text citation, parenthetical: `(Gemma Team et al., 2024a)`. */
  readonly parenthetical: string;
  /** In-text citation, narrative: `Gemma Team et al. (2024a)`. */
  readonly narrative: string;
}

/**
 * A reference list in APA order.
 *
 * @example
 * // Write the list, print the warnings
 * const { text, diagnostics } = apaReferenceList(papers, { format: "markdown" });
 */
export interface ApaReferenceList {
  /** The references joined: one per line (text), one `<p>` per line (HTML), blank-line separated (Markdown). */
  readonly text: string;
  /** The references in APA order. */
  readonly references: ApaReference[];
  /** Every reference's diagnostics, in list order. */
  readonly diagnostics: Diagnostic[];
}

/**
 * Writes papers as an APA 7 reference list, ordered as APA orders it
 * (9.44–9.47: by authors letter by letter, a one-author work before
 * multi-author works that start with the same name, then by year, then by
 * title), with `a`/`b` after the year for works with the same authors and
 * year (in title order), and with each reference's in-text citations.
 *
 * Citations that would read the same for different works
 * (`Jaderberg et al., 2016` for two author lists) name more authors until
 * they differ: `(Jaderberg, Mnih, et al., 2016)` and
 * `(Jaderberg, Czarnecki, et al., 2016)` (8.18).
 *
 * @param papers - the papers, in any order
 * @param options - output format and proper nouns
 * @returns the list text, each reference with its citations, and diagnostics
 *
 * @example
 * // Two 2024 reports of the Gemma Team, as Markdown
 * apaReferenceList([gemma2, gemma1], { format: "markdown" }).references.map((r) => r.parenthetical);
 * //=> ["(Gemma Team, Mesnard, et al., 2024)", "(Gemma Team, Riviere, et al., 2024)"]
 */
export function apaReferenceList(papers: readonly Paper[], options: ApaOptions = {}): ApaReferenceList {
  const format = options.format ?? "text";
  const order = papers.map((_, i) => i).sort((a, b) => compareApa(papers[a]!, papers[b]!) || a - b);

  // Year letters: same author list, same year, in title order (the sort already put them so).
  const suffix = new Map<number, string>();
  const byWork = groupBy(order, (i) => `${authorIdentity(papers[i]!)}\u0003${yearOf(papers[i]!)}`);
  for (const members of byWork.values()) {
    if (members.length > 1) members.forEach((i, n) => suffix.set(i, letters(n)));
  }

  // Extra names where different author lists would give the same citation.
  const names = new Map<number, number>();
  const byCitation = groupBy(order, (i) => `${citationNames(papers[i]!, false)}\u0003${yearOf(papers[i]!)}${suffix.get(i) ?? ""}`);
  for (const members of byCitation.values()) {
    if (members.length < 2) continue;
    for (const i of members) names.set(i, namesNeeded(papers, i, members));
  }

  const diagnostics: Diagnostic[] = [];
  const references = order.map((index): ApaReference => {
    const paper = papers[index]!;
    const yearSuffix = suffix.get(index) ?? "";
    const result = toApa(paper, { ...options, yearSuffix, index });
    diagnostics.push(...result.diagnostics);
    const cite = { yearSuffix, names: names.get(index) ?? 1, format };
    return {
      index,
      paper,
      text: result.text,
      yearSuffix,
      parenthetical: apaCitation(paper, cite),
      narrative: apaCitation(paper, { ...cite, narrative: true }),
    };
  });
  const lines = references.map((r) => (format === "html" ? `<p>${r.text}</p>` : r.text));
  const text = lines.length === 0 ? "" : `${lines.join(format === "markdown" ? "\n\n" : "\n")}\n`;
  return { text, references, diagnostics };
}

/** The fewest leading authors that tell paper `i` apart from the other members of its group. */
function namesNeeded(papers: readonly Paper[], i: number, members: readonly number[]): number {
  const own = papers[i]!.authors;
  const others = members.filter((j) => j !== i).map((j) => papers[j]!.authors);
  for (let k = 2; k <= own.length; k += 1) {
    const prefix = own.slice(0, k).map((a) => a.name).join("\u0001");
    if (others.every((list) => list.slice(0, k).map((a) => a.name).join("\u0001") !== prefix)) return k;
  }
  return own.length;
}

/** Groups indices by a key, keeping their order. */
function groupBy(indices: readonly number[], key: (i: number) => string): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  for (const i of indices) {
    const k = key(i);
    const group = groups.get(k);
    if (group) group.push(i);
    else groups.set(k, [i]);
  }
  return groups;
}

/** 0 → "a", 25 → "z", 26 → "aa" (APA gives no rule past z; this keeps letters unique). */
function letters(n: number): string {
  let out = "";
  let k = n;
  do {
    out = String.fromCharCode(97 + (k % 26)) + out;
    k = Math.floor(k / 26) - 1;
  } while (k >= 0);
  return out;
}
