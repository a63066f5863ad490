import { compileNeedle, testRegExp } from "./_lib/needle.js";
import type { Predicate } from "./predicate.js";

/**
 * Matches papers whose title contains some words.
 *
 * A string matches whole words, adjacent and in order, ignoring case,
 * diacritics and punctuation: "pixelcnn" finds "PixelCNN Decoders",
 * "deep rl" finds "Deep-RL". A word ending in `*` is a prefix ("reinforc*").
 * A RegExp is tested as given against the title as written.
 *
 * @param words - the words to find, or a RegExp
 * @returns a predicate
 * @throws {RangeError} when `words` is a string with no letters or digits, a `*` that ends no word, or over 4,000 characters
 *
 * @example
 * // Whole words unless a star says otherwise
 * const wavenet = { ...paper, title: "WaveNet: A Generative Model for Raw Audio" };
 * title("generative model")(wavenet); //=> true
 * title("gen")(wavenet); //=> false
 * title("gen*")(wavenet); //=> true
 */
export function title(words: string | RegExp): Predicate {
  if (words instanceof RegExp) return (paper) => testRegExp(words, paper.title);
  const match = compileNeedle(words, "title");
  return (paper) => match(paper.title);
}
