import type { Paper } from "../model/paper.js";
import type { Diagnostic } from "../parse/diagnostic.js";
import { citationNames, compareApa, escapeFor, italicFor, type PreparedPaper, preparePaper } from "./_lib/apa.js";
import { apaReference } from "./_lib/apa-reference.js";
import type { ApaOptions } from "./to-apa.js";
import { letters } from "./_lib/letters.js";
import { citedTitle } from "./_lib/title-case.js";

/**
 * One entry of an APA reference list, with the citations that point to it.
 *
 * @example
 * // Cite the first reference in text
 * const first: ApaReference = apaReferenceList(papers).references[0]!;
 * first.parenthetical; //=> "(Battaglia et al., 2016)" (the sample listing)
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
 * First authors who share a family name but not their initials are cited
 * with their initials, in every citation (8.20, as citeproc's APA style does
 * with `givenname-disambiguation-rule="primary-name-with-initials"`):
 * `(Z. Yang et al., 2019)` and `(A. Yang et al., 2026)`. Then citations that
 * would still read the same for different works (`Jaderberg et al., 2016`
 * for two author lists) name more authors until they differ:
 * `(Jaderberg, Mnih, et al., 2016)` and `(Jaderberg, Czarnecki, et al., 2016)`
 * (8.18); and citations that no names tell apart get year letters, as
 * citeproc gives them.
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
  const prepared = papers.map(preparePaper);
  const order = papers.map((_, i) => i).sort((a, b) => compareApa(prepared[a]!, prepared[b]!) || a - b);

  // What citations show, disambiguated as citeproc's APA style does it: first authors with their
  // initials where 8.20 asks for them, whatever else; then, among works whose citations would
  // read the same, more names until their author lists differ (8.18); then year letters for the
  // works that still read the same, in list order: the same authors' works of one year (9.47,
  // in title order, as the sort put them) and lists that no names tell apart. (A work with no
  // author is cited by its title.)
  const cited = withPrimaryInitials(prepared);
  const citedAs = (i: number, names: number): string => citationNames(cited[i]!, false, names) || `\u0004${citedTitle(prepared[i]!.paper)}`;
  const names = new Map<number, number>();
  const byCitation = groupBy(order, (i) => `${citedAs(i, 1)}\u0003${prepared[i]!.year}`);
  for (const members of byCitation.values()) {
    if (members.length > 1) namesNeeded(cited, members, names);
  }
  const suffix = new Map<number, string>();
  const byFinal = groupBy(order, (i) => `${citedAs(i, names.get(i) ?? 1)}\u0003${prepared[i]!.year}`);
  for (const members of byFinal.values()) {
    if (members.length > 1) members.forEach((i, n) => suffix.set(i, letters(n)));
  }

  const diagnostics: Diagnostic[] = [];
  const references = order.map((index): ApaReference => {
    const p = prepared[index]!;
    const yearSuffix = suffix.get(index) ?? "";
    const result = apaReference(p, { ...options, yearSuffix, index });
    diagnostics.push(...result.diagnostics);
    const k = names.get(index) ?? 1;
    const year = `${p.year}${yearSuffix}`;
    const who = (narrative: boolean): string => {
      const list = citationNames(cited[index]!, narrative, k);
      // (A work with no author is cited by its title, in title case: 8.14.)
      return list === "" ? italicFor(format, citedTitle(p.paper)) : escapeFor(format, list);
    };
    return {
      index,
      paper: p.paper,
      text: result.text,
      yearSuffix,
      parenthetical: `${escapeFor(format, "(")}${who(false)}${escapeFor(format, `, ${year})`)}`,
      narrative: `${who(true)} ${escapeFor(format, `(${year})`)}`,
    };
  });
  const lines = references.map((r) => (format === "html" ? `<p>${r.text}</p>` : r.text));
  const text = lines.length === 0 ? "" : `${lines.join(format === "markdown" ? "\n\n" : "\n")}\n`;
  return { text, references, diagnostics };
}

/**
 * The papers as their citations name them: a person who is a first author
 * and whose family name another first author of the list shares, with other
 * initials, is named with the initials (`Z. Yang`, `J.-B. Grill`, `A. van
 * den Oord`), whichever work it is; first authors with the same initials, or
 * with none, or groups, are left as they are. Only the first author is
 * looked at and changed (an APA in-text citation's "primary name").
 */
function withPrimaryInitials(prepared: readonly PreparedPaper[]): readonly PreparedPaper[] {
  const initialsByFamily = new Map<string, Set<string>>();
  const personal = (p: PreparedPaper) => p.short.length > 0 && p.initials[0] !== "" && p.paper.authors[0]?.literal !== true;
  for (const p of prepared) {
    if (!personal(p)) continue;
    const seen = initialsByFamily.get(p.short[0]!);
    if (seen) seen.add(p.initials[0]!);
    else initialsByFamily.set(p.short[0]!, new Set([p.initials[0]!]));
  }
  return prepared.map((p) =>
    personal(p) && initialsByFamily.get(p.short[0]!)!.size > 1 ? { ...p, short: [`${p.initials[0]} ${p.short[0]}`, ...p.short.slice(1)] } : p,
  );
}

/**
 * For each paper of a group whose citations would coincide, the fewest
 * leading authors that tell its list apart from every other list of the
 * group, by the names a citation shows (`Wang, Wang, Lan` and `Wang, Wang,
 * Li`: three names, not two, though the first two are different people).
 * Works whose lists are the same (the same authors' works, or lists no names
 * tell apart) stay together: they get year letters instead. Works k = 2, 3,
 * ... over the whole group at once, so a large group costs time linear in its
 * size, not quadratic.
 */
function namesNeeded(prepared: readonly PreparedPaper[], members: readonly number[], out: Map<number, number>): void {
  // A list as a citation would show it whole, and whether it was cut short.
  const wholeList = (i: number) => prepared[i]!.short.join("\u0001") + (prepared[i]!.paper.authorsTruncated ? "\u0002" : "");
  const whole = new Map(members.map((i) => [i, wholeList(i)]));
  if (new Set(whole.values()).size === 1) {
    for (const i of members) out.set(i, 1);
    return;
  }
  let open = [...members];
  for (let k = 2; open.length > 0; k += 1) {
    // The names a citation of k names shows, each list's built once, and the lists that show
    // them. (A list shown whole is told from a longer one it opens: the key marks its end.)
    const keys = new Map<number, string>();
    const lists = new Map<string, Set<string>>();
    for (const i of members) {
      const short = prepared[i]!.short;
      const key = short.slice(0, k).join("\u0001") + (k >= short.length ? "\u0002" : "");
      keys.set(i, key);
      const shown = lists.get(key);
      if (shown) shown.add(whole.get(i)!);
      else lists.set(key, new Set([whole.get(i)!]));
    }
    open = open.filter((i) => {
      const length = prepared[i]!.short.length;
      const told = lists.get(keys.get(i)!)!.size === 1;
      // (Lists whose shown names are the same all through stay short: more names would not help.)
      if (told || k >= length) out.set(i, told ? Math.max(1, Math.min(k, length)) : 1);
      return !told && k < length;
    });
  }
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

