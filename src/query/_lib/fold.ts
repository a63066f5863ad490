// Text folding for matching: case, diacritics and punctuation do not count.

/**
 * Letters that carry no combining mark to strip, so NFKD leaves them alone.
 * "Łukasz", "Ørsted", "Straße" and "Đorđević" appear in real author lists.
 */
const EXTRA_FOLDS: Readonly<Record<string, string>> = {
  "ł": "l", "đ": "d", "ð": "d", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe",
  "ı": "i", "þ": "th", "ħ": "h", "ŀ": "l",
  // Greek's final sigma, which lower-casing "Σ" never gives.
  "ς": "σ",
};

const NON_ASCII = /[^\u0000-\u007f]/;
const MARKS = /\p{M}+/gu;
const EXTRA = /[łđðøßæœıþħŀς]/g;
const NON_WORD = /[^\p{L}\p{N}]+/gu;
const ASCII_NON_WORD = /[^a-z0-9]+/g;

/**
 * Lower-cases text and removes diacritics ("Trębacz" → "trebacz"); ASCII skips the slow path.
 * (Decomposed before it is lower-cased: letters that decompose to capitals, "ℝ", "𝐁𝐄𝐑𝐓", "™",
 * fold as the capitals do.)
 */
export function fold(text: string): string {
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return text.normalize("NFKD").toLowerCase().replace(MARKS, "").replace(EXTRA, (c) => EXTRA_FOLDS[c] ?? c);
}

/**
 * Folds text into its words, each surrounded by single spaces
 * (" van den oord "), so that a whole word is a plain substring search for " word ".
 */
export function wordText(text: string): string {
  const folded = fold(text);
  // After folding, ASCII text can use the cheaper ASCII character class.
  const spaced = NON_ASCII.test(folded) ? folded.replace(NON_WORD, " ") : folded.replace(ASCII_NON_WORD, " ");
  const trimmed = spaced.trim();
  return trimmed === "" ? " " : ` ${trimmed} `;
}
