import type { Author } from "../model/author.js";
import { apaInitials, nameParts } from "./_lib/names.js";
import { squeezeSpace } from "./_lib/text.js";

// Han, kana and Hangul: scripts whose names are neither inverted nor initialised.
const CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\s]*$/u;

/**
 * Writes one author as an APA 7 reference list names them (9.8): a person as
 * `Family, G. G.` with hyphenated initials kept (`Grill, J.-B.`) and particles
 * in the family name (`van den Oord, A.`), a group by its full name.
 *
 * A name the parser could not analyse is split the way BibTeX would split
 * it: the last word is the family name ("Volodymyr Mnih" → `Mnih, V.`).
 *
 * @param author - a person or a group
 * @returns the name as APA writes it, plain text
 *
 * @example
 * // Hyphenated given name, middle initial, group
 * formatApaName({ name: "Jean-Bastien Grill", given: "Jean-Bastien", family: "Grill" }); //=> "Grill, J.-B."
 * formatApaName({ name: "Jack W. Rae", given: "Jack W.", family: "Rae" }); //=> "Rae, J. W."
 * formatApaName({ name: "Gemma Team", literal: true }); //=> "Gemma Team"
 */
export function formatApaName(author: Author): string {
  const parts = nameParts(author);
  if (!parts) return squeezeSpace(author.name);
  // Names written in Han, kana or Hangul keep their own order and are not
  // initialised ("王小明"), as citeproc-js does; initials of 小明 mean nothing.
  if (CJK.test(parts.family) && CJK.test(parts.given)) return `${parts.family}${parts.given}`;
  const suffix = squeezeSpace(author.suffix ?? "");
  return [parts.family, apaInitials(parts.given), suffix].filter((part) => part !== "").join(", ");
}
