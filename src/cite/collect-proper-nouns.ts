import { isUpper } from "./_lib/title-words.js";

// Sentences end at . ! ? followed by space; a colon also restarts capitalisation in prose.
const SENTENCE_END = /[.!?:]["')\]]*$/u;
const TOKEN = /\S+/gu;
const CORE = /^[^\p{L}\p{N}]*([\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{N}\p{M}]+)*)/u;

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
  const tokens = [...plain(text).matchAll(TOKEN)].map((m) => m[0]);
  const lower = new Set<string>();
  const seen = new Set<string>();
  const defining = new Set<number>();
  tokens.forEach((token, i) => {
    const acronym = /^\(([\p{L}\p{N}-]+)\)[.,;:]?$/u.exec(token)?.[1];
    if (acronym && upperCount(acronym) >= 2) markDefinition(tokens, i, acronym, defining);
    // The other way round: "IMPALA (Importance Weighted Actor-Learner Architecture)".
    if (upperCount(token) >= 2 && tokens[i + 1]?.startsWith("(")) {
      for (let k = i + 1; k < tokens.length; k += 1) {
        defining.add(k);
        if (tokens[k]!.includes(")")) break;
      }
    }
  });
  let sentenceStart = true;
  tokens.forEach((token, i) => {
    const core = CORE.exec(token)?.[1];
    if (core) {
      const first = [...core][0] ?? "";
      if (!isUpper(first)) lower.add(core);
      else if (!sentenceStart && !defining.has(i) && isCapitalised(core)) seen.add(core);
    }
    sentenceStart = SENTENCE_END.test(token);
  });
  const defined = new Set([...defining].map((i) => CORE.exec(tokens[i] ?? "")?.[1] ?? ""));
  const found = new Set<string>();
  for (const word of seen) if (!lower.has(word.toLowerCase()) && !defined.has(word)) found.add(word);
  return found;
}

/** Abstract text without LaTeX markup: commands and math dropped, braces removed (`\emph{Population Based}`). */
function plain(text: string): string {
  return text.replace(/\$[^$]*\$/gu, " ").replace(/\\[A-Za-z]+\*?/gu, " ").replace(/[{}]/gu, "");
}

/** Number of capital letters in a string. */
function upperCount(text: string): number {
  let n = 0;
  for (const ch of text) if (isUpper(ch)) n += 1;
  return n;
}

/** Whether a word is written with one initial capital and nothing else upper-case ("Gemma", not "IMPALA"). */
function isCapitalised(word: string): boolean {
  const chars = [...word];
  return chars.length > 1 && chars.slice(1).every((ch) => !isUpper(ch));
}

/**
 * Marks the capitalised words before `(ACRONYM)` that spell it out: "Video
 * Pixel Network (VPN)", and with one lower-case word between, "Projected
 * Natural Gradient Descent algorithm (PRONG)".
 */
function markDefinition(tokens: readonly string[], at: number, acronym: string, out: Set<number>): void {
  const letters = [...acronym].filter(isUpper).join("");
  const initialOf = (k: number): string => [...(CORE.exec(tokens[k] ?? "")?.[1] ?? "")][0] ?? "";
  let end = at - 1;
  if (end >= 0 && !isUpper(initialOf(end))) end -= 1;
  let start = end + 1;
  while (start - 1 >= 0 && end - start + 1 < letters.length + 2 && isUpper(initialOf(start - 1))) start -= 1;
  if (start > end || initialOf(start) !== letters[0]) return;
  for (let k = start; k <= end; k += 1) out.add(k);
}
