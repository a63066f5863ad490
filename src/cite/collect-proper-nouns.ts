import { capitalisedInProse } from "./_lib/evidence.js";
import { isUpper } from "./_lib/title-words.js";

/**
 * Collects the words an abstract writes capitalised in the middle of a
 * sentence, as evidence that they are proper nouns ("we introduce Gemma 2" →
 * `Gemma`).
 *
 * A word is left out when the abstract also uses it in lower case
 * ("Transformers ... transformers"), and so are the capitalised words that
 * spell out an acronym defined right after them: "Population Based Training
 * (PBT)" names a method, which APA writes in lower case, not a proper noun.
 * Words that are capitalised anyway (acronyms, camel-case) need no evidence
 * and are not collected.
 *
 * @param text - an abstract (or any prose about the paper)
 * @returns the capitalised words seen mid-sentence, as written
 *
 * @example
 * // Gemma is a name; "In" only opens the sentence
 * collectProperNouns("In this work, we introduce Gemma 2, a new addition to the Gemma family.");
 * //=> Set { "Gemma" }
 */
export function collectProperNouns(text: string): Set<string> {
  const found = new Set<string>();
  const tried = new Set<string>();
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    if (tried.has(word) || !isCapitalised(word)) continue;
    tried.add(word);
    if (capitalisedInProse(text, word)) found.add(word);
  }
  return found;
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** Whether a word is written with one initial capital and nothing else upper-case ("Gemma", not "IMPALA"). */
function isCapitalised(word: string): boolean {
  const chars = [...word];
  return chars.length > 1 && isUpper(chars[0]!) && chars.slice(1).every((ch) => !isUpper(ch) && !/\p{N}/u.test(ch));
}
