// The header line of an entry: subject code, date and badges glued together
// ("CLJul 31, 2024", "AIMar 31, 2018Code", "LGFeb 10").

import { isAsciiUpper } from "../_lib/chars.js";
import { wordSet } from "../_lib/word-set.js";
import { resolveCategory } from "../model/categories.js";

/** A header line taken apart; the date is not yet checked against the calendar. */
export interface HeaderParts {
  /** The subject code as written ("CL"), or a full id ("cs.CL"); empty when missing. */
  readonly code: string;
  /** 1–12. */
  readonly month: number;
  readonly day: number;
  /** Absent for papers of the current year. */
  readonly year?: number;
  /** The date as written, for messages ("Feb 10"). */
  readonly dateText: string;
  /** 0-based offset of the date in the header text. */
  readonly dateOffset: number;
  /** Badges after the date, as written ("Code"). */
  readonly badges: readonly Badge[];
}

/** One badge after the date, with its link when the listing was saved as Markdown. */
export interface Badge {
  readonly label: string;
  readonly url?: string;
  /** 0-based offset in the header text. */
  readonly offset: number;
}

/**
 * The number of a month named as HEADER matches it ("Jan", "June", "Sept"),
 * told by its second and third letters without building a string.
 */
function monthNumber(name: string): number {
  const second = name.charCodeAt(1);
  const third = name.charCodeAt(2);
  switch (name.charCodeAt(0)) {
    case 74: // J: Jan, Jun, Jul
      return second === 97 ? 1 : third === 110 ? 6 : 7;
    case 70: // F
      return 2;
    case 77: // M: Mar, May
      return third === 114 ? 3 : 5;
    case 65: // A: Apr, Aug
      return second === 112 ? 4 : 8;
    case 83: // S
      return 9;
    case 79: // O
      return 10;
    case 78: // N
      return 11;
    default: // D
      return 12;
  }
}

// A month's name as a header writes it ("Jan", "June", "Sept"), shared by the patterns below.
const MONTH_NAME = "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";

// Anchored, with bounded quantifiers only: constant work per line whatever its length.
// Code: up to 16 letters, dots and hyphens ("CL", "cs.CL", "quant-ph"), or nothing.
// A space before the year's comma ("Jul 31 ,2024", as a typist or a word processor leaves it) is read too.
const HEADER = /* @__PURE__ */ new RegExp(`^([A-Za-z][A-Za-z.-]{0,15}?)?( ?)(${MONTH_NAME})\\.? ?(\\d{1,2})(?!\\d)(?:(?: ?, ?| ?(?=\\d{4}(?!\\d)))(\\d{4}))?`);

