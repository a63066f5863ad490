// The header line of an entry: subject code, date and badges glued together
// ("CLJul 31, 2024", "AIMar 31, 2018Code", "LGFeb 10").

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

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

// Anchored, with bounded quantifiers only: constant work per line whatever its length.
// Code: up to 16 letters, dots and hyphens ("CL", "cs.CL", "quant-ph"), or nothing.
const HEADER =
  /^([A-Za-z][A-Za-z.-]{0,15}?)?( ?)(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.? ?(\d{1,2})(?!\d)(?:,? ?(\d{4})(?!\d))?/;

// A header at the end of a line: a two-letter code right after anything but
// a capital, a date, badges, then the end.
const TRAILING_HEADER =
  /(^|[^A-Z])([A-Z]{2}(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:, \d{4})?(?:Code)*)$/;

const FIRST_WORD = /(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?$|^[A-Z]{2}$/;

// A badge: a capitalised word ("Code"), or a Markdown link to one ("[Code](https://…)").
const BADGE = /^ ?(?:\[([A-Za-z][\w +.-]{0,30})\]\(([^()\s]{0,2000})\)|([A-Z][A-Za-z0-9+]{0,30}?)(?=[A-Z]|$| ))/;

/**
 * Reads a header line, or returns `undefined` when the line is not one. A line
 * is a header when it opens with a code glued to a date and whatever follows
 * the date reads as badges; prose after a date ("Mar 3, 2020 was …") does not.
 */
export function parseHeader(text: string): HeaderParts | undefined {
  const start = matchHeaderStart(text);
  if (!start) return undefined;
  const badges = readBadges(text, start.end);
  return badges ? { ...start.parts, badges } : undefined;
}

/**
 * Reads a header that lost the line break after it, so the byline follows on
 * the same line: `CLJul 31, 2024Gemma 2: Improving …`. Returns the header and
 * the offset where the byline starts, or `undefined`. Badges glued before the
 * title are read only when a capital follows them directly ("CodeLearning"),
 * since a title may itself start with "Code " ("Code Llama: …").
 */
export function splitGluedHeader(text: string): { header: HeaderParts; bylineOffset: number } | undefined {
  const start = matchHeaderStart(text);
  if (!start) return undefined;
  let at = start.end;
  const badges: Badge[] = [];
  while (text.startsWith("Code", at) && /\p{Lu}|\[/u.test(text[at + 4] ?? "")) {
    badges.push({ label: "Code", offset: at });
    at += 4;
  }
  const rest = text.slice(at);
  // The byline must begin like a title and carry an author list.
  if (!/^[\p{Lu}\d[]/u.test(rest) || rest.length < 8) return undefined;
  if (start.parts.year === undefined && !/^\p{Lu}/u.test(rest)) return undefined;
  return { header: { ...start.parts, badges }, bylineOffset: at };
}

/**
 * Finds a header glued to the end of a line that lost its line break
 * ("… to the community.CLJul 31, 2024"), returning where it starts.
 * Only the last 64 characters are searched, so the cost is constant.
 */
export function findTrailingHeader(text: string): { offset: number; header: HeaderParts } | undefined {
  if (text.length < 12) return undefined;
  // A header ends in a digit of its date or in a badge; prose mostly ends in punctuation.
  const last = text.charCodeAt(text.length - 1);
  if (!(last >= 48 && last <= 57) && !text.endsWith("Code")) return undefined;
  const from = Math.max(0, text.length - 64);
  const match = TRAILING_HEADER.exec(text.slice(from));
  if (!match) return undefined;
  const offset = from + match.index + match[1]!.length;
  if (offset === 0) return undefined;
  const header = parseHeader(text.slice(offset));
  return header ? { offset, header } : undefined;
}

/** The code and date at the start of a line, and where they end. */
function matchHeaderStart(text: string): { parts: Omit<HeaderParts, "badges">; end: number } | undefined {
  if (text.length < 5) return undefined;
  // Cheap test first: a header's first word ends in a month ("CLJul") or is a
  // two-letter code ("CL Jul"); an abstract line almost never does.
  const space = text.indexOf(" ");
  if (space < 0 || space > 24 || !FIRST_WORD.test(text.slice(0, space))) return undefined;
  const match = HEADER.exec(text);
  if (!match) return undefined;
  const code = match[1] ?? "";
  // "CL Jul 31, 2024": a space after the code is tolerated for a two-letter code only.
  if (match[2] === " " && !/^[A-Z]{2}$/.test(code)) return undefined;
  if (code === "" && match[5] === undefined) return undefined;
  const month = MONTHS[match[3]!.slice(0, 3).toLowerCase()]!;
  const parts: Omit<HeaderParts, "badges"> = {
    code,
    month,
    day: Number(match[4]),
    dateText: match[0].slice(code.length + match[2]!.length),
    dateOffset: code.length + match[2]!.length,
    ...(match[5] !== undefined ? { year: Number(match[5]) } : {}),
  };
  return { parts, end: match[0].length };
}

/** Reads the badges after the date, or `undefined` when the rest is not a run of badges. */
function readBadges(text: string, from: number): Badge[] | undefined {
  const badges: Badge[] = [];
  let at = from;
  while (at < text.length) {
    if (badges.length >= 8) return undefined;
    const match = BADGE.exec(text.slice(at, at + 2100));
    if (!match || match[0].length === 0) return undefined;
    const offset = at + (match[0].startsWith(" ") ? 1 : 0);
    if (match[1] !== undefined) badges.push({ label: match[1].trim(), url: match[2]!, offset });
    else badges.push({ label: match[3]!, offset });
    at += match[0].length;
    while (text.charCodeAt(at) === 32) at += 1;
  }
  return badges;
}
