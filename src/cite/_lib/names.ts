import { squeezeSpace } from "./text.js";

/** Initials of given names: "Jean-Bastien" → "J.-B.", "S. M. Ali" → "S. M. A.", "Samuel L" → "S. L.". */
export function apaInitials(given: string): string {
  const words = squeezeSpace(given).split(" ").filter((w) => w !== "");
  return words
    .map((word) =>
      word
        .split(/-/u)
        .map((part) => /\p{L}/u.exec(part)?.[0])
        .filter((letter): letter is string => letter !== undefined)
        .map((letter) => `${letter.toUpperCase()}.`)
        .join("-"),
    )
    .filter((initial) => initial !== "")
    .join(" ");
}

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
