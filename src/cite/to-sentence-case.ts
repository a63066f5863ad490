import { type CasingEvidence, properNounTest } from "./_lib/evidence.js";
import { walkTitle } from "./_lib/title-words.js";

/**
 * Options of `toSentenceCase`.
 *
 * @example
 * // Use the abstract and a list of known names as evidence
 * const options: ToSentenceCaseOptions = { abstract: "We introduce Gemma 2 ...", properNouns: ["Gemini"] };
 */
export interface ToSentenceCaseOptions extends CasingEvidence {}

/**
 * Writes a title in sentence case as APA 7 wants it (6.17): lower case
 * except the first word of the title and of a subtitle, proper nouns,
 * acronyms and camel-case names.
 *
 * Which capitalised words are proper nouns is decided from evidence, not
 * guessed: a built-in list of eponyms, the caller's `properNouns`, and the
 * words the abstract capitalises mid-sentence (see `collectProperNouns`).
 * A title that reached us already in sentence case is left as it is.
 *
 * @param title - the title as written
 * @param options - evidence for proper nouns
 * @returns the title in sentence case
 *
 * @example
 * // Gemma is named in the abstract; "Open Language Models" is not a name
 * toSentenceCase("Gemma 2: Improving Open Language Models at a Practical Size", { abstract: "we introduce Gemma 2" });
 * //=> "Gemma 2: Improving open language models at a practical size"
 */
export function toSentenceCase(title: string, options: ToSentenceCaseOptions = {}): string {
  const nouns = properNounTest(options);
  let out = "";
  walkTitle(title, nouns, (text, word, keep, opens) => {
    if (!word || keep) out += text;
    else if (opens) out += capitalise(text);
    else out += text.toLowerCase();
  });
  return out;
}

/** Upper-cases the first letter of a word whose other letters are lower case already. */
function capitalise(word: string): string {
  const [first = "", ...rest] = [...word];
  return first.toUpperCase() + rest.join("").toLowerCase();
}
