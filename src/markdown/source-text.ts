// The source text of a text node as it reads: a Markdown writer's escapes undone (and LaTeX's
// backslashes kept, told apart line by line), character references decoded, container
// markers skipped, each character keeping its offset in the source.

import { decodeEntities } from "../_lib/entities.js";
import type { Piece, Walk } from "./piece-line.js";

/**
 * Escapes a Markdown writer needs ("\*", "\_", "\[") are undone; a backslash
 * before anything else is LaTeX in an abstract ("top $10\%$", "A \& B") and stays,
 * as it does in a plain-text listing.
 *
 * @internal
 */
export const MARKDOWN_ESCAPABLE = new Set("\\`*_[]()#+-.!<>|~".split(""));
// An escaped quote that no LaTeX accent can be ('\"' before no letter or brace, as in
// Pandoc's 'for \"Mind\" Exploration'): its line's writer escaped quotes, all of them.
const ESCAPED_QUOTE = /\\["'](?![A-Za-z{])/;
// What CommonMark lets a backslash escape: every ASCII punctuation character.
const ASCII_PUNCTUATION = new Set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".split(""));
const ENTITY = /^&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/;
const SPECIAL = /[\\&\n\r]/;
// A dollar with no backslash before it.
const UNESCAPED_DOLLAR = /(?:^|[^\\])\$/;

/**
 * Whether "\$" at `at` is a Markdown escape: LaTeX's dollar in raw LaTeX
 * ("costs \$5 in $O(n)$", "less than \$200"), but a clipper that writes math
 * escapes every dollar, its delimiters in pairs ("\$T\\bar T\$"), so it is an
 * escape when its source line holds two or more escaped dollars and none left
 * unescaped. The answer is kept for the line, so a line of many inline nodes
 * is read once.
 */
function dollarsEscaped(walk: Walk, at: number): boolean {
  return escapesOfLine(walk, at).dollars;
}

/**
 * Whether a backslash at `at` before any ASCII punctuation is a Markdown
 * escape: when its source line also holds an escaped backslash ("\\"), the
 * writer escaped backslashes, so it escaped the rest too, as Google Docs'
 * export does ("$\\mathbb\{Q\}$" for "$\mathbb{Q}$"). Elsewhere "\{" is
 * LaTeX's brace and stays.
 */
function backslashesEscaped(walk: Walk, at: number): boolean {
  return escapesOfLine(walk, at).backslashes;
}

/**
 * Whether the backslash at `at` escapes the apostrophe of an English contraction after a
 * letter ("it\\'s", "don\\'t", "Don\\'ts", "we\\'ll", as Pandoc writes them): an escape
 * wherever it stands, as no LaTeX accent falls there ("Erd\\'os" keeps its accent).
 */
function isEscapedContraction(source: string, at: number): boolean {
  if (source[at + 1] !== "'") return false;
  // (Also the Dutch article "'t" alone, "Gerard \\'t Hooft": no accent falls on a "t" before a space.)
  if (source[at + 2] === "t" && !/[A-Za-z]/.test(source[at + 3] ?? "")) return true;
  return /[A-Za-z]/.test(source[at - 1] ?? "") && (CONTRACTION.test(source.slice(at + 2, at + 5)) || (source[at - 1] === "n" && source[at + 2] === "t"));
}

/**
 * Whether the backslash at `at` is one remark (mdast-util-to-markdown, with GFM) writes so that
 * a text is not read as a character reference ("R\\&D") or as a bare link: before the colon of a scheme ("https\\://github.com/…")
 * and before the at sign inside a word ("MRR\\@10", "jane\\@example.org"). No LaTeX stands
 * there ("\\:" is a space inside math, "\\@" a spacing command before a sentence's end).
 */
function isAutolinkEscape(source: string, at: number): boolean {
  const escaped = source[at + 1];
  // ("R\\&D": an ampersand before a letter or "#", escaped so that it opens no character
  // reference, as remark writes it; LaTeX's "\\&" renders as "&" too.)
  // (Not inside inline math, where "&" alone is no character: "$\\mathrm{P\\&L}$".)
  if (escaped === "&") return /[#A-Za-z]/.test(source[at + 2] ?? "") && !inInlineMath(source, at);
  if (escaped === ":") return source[at + 2] === "/" && SCHEME_END.test(source.slice(Math.max(0, at - 6), at));
  // (Not LaTeX's "\\@." before a sentence's end: a dot after it must come before a word character.)
  return escaped === "@" && /[+\-.\w]/.test(source[at - 1] ?? "") && (/[\-\w]/.test(source[at + 2] ?? "") || (source[at + 2] === "." && /\w/.test(source[at + 3] ?? "")));
}

/** Whether `at` lies inside inline math on its line: after an odd number of dollars no backslash escapes. */
function inInlineMath(source: string, at: number): boolean {
  let dollars = 0;
  for (let i = source.lastIndexOf("\n", at) + 1; i < at; i++) if (source[i] === "$" && source[i - 1] !== "\\") dollars += 1;
  return dollars % 2 === 1;
}

/** A URL's scheme ending where a colon would follow ("https", "http", "ftp"), not a word's end ("p" of "$p"). */
const SCHEME_END = /(?:^|[^A-Za-z])(?:https?|s?ftp|file)$/i;

// What follows the apostrophe of a contraction: "s", "d", "ll", "m", "re", "ve", "t", and no letter after.
const CONTRACTION = /^(?:s|d|ll|m|re|ve|t)(?![A-Za-z])/;

/** What the source line holding `at` tells of its escapes, read once for the line. */
function escapesOfLine(walk: Walk, at: number): Walk["escapeLine"] {
  const line = walk.escapeLine;
  if (at < line.start || at >= line.end) {
    const { source } = walk;
    line.start = source.lastIndexOf("\n", at) + 1;
    const end = source.indexOf("\n", at);
    line.end = end < 0 ? source.length : end;
    const text = source.slice(line.start, line.end);
    line.dollars = !UNESCAPED_DOLLAR.test(text) && text.indexOf("\\$") !== text.lastIndexOf("\\$");
    line.backslashes = text.includes("\\\\");
    line.quotes = ESCAPED_QUOTE.test(text);
  }
  return line;
}

/**
 * Decodes the source text of a text node into `piece`: escapes of Markdown
 * syntax and the common entities are undone, container markers at the start
 * of continuation lines ("> ") skipped, and each newline handed to `onNewline`,
 * which returns the piece to continue in.
 *
 * @example
 * // An escaped underscore and an entity
 * decodeInto(walk, 0, 17, piece, () => piece); // walk.source "Gemma\\_2 &amp; co"
 * piece.text; //=> "Gemma_2 & co"
 *
 * @internal
 */
export function decodeInto(walk: Walk, from: number, to: number, piece: Piece, onNewline: (at: number) => Piece): void {
  const { source, quote } = walk;
  const raw = source.slice(from, to);
  if (!SPECIAL.test(raw)) {
    // Most text is written as it reads: no escape, entity or line break.
    piece.text += raw;
    for (let i = from; i < to; i++) piece.offsets.push(i);
    return;
  }
  let text = "";
  const offsets: number[] = [];
  let target = piece;
  const flush = () => {
    target.text += text;
    for (const o of offsets) target.offsets.push(o);
    text = "";
    offsets.length = 0;
  };
  const next = new RegExp(SPECIAL.source, "g");
  let i = from;
  while (i < to) {
    // Copy the run up to the next special character in one go.
    next.lastIndex = i - from;
    const found = next.exec(raw);
    const stop = found ? from + found.index : to;
    if (stop > i) {
      text += source.slice(i, stop);
      for (let k = i; k < stop; k++) offsets.push(k);
      i = stop;
      if (i >= to) break;
    }
    const ch = source[i]!;
    if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && source[i + 1] === "\n") i += 1;
      flush();
      let at = i + 1;
      // Skip the indentation and the blockquote markers of the next line.
      let markers = quote;
      while (at < to && (source[at] === " " || source[at] === "\t" || (source[at] === ">" && markers-- > 0))) at += 1;
      target = onNewline(at);
      i = at;
      continue;
    }
    const escaped = source[i + 1]!;
    // A backslash ending a line is a hard line break, read here from the source of an emphasis
    // inside LaTeX ("$WW^*$,\" + "$ZZ^*$": remark pairs the two stars across the break).
    // (Only inside the run: a backslash ending a paragraph is a literal one, as CommonMark reads it.)
    if (ch === "\\" && i + 1 < to && (escaped === "\n" || escaped === "\r")) {
      i += 1;
      continue;
    }
    // Two backslashes ending a line are kramdown's line break (CommonMark reads one backslash).
    if (ch === "\\" && escaped === "\\" && (i + 2 >= source.length || source[i + 2] === "\n" || source[i + 2] === "\r")) {
      i += 2;
      continue;
    }
    const quoteMark = escaped === '"' || escaped === "'";
    if (ch === "\\" && i + 1 < to && (MARKDOWN_ESCAPABLE.has(escaped) || isAutolinkEscape(source, i) || (escaped === "$" && dollarsEscaped(walk, i)) || (quoteMark && (escapesOfLine(walk, i).quotes || isEscapedContraction(source, i))) || (ASCII_PUNCTUATION.has(escaped) && backslashesEscaped(walk, i)))) {
      text += source[i + 1]!;
      offsets.push(i + 1);
      i += 2;
      continue;
    }
    if (ch === "&") {
      const match = ENTITY.exec(source.slice(i, i + 12));
      const decoded = match ? decodeEntities(match[0]) : undefined;
      if (match && decoded !== undefined && decoded !== match[0]) {
        text += decoded;
        for (let k = 0; k < decoded.length; k++) offsets.push(i);
        i += match[0].length;
        continue;
      }
    }
    text += ch;
    offsets.push(i);
    i += 1;
  }
  flush();
}
