// HTML character references, which text copied from page source or a feed
// carries ("Analysis &amp; Insights", "O&#39;Donoghue", "St&eacute;phane").

import { isAsciiLetter, isDigit } from "./chars.js";
import { CP1252 } from "./mojibake.js";
import { own } from "./own.js";

const NAMED: Readonly<Record<string, string>> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", ndash: "–", mdash: "—",
  hellip: "…", lsquo: "‘", rsquo: "’", ldquo: "“", rdquo: "”", middot: "·", bull: "•",
  szlig: "ß", aelig: "æ", AElig: "Æ", oslash: "ø", Oslash: "Ø", eth: "ð", ETH: "Ð",
  thorn: "þ", THORN: "Þ", oelig: "œ", OElig: "Œ", copy: "©", reg: "®", times: "×",
};

// Accented letters by the name of their mark: "&eacute;" is "e" + U+0301, composed.
const MARKS: Readonly<Record<string, string>> = {
  acute: "\u0301", grave: "\u0300", circ: "\u0302", tilde: "\u0303", uml: "\u0308",
  ring: "\u030a", cedil: "\u0327", caron: "\u030c", ogon: "\u0328", dot: "\u0307",
};

/**
 * Replaces the HTML character references in `text`; unknown names stay as written.
 * Each "&" is read by hand (`referenceEnd`) and the text built by concatenation: a
 * pattern's match, or `replace` with a function, per reference costs several times more
 * on a line of thousands of them.
 */
export function decodeEntities(text: string): string {
  let decoded = "";
  let from = 0;
  for (let at = text.indexOf("&"); at >= 0; at = text.indexOf("&", at + 1)) {
    const end = referenceEnd(text, at);
    if (end < 0) continue;
    const character = decodeReference(text, at, end);
    if (character !== undefined) {
      decoded += text.slice(from, at) + character;
      from = end;
    }
    at = end - 1;
  }
  // (When every reference names nothing, the text itself comes back: a caller that compares
  // it with what it gave, as `splitLines` does, then compares no characters.)
  return from === 0 ? text : decoded + text.slice(from);
}

/**
 * The character reference that starts at `at`, decoded, and how long it is
 * as written; `undefined` when none starts there.
 *
 * @param text - the text
 * @param at - an offset in it
 * @returns what the reference stands for (as written when it names nothing), and its length
 *
 * @example
 * referenceAt("R&amp;D", 1); //=> { text: "&", length: 5 }
 * referenceAt("R&D", 1); //=> undefined
 */
export function referenceAt(text: string, at: number): { text: string; length: number } | undefined {
  const end = text.charCodeAt(at) === AMPERSAND ? referenceEnd(text, at) : -1;
  return end < 0 ? undefined : { text: decodeReference(text, at, end) ?? text.slice(at, end), length: end - at };
}

const AMPERSAND = 38;
const HASH = 35;
const SEMICOLON = 59;

/**
 * Where the reference that starts with the "&" at `at` ends, past its ";", or -1 when none
 * does: what `/&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});/y` matches there.
 */
function referenceEnd(text: string, at: number): number {
  let from = at + 1;
  let kind = isAsciiLetter;
  let fewest = 2;
  let most = 8;
  if (text.charCodeAt(from) === HASH) {
    from += 1;
    fewest = 1;
    if ((text.charCodeAt(from) | 32) === 120) {
      from += 1;
      kind = isHexDigit;
      most = 6;
    } else {
      kind = isDigit;
      most = 7;
    }
  }
  let end = from;
  while (end - from <= most && kind(text.charCodeAt(end))) end += 1;
  return end - from >= fewest && end - from <= most && text.charCodeAt(end) === SEMICOLON ? end + 1 : -1;
}

/** "0"–"9", "a"–"f", "A"–"F". */
function isHexDigit(code: number): boolean {
  return isDigit(code) || ((code | 32) >= 97 && (code | 32) <= 102);
}

/** What the reference `text[at, end)` (see `referenceEnd`) stands for: `undefined` when it names nothing. */
function decodeReference(text: string, at: number, end: number): string | undefined {
  if (text.charCodeAt(at + 1) === HASH) {
    const hex = (text.charCodeAt(at + 2) | 32) === 120;
    const code = hex ? Number.parseInt(text.slice(at + 3, end - 1), 16) : Number(text.slice(at + 2, end - 1));
    // (0x80–0x9F name Windows-1252's characters, as HTML reads them: "&#150;" is "–".)
    if (code >> 5 === 4) return CP1252[code - 0x80]!;
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : undefined;
  }
  const name = text.slice(at + 1, end - 1);
  const named = own(NAMED, name);
  if (named !== undefined) return named;
  const mark = own(MARKS, name.slice(1));
  return mark !== undefined ? (name[0]! + mark).normalize("NFC") : undefined;
}
