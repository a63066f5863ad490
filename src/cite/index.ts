// src/cite: BibTeX, APA 7 and CSL-JSON from papers. Named re-exports only.
export { toBibtex, type Bibtex } from "./to-bibtex.js";
export { toBibtexEntry, type BibtexEntry, type BibtexEntryOptions, type BibtexOptions } from "./to-bibtex-entry.js";
export { toApa, type ApaFormat, type ApaOptions, type ApaResult, type ToApaOptions } from "./to-apa.js";
export { apaReferenceList, type ApaReference, type ApaReferenceList } from "./apa-reference-list.js";
export { apaCitation, type ApaCitationOptions } from "./apa-citation.js";
export { toCslJson, type CslItem, type CslName, type ToCslJsonOptions } from "./to-csl-json.js";
export { citationKey, type CitationKeyOptions, type KeyStyle } from "./citation-key.js";
export { assignCitationKeys, type AssignCitationKeysOptions, type CitationKeys } from "./assign-citation-keys.js";
export { escapeLatex, type EscapeLatexOptions, type EscapeLatexResult } from "./escape-latex.js";
export { protectTitle, type ProtectTitleOptions } from "./protect-title.js";
export { toSentenceCase, type ToSentenceCaseOptions } from "./to-sentence-case.js";
export { collectProperNouns } from "./collect-proper-nouns.js";
export { formatBibtexName, type FormatBibtexNameOptions } from "./format-bibtex-name.js";
export { formatApaName } from "./format-apa-name.js";
export type { CiteDiagnosticCode } from "./_lib/diagnostic.js";
