// Raw HTML in Markdown: the text of an HTML block a clipper left (its tags dropped, a line per
// line of text, its links kept), and the inline tags the phrasing walk reads.

import { decodeEntities, referenceAt } from "../_lib/entities.js";
import type { MarkdownNode } from "./markdown-node.js";
import type { Piece, Walk } from "./piece-line.js";
import { MARKDOWN_ESCAPABLE } from "./source-text.js";

/**
 * An inline element's opening or closing tag (its slash captured), not one that closes itself.
 *
 * @internal
 */
export const INLINE_ELEMENT = /^<(\/?)(?:a|span|em|strong|b|i|sup|sub|small|mark|cite|abbr)\b[^>]*(?<!\/)>$/i;

// A tag that ends a line of text: a line break, or the start or end of a block.
const LINE_TAG = /^<\/?(?:br|p|div|li|ul|ol|tr|td|th|table|h[1-6]|section|article|header|footer|blockquote|pre|dd|dt)\b/i;

/**
 * The text of an HTML block a clipper left in the Markdown (`<div>CLJul 31,
 * 2024<br>Gemma 2…</div>`), a line per line of text: tags and comments are
 * dropped, a `<br>` or a block tag ends a line, and `<a href="…">…</a>` is a
 * link as `[…](…)` is, so a listing inside one is read with its links and
 * other text in it is reported as page text rather than lost unseen.
 * Character references are decoded, each character at the reference's
 * offset. Linear: a tag's end is looked for up to the next "<" (or, past a
 * quote, 2,000 characters), and the next "-->" is looked up once and reused
 * until passed.
 *
 * @example
 * // An HTML block `<div>CLJul 31, 2024<br><a href="https://arxiv.org/abs/2408.00118">Gemma 2</a></div>`
 * walkHtml(node, walk);
 * walk.out.map((line) => line && lineText(line)); //=> ["CLJul 31, 2024", "Gemma 2"]
 *
 * @internal
 */
export function walkHtml(node: MarkdownNode, walk: Walk): void {
  const from = node.position?.start.offset;
  const to = node.position?.end.offset;
  // Inside a block quote the source lines carry ">" markers: left out, as before.
  if (from === undefined || to === undefined || walk.quote > 0) return;
  const source = walk.source;
  // The next "-->", looked up once and reused until passed (-1: none in the block).
  let commentEnd = -2;
  // Whether the block shows a Markdown writer's escapes: a backslash escaped before anything but
  // a space (LaTeX's "\\zeta", "\\%"), or an escaped "_" or "*". Raw HTML keeps its backslashes
  // otherwise (MathJax's "\(", a norm's "\|", a line break "\\ "), and always in <pre> and <code>.
  const escaped = WRITER_ESCAPES.test(source.slice(from, to));
  let verbatim = 0;
  let pieces: Piece[] = [];
  let piece: Piece = { kind: "text", text: "", offsets: [], from, to };
  /** Ends the run of text (or link) being read at `at`, and starts the next (a link to `url`). */
  const endPiece = (at: number, url?: string) => {
    if (piece.text !== "") pieces.push({ ...piece, to: at });
    piece = url === undefined ? { kind: "text", text: "", offsets: [], from: at, to } : { kind: "link", text: "", offsets: [], url, from: at, to };
  };
  const endLine = (at: number) => {
    endPiece(at);
    if (pieces.some((p) => p.text.trim() !== "")) walk.out.push({ pieces, start: pieces[0]!.offsets[0] ?? from });
    pieces = [];
  };
  for (let at = from; at < to; ) {
    const code = source.charCodeAt(at);
    if (code === 60) {
      // A comment, or a tag: "<", a letter, "/", "!" or "?", then anything but "<" up to ">".
      if (source.startsWith("<!--", at)) {
        if (commentEnd !== -1 && commentEnd < at + 4) {
          commentEnd = source.indexOf("-->", at + 4);
          if (commentEnd >= to) commentEnd = -1;
        }
        if (commentEnd >= 0) {
          at = commentEnd + 3;
          continue;
        }
      }
      const close = /[A-Za-z/!?]/.test(source[at + 1] ?? "") ? tagEnd(source, at, to) : -1;
      if (close >= 0) {
        const tag = source.slice(at, close + 1);
        // A script or style holds no text of the page: skip to its end.
        const hidden = /^<(script|style)\b/i.exec(tag);
        if (hidden) {
          // Searched within the block only; an unclosed one ends the block, so no text is searched twice.
          const end = source.slice(close + 1, to).search(hidden[1]!.length === 6 ? /<\/script/i : /<\/style/i);
          endLine(close + 1);
          at = end < 0 ? to : close + 1 + end;
          continue;
        }
        const pre = PREFORMATTED.exec(tag);
        if (pre) verbatim = Math.max(0, verbatim + (pre[1] ? -1 : 1));
        if (LINE_TAG.test(tag.slice(0, 16))) endLine(close + 1);
        else {
          const url = anchorTarget(tag);
          if (url !== undefined) endPiece(close + 1, url);
          else if (piece.kind === "link" && CLOSING_ANCHOR.test(tag)) endPiece(close + 1);
        }
        at = close + 1;
        continue;
      }
    }
    if (code === 38) {
      const reference = referenceAt(source, at);
      if (reference && at + reference.length <= to) {
        piece.text += reference.text;
        for (let i = 0; i < reference.text.length; i++) piece.offsets.push(at);
        at += reference.length;
        continue;
      }
    }
    // Markdown written inside an HTML block, as BookStack's callouts hold it, keeps its writer's
    // escapes ("$\\zeta(2)$", "$A\_2$"): undone as in text ("\\", "\_", "\*" …, not LaTeX's "\%").
    if (code === 92 && escaped && verbatim === 0 && at + 1 < to && MARKDOWN_ESCAPABLE.has(source[at + 1]!)) {
      piece.text += source[at + 1];
      piece.offsets.push(at + 1);
      at += 2;
      continue;
    }
    if (code === 10 || code === 13) endLine(at + 1);
    else {
      piece.text += source[at];
      piece.offsets.push(at);
    }
    at += 1;
  }
  endLine(to);
}

