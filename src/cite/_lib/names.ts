import { squeezeSpace } from "./text.js";

/**
 * Initials of given names, as citeproc-js writes them with APA's style:
 * "Jean-Bastien" → "J.-B.", "S. M. Ali" → "S. M. A.", "Samuel L" → "S. L.".
 * A dot before a letter parts two names as a space does ("A.E." → "A. E."),
 * a name already cut short with a dot stays as written ("Yu. A." → "Yu. A.",
 * "Hans-Chr." → "H.-Chr."), and so does a particle after the first name
 * ("A. G. de G."); a lower-case part after a hyphen is part of one name
 * ("Li-yao" → "L.", where "Li-Yao" gives "L.-Y.").
 */
export function apaInitials(given: string): string {
  const words = squeezeSpace(given.replace(DOT_BEFORE_LETTER, ". ")).split(" ").filter((w) => w !== "");
  return words
    .map((word, index) =>
      // (A particle after the first name stays: "Alexander G. de G." → "A. G. de G.".)
      index > 0 && LOWER_START.test(word)
        ? word
        : word
            .split(/-/u)
            // (A lower-case part after a hyphen goes on the name before it: "Li-yao" → "L.".)
            .map((part, at) => (at > 0 && LOWER_START.test(part) ? undefined : ABBREVIATED.test(part) ? part : initialOf(part)))
            .filter((initial): initial is string => initial !== undefined)
            .join("-"),
    )
    .filter((initial) => initial !== "")
    .join(" ");
}

/** The first letter of a name, capitalised and dotted; `undefined` when it has none. */
function initialOf(part: string): string | undefined {
  const letter = /\p{L}/u.exec(part)?.[0];
  return letter === undefined ? undefined : `${letter.toUpperCase()}.`;
}
const LOWER_START = /^\p{Ll}/u;
// A name of two or more letters cut short with a dot ("Yu.", "Chr.", "Th.").
const ABBREVIATED = /^\p{Lu}\p{L}+\.$/u;
const DOT_BEFORE_LETTER = /\.(?=\p{L})/gu;

/**
 * A person's name parts, splitting a name the parser could not analyse the
 * way BibTeX would ("Volodymyr Mnih" → given "Volodymyr", family "Mnih";
 * a single word is a family name). Groups and analysed names pass through.
 */
export function nameParts(author: { name: string; given?: string; family?: string; literal?: true }): { given: string; family: string } | undefined {
  if (author.literal) return undefined;
  const family = squeezeSpace(author.family ?? "");
  if (family !== "") return { given: squeezeSpace(author.given ?? ""), family };
  const words = squeezeSpace(author.name).split(" ");
  if (words.length === 0 || words[0] === "") return undefined;
  return { given: words.slice(0, -1).join(" "), family: words[words.length - 1]! };
}
