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
};

/**
 * Escapes text whose whitespace is already squeezed and whose control
 * characters are gone, adding what stays UTF-8 to `kept`. Lets callers that
 * escape a title word by word share one report.
 */
export function escapeClean(text: string, ascii: boolean, kept: Set<string>): string {
  let out = "";
  for (const ch of text.replace(LIGATURE, "\u0000").normalize("NFC")) {
    if (ch === "\u0000") out += "{}";
    else if (SPECIAL[ch] !== undefined) out += SPECIAL[ch];
    else if (!ascii || ch.charCodeAt(0) < 0x80) out += ch;
    else out += asciiChar(ch, kept);
  }
  return out;
}

/** Removes control characters other than whitespace, remembering which. */
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
