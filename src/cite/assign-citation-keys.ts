import type { Paper } from "../model/paper.js";
import type { Diagnostic } from "../parse/diagnostic.js";
import { paperDiagnostic } from "./_lib/diagnostic.js";
import { type CitationKeyOptions, citationKey } from "./citation-key.js";
import { letters } from "./_lib/letters.js";

/**
 * Options of `assignCitationKeys`.
 *
 * @example
 * // Camel-case keys
 * const options: AssignCitationKeysOptions = { keyStyle: "camel" };
 */
export interface AssignCitationKeysOptions extends CitationKeyOptions {}

/**
 * Keys for a bibliography, one per paper, in input order.
 *
 * @example
 * // Two Kaplan 2020 "Scaling ..." papers
 * const result: CitationKeys = { keys: ["kaplan2020scalinga", "kaplan2020scalingb"], diagnostics: [] };
 */
export interface CitationKeys {
  /** `keys[i]` is the key of `papers[i]`; all distinct. */
  readonly keys: string[];
  /** An `info` diagnostic (`key-deduplicated`) for each paper whose key got a letter. */
  readonly diagnostics: Diagnostic[];
}

/**
 * Gives every paper of a bibliography a distinct citation key.
 *
 * Papers whose keys collide all get a letter (`kaplan2020scalinga`,
 * `kaplan2020scalingb`), assigned in an order that depends only on the
 * papers (date, then title, authors, arXiv id), never on their order in the
 * input, so a key stays the same when the list is shuffled or filtered to
 * the same colliding papers. A letter that would recreate another paper's
 * key is skipped.
 *
 * @param papers - the papers of the bibliography
 * @param options - the key style (see `citationKey`)
 * @returns the keys, in input order, and what was changed
 * @throws {RangeError} when a template names an unknown field
 *
 * @example
 * // Two papers with the same base key
 * assignCitationKeys([scalingB, scalingA]).keys; //=> ["kaplan2020scalingb", "kaplan2020scalinga"]
 */
export function assignCitationKeys(papers: readonly Paper[], options: AssignCitationKeysOptions = {}): CitationKeys {
  const keys = papers.map((paper) => citationKey(paper, options));
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  let repeated: Set<string> | undefined;
  for (const key of keys) {
    if (seen.has(key)) (repeated ??= new Set()).add(key);
    else seen.add(key);
  }
  if (!repeated) return { keys, diagnostics };
  const groups = new Map<string, number[]>();
  keys.forEach((key, i) => {
    if (!repeated.has(key)) return;
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  });
  const taken = seen;
  for (const [key, members] of groups) {
    const ordered = [...members].sort((a, b) => comparePapers(papers[a]!, papers[b]!) || a - b);
    let n = 0;
    for (const i of ordered) {
      let candidate: string;
      do candidate = key + letters(n++);
      while (taken.has(candidate));
      taken.add(candidate);
      keys[i] = candidate;
      diagnostics.push(
        paperDiagnostic(papers[i]!, i, "info", "key-deduplicated",
          `citation key "${key}" is shared by ${members.length} papers; this one is "${candidate}"`),
      );
    }
  }
  return { keys, diagnostics };
}


/** An order of papers that depends only on their content. */
function comparePapers(a: Paper, b: Paper): number {
  return (
    cmp(a.published, b.published) ||
    cmp(a.title, b.title) ||
    cmp(a.authors.map((x) => x.name).join("\u0001"), b.authors.map((x) => x.name).join("\u0001")) ||
    cmp(a.arxivId ?? "", b.arxivId ?? "") ||
    cmp(a.abstract, b.abstract)
  );
}

/** Code-unit order, independent of locale. */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
