// A line of pieces rendered as the text the listing parser reads: links written out or not,
// a byline's title marked, white space cleaned as `splitLines` cleans a plain line.

import { ODD_SPACES, ZERO_WIDTH } from "../parse/lines.js";
import { withoutInlineMarks } from "./inline-marks.js";
import type { Piece, PieceLine } from "./piece-line.js";

/** A line of listing text made from Markdown, with the source offset of each character. */
export interface RenderedLine {
  readonly text: string;
  /** `offsets[i]` is the 0-based offset in the Markdown source of `text[i]`. */
  readonly offsets: readonly number[];
  /** Offset where the line's content begins in the source (for empty lines). */
  readonly start: number;
}

// The characters the plain text's lines are cleaned of, as `splitLines` cleans them.
const ODD_SPACE = /* @__PURE__ */ new RegExp(`[${ODD_SPACES}]`);
const ODD_SPACE_ALL = /* @__PURE__ */ new RegExp(`[${ODD_SPACES}]`, "g");
const ZERO_WIDTH_ONE = /* @__PURE__ */ new RegExp(`[${ZERO_WIDTH}]`);
const ZERO_WIDTH_ALL = /* @__PURE__ */ new RegExp(`[${ZERO_WIDTH}]`, "g");
// Anything `clean` would change: odd or zero-width spaces, tabs, runs of spaces, outer white space.
const NEEDS_CLEANING = /* @__PURE__ */ new RegExp(`[${ODD_SPACES}${ZERO_WIDTH}\t\v\f]| {2}|^ | $`);

/**
 * Renders a line of pieces as text: `plain` keeps only the text, `marked`
 * writes links as Markdown (badges: `[Code](…)`), `byline` marks where the
 * title ends as a leading Markdown link. White space is cleaned as
 * `splitLines` cleans a plain line.
 *
 * @example
 * // A card header's badge, written out
 * render({ pieces: [header, codeLink], start: 0 }, "marked", urls).text;
 * //=> "CLJul 31, 2024[Code](https://github.com/google/gemma)"
 *
 * @internal
 */
export function render(line: PieceLine, mode: "plain" | "marked" | "byline", urls: Map<string, string>): RenderedLine {
  let text = "";
  const offsets: number[] = [];
  const put = (s: string, at: number) => {
    text += s;
    for (let i = 0; i < s.length; i++) offsets.push(at);
  };
  const putPiece = (p: Piece) => {
    text += p.text;
    for (const o of p.offsets) offsets.push(o);
  };
  const putLink = (p: Piece, url: string) => {
    put("[", p.from);
    putPiece(p);
    put(`](${escapeUrl(url, urls)})`, Math.max(p.from, p.to - 1));
  };
  let pieces = line.pieces;
  if (pieces.length === 1 && (mode === "plain" || pieces[0]!.kind !== "link") && (mode !== "byline" || !EMPHASIS_MARK.test(pieces[0]!.text))) {
    // One run of text, the common case: nothing to join.
    return withoutInlineMarks(clean(pieces[0]!.text, pieces[0]!.offsets, line.start));
  }
  let titleEnd = -1;
  if (mode === "byline") {
    pieces = withUnclosedStrong(pieces);
    titleEnd = titlePieces(pieces);
  }
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    if (mode === "byline" && i <= titleEnd) {
      if (i === titleEnd) {
        // The title: one link or emphasis piece, or the text before a linked first author.
        const single = pieces.slice(0, i + 1).filter((q) => q.text.trim() !== "");
        if (single.length === 0) continue;
        if (single.length === 1 && single[0]!.kind === "link") {
          putLink(single[0]!, single[0]!.url!);
        } else {
          const first = single[0]!;
          put("[", first.from);
          for (const q of single) putPiece(q);
          put("]()", p.to);
        }
      }
      continue;
    }
    if (mode === "marked" && p.kind === "link") putLink(p, p.url!);
    else putPiece(p);
  }
  return withoutInlineMarks(clean(text, offsets, line.start));
}

/**
 * A byline whose title is set in bold or italics that CommonMark left
 * unclosed: a closing "**" or "*" after punctuation and before a letter
 * does not close ("**… Vectors (TCAV)**Been Kim, …", as chat apps write
 * bold; "**[Title](…)**Lingjiao Chen, …", as note apps bold a link), nor
 * does a "_" or "__" between two letters ("_…on PlanBench_Karthik
 * Valmeekam, …", as Turndown writes italics), so the marks stay in the
 * text. Such a title is read as the emphasis or the link it was meant to
 * be; other bylines are returned as they are.
 */
