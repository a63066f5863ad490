// Title case for the in-text citation of a work with no author (APA 8.14), close
// to how citeproc-js writes CSL's `text-case="title"` in English (over the 4,235
// titles of the real holdout listings, 54 differ: scripts/citeproc-audit.mjs).

import { wordSet } from "../../_lib/word-set.js";
import type { Paper } from "../../model/paper.js";
import { toSentenceCase } from "../to-sentence-case.js";
import { typographicQuotes } from "./quotes.js";

// The words citeproc-js leaves in lower case inside a title: CSL's English stop words, its
// longer prepositions ("between", "through", "without"), particles and "et al.".
const STOP_WORDS = /* @__PURE__ */ wordSet(`
  a about above an and as at but by de down for from in into nor of on onto or over so the till to up v. via vs vs. with yet
  across after against along alongside amid amidst among amongst anenst apropos apud around aside astride athwart atop
  barring before behind below beneath beside besides between beyond circa despite during except forenenst given
  inside lest like modulo near next notwithstanding off out per plus pro qua sans since than through throughout
  toward towards under underneath until unto upon versus within without van von et al.
`);
// What may open a word before its first letter: quotes and brackets.
const OPENING = /^[“‘"'(\[{¿¡]*/u;

/**
 * A sentence-case title in title case, close to how citeproc-js writes CSL's
 * `text-case="title"`: each word capitalised but the stop words (`of`, `the`,
 * `with`, `between`, `without`, `et al.` …) inside the title, and each part of a
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
      const forced = opensClause || i === words.length - 1;
      opensClause = /[:?!]["”’)]*$/u.test(word);
      // Each part of a hyphenated word (or one joined by a slash) on its own, a stop word left in
      // lower case unless it opens a word that must be capitalised: "Mixture-of-Experts",
      // "in-Context", "Double/Debiased".
      return word
        .split(/(?<=[-‐–—/])/u)
        .map((part, k) => ((forced && k === 0) || !STOP_WORDS.has(bareWord(part)) ? capitaliseLowerWord(part) : part))
        .join("");
    })
    .join(" ");
}

/** A word as the stop words are listed: in lower case, without quotes, brackets, a possessive or punctuation after it. */
function bareWord(word: string): string {
  return word.replace(OPENING, "").replace(/['’]s$/u, "").replace(/[^\p{L}.]+$/u, "").toLowerCase();
}

/**
 * "learning" → "Learning", "bert:" → "Bert:", "o1" → "O1"; a part with a
 * capital, a letter alone ("x", "n-" of "n-grams"), a letter before an
 * apostrophe ("l’art") or no letter first stays.
 */
function capitaliseLowerWord(part: string): string {
  const at = OPENING.exec(part)![0].length;
  const first = part.charAt(at);
  const next = part.charAt(at + 1);
  // (A version keeps its "v": "StarGAN v2", "v1.1".)
  if (!/\p{Ll}/u.test(first) || /\p{Lu}/u.test(part) || !/[\p{Ll}\d=.]/u.test(next) || (first === "v" && /\d/u.test(next))) return part;
  return part.slice(0, at) + first.toUpperCase() + part.slice(at + 1);
}

/**
 * How an in-text citation names a work with no author (APA 8.14): its title
 * as the reference writes it (sentence case, typographic quotes), in title
 * case.
 *
 * @param paper - a paper with no author
 * @returns the title to cite it by
 *
 * @example
 * citedTitle(paper); //=> "“Why Should I Trust You?” Explaining Predictions"
 */
export function citedTitle(paper: Paper): string {
  return typographicQuotes(toTitleCase(toSentenceCase(paper.title, { abstract: paper.abstract })));
}