// A tag opening or closing preformatted text (its slash captured).
const PREFORMATTED = /^<(\/?)(?:pre|code)\b/i;
const WRITER_ESCAPES = /\\\\\S|\\[_*]/;

/**
 * Where the tag opening at `at` ends (its ">"), or -1 when it is no tag: a
 * "<" comes first outside quotes, or no ">" within 2,000 characters. A ">"
 * inside a quoted attribute (`title="a > b"`) does not end it. A scan stops
 * at the next "<" outside quotes, so text is scanned again only after a
 * quote, and at most 2,000 characters.
 */
function tagEnd(source: string, at: number, to: number): number {
  let quote = 0;
  const end = Math.min(to, at + 2000);
  for (let i = at + 1; i < end; i++) {
    const code = source.charCodeAt(i);
    if (quote !== 0) {
      if (code === quote) quote = 0;
    } else if (code === 34 || code === 39) {
      quote = code;
    } else if (code === 62) {
      return i;
    } else if (code === 60) {
      return -1;
    }
  }
  return -1;
}

// An opening link tag and its target: `<a href="https://arxiv.org/abs/…">`, attributes quoted or not.
const ANCHOR = /^<a\s(?:[^>"']|"[^"]*"|'[^']*')*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')[\s\S]*>$/i;
/**
 * A closing link tag, `</a>`.
 *
 * @internal
 */
export const CLOSING_ANCHOR = /^<\/a\s*>$/i;

/**
 * The target of an opening link tag (`<a href="…">`), references decoded; `undefined` for any other tag.
 *
 * @example
 * anchorTarget('<a class="title" href="https://arxiv.org/abs/2408.00118?a=1&amp;b=2">');
 * //=> "https://arxiv.org/abs/2408.00118?a=1&b=2"
 * anchorTarget("<span>"); //=> undefined
 *
 * @internal
 */
export function anchorTarget(tag: string): string | undefined {
  const anchor = ANCHOR.exec(tag);
  return anchor ? decodeEntities(anchor[1] ?? anchor[2]!) : undefined;
}
