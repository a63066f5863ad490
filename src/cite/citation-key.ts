import type { Paper } from "../model/paper.js";
import { asciiFold, squeezeSpace } from "./_lib/text.js";

/**
 * How citation keys are made: a preset name, a template, or a function.
 *
 * Presets: `"scholar"` (the default, `vandenoord2017neural`, as Google
 * Scholar makes them), `"camel"` (`VanDenOord2017Neural`), `"author-year"`
 * (`vandenoord2017`). A template mixes text with the fields `{auth}`
 * (first author's family name, or a group's whole name, ASCII, lower case),
 * `{Auth}` (the same, each word capitalised), `{year}`, `{yy}`, `{word}`
 * (first significant title word, lower case), `{Word}`, `{words}` (first
 * three significant words) and `{arxiv}` (the arXiv id, or nothing).
 *
 * @example
 * // A template that gives "vandenoord17neural"
 * const style: KeyStyle = "{auth}{yy}{word}";
 */
export type KeyStyle = "scholar" | "camel" | "author-year" | (string & {}) | ((paper: Paper) => string);

/**
 * Options of `citationKey`.
 *
 * @example
 * // Keys like Google Scholar's
 * const options: CitationKeyOptions = { keyStyle: "scholar" };
 */
export interface CitationKeyOptions {
  /** How to build the key; default `"scholar"`. */
  readonly keyStyle?: KeyStyle;
}

const PRESETS: Record<string, string> = {
  scholar: "{auth}{year}{word}",
  camel: "{Auth}{year}{Word}",
  "author-year": "{auth}{year}",
};

// Words Google Scholar skips when it picks the title word of a key
// ("On the Dangers of Stochastic Parrots" → bender2021dangers). "Towards" is
// kept, as Scholar keeps it (madry2017towards).
const STOP_WORDS = new Set([
  "a", "an", "the", "on", "of", "in", "for", "to", "and", "or", "with", "at", "by", "from", "is", "are",
  "was", "were", "be", "do", "does", "did", "what", "how", "why", "when", "which", "who", "can", "should",
  "will", "your", "our", "its", "this", "that", "these", "those", "via", "into", "not", "as",
]);

// Characters BibTeX or biber refuse in a key, or that would end it.
const UNSAFE_KEY = /[\s,{}()"#%'=~\\]/gu;

/**
 * Builds the citation key of one paper, before de-duplication (see
 * `assignCitationKeys` for keys that are unique within a bibliography).
 *
 * Keys are built from the data, never from escaped LaTeX (`Müller` gives
 * `muller`, not `m_uller`), and a group author counts as one name
 * (`gemmateam2024gemma`, not `team2024gemma`). Characters BibTeX refuses in a
 * key are removed, also from keys a function returns. A paper with no
 * usable author gives `anon`.
 *
 * @param paper - the paper
 * @param options - the key style
 * @returns the key
 * @throws {RangeError} when a template names an unknown field (`{month}`)
 *
 * @example
 * // The default, Google Scholar's style
 * citationKey(neuralDiscrete); //=> "vandenoord2017neural"
 * citationKey(neuralDiscrete, { keyStyle: "camel" }); //=> "VanDenOord2017Neural"
 */
export function citationKey(paper: Paper, options: CitationKeyOptions = {}): string {
  const style = options.keyStyle ?? "scholar";
  if (typeof style === "function") return sanitizeKey(style(paper));
  const template = PRESETS[style] ?? style;
  return sanitizeKey(
    template.replace(/\{([A-Za-z]+)\}/gu, (_, field: string) => {
      const value = fieldValue(paper, field);
      if (value === undefined) throw new RangeError(`unknown citation key field {${field}} in "${template}"`);
      return value;
    }),
  );
}

/** Removes the characters BibTeX refuses in keys; an empty result becomes "anon". */
function sanitizeKey(key: string): string {
  const clean = key.replace(UNSAFE_KEY, "");
  return clean === "" ? "anon" : clean;
}

/** The value of one template field for a paper, or `undefined` for an unknown field. */
function fieldValue(paper: Paper, field: string): string | undefined {
  const year = paper.published.slice(0, 4);
  switch (field) {
    case "auth": return authorWords(paper).join("").toLowerCase() || "anon";
    case "Auth": return authorWords(paper).map(capitalise).join("") || "Anon";
    case "year": return year;
    case "yy": return year.slice(2);
    case "word": return (titleWords(paper.title)[0] ?? "").toLowerCase();
    case "Word": return capitalise(titleWords(paper.title)[0] ?? "");
    case "words": return titleWords(paper.title).slice(0, 3).join("").toLowerCase();
    case "arxiv": return paper.arxivId ?? "";
    default: return undefined;
  }
}

/** The first author's name as ASCII words: "van den Oord" → ["van", "den", "oord"]. */
function authorWords(paper: Paper): string[] {
  const first = paper.authors[0];
  if (!first) return [];
  const name = first.literal ? first.name : (first.family ?? first.name);
  return squeezeSpace(name).split(/[\s\-‐]+/u).map(asciiFold).filter((w) => w !== "");
}

/** Significant title words, ASCII-folded ("Gemma 2: ..." → ["Gemma", "2", ...] minus stop words). */
function titleWords(title: string): string[] {
  const words = squeezeSpace(title).split(/[\s\-‐–—\/]+/u).map((w) => asciiFold(w)).filter((w) => w !== "");
  return words.filter((w) => !STOP_WORDS.has(w.toLowerCase()));
}

/** "oord" → "Oord". */
function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}
