import type { Paper } from "../model/paper.js";
import type { Diagnostic } from "../parse/diagnostic.js";
import { assignCitationKeys } from "./assign-citation-keys.js";
import { type BibtexEntry, type BibtexOptions, toBibtexEntry } from "./to-bibtex-entry.js";

/**
 * A whole bibliography in BibTeX.
 *
 * @example
 * // Write the file, print the warnings
 * const { text, diagnostics } = toBibtex(papers);
 */
export interface Bibtex {
  /** The .bib file: entries in input order, separated by a blank line, ending in a newline (empty for no papers). */
  readonly text: string;
  /** Each paper's entry, in input order (`entries[i]` is `papers[i]`). */
  readonly entries: BibtexEntry[];
  /** Every entry's diagnostics in input order, then the key de-duplications. */
  readonly diagnostics: Diagnostic[];
}

/**
 * Writes papers as a BibTeX bibliography with distinct keys.
 *
 * Keys come from `assignCitationKeys` (Google Scholar style by default,
 * `…a`/`…b` for collisions whatever the input order); each entry from
 * `toBibtexEntry` with the same options.
 *
 * @param papers - the papers, e.g. `parseListing(text).papers`
 * @param options - encoding, entry type, extra fields, key style
 * @returns the file text, each entry, and all diagnostics
 * @throws {RangeError} when a key template names an unknown field
 *
 * @example
 * // Two papers of one listing
 * toBibtex([gemma2, neuralDiscrete]).entries.map((e) => e.key);
 * //=> ["gemmateam2024gemma", "vandenoord2017neural"]
 */
export function toBibtex(papers: readonly Paper[], options: BibtexOptions = {}): Bibtex {
  const { keys, diagnostics: keyDiagnostics } = assignCitationKeys(papers, options);
  const entryOptions = { ...options, key: "", index: 0 };
  const entries: BibtexEntry[] = [];
  const diagnostics: Diagnostic[] = [];
  let text = "";
  for (let index = 0; index < papers.length; index += 1) {
    entryOptions.key = keys[index]!;
    entryOptions.index = index;
    const entry = toBibtexEntry(papers[index]!, entryOptions);
    entries.push(entry);
    for (const d of entry.diagnostics) diagnostics.push(d);
    text += index === 0 ? entry.text : `\n\n${entry.text}`;
  }
  for (const d of keyDiagnostics) diagnostics.push(d);
  if (text !== "") text += "\n";
  return { text, entries, diagnostics };
}
