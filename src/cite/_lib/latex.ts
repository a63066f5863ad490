/** Private LaTeX escaping tables and helpers behind `escapeLatex` and `protectTitle`. */

// The characters TeX or BibTeX would read as markup, and what to write instead.
// Braces become \textbraceleft/\textbraceright, never \{ \}: BibTeX counts a
// brace after a backslash like any other, so an unmatched "{" in a title would
// still break the file.
const SPECIAL: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "{": "\\textbraceleft{}",
  "}": "\\textbraceright{}",
  "&": "\\&",
  "%": "\\%",
  $: "\\$",
  "#": "\\#",
  _: "\\_",
  "~": "\\textasciitilde{}",
  "^": "\\textasciicircum{}",
  // In OT1 fonts < > | print as ¡ ¿ — (and @retorquere/bibtex-parser reads them so).
  "<": "\\textless{}",
  ">": "\\textgreater{}",
  "|": "\\textbar{}",
};

// Pairs TeX fonts turn into ligatures (-- → –, `` → “, ?` → ¿); an empty group keeps them apart.
const LIGATURE = /(?<=-)(?=-)|(?<=`)(?=`)|(?<=')(?=')|(?<=[?!])(?=`)|(?<=,)(?=,)/gu;

/** `scan` flag: a control character, a surrogate, or whitespace other than single inner spaces. */
export const DIRTY = 1;
/** `scan` flag: a character outside ASCII. */
export const NON_ASCII = 2;
/** `scan` flag: a TeX special character or a ligature pair. */
export const ESCAPE = 4;

// Module-level tables are built in pure IIFEs so that a bundle of the built
// package (one file) drops them from consumers that never escape LaTeX.
const SPECIAL_CODE = /* @__PURE__ */ (() => {
  const table = new Uint8Array(128);
  for (const ch of "\\{}&%$#_~^<>|") table[ch.charCodeAt(0)] = 1;
  return table;
})();

/**
 * One pass over a string that says what work escaping it needs, so the
 * common case (plain ASCII words) skips every regular expression.
 */
export function scan(text: string): number {
  let flags = 0;
  let prev = 32;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 32 || c === 127) flags |= DIRTY;
    else if (c === 32) {
      if (prev === 32) flags |= DIRTY;
    } else if (c >= 128) {
      flags |= NON_ASCII;
      if (c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
          c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff || (c >= 0xd800 && c <= 0xdfff)) flags |= DIRTY;
    } else if (SPECIAL_CODE[c] === 1) flags |= ESCAPE;
    else if ((c === 45 || c === 96 || c === 39 || c === 44) && prev === c) flags |= ESCAPE;
    else if (c === 96 && (prev === 63 || prev === 33)) flags |= ESCAPE;
    prev = c;
  }
  if (prev === 32 && text.length > 0) flags |= DIRTY;
  return flags;
}

// Combining marks that have a LaTeX accent command; symbol commands go without braces (\'e), letter ones with (\k{e}).
const ACCENT: Record<string, string> = {
  "\u0300": "\\`", "\u0301": "\\'", "\u0302": "\\^", "\u0303": "\\~", "\u0304": "\\=", "\u0306": "\\u",
  "\u0307": "\\.", "\u0308": '\\"', "\u030A": "\\r", "\u030B": "\\H", "\u030C": "\\v", "\u0323": "\\d",
  "\u0327": "\\c", "\u0328": "\\k",
};

// Letters and signs with a LaTeX command of their own.
const LETTER: Record<string, string> = {
  ß: "{\\ss}", æ: "{\\ae}", Æ: "{\\AE}", œ: "{\\oe}", Œ: "{\\OE}", ø: "{\\o}", Ø: "{\\O}", ł: "{\\l}",
  Ł: "{\\L}", ı: "{\\i}", å: "{\\aa}", Å: "{\\AA}",
  // Commands rather than ligatures (-- ``), which would merge with a neighbouring - or `.
  "\u00A0": "~", "–": "\\textendash{}", "—": "\\textemdash{}", "‘": "\\textquoteleft{}",
  "’": "\\textquoteright{}", "“": "\\textquotedblleft{}", "”": "\\textquotedblright{}", "…": "\\ldots{}",
  "¡": "\\textexclamdown{}", "¿": "\\textquestiondown{}",
  // Signs with a text command (textcomp's, in the LaTeX kernel since 2020). "·" has none that
  // reads back as itself (\textperiodcentered is read as "˙"), so it stays UTF-8, reported.
  "°": "\\textdegree{}", "×": "\\texttimes{}", "÷": "\\textdiv{}", "±": "\\textpm{}", "µ": "\\textmu{}",
  "¹": "\\textonesuperior{}", "²": "\\texttwosuperior{}", "³": "\\textthreesuperior{}",
  "¼": "\\textonequarter{}", "½": "\\textonehalf{}", "¬": "\\textlnot{}", "§": "\\S{}",
  "©": "\\textcopyright{}", "®": "\\textregistered{}", "€": "\\texteuro{}", "£": "\\pounds{}",
};

/**
 * Escapes text whose whitespace is already squeezed and whose control
 * characters are gone, adding what stays UTF-8 to `kept`. Lets callers that
 * escape a title word by word share one report.
 */
export function escapeClean(text: string, ascii: boolean, kept: Set<string>): string {
  const flags = scan(text);
  // Most titles and names need nothing: no special character, no ligature pair, nothing to convert.
  if (!(flags & ESCAPE) && (!ascii || !(flags & NON_ASCII))) return text;
  let out = "";
  const source = text.replace(LIGATURE, "\u0000");
  for (const ch of ascii ? source.normalize("NFC") : source) {
    if (ch === "\u0000") out += "{}";
    else if (SPECIAL[ch] !== undefined) out += SPECIAL[ch];
    else if (!ascii || ch.charCodeAt(0) < 0x80) out += ch;
    else out += asciiChar(ch, kept);
  }
  return out;
}

/** Removes control characters other than whitespace (which become spaces), remembering which; call only for `DIRTY` text. */
export function stripControls(text: string, removed: Set<string>): string {
  return text.replace(/[\p{Cc}\p{Cs}]/gu, (ch) => {
    if (/\s/u.test(ch)) return " ";
    removed.add(ch);
    return "";
  });
}

/** One non-ASCII character in ASCII LaTeX, or itself (recorded in `kept`) when there is none. */
function asciiChar(ch: string, kept: Set<string>): string {
  if (LETTER[ch] !== undefined) return LETTER[ch];
  const [base = "", ...marks] = [...ch.normalize("NFD")];
  if (marks.length > 0 && /^[A-Za-z]$/u.test(base) && marks.every((m) => ACCENT[m] !== undefined)) {
    // Innermost mark first: ǘ is u + diaeresis + acute → {\'{\"u}}.
    let inner = base;
    marks.forEach((mark, i) => {
      const command = ACCENT[mark] ?? "";
      const arg = /[A-Za-z]$/u.test(command) || i > 0 ? `{${inner}}` : inner;
      inner = i === marks.length - 1 ? `{${command}${arg}}` : `${command}${arg}`;
    });
    return inner;
  }
  kept.add(ch);
  return ch;
}
