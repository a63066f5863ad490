// What an app appended to a line, cut off it (see `MarkdownLines.appendices`): a block id, a
// highlight's link, citation marks after a sentence.

import { arxivIdOfLine } from "../_lib/arxiv.js";
import type { PieceLine } from "./piece-line.js";
import type { RenderedLine } from "./render-line.js";

/**
 * Drops a block id ending a line (" ^Qm3vX8kT2nLp", as Dendron's "Copy Note Ref" and
 * Obsidian's block links append one) into `appendices`: it names the line, it is not
 * its text. An id has six or more letters, digits and hyphens, a digit among them.
 *
 * @example
 * // A line "We introduce Gemma 2. ^Qm3vX8kT2nLp"
 * dropBlockId(line, appendices);
 * appendices.at(-1)?.text; //=> "^Qm3vX8kT2nLp"
 *
 * @internal
 */
export function dropBlockId(line: PieceLine, appendices: RenderedLine[]): void {
  let last = line.pieces.length - 1;
  while (last > 0 && line.pieces[last]!.text === "") last -= 1;
  const piece = line.pieces[last];
  const id = piece && piece.kind === "text" && !piece.code ? BLOCK_ID.exec(piece.text) : null;
  if (!piece || !id) return;
  const cut = id.index + 1;
  appendices.push({ text: piece.text.slice(cut), offsets: piece.offsets.slice(cut), start: piece.offsets[cut]! });
  piece.text = piece.text.slice(0, id.index);
  piece.offsets = piece.offsets.slice(0, id.index);
}

// A block id ending a line, after a space: "^" and six or more letters, digits and hyphens, a digit among them.
const BLOCK_ID = / \^(?=[A-Za-z-]*\d)[A-Za-z0-9-]{6,40}[ \t]*$/;

/**
 * Where a prose line's appendix starts (see `MarkdownLines.appendices`), or -1: after a
 * sentence's end, citation marks to its end ("[2]", "[3][4]"), or a link ending the line
 * whose text is a label of a few words and whose target is no arXiv page: in brackets
 * ("([View Highlight](…))"), with tags after it ("[Open](…) #audio"), or a symbol's
 * ("[⤴️](…)", as Omnivore writes a highlight's link).
 *
 * @example
 * // A chat answer's citation marks
 * appendixAt("Gemma 2 is a family of open models.[2][3]", line); //=> 35
 *
 * @internal
 */
export function appendixAt(text: string, line: PieceLine): number {
  const citations = CITATION_MARKS.exec(text);
  if (citations) return citations.index;
  let end = line.pieces.length - 1;
  while (end > 0 && line.pieces[end]!.text.trim() === "") end -= 1;
  // Tags after the link (" #audio #to-read", as Omnivore writes a highlight's labels).
  const tagged = end > 0 && HASHTAGS.test(line.pieces[end]!.text) && line.pieces[end - 1]!.kind === "link";
  if (tagged) end -= 1;
  const inBrackets = line.pieces[end]?.text.trim() === ")";
  const link = inBrackets ? line.pieces[end - 1] : line.pieces[end];
  // (A link that is its own target, "(<https://…>)", is prose's; one of words with no
  // brackets or tags, "… cookies. [Learn more](…)", is the page's own.)
  if (link?.kind !== "link" || link.text === link.url || arxivIdOfLine(link.url ?? "") || !LINK_LABEL_WORDS.test(link.text)) return -1;
  if (!inBrackets && !tagged && /\p{L}/u.test(link.text)) return -1;
  const at = inBrackets ? text.lastIndexOf(`(${link.text})`) : text.lastIndexOf(link.text);
  return at > 0 && /[.!?]["”’)]? ?$/.test(text.slice(0, at)) ? at : -1;
}

// Hashtags, and nothing else: " #audio #to-read".
const HASHTAGS = /^(?: #[\p{L}\p{N}_/-]+)+ *$/u;

// Citation marks after a sentence's end, to the end of the line: ".[2]", ". [3][4]".
const CITATION_MARKS = /(?<=[.!?]["”’)]?) ?(?:\[\d{1,3}\])+$/;
// A link's label: one to four words ("View Highlight", "Location 1234", "Open in Reader").
const LINK_LABEL_WORDS = /^\S+(?: \S+){0,3}$/;
