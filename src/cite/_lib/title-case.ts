// Title case for the in-text citation of a work with no author (APA 8.14), as
// citeproc-js writes CSL's `text-case="title"` in English.

import { wordSet } from "../../_lib/word-set.js";

// CSL's English stop words, left in lower case inside a title (and "de", "vs.", as citeproc keeps them).
const STOP_WORDS = /* @__PURE__ */ wordSet("a an and as at but by de down for from in into nor of on onto or over so the till to up v. via vs vs. with yet");
// What may open a word before its first letter: quotes and brackets.
const OPENING = /^[“‘"'(\[{¿¡]*/u;

/**
 * A sentence-case title in title case: each word capitalised but the stop
 * words (`of`, `the`, `with` …) inside the title, and each part of a
 * hyphenated word (`Self-Supervised`); the first and the last word, and a
 * word after a colon, a question or an exclamation mark, are capitalised
 * whatever they are (a stop word inside a hyphenated word stays in lower
 * case: `Mixture-of-Experts`). Words that hold a capital already (`iPhone`, `LaTeX`,
 * `GPT-4`), single letters (`x`, `n-Grams`) and words that open with a
 * digit or a sign (`3d`, `$\alpha$`) are left as they are.
 *
 * @param title - a title, in sentence case or as written
 * @returns the title in title case
 *
 * @example
 * toTitleCase("A study of self-supervised learning: the case of n-grams");
 * //=> "A Study of Self-Supervised Learning: The Case of n-Grams"
 */
export function toTitleCase(title: string): string {
  const words = title.split(" ");
  let opensClause = true;
  return words
    .map((word, i) => {
      const bare = word.replace(OPENING, "").replace(/[^\p{L}.]+$/u, "").toLowerCase();
      const capitalise = opensClause || i === words.length - 1 || !STOP_WORDS.has(bare);
      opensClause = /[:?!]["”’)]*$/u.test(word);
      // (Each part of a hyphenated word, but a stop word after the first: "Mixture-of-Experts".)
      return capitalise ? word.split(/(?<=[-‐–—])/u).map((part, k) => (k > 0 && STOP_WORDS.has(part.replace(/[-‐–—]$/u, "")) ? part : capitaliseLowerWord(part))).join("") : word;
    })
    .join(" ");
}

/** "learning" → "Learning", "bert:" → "Bert:"; a part with a capital, a single letter or no letter first stays. */
function capitaliseLowerWord(part: string): string {
  const at = OPENING.exec(part)![0].length;
  const letters = /^\p{Ll}+/u.exec(part.slice(at))?.[0] ?? "";
  if (letters.length < 2 || /\p{Lu}/u.test(part)) return part;
  return part.slice(0, at) + part.charAt(at).toUpperCase() + part.slice(at + 1);
}