// A month and a day, as a header's date starts; scanned for inside lines that lost a break.
// Every date HEADER reads matches it, so a line without one neither is nor hides a header.
const MONTH_DAY = /(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? ?\d{1,2}(?!\d)/g;

/**
 * A new global pattern finding what a header's date starts with, a month and
 * a day: a line (after clean-up) without a match is no header and holds none.
 *
 * @returns a fresh `RegExp` with the `g` flag
 *
 * @example
 * // "Jul 31" in "CLJul 31, 2024"
 * monthDayPattern().exec("CLJul 31, 2024")?.index; //=> 2
 */
export function monthDayPattern(): RegExp {
  return new RegExp(MONTH_DAY.source, "g");
}

// A header's first word: a code glued to a month's name ("CLJul"), also to its day and year
// ("CLJul31,", "LGFeb10", "CLJul31,2024"), or a code standing apart ("CL", "Cl", "quant-ph", "cs.CL").
const FIRST_WORD = /(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?$|[A-Za-z](?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\d{1,2}(?:,\d{4})?,?$|^[A-Za-z]{2}$|^[a-z]+(?:-[a-z]+)?(?:\.[A-Za-z-]+)?$/;

// Two-letter codes that are English words, which a line of prose may open with before a date.
const ENGLISH_CODES = /* @__PURE__ */ wordSet("as at co et ho it me oh os st to");

// A badge: a capitalised word ("Code"), an acronym ("PDF", "HF" of "CodeHFDemo"), or a Markdown
// link to one ("[Code](https://…)").
const BADGE = /^ ?(?:\[([A-Za-z][\w +.-]{0,30})\]\(([^()\s]{0,2000})\)|([A-Z](?:[A-Z0-9+]{1,30}(?=[A-Z][a-z]|$| )|[A-Za-z0-9+]{0,30}?(?=[A-Z]|$| ))))/;

/**
 * Reads a header line, or returns `undefined` when the line is not one. A line
 * is a header when it opens with a code glued to a date and whatever follows
 * the date reads as badges; prose after a date ("Mar 3, 2020 was …") does not.
 */
export function parseHeader(text: string, start: HeaderStart | undefined = matchHeaderStart(text)): HeaderParts | undefined {
  if (!start) return undefined;
  const badges = readBadges(text, start.end);
  return badges ? withBadges(start, badges) : undefined;
}

/**
 * Reads a header that lost the line break after it, so the byline follows on
 * the same line: `CLJul 31, 2024Gemma 2: Improving …`. Returns the header and
 * the offset where the byline starts, or `undefined`. Badges glued before the
 * title are read only when a capital follows them directly ("CodeLearning"),
 * since a title may itself start with "Code " ("Code Llama: …").
 */
export function splitGluedHeader(
  text: string,
  start: HeaderStart | undefined = matchHeaderStart(text),
): { header: HeaderParts; bylineOffset: number } | undefined {
  if (!start) return undefined;
  let at = start.end;
  const badges: Badge[] = [];
  // "Code" glued to what opens a title but no word goes on with ("CodeGemma…", "Code2 OLMo…",
  // "Code\"Why Should I Trust You?\"…") is the badge; "Codeemcee" stays a word.
  while (text.startsWith("Code", at) && /[\p{Lu}\d[$"“‘(¿¡]/u.test(text[at + 4] ?? "")) {
    badges.push({ label: "Code", offset: at });
    at += 4;
  }
  const rest = text.slice(at);
  // The byline starts right after the date, with no space ("2014word2vec Explained…",
  // "2008$\mathcal{N}=6$ …"); right after a year-less date a digit would be read as the day
  // (not after a badge: "Jun 21Code3D U-Net: …").
  if (rest.length < 2 || !/^[\p{L}\p{N}[$"'“‘(¿¡]/u.test(rest)) return undefined;
  if (start.year === undefined && at === start.end && /^\d/.test(rest)) return undefined;
  // Two dates in a row ("CLFeb 29Mar 3, 2020") are two headers, not a header and a title.
  if (parseHeader(rest)) return undefined;
  return { header: withBadges(start, badges), bylineOffset: at };
}

/**
 * Whether a subject code names an arXiv category (in the default archive
 * order): what a header glued inside other text, or set as a Markdown
 * heading, must show to be taken for one.
 *
 * @param code - a code as written before a date
 * @returns whether `resolveCategory` knows it
 *
 * @example
 * isCategoryCode("CL"); //=> true
 * isCategoryCode("LHC"); //=> false
 */
export function isCategoryCode(code: string): boolean {
  return resolveCategory(code) !== undefined;
}

/**
 * The codes of a header that shows every category of its paper, glued
 * together with the primary first, as some pages of the site do
 * (`DLCLFeb 3, 2025` is cs.DL, cross-listed in cs.CL; `CLAIHCIRMay 21`):
 * the code itself when it names a category, else the codes it is made of,
 * each two capitals or an archive's name in capitals (`SOC-PH`), or
 * `undefined` when it is not made of them.
 *
 * @param code - a code as written before a date
 * @returns the codes in the order written, or `undefined`
 *
 * @example
 * categoryCodes("CL"); //=> ["CL"]
 * categoryCodes("SPAILG"); //=> ["SP", "AI", "LG"]
 * categoryCodes("LHCCL"); //=> undefined
 */
export function categoryCodes(code: string): string[] | undefined {
  return isCategoryCode(code) ? [code] : gluedCodes(code);
}

/** The codes a code that names no category is made of (see `categoryCodes`), or `undefined`. */
function gluedCodes(code: string): string[] | undefined {
  if (code.length < 4 || code.length > 24 || !GLUED_CODES.test(code)) return undefined;
  return gluedCodesFrom(code, 0);
}

/** Capitals and hyphens only: how a page that glues codes writes them. */
const GLUED_CODES = /^[A-Z][A-Z-]+$/;

/** The codes `code` is made of from `from` on (see `categoryCodes`); the first reading found, trying shorter codes first. */
function gluedCodesFrom(code: string, from: number): string[] | undefined {
  if (from === code.length) return [];
  for (let end = from + 2; end <= code.length; end++) {
    const piece = code.slice(from, end);
    if (piece.endsWith("-") || (end - from > 2 && !piece.includes("-")) || !isCategoryCode(piece)) continue;
    const rest = gluedCodesFrom(code, end);
    if (rest) return [piece, ...rest];
  }
  return undefined;
}

/**
 * The card headers that open a word inside a line of text: a code that names
 * a category glued to a date, at the line's start or after white space, a
 * quote, a bracket or a mark of emphasis ("… community. LGSep 28, 2022 Improving …", a listing
 * whose line breaks were lost to spaces; `"CLJul 31, 2024"`, a spreadsheet's
 * cell). What a line of page text still holds of cards that were not read.
 *
 * @param text - a cleaned line
 * @param limit - how many to find at most (a line of junk may hold millions)
 * @returns each header's offset in the line and its code and date as written
 *
 * @example
 * headersInText("open models. LGSep 28, 2022 Improving alignment"); //=> [{ offset: 13, text: "LGSep 28, 2022" }]
 * headersInText("see the ML Jul 31 meeting"); //=> []
 */
export function headersInText(text: string, limit = Infinity): { offset: number; text: string }[] {
  const found: { offset: number; text: string }[] = [];
  WORD_HEADER.lastIndex = 0;
  for (let match = WORD_HEADER.exec(text); match && found.length < limit; match = WORD_HEADER.exec(text)) {
    if (isCodeShaped(match[2]!)) found.push({ offset: match.index + match[1]!.length, text: match[0].slice(match[1]!.length) });
  }
  return found;
}

// A code glued to a month's name and a day (and a year), as HEADER reads them, opening a word.
const WORD_HEADER = /* @__PURE__ */ new RegExp(`(^|[\\s"'(\\[~*_=])([A-Za-z][A-Za-z.-]{1,15}?)(?:${MONTH_NAME})\\.? ?\\d{1,2}(?!\\d)(?:, ?\\d{4}(?!\\d))?`, "g");

/**
 * Whether a word standing apart is written as a subject code: a category's
 * code in capitals (`LG`, `CV`), or an archive's or category's id (`hep-th`,
 * `cs.LG`, `soft`, four letters or more), not a short word that happens to
 * name one in any case (`it`, `me`, `Physics`).
 *
 * @param word - a word
 * @returns whether it names a category, written as codes are
 *
 * @example
 * isCodeShaped("LG"); //=> true
 * isCodeShaped("it"); //=> false
 */
export function isCodeShaped(word: string): boolean {
  return CODE_SHAPE.test(word) && isCategoryCode(word);
}

const CODE_SHAPE = /^(?:[A-Z]{2,4}|[a-z]{4,}|[A-Za-z]+(?:[.-][A-Za-z]+)+)$/;

/**
 * The Code badge alone on a line ("Code", or "[Code](https://…)" as Markdown
 * writes the link): a header's badge set on a line of its own, between the
 * header and the byline. Returns the badge's link (`""` for none), or
 * `undefined` when the line is anything else.
 *
 * @param text - a cleaned line
 * @returns the badge's URL, `""` without one, or `undefined`
 *
 * @example
 * codeBadgeLine("[Code](https://github.com/x/y)"); //=> "https://github.com/x/y"
 * codeBadgeLine("Code"); //=> ""
 * codeBadgeLine("CodeGemma: Open Code Models"); //=> undefined
 */
export function codeBadgeLine(text: string): string | undefined {
  const match = CODE_BADGE_LINE.exec(text);
  return match ? (match[1] ?? "") : undefined;
}

const CODE_BADGE_LINE = /^(?:Code|\[Code\]\(([^()\s]+)\))$/;

/**
 * Finds a header glued inside a line that lost its line breaks: at the end
 * of an abstract ("… community.CLJul 31, 2024", "… the LHCCLDec 27, 2024Code",
 * "… atmospheres.hep-thJul 26, 1994") or between an abstract and a byline
 * ("… of GPT-4.CLDec 27, 2024CodeDeepSeek-V3 Technical Report…"). The code
 * must name an arXiv category (`isCategoryCode`), so dates in prose are left alone.
 * Returns the first such header, where it starts, and where a byline glued
 * after it starts (`bylineOffset`, absent when only badges follow).
 */
export function findEmbeddedHeader(
  text: string,
): { offset: number; header: HeaderParts; bylineOffset?: number } | undefined {
  MONTH_DAY.lastIndex = 0;
  for (let match = MONTH_DAY.exec(text); match; match = MONTH_DAY.exec(text)) {
    let end = match.index;
    if (text[end - 1] === " ") end -= 1;
    const start = codeStartBefore(text, end);
    if (start === undefined || start === 0) continue;
    const rest = text.slice(start);
    const header = parseHeader(rest);
    if (header) return { offset: start, header };
    const glued = splitGluedHeader(rest);
    if (glued) return { offset: start, header: glued.header, bylineOffset: start + glued.bylineOffset };
  }
  return undefined;
}

/**
 * Where a subject code that ends at `end` begins: the longest run of code
 * characters before `end` that names a category ("hep-th" in
 * "atmospheres.hep-th", "CL" in "analyses.CL" or "LHCCL").
 */
function codeStartBefore(text: string, end: number): number | undefined {
  let from = end;
  while (from > 0 && end - from < 20 && /[A-Za-z.-]/.test(text[from - 1]!)) from -= 1;
  for (let start = from; start <= end - 2; start++) {
    if (!/[A-Za-z]/.test(text[start]!)) continue;
    const code = text.slice(start, end);
    // Two capitals may be glued to anything ("LHCCL"), and so may an archive's hyphenated
    // name, which ends no word of prose ("yousupr-con", "nyuhep-th"); any other code starts a
    // word ("mathematics.LG" ends in "cs.LG", but the code is "LG").
    if (!/^[A-Z]{2}$/.test(code) && !code.includes("-") && start > 0 && /[A-Za-z]/.test(text[start - 1]!)) continue;
    // A two-letter code is written in capitals: "to February 24th" and "graspJan 5" are
    // prose, not q-bio.TO and eess.SP. In lower case it opens a header only after
    // punctuation: the end of an archive's name glued to a slug ("nyuhep-th"), or a code
    // glued to a sentence's end ("… in the lab.clDec 27, 2024").
    if (code.length === 2 && !/^[A-Z]{2}$/.test(code) && /[\s\p{L}\d]/u.test(text[start - 1] ?? " ")) continue;
    if (isCategoryCode(code)) return start;
    // Codes glued together (a page that shows every category) only where no letter goes before
    // them: "LHCCL" is "…the LHC" and CL, not HC and CL.
    if ((start === 0 || !/[A-Za-z]/.test(text[start - 1]!)) && gluedCodes(code)) return start;
  }
  return undefined;
}

/** The code and date that open a header line, and where they end (see `matchHeaderStart`). */
export interface HeaderStart extends Omit<HeaderParts, "badges"> {
  /** Offset just after the date. */
  readonly end: number;
}

/** A header's parts from its start and badges (one object shape with a year, one without). */
function withBadges(start: HeaderStart, badges: readonly Badge[]): HeaderParts {
  const { code, month, day, year, dateText, dateOffset } = start;
  return year === undefined ? { code, month, day, dateText, dateOffset, badges } : { code, month, day, year, dateText, dateOffset, badges };
}

/**
 * Reads the code and date at the start of a line, and where they end: what
 * `parseHeader` and `splitGluedHeader` both begin with, so a caller that
 * tries both can read the start once and pass it to each.
 *
 * @param text - a cleaned line
 * @returns the code, the date and the offset after it, or `undefined`
 *
 * @example
 * // A header's start, before its badges
 * matchHeaderStart("AIMar 31, 2018Code")?.end; //=> 14
 */
export function matchHeaderStart(text: string): HeaderStart | undefined {
  if (text.length < 5) return undefined;
  // Cheap test first: a header's first word ends in a month ("CLJul") or is a
  // two-letter code ("CL Jul"); an abstract line almost never does.
  // (A short line with no space is a first word whole: a header typed with its day glued on, "LGFeb10".)
  const space = text.indexOf(" ");
  if (space < 0 ? text.length > 24 || !FIRST_WORD.test(text) : space > 24 || !FIRST_WORD.test(text.slice(0, space))) return undefined;
  const match = HEADER.exec(text);
  if (!match) return undefined;
  const code = match[1] ?? "";
  // "CL Jul 31, 2024": a space after the code is tolerated for a two-letter code only.
  // A longer code only when it names a category ("quant-ph Jul 9, 1997"), so "on May 3" stays prose.
  // A two-letter code not in capitals is a word too ("to February 24th, 2020", "In May 3, 2020"),
  // not q-bio.TO, unless the line holds nothing but the code and the date ("cl Jul 31, 2024",
  // "Cl Jul 31, 2024"); capitalised, an English word opens a sentence as often ("It May 3",
  // "At Jun 5, 2020" stay prose; "it Jul 31, 2024" and "co Jul 31, 2024" are headers).
  const wordLike = code.length <= 2 && (match[0].length < text.trimEnd().length || (isAsciiUpper(code.charCodeAt(0)) && ENGLISH_CODES.has(code.toLowerCase())));
  if (match[2] === " " && !/^[A-Z]{2}$/.test(code) && (wordLike || !resolveCategory(code))) return undefined;
  if (code === "" && match[5] === undefined) return undefined;
  const month = monthNumber(match[3]!);
  const day = Number(match[4]);
  const dateOffset = code.length + match[2]!.length;
  const dateText = match[0].slice(dateOffset);
  const end = match[0].length;
  return match[5] === undefined
    ? { code, month, day, dateText, dateOffset, end }
    : { code, month, day, year: Number(match[5]), dateText, dateOffset, end };
}

/**
 * How many space-separated words of plain badges other than "Code" a header
 * may hold ("Demo Dataset Video", "CVPR"): FORMAT.md expects unknown trailing
 * words one day, not a title. More are a byline glued to the date
 * ("…2007Loop Quantum GravityCarlo Rovelli" has four).
 */
const MAX_UNKNOWN_WORDS = 3;

/** Reads the badges after the date, or `undefined` when the rest is not a run of badges. */
function readBadges(text: string, from: number): Badge[] | undefined {
  const badges: Badge[] = [];
  let at = from;
  let words = 0;
  // Whether the next badge starts a word: right after the date, or after a space.
  let newWord = true;
  while (at < text.length) {
    if (badges.length >= 8) return undefined;
    const match = BADGE.exec(text.slice(at, at + 2100));
    if (!match || match[0].length === 0) return undefined;
    const offset = at + (match[0].startsWith(" ") ? 1 : 0);
    if (match[1] !== undefined) badges.push({ label: match[1].trim(), url: match[2]!, offset });
    // A word is a run of badges glued together ("CodeVideo", "CodeHFDemo"; "GravityCarlo").
    else if (match[3] !== "Code" && newWord && ++words > MAX_UNKNOWN_WORDS) return undefined;
    else badges.push({ label: match[3]!, offset });
    at += match[0].length;
    const end = at;
    while (text.charCodeAt(at) === 32) at += 1;
    newWord = at > end;
  }
  return badges;
}

/**
 * Splits a header from the byline it shares a line with when a dash, a dot,
 * a bar, a colon or a space parts them ("CLJul 31, 2024 – Gemma 2: …Gemma
 * Team, Morgane Riviere", "CLJul 31, 2024Code · Gemma 2: …", as a page or a
 * reader's note joins a card's lines): only a header in its own shape, the
 * code glued to its date, and only when `isByline` says the rest reads as a
 * byline, so a line of prose that opens with a date ("AI Mar 14, 2023 – the
 * day …") is left alone. Returns the header and where the byline starts.
 *
 * @example
 * splitSeparatedHeader("CLJul 31, 2024 – Gemma 2Gemma Team, Morgane Riviere", matchHeaderStart("CLJul 31, 2024 – Gemma 2Gemma Team, Morgane Riviere"), () => true)?.bylineOffset; //=> 17
 */
export function splitSeparatedHeader(
  text: string,
  start: HeaderStart | undefined,
  isByline: (text: string) => boolean,
): { header: HeaderParts; bylineOffset: number } | undefined {
  if (!start || start.dateOffset !== start.code.length) return undefined;
  let at = start.end;
  const badges: Badge[] = [];
  // ("Code" before a space or a colon alone may open the title: "Code Llama: …".)
  while (text.startsWith("Code", at) && /^ ?[–—·•|-] /.test(text.slice(at + 4, at + 8))) {
    badges.push({ label: "Code", offset: at });
    at += 4;
  }
  SEPARATOR.lastIndex = at;
  if (!SEPARATOR.test(text)) return undefined;
  at = SEPARATOR.lastIndex;
  const rest = text.slice(at);
  if (!/^[\p{L}\p{N}[$"'“‘(¿¡]/u.test(rest) || parseHeader(rest) || !isByline(rest)) return undefined;
  return { header: withBadges(start, badges), bylineOffset: at };
}

// What parts a header from a byline on its line: a dash, a dot, a bar or a colon, or a space alone.
const SEPARATOR = / ?[–—·•|:-] | /y;
