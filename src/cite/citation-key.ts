import type { Paper } from "../model/paper.js";
import { own } from "../_lib/own.js";
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
const UNSAFE_TEST = /[\s,{}()"#%'=~\\]/;
const LETTERS = /^[A-Za-z]+$/;

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
 * @throws {RangeError} when a template names an unknown field (`{month}`),
 *   or no field at all (`"scholarr"`, a misspelt preset)
 *
 * @example
 * // The default, Google Scholar's style
 * citationKey(neuralDiscrete); //=> "vandenoord2017neural"
 * citationKey(neuralDiscrete, { keyStyle: "camel" }); //=> "VanDenOord2017Neural"
 */
export function citationKey(paper: Paper, options: CitationKeyOptions = {}): string {
  const style = options.keyStyle ?? "scholar";
  if (typeof style === "function") return sanitizeKey(style(paper));
  let out = "";
  const template = compile(own(PRESETS, style) ?? style);
  for (const part of template.parts) out += typeof part === "string" ? part : part(paper);
  return template.safe && out !== "" ? out : sanitizeKey(out);
}

/**
 * Checks a key style before any key is made: throws the `RangeError` that
 * `citationKey` would throw for it, so a command line can report a bad
 * `--key-style` before it reads its input.
 *
 * @param style - a preset, a template or a function
 * @throws {RangeError} when a template names an unknown field, or none
 *
 * @example
 * checkKeyStyle("{auth}{year}"); // fine
 * checkKeyStyle("{family}{year}"); // throws: no field {family}
 *
 * @internal
 */
export function checkKeyStyle(style: KeyStyle): void {
  if (typeof style !== "function") compile(own(PRESETS, style) ?? style);
}

type Part = string | ((paper: Paper) => string);
// `safe`: the template's own text and fields only ever give letters and digits, so nothing needs removing.
const compiled = new Map<string, { parts: Part[]; safe: boolean }>();

/** Splits a template into text and field readers once; throws for an unknown field. */
function compile(template: string): { parts: Part[]; safe: boolean } {
  const cached = compiled.get(template);
  if (cached) return cached;
  const parts: Part[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{([A-Za-z]+)\}/gu)) {
    if (match.index > last) parts.push(template.slice(last, match.index));
    const field = own(FIELDS, match[1]!);
    if (!field) throw new RangeError(`unknown citation key field {${match[1]}} in "${template}" (fields: ${Object.keys(FIELDS).map((name) => `{${name}}`).join(", ")})`);
    parts.push(field);
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push(template.slice(last));
  // Text alone would give every paper the same key (a misspelt preset, most likely).
  if (parts.every((part) => typeof part === "string")) {
    throw new RangeError(`citation key style "${template}" is no preset (${Object.keys(PRESETS).join(", ")}) and no template: a template needs a field such as {auth} or {year}`);
  }
  const safe = !template.includes("{arxiv}") && parts.every((p) => typeof p !== "string" || /^[A-Za-z0-9]*$/u.test(p));
  if (compiled.size > 100) compiled.clear();
  const result = { parts, safe };
  compiled.set(template, result);
  return result;
}

/** Removes the characters BibTeX refuses in keys; an empty result becomes "anon". */
function sanitizeKey(key: string): string {
  const clean = UNSAFE_TEST.test(key) ? key.replace(UNSAFE_KEY, "") : key;
  return clean === "" ? "anon" : clean;
}

/** How each template field reads a paper. */
const FIELDS: Record<string, (paper: Paper) => string> = {
  auth: (paper) => {
    const first = paper.authors[0];
    const name = first ? (first.literal ? first.name : (first.family ?? first.name)) : "";
    return LETTERS.test(name) ? name.toLowerCase() : authorWords(paper).join("").toLowerCase() || "anon";
  },
  Auth: (paper) => authorWords(paper).map(capitalise).join("") || "Anon",
  year: (paper) => digits(paper.published.slice(0, 4)),
  yy: (paper) => digits(paper.published.slice(2, 4)),
  word: (paper) => (titleWords(paper.title, 1)[0] ?? "").toLowerCase(),
  Word: (paper) => capitalise(titleWords(paper.title, 1)[0] ?? ""),
  words: (paper) => titleWords(paper.title, 3).join("").toLowerCase(),
  arxiv: (paper) => paper.arxivId ?? "",
};

/** The first author's name as ASCII words: "van den Oord" → ["van", "den", "oord"]. */
function authorWords(paper: Paper): string[] {
  const first = paper.authors[0];
  if (!first) return [];
  const name = first.literal ? first.name : (first.family ?? first.name);
  if (LETTERS.test(name)) return [name];
  return squeezeSpace(name).split(/[\s\-‐]+/u).map(asciiFold).filter((w) => w !== "");
}

/** The first `count` significant title words, ASCII-folded ("Gemma 2: ..." → ["Gemma", "2", ...] minus stop words). */
function titleWords(title: string, count: number): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i <= title.length; i += 1) {
    // Words end at whitespace, hyphens, dashes and slashes ("Competition-Level" → "Competition").
    const c = i < title.length ? title.charCodeAt(i) : 32;
    if (c === 32 || c === 45 || c === 47 || (c >= 9 && c <= 13) || c === 0xa0 || (c >= 0x2010 && c <= 0x2015)) {
      if (i > start) {
        const word = asciiFold(title.slice(start, i));
        if (word !== "" && !STOP_WORDS.has(word.toLowerCase())) {
          out.push(word);
          if (out.length === count) break;
        }
      }
      start = i + 1;
    }
  }
  return out;
}

/** Only the digits of a date part, so an unvalidated date cannot put unsafe characters in a key. */
function digits(text: string): string {
  return /^\d*$/u.test(text) ? text : text.replace(/\D/gu, "");
}

/** "oord" → "Oord". */
function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}