function withUnclosedStrong(pieces: Piece[]): Piece[] {
  let first = 0;
  while (first < pieces.length - 1 && pieces[first]!.kind === "text" && pieces[first]!.text.trim() === "") first += 1;
  const lead = pieces[first];
  const mark = lead?.kind === "text" ? EMPHASIS_MARK.exec(lead.text)?.[0] : undefined;
  if (!lead || mark === undefined) return pieces;
  const size = mark.length;
  // Marks around a title link: "**[Title](https://arxiv.org/abs/…)**Lingjiao Chen, …".
  const link = pieces[first + 1];
  const after = pieces[first + 2];
  if (lead.text === mark && link?.kind === "link" && after?.kind === "text" && after.text.startsWith(mark) && GLUED_AUTHOR.test(after.text.slice(size))) {
    const rest: Piece = { ...after, text: after.text.slice(size), offsets: after.offsets.slice(size) };
    return [...pieces.slice(0, first), link, rest, ...pieces.slice(first + 3)];
  }
  // The last mark closes: an inner one may be escaped text ("_snake\_case … PlanBench_Karthik").
  const close = lead.text.lastIndexOf(mark);
  // Marked text: no space just inside either mark, and the authors glued right after it.
  if (close <= size || /\s/.test(lead.text[size]!) || /\s/.test(lead.text[close - 1]!) || !GLUED_AUTHOR.test(lead.text.slice(close + size))) return pieces;
  const title: Piece = { kind: "emphasis", text: lead.text.slice(size, close), offsets: lead.offsets.slice(size, close), from: lead.from, to: lead.offsets[close + size - 1]! + 1 };
  const rest: Piece = { kind: "text", text: lead.text.slice(close + size), offsets: lead.offsets.slice(close + size), from: title.to, to: lead.to };
  return [...pieces.slice(0, first), title, rest, ...pieces.slice(first + 1)];
}

// The marks of bold or italics opening a text: "**", "__", "*" or "_".
const EMPHASIS_MARK = /^(?:\*\*|__|\*(?!\*)|_(?!_))/;
// An author glued to a title's closing mark: anything but a space, punctuation or another mark.
const GLUED_AUTHOR = /^[^\s,.;:!?*_]/u;

/**
 * How many leading pieces of a byline make its title, as the index of the
 * last one, or -1 when Markdown does not say where the title ends. It does
 * when the byline opens with a link or emphasis followed by more text, or
 * when the authors are links and the title is the text before the first.
 */
function titlePieces(pieces: readonly Piece[]): number {
  let first = 0;
  while (first < pieces.length && pieces[first]!.kind === "text" && pieces[first]!.text.trim() === "") first += 1;
  const lead = pieces[first];
  if (!lead) return -1;
  const rest = pieces.slice(first + 1).some((p) => p.text.trim() !== "");
  // (A link's text may hold brackets that pair up, "The ALPINE-ALMA [CII] survey", which the
  // parser's reading of `[text](url)` pairs too; not a lone one.)
  if (lead.kind !== "text") return rest && bracketsPair(lead.text) ? first : -1;
  const link = pieces.findIndex((p) => p.kind === "link");
  if (link <= first) return -1;
  const title = pieces.slice(0, link).map((p) => p.text).join("");
  const after = pieces[link + 1]?.text ?? "";
  // "Gemma 2[Gemma Team](/a), [Morgane Riviere](/b)": a linked first author followed by
  // the author-list grammar (a comma, "et al.", " · ", or nothing).
  if (/[[\]]/.test(title) || !/^\s*(?:,|et al|·|$)/.test(after)) return -1;
  return pieces.slice(0, link).some((p) => p.kind !== "text") ? -1 : link - 1;
}

/** Whether every "[" in `text` is closed by a "]" after it, and every "]" closes one. */
function bracketsPair(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === "[") depth += 1;
    else if (ch === "]" && --depth < 0) return false;
  }
  return depth === 0;
}

/** A link target the parser's `[text](url)` reading accepts: no spaces or parentheses. */
function escapeUrl(url: string, urls: Map<string, string>): string {
  if (!/[\s()]/.test(url)) return url;
  const escaped = url.replace(/[\s()]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
  urls.set(escaped, url);
  return escaped;
}

/** Cleans a rendered line as `splitLines` cleans a plain one: odd spaces, outer and repeated white space. */
function clean(text: string, offsets: number[], start: number): RenderedLine {
  if (!NEEDS_CLEANING.test(text)) return { text, offsets, start: offsets[0] ?? start };
  let out = "";
  const outOffsets: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < text.length; i++) {
    let ch = text[i]!;
    if (ZERO_WIDTH_ONE.test(ch)) continue;
    if (ODD_SPACE.test(ch)) ch = " ";
    if (ch === " " || ch === "\t" || ch === "\v" || ch === "\f") {
      if (pendingSpace < 0) pendingSpace = offsets[i]!;
      continue;
    }
    if (pendingSpace >= 0 && out !== "") {
      out += " ";
      outOffsets.push(pendingSpace);
    }
    pendingSpace = -1;
    out += ch;
    outOffsets.push(offsets[i]!);
  }
  return { text: out, offsets: outOffsets, start: outOffsets[0] ?? start };
}

/**
 * Text with odd spaces plain and zero-width ones gone, as the parser reads a line.
 *
 * @example
 * asParsed("CL\u200bJul\u00a031, 2024"); //=> "CLJul 31, 2024"
 *
 * @internal
 */
export function asParsed(text: string): string {
  return text.replace(ODD_SPACE_ALL, " ").replace(ZERO_WIDTH_ALL, "");
}

