import { collectProperNouns } from "../collect-proper-nouns.js";
import { BUILT_IN_PROPER_NOUNS, type ProperNounSet } from "./title-words.js";

/** Options shared by everything that decides a title's casing. */
export interface CasingEvidence {
  /** The paper's abstract: words it capitalises mid-sentence count as proper nouns. */
  readonly abstract?: string;
  /** Words the caller knows to be proper nouns ("Gemini", "Atari"), matched exactly. */
  readonly properNouns?: Iterable<string>;
}

/** Merges the built-in list, the caller's list and the abstract's evidence into one set. */
export function properNounSet(evidence: CasingEvidence): ProperNounSet {
  const set = new Set(BUILT_IN_PROPER_NOUNS);
  for (const word of evidence.properNouns ?? []) for (const part of word.split(/\s+/u)) if (part) set.add(part);
  if (evidence.abstract) for (const word of collectProperNouns(evidence.abstract)) set.add(word);
  return set;
}
