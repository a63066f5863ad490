// HTML character references, which text copied from page source or a feed
// carries ("Analysis &amp; Insights", "O&#39;Donoghue", "St&eacute;phane").

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

const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z]{2,8}));/g;

/**
 * Replaces the HTML character references in `text`; unknown names stay as written.
 * Built by concatenation rather than `replace` with a function, which costs
 * several times more on a line of thousands of references.
 */
export function decodeEntities(text: string): string {
  REFERENCE.lastIndex = 0;
  let decoded = "";
  let from = 0;
  for (let match = REFERENCE.exec(text); match; match = REFERENCE.exec(text)) {
    decoded += text.slice(from, match.index) + decodeReference(match[0], match[1], match[2], match[3]);
    from = REFERENCE.lastIndex;
  }
  return from === 0 ? text : decoded + text.slice(from);
}

const REFERENCE_HERE = /* @__PURE__ */ new RegExp(REFERENCE.source, "y");

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
  REFERENCE_HERE.lastIndex = at;
  const match = REFERENCE_HERE.exec(text);
  return match ? { text: decodeReference(match[0], match[1], match[2], match[3]), length: match[0].length } : undefined;
}

/** What one reference stands for: `whole` when it names nothing. */
function decodeReference(whole: string, decimal: string | undefined, hex: string | undefined, name: string | undefined): string {
  if (decimal !== undefined || hex !== undefined) {
    const code = decimal !== undefined ? Number(decimal) : Number.parseInt(hex!, 16);
    // (0x80–0x9F name Windows-1252's characters, as HTML reads them: "&#150;" is "–".)
    if (code >> 5 === 4) return CP1252[code - 0x80]!;
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
  }
  const named = own(NAMED, name!);
  if (named !== undefined) return named;
  const mark = own(MARKS, name!.slice(1));
  return mark !== undefined ? (name![0]! + mark).normalize("NFC") : whole;
}
