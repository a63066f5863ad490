// From an mdast tree back to listing lines. The parser proper reads lines of
// text; this module makes them out of a Markdown tree, taking the text as
// written in the source (so each character keeps its offset there) and only
// the structure from remark: blocks, soft and hard breaks, links, emphasis.
import { arxivIdOfLine } from "../_lib/arxiv.js";
import { CLEAN_NAME_SCORE } from "../parse/byline.js";
import { categoryCodes, codeBadgeLine, findEmbeddedHeader, parseHeader } from "../parse/header.js";
import { nameScore } from "../parse/names.js";
import { endsLikeByline, isAuthorListLine, readsAsByline } from "../parse/wrapped-byline.js";
import { appendixAt, dropBlockId } from "./appendix.js";
import { splitFlatCard } from "./flat-card.js";
import { ATTRIBUTE_LIST } from "./attributes.js";
import { opensInMath } from "./inline-math.js";
import type { MarkdownNode } from "./markdown-node.js";
import { type Piece, type PieceLine, type Walk, lineText, pieceSlice } from "./piece-line.js";
import { holdsCardHeader, tableLines, tableRows } from "./pipe-table.js";
import { anchorTarget, CLOSING_ANCHOR, INLINE_ELEMENT, walkHtml } from "./raw-html.js";
import { asParsed, type RenderedLine, render } from "./render-line.js";
import { decodeInto } from "./source-text.js";

/** The lines of a Markdown document, ready for the listing parser. */
export interface MarkdownLines {
  /** One per listing line; blank lines have empty text. */
  readonly lines: RenderedLine[];
  /** Link targets as the parser saw them (spaces and parentheses escaped) → as written. */
  readonly urls: ReadonlyMap<string, string>;
  /** Block properties of an outliner's note ("collapsed:: true"), left out of `lines`. */
  readonly properties: readonly RenderedLine[];
  /** The reader's own markup ("==…==", "`…`" lines, ":::" fences), left out of `lines`. */
  readonly notes: readonly RenderedLine[];
  /**
   * What an app appended to a line of prose, cut off it: citation marks after a sentence
   * ("[2]", as chat answers write them), a highlight's link in brackets (" ([View
   * Highlight](…))", as Readwise exports write it) or with tags after it (" [⤴️](…)
   * #audio", as Omnivore's does).
   */
  readonly appendices: readonly RenderedLine[];
  /**
   * Line breaks read otherwise than as written, each with the card header it concerns and
   * its offset: one inside a header a converter wrapped at its date's space ("AINov" +
   * "27[Code](…)", as html2text wraps a mail at 78 columns), read as a space; or a literal
   * "\\n" in a line that opens with a card header (Outline's Markdown download), read as a
   * line break (`literal`, the offset its backslash's).
   */
  readonly breaks: readonly ReadBreak[];
}

/** A line break read otherwise than as written (see `MarkdownLines.breaks`). */
export interface ReadBreak {
  readonly header: string;
  readonly at: number;
  readonly literal: boolean;
}

// The alternative text of an image that is a badge: one capitalised word ("Code", "GitHub").
const BADGE_ALT = /^[A-Z][A-Za-z0-9+]{0,30}$/;

/**
 * Turns a Markdown tree into listing lines: each paragraph line, list item
 * line, heading ("# …", read as page text unless it is a card header) and
 * code block line becomes a line, an HTML block gives the lines of its text
 * (see `walkHtml`), a blank line in the source between blocks becomes a
 * blank line, items of a list are apart as paragraphs are, and tables,
 * images and definitions are left out. An Obsidian callout's marker
 * ("> [!note]") is dropped; a Logseq block property line ("collapsed::
 * true") and a line of the reader's own markup ("==…==", a line of inline
 * code, a ":::" fence) are left out and returned apart. Header lines keep their
 * `[Code](…)` badges as Markdown, the line after a header (the byline) keeps
 * its title link, or marks a bold title or linked authors as `[Title]()`, so
 * the parser knows where the title ends; other lines are plain text.
 *
 * @param tree - the mdast root remark-parse made of `source`
 * @param source - the Markdown text
 * @returns the lines, each character with its offset in `source`
 *
 * @example
 * // A bold title ends where the bold ends
 * markdownLines(tree, "CLJul 31, 2024\n**Gemma 2**Gemma Team, Morgane Riviere").lines.map((l) => l.text);
 * //=> ["CLJul 31, 2024", "[Gemma 2]()Gemma Team, Morgane Riviere"]
 */
export function markdownLines(tree: MarkdownNode, source: string): MarkdownLines {
  const definitions = new Map<string, string>();
  collectDefinitions(tree, definitions);
  const walked: (PieceLine | undefined)[] = [];
  walkBlock(tree, { source, definitions, out: walked, quote: 0, escapeLine: { start: -1, end: -1, dollars: false, backslashes: false, quotes: false }, mathScan: { start: -1, end: -1, spans: [], next: 0, blockFrom: -1, blockTo: -1 } });
  const breaks: ReadBreak[] = [];
  const appendices: RenderedLine[] = [];
  const pieceLines = source.includes("\\n") ? withLiteralBreaks(walked, breaks) : walked;
  if (source.includes(" ^")) for (const line of pieceLines) if (line && !line.verbatim) dropBlockId(line, appendices);
  const urls = new Map<string, string>();
  const lines: RenderedLine[] = [];
  const properties: RenderedLine[] = [];
  const notes: RenderedLine[] = [];
  let afterHeader = false;
  // The line before ended in a header glued to other text: only a line shaped like a byline is one.
  let afterEmbeddedHeader = false;
  for (let index = 0; index < pieceLines.length; index++) {
    let line = pieceLines[index];
    if (!line) {
      lines.push({ text: "", offsets: [], start: lines.at(-1)?.start ?? 0 });
      continue;
    }
    const unwrapped = joinWrappedHeader(line, pieceLines[index + 1], source);
    if (unwrapped) {
      line = unwrapped.line;
      breaks.push({ header: unwrapped.text, at: unwrapped.at, literal: false });
      index += 1;
    }
    // An Obsidian callout's marker ("> [!note] CLJul 31, 2024") is no part of the line's text.
    const first = line.pieces[0];
    const callout = line.quoted && first?.kind === "text" ? CALLOUT.exec(first.text) : null;
    if (first && callout) {
      const rest = { ...first, text: first.text.slice(callout[0].length), offsets: first.offsets.slice(callout[0].length) };
      line = { ...line, pieces: rest.text === "" ? line.pieces.slice(1) : [rest, ...line.pieces.slice(1)] };
      if (line.pieces.length === 0) continue;
    }
    // A card header the page set as a heading ("### CLJul 31, 2024[Code](…)") is a header, not
    // page text; a heading that is only a date ("## Nov 26, 2026", a note's) stays page text.
    // So is a byline set as a heading right under its card's header ("## CLOct 4, 1999" then
    // "### [Title](…)Author", as an outliner's export nests a card's lines).
    if (line.heading) {
      const bare = { pieces: line.pieces.slice(1), start: line.start };
      if (afterHeader || isCardHeader(render(bare, "marked", urls).text) || isCardHeader(render(bare, "plain", urls).text)) line = bare;
    }
    const plain = render(line, "plain", urls);
    // An outliner's block property ("collapsed:: true", "id:: 6745b2c1-…") in a block, or a page
    // property above all text ("tags:: papers"), is the note's, not the page's; elsewhere such a
    // line is prose ("foo:: bar as in Haskell").
    if (BLOCK_PROPERTY.test(plain.text) && (line.listed || !lines.some(hasText))) {
      properties.push(plain);
      continue;
    }
    // A line the reader highlighted whole ("==Not ours: forward it.==", as Obsidian and Bear
    // mark text) or set whole as code ("`Lena presents on Dec 3`") is their own note, and a
    // container fence (":::info", ":::", as HackMD, Docusaurus and Pandoc write them, or a
    // Discourse BBCode block tag alone on its line, "[details=\"Abstract\"]", "[/quote]") their
    // note's markup, never a card's: it is left out, a blank line in its place, and
    // reported; a header before it still waits for its byline.
    if (NOTE_LINE.test(plain.text) || isCodeLine(line)) {
      notes.push(plain);
      if (lines.length > 0 && lines.at(-1)!.text !== "") lines.push({ text: "", offsets: [], start: plain.start });
      continue;
    }
    // Only a line with a link reads differently with links written out.
    const marked = line.pieces.some((p) => p.kind === "link") ? render(line, "marked", urls) : plain;
    if (marked.text === "") {
      lines.push(marked);
      continue;
    }
    const titleAt = headerBeforeTitleLink(line, pieceLines[index + 1], urls, afterHeader);
    let bylineAt: number | undefined;
    if (titleAt !== undefined) {
      // A header glued to the title's link ("hep-phMar 2, 2020[Title](https://arxiv.org/abs/…)"),
      // the authors on the next line, as converters that drop the break between blocks write a
      // card: the header, then the byline, its title kept a link.
      lines.push(render({ ...line, pieces: line.pieces.slice(0, titleAt) }, afterHeader ? "marked" : "plain", urls));
      lines.push(render({ ...line, pieces: line.pieces.slice(titleAt), start: line.pieces[titleAt]!.from }, "marked", urls));
      afterHeader = false;
    } else if ((bylineAt = headerThenByline(line)) !== undefined) {
      // A card's header and its whole byline on one line ("CLDec 18, 2023 [Title](…)[Quan Nguyen](…), …",
      // as a converter that joins a printed page's text blocks writes a card): the two lines, the
      // title kept a link.
      lines.push(render({ ...line, pieces: line.pieces.slice(0, bylineAt) }, "marked", urls));
      lines.push(render({ ...line, pieces: line.pieces.slice(bylineAt), start: line.pieces[bylineAt]!.from }, "byline", urls));
      afterHeader = false;
    } else if (parseHeader(marked.text)) {
      lines.push(marked);
      afterHeader = true;
    } else if (marked !== plain && parseHeader(plain.text)) {
      lines.push(plain);
      afterHeader = true;
    } else if (afterHeader && codeBadgeLine(marked.text) !== undefined) {
      // The Code badge alone under a header: the header's (the parser reads it so); the byline is next.
      lines.push(marked);
    } else if (afterHeader || (afterEmbeddedHeader && opensLikeByline(line) && !arxivIdOfLine(marked.text))) {
      // A card a converter flattened into one line is cut back into its badge, byline and abstract.
      const flat = splitFlatCard(line);
      if (flat.badge) lines.push(render(flat.badge, "marked", urls));
      lines.push(render(flat.byline, "byline", urls));
      if (flat.abstract) lines.push(render(flat.abstract, "plain", urls));
      afterHeader = false;
      afterEmbeddedHeader = false;
    } else {
      // A line that only points at arXiv keeps its links, so the parser can read the id.
      const text = arxivIdOfLine(marked.text) ? marked : plain;
      // What an app puts after a highlight or a chat answer's sentence is its own: a link to
      // the highlight ("… text. ([View Highlight](https://read.readwise.io/…))"), citation marks
      // ("… text.[2][3]"). It is left out and reported.
      // (Only at the end of a paragraph, or before a card's header: "[12]" ending a line inside
      // one is the next line's prose.)
      const found = text === plain ? appendixAt(plain.text, line) : -1;
      const next = found > 0 ? pieceLines[index + 1] : undefined;
      const cut = found > 0 && (next === undefined || isCardHeader(lineText(next).trim())) ? found : -1;
      if (cut > 0) {
        lines.push({ text: plain.text.slice(0, cut).trimEnd(), offsets: plain.offsets.slice(0, cut), start: plain.start });
        appendices.push({ text: plain.text.slice(cut).trim(), offsets: plain.offsets.slice(cut), start: plain.offsets[cut]! });
      } else {
        lines.push(text);
      }
      // A header glued to the end of the text before it ("… page.CLJul 31, 2024"): the next line may be its byline.
      const embedded = findEmbeddedHeader(plain.text);
      afterEmbeddedHeader = embedded !== undefined && embedded.bylineOffset === undefined;
    }
  }
  return { lines, urls, properties, notes, appendices, breaks };
}

/**
 * Lines whose parts a writer joined with a literal "\n" (a backslash and an "n", as
 * Outline's Markdown download writes a card pasted as one paragraph: "CLFeb 2\n[Kimi
 * K2.5](…)Kimi Team, …\nWe introduce …"), split there, when what comes before the
 * first is a card header. TeX's control words that start so ("$\nu_\mu$", "\neq",
 * "\newline") stay. Each split is recorded in `breaks`.
 */
function withLiteralBreaks(lines: readonly (PieceLine | undefined)[], breaks: ReadBreak[]): (PieceLine | undefined)[] {
  const out: (PieceLine | undefined)[] = [];
  for (const line of lines) {
    const ats: number[] = [];
    const parts = line && !line.verbatim ? splitAtLiteralBreaks(line, ats) : undefined;
    const first = parts?.[0];
    const head = first && lineText(first).replace(TASK_BOX, "").trim();
    if (!parts || parts.length < 2 || !isCardHeader(asParsed(head ?? ""))) {
      out.push(line);
      continue;
    }
    for (const at of ats) breaks.push({ header: head!, at, literal: true });
    out.push(...parts);
  }
  return out;
}

/** A line's pieces cut at each literal "\\n" in plain text (see `LITERAL_BREAK`, `withLiteralBreaks`), the backslashes' offsets into `ats`. */
function splitAtLiteralBreaks(line: PieceLine, ats: number[]): PieceLine[] | undefined {
  if (!line.pieces.some((p) => p.kind === "text" && !p.code && p.text.includes("\\n"))) return undefined;
  const parts: PieceLine[] = [{ ...line, pieces: [] }];
  for (const piece of line.pieces) {
    let from = 0;
    if (piece.kind === "text" && !piece.code) {
      LITERAL_BREAK.lastIndex = 0;
      for (let found = LITERAL_BREAK.exec(piece.text); found; found = LITERAL_BREAK.exec(piece.text)) {
        // (Not inside inline math, "$\ncong$": an odd number of dollars before it in the piece.)
        if (/^\p{Ll}/u.test(piece.text.charAt(found.index + 2)) && (piece.text.slice(from, found.index).split("$").length - 1) % 2 === 1) continue;
        if (found.index > from) parts.at(-1)!.pieces.push(pieceSlice(piece, from, found.index));
        ats.push(piece.offsets[found.index]!);
        from = found.index + 2;
        const start = piece.offsets[from] ?? piece.to;
        parts.push({ pieces: [], start, ...(line.quoted ? { quoted: true as const } : {}), ...(line.listed ? { listed: true as const } : {}) });
      }
    }
    if (from === 0) parts.at(-1)!.pieces.push(piece);
    else if (from < piece.text.length) parts.at(-1)!.pieces.push(pieceSlice(piece, from, piece.text.length));
  }
  return parts;
}

// A literal backslash and "n", but not TeX's control words that start so ("\nu", "\neq", "\newline").
const LITERAL_BREAK = /\\n(?!(?:u|e|eq|i|ot|otin|abla|ewline|oindent|ewpage|ewcommand|onumber|atural|leq|geq|mid|exists|subseteq|olimits|ormalsize)(?![A-Za-z]))/g;

/**
 * A card header wrapped at its date's space by a converter ("AINov" + "27[Code](…)",
 * "CLNov 18," + "2021"): a line of a code and a month (and a day) that is no header, whose
 * paragraph goes on, after a soft break, with the rest of one. Returns the two lines as one,
 * the break read as a space, or `undefined`.
 */
function joinWrappedHeader(
  line: PieceLine,
  next: PieceLine | undefined,
  source: string,
): { line: PieceLine; text: string; at: number } | undefined {
  if (!next || line.heading || next.heading) return undefined;
  const head = lineText(line);
  const plainHead = asParsed(head).trim();
  if (head.length > 30 || !WRAPPED_HEADER_START.test(plainHead) || parseHeader(plainHead)) return undefined;
  const last = line.pieces.map((p) => p.offsets.at(-1)).filter((o) => o !== undefined).at(-1);
  const first = next.pieces.find((p) => p.offsets.length > 0)?.offsets[0];
  const gap = last === undefined || first === undefined ? "" : source.slice(last + 1, first);
  if (!SOFT_BREAK_GAP.test(gap)) return undefined;
  const text = asParsed(`${head.trim()} ${lineText(next).trim()}`);
  if (!isCardHeader(text)) return undefined;
  const at = last! + 1 + gap.search(/\r?\n/);
  const space: Piece = { kind: "text", text: " ", offsets: [at], from: at, to: at + 1 };
  return { line: { ...line, pieces: [...line.pieces, space, ...next.pieces] }, text, at };
}

// What a wrapped header's first line holds: a code glued to a month, and perhaps a day and a comma.
const WRAPPED_HEADER_START =
  /^[A-Za-z][A-Za-z.-]{0,15}(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?(?: ?\d{1,2},?)?$/;
// A soft break between two lines of a paragraph (in a block quote, its markers after it); not a
// hard one, two spaces or a tab ending the line.
const SOFT_BREAK_GAP = /^ ?\r?\n[ \t>]*$/;

/** Whether a rendered line holds text. */
function hasText(line: RenderedLine): boolean {
  return line.text !== "";
}

/** Link reference definitions, by normalised identifier. */
function collectDefinitions(node: MarkdownNode, into: Map<string, string>): void {
  if (node.type === "definition" && node.identifier && node.url !== undefined) {
    if (!into.has(node.identifier)) into.set(node.identifier, node.url);
    return;
  }
  for (const child of node.children ?? []) collectDefinitions(child, into);
}

/** Walks a block node, appending its lines. */
function walkBlock(node: MarkdownNode, walk: Walk): void {
  switch (node.type) {
    case "paragraph": {
      const first = walk.out.length;
      walkPhrasing(node, walk);
      // A table of cards is read cell by cell; any other table (a reading log) stays its lines of page text.
      const rows = tableRows(walk, first);
      const isCard = (cell: PieceLine | undefined) => cell !== undefined && holdsCardHeader(lineText(cell).trim());
      // (The header row is read cell by cell only if it holds a card: a row of column names stays one line.)
      const cells = rows && tableLines(rows, walk.source, tableLines(rows.slice(0, 1), walk.source, true).some(isCard));
      if (cells?.some(isCard)) {
        walk.out.length = first;
        for (const cell of cells) walk.out.push(cell);
      } else if (!rows) {
        dropLineBlockMarks(walk.out, first);
      }
      return;
    }
    case "heading": {
      const at = node.position?.start.offset ?? 0;
      // An ATX heading ("## Papers") is page text, unless it is a card header (see
      // `markdownLines`); a setext one is a paragraph with "---" under it, common
      // in clipped pages, and keeps its text.
      const atx = /^[ \t]*#/.test(walk.source.slice(at, at + 8));
      const first = walk.out.length;
      walkPhrasing(node, walk);
      if (atx && walk.out.length > first && walk.out[first]) {
        const line = walk.out[first]!;
        const hashes = "#".repeat(node.depth ?? 1) + " ";
        line.pieces.unshift({ kind: "text", text: hashes, offsets: Array.from(hashes, () => at), from: at, to: at });
        line.heading = true;
      }
      return;
    }
    case "code":
      walkCode(node, walk);
      return;
    case "html":
      walkHtml(node, walk);
      return;
    case "table":
    case "thematicBreak":
    case "definition":
    case "yaml":
    case "toml":
    case "math":
      return;
    default: {
      const children = node.children ?? [];
      const inner: Walk = node.type === "blockquote" ? { ...walk, quote: walk.quote + 1 } : node.type === "listItem" && !walk.listed ? { ...walk, listed: true } : walk;
      let previous: MarkdownNode | undefined;
      const first = walk.out.length;
      for (const child of children) {
        // A blank line between blocks is a blank line; and the items of a list, and a list
        // and the block before or after it, are apart without one, as paragraphs are: an
        // outliner's note (Logseq) puts the header, the byline, the abstract and the
        // reader's notes each in an item, a note app a reader's to-do list right under a card.
        // A "list" that is prose wrapped where a dash or a number opened a line goes on. So are a
        // fenced code block and the block before or after it: a chat's reply right under a card
        // pasted in a fence is no part of its abstract. (Not indented code: lines of a plain
        // listing indented by damage are no block of their own.) A heading's underline ends it.
        const gap = previous?.position && child.position ? child.position.start.line - previous.position.end.line : 1;
        const wraps = previous !== undefined && gap <= 1 && wrapsIntoList(walk, previous, child);
        const apart = previous !== undefined && !wraps && (gap > 1 || node.type === "list" || child.type === "list" || previous.type === "list" || isFenced(child, walk.source) || isFenced(previous, walk.source) || isSetext(previous) || isNestedQuote(node, child));
        if (apart && walk.out.length > 0 && walk.out.at(-1) !== undefined) walk.out.push(undefined);
        if (wraps) walkWrappedList(child, inner);
        else walkBlock(child, inner);
        previous = child;
      }
      // A task list item's box ("- [ ] CLJul 31, 2024", "- [x] …") is no part of its text.
      if (node.type === "listItem") dropTaskBox(walk.out[first]);
    }
  }
}

/**
 * Drops a Pandoc line block's marks ("| CCMar 8, 2012", "| Classic Nintendo Games…")
 * from the lines of a paragraph from `first` on, when its first line opens with a bar and
 * a space and holds no other bar, as a line block's does: from every line so opened (a
 * line that goes on from the one before, indented, has none; one with math may hold
 * more bars: "| We bound $|x|$").
 */
function dropLineBlockMarks(lines: (PieceLine | undefined)[], first: number): void {
  const lead = lines[first]?.pieces[0];
  if (lead?.kind !== "text" || !lead.text.startsWith("| ") || lines[first]!.pieces.some((p) => p.text.indexOf("|", p === lead ? 1 : 0) >= 0)) return;
  for (let i = first; i < lines.length; i++) {
    const line = lines[i];
    const mark = line?.pieces[0];
    if (mark?.kind === "text" && mark.text.startsWith("| ")) line!.pieces[0] = { ...mark, text: mark.text.slice(2), offsets: mark.offsets.slice(2) };
  }
}

/**
 * Whether a list right under a paragraph is the paragraph's sentence going
 * on: prose hard-wrapped where a dash, a plus or a number opened a line
 * ("… drops of 3%" + "- 15% on CIFAR-10", "… of a scene" + "- without any
 * supervision", "(Kendall et al.," + "2015) …"), which CommonMark reads as a
 * list. It is when the paragraph's last line ends no sentence ("e.g." and the
 * like end none) and neither it nor the item is a card's line (a header, or a
 * byline opening with a link or bold) or an outliner's block property; a reader's note under a finished
 * abstract ("- pasted as plain text, the link got lost") is a list.
 */
function wrapsIntoList(walk: Walk, previous: MarkdownNode, child: MarkdownNode): boolean {
  if (previous.type !== "paragraph" || child.type !== "list") return false;
  const last = walk.out.at(-1);
  // (Odd spaces as the parser will read them: "CLJul\u00a031, 2024" and "CL\u200bJul 31, 2024" are headers.)
  const whole = last ? asParsed(lineText(last)).trimEnd() : "";
  if (whole === "") return false;
  // (What an app appended to the line, "… text. ([View Highlight](…))", is no part of its prose.)
  const cut = appendixAt(whole, last!);
  // (A task item's box, "[ ] quant-phMay 7, 2014", is dropped once the item is walked.)
  const text = (cut > 0 ? whole.slice(0, cut).trimEnd() : whole).replace(TASK_BOX, "");
  let item: MarkdownNode | undefined = child;
  while (item && item.type !== "paragraph" && item.type !== "text") item = item.children?.[0];
  const at = item?.position?.start.offset;
  if (at === undefined) return false;
  const opening = asParsed(walk.source.slice(at, endOfLine(walk.source, at)));
  const endsSentence = /[.!?:]["”’)]?$/.test(text) && !/\b(?:e\.g|i\.e|cf|vs|etc|et al|resp|approx)\.$/i.test(text);
  // An outliner's block property ("collapsed:: true", "Status:: To read") ends or opens no prose
  // either; nor does a list holding a list (an outline's nodes: prose wrapped at a dash nests none).
  const nests = child.children?.some((it) => it.children?.some((c) => c.type === "list")) ?? false;
  // (Nor does a whole byline, "… et al." or "… · yorku, padova", or one right under a card's
  // header whose authors read cleanly: an outline nests a card's abstract under its byline.)
  const byline = endsLikeByline(text) || (isAfterHeader(walk.out) && readsAsByline(text));
  return !endsSentence && !nests && !parseHeader(text) && !byline && !BLOCK_PROPERTY.test(text) && !BLOCK_PROPERTY.test(opening) && !parseHeader(opening) && !/^\[|^\*\*/.test(opening);
}

/**
 * Whether the last line walked comes right after a card's header (a heading's "### " aside,
 * blank lines too), or after a header and one line that only leads into it: a title link or a
 * badge alone on its line, or a byline's first line ending in a comma.
 */
function isAfterHeader(out: readonly (PieceLine | undefined)[]): boolean {
  let between: string | undefined;
  for (let i = out.length - 2; i >= 0; i--) {
    const line = out[i];
    if (!line) continue;
    const text = asParsed(lineText(line)).replace(HEADING_MARKS, "").trim();
    if (parseHeader(text) !== undefined) return true;
    if (between !== undefined || !(text.endsWith(",") || line.pieces.every((p) => p.kind === "link" || p.text.trim() === ""))) return false;
    between = text;
  }
  return false;
}

const HEADING_MARKS = /^#{1,6}[ \t]+/;

/**
 * Walks a list that is prose wrapped at its markers (see `wrapsIntoList`):
 * each item's lines go on with no blank line, and the marker, which was the
 * prose's own dash, plus or number ("3% - 15%", "Ax + Bu", "2015)"), is put
 * back before the item's first line.
 */
function walkWrappedList(list: MarkdownNode, walk: Walk): void {
  for (const item of list.children ?? []) {
    const first = walk.out.length;
    for (const child of item.children ?? []) walkBlock(child, walk);
    const line = walk.out[first];
    const from = item.position?.start.offset;
    const to = item.children?.[0]?.position?.start.offset;
    if (!line || from === undefined || to === undefined) continue;
    const marker = walk.source.slice(from, to).trim();
    const at = walk.source.indexOf(marker, from);
    if (marker === "" || at < 0) continue;
    const text = `${marker} `;
    const offsets = Array.from(text, (_, i) => (i < marker.length ? at + i : to));
    line.pieces.unshift({ kind: "text", text, offsets, from: at, to });
  }
}

/** Whether a block is fenced code (```` ``` ```` or `~~~`), not indented code or another block. */
function isFenced(node: MarkdownNode | undefined, source: string): boolean {
  const at = node?.type === "code" ? node.position?.start.offset : undefined;
  if (at === undefined) return false;
  FENCE_AT.lastIndex = at;
  return FENCE_AT.test(source);
}

// An opening fence where a code block starts, after the markers of the block quotes it is in.
const FENCE_AT = /[ \t>]*(?:```|~~~)/y;

/**
 * Whether `child` is a block quote inside a block quote (`> > Jana's pick`, a reader's note
 * quoted under a card in a callout): apart from the block before it, as a reply is.
 */
function isNestedQuote(node: MarkdownNode, child: MarkdownNode): boolean {
  return node.type === "blockquote" && child.type === "blockquote";
}

/**
 * Whether a block is a heading underlined with "=" or "-" (a setext heading: it spans
 * more than one line, an ATX heading one): the underline ends it, and what follows is apart
 * from it, as Anytype's divider (" --- ") right under a card's abstract makes the card one.
 */
function isSetext(node: MarkdownNode): boolean {
  return node.type === "heading" && node.position !== undefined && node.position.end.line > node.position.start.line;
}

/** The lines of a code block, verbatim: a listing pasted inside ``` fences is still a listing. */
function walkCode(node: MarkdownNode, walk: Walk): void {
  const value = node.value ?? "";
  const start = node.position?.start;
  if (!start || value === "") return;
  // Fenced code starts on the line after the fence; indented code on its first line.
  let at = start.offset ?? 0;
  if (isFenced(node, walk.source)) {
    // A card header glued to the opening fence ("```IMFeb 16, 2012Code", as Slack writes a block
    // closed by a fence of its own) is the block's first line, not an info string.
    const fence = walk.source.slice(at, endOfLine(walk.source, at));
    const info = /^[ \t>]*(?:`{3,}|~{3,})[ \t]*/.exec(fence)!;
    const header = fence.slice(info[0].length).trimEnd();
    if (isCardHeader(asParsed(header))) {
      const base = at + info[0].length;
      walk.out.push({ pieces: [{ kind: "text", text: header, offsets: Array.from(header, (_, i) => base + i), from: base, to: base + header.length }], start: base });
    }
    at = nextLine(walk.source, at);
  }
  for (const text of value.split(/\r\n|\r|\n/)) {
    const lineEnd = endOfLine(walk.source, at);
    const raw = walk.source.slice(at, lineEnd);
    const found = text === "" ? -1 : raw.indexOf(text);
    const base = at + (found >= 0 ? found : 0);
    walk.out.push({ pieces: [{ kind: "text", text, offsets: Array.from(text, (_, i) => base + i), from: base, to: base + text.length }], start: base, verbatim: true });
    at = nextLine(walk.source, at);
  }
}

/** Whether a line is one inline code span and nothing else ("`Lena presents on Dec 3`"). */
function isCodeLine(line: PieceLine): boolean {
  const filled = line.pieces.filter((p) => p.text.trim() !== "");
  return filled.length === 1 && filled[0]!.code === true;
}

/** Drops a task list item's box ("[ ] ", "[x] ") from the start of its first line. */
function dropTaskBox(line: PieceLine | undefined): void {
  const piece = line?.pieces[0];
  if (!piece || piece.kind !== "text" || !TASK_BOX.test(piece.text)) return;
  piece.text = piece.text.slice(4);
  piece.offsets = piece.offsets.slice(4);
}

// The box of a GitHub-flavoured task list item, which plain CommonMark leaves as text.
const TASK_BOX = /^\[[ xX]\] /;

// The longest bracketed span read before its attributes (see `walkPhrasing`).
const MAX_SPAN = 400;
// Pandoc's or kramdown's attributes: "{.class #id key=value}", "{: .class}".
const ATTRIBUTES = /* @__PURE__ */ new RegExp(`\\{:? ?${ATTRIBUTE_LIST}\\}`, "y");

// A Logseq block property line: a name, "::", a value.
const BLOCK_PROPERTY = /^[A-Za-z][\w-]{0,40}:: \S/;

// A line highlighted whole ("==" around text that neither starts nor ends with "=" or a
// space), a container fence (":::" and what follows it), or a Discourse BBCode block tag
// ("[details=…]", "[poll type=regular]", "[/quote]"; not "[center for fuzzing]", a bracketed note).
const NOTE_LINE = /^(?:==[^\s=](?:.*[^\s=])?==|:::.*|\[\/?(?:details|quote|spoiler|poll|wrap|grid|center)(?:=[^\]\n]*| [\w-]+=[^\]\n]*)?\])$/i;

// The marker opening an Obsidian callout: "[!note]", "[!tip]-", "[!warning]+".
const CALLOUT = /^\[![A-Za-z][\w-]{0,30}\][+-]? ?/;

/** Walks the inline content of a paragraph or heading into lines. */
function walkPhrasing(node: MarkdownNode, walk: Walk): void {
  const start = node.position?.start.offset ?? 0;
  const make = (at: number): PieceLine => {
    const line: PieceLine = walk.quote > 0 ? { pieces: [], start: at, quoted: true } : { pieces: [], start: at };
    if (walk.listed) line.listed = true;
    return line;
  };
  let line = make(start);
  walk.out.push(line);
  const newLine = (at: number) => {
    line = make(at);
    walk.out.push(line);
  };
  // The target of an inline `<a href="…">` whose text has not ended yet (`Code</a>`).
  let anchorUrl: string | undefined;
  // How many inline HTML elements (`<a>`, `<span>`, `<em>` …) are open here.
  let openInline = 0;
  /**
   * Puts the source from `from` to `to` on the lines as text (see `putRun`), but for the
   * attributes Pandoc or kramdown writes after a link or a bracketed span
   * ("[Code](…){.badge .badge-code}", "[71]{.count}"), which are markup.
   */
  const putText = (from: number, to: number, afterLink = false) => {
    const { source } = walk;
    const raw = source.slice(from, to);
    let start = from;
    for (let i = raw.indexOf("{"); i >= 0; i = raw.indexOf("{", i + 1)) {
      const at = from + i;
      if (at < start || (at === from ? !afterLink : source.charCodeAt(at - 1) !== 93)) continue;
      ATTRIBUTES.lastIndex = at;
      if (!ATTRIBUTES.test(source) || ATTRIBUTES.lastIndex > to) continue;
      // A bracketed span ("[Candy Crush is NP-hard]{.paper-title}Toby Walsh") is marked text,
      // as emphasis is: a title set so ends there.
      // (Back from the "]" to its "[", no further than this run, another "]" or MAX_SPAN characters:
      // linear. A span may wrap, as Pandoc wraps at 72 columns: "[Ailin Huang," + "Ang Li]{.authors}".)
      let open = at - 2;
      while (open >= start && at - open < MAX_SPAN && source[open] !== "[" && source[open] !== "]") open -= 1;
      if (open >= start && source[open] === "[" && source[open - 1] !== "\\") {
        if (open > start) putRun(start, open);
        const span: Piece = { kind: "emphasis", text: "", offsets: [], from: open, to: at };
        // (A line break inside the span is a space in it.)
        decodeInto(walk, open + 1, at - 1, span, (next) => {
          span.text += " ";
          span.offsets.push(next);
          return span;
        });
        line.pieces.push(span);
      } else if (at > start) putRun(start, at);
      start = ATTRIBUTES.lastIndex;
    }
    if (start < to) putRun(start, to);
  };
  /** Puts the source from `from` to `to` on the lines as text, a new line at each line break. */
  const putRun = (from: number, to: number) => {
    let piece: Piece = anchorUrl === undefined ? { kind: "text", text: "", offsets: [], from, to } : { kind: "link", text: "", offsets: [], url: anchorUrl, from, to };
    line.pieces.push(piece);
    decodeInto(walk, from, to, piece, (at) => {
      // (Inside an inline HTML element a line break is a space: Pandoc wraps "<a href=…>LongCat-Video"
      // + "Technical Report</a><span class=authors>…" at 72 columns.)
      if (openInline > 0) {
        piece.text += " ";
        piece.offsets.push(at);
        return piece;
      }
      newLine(at);
      piece = { kind: "text", text: "", offsets: [], from: at, to };
      line.pieces.push(piece);
      return piece;
    });
  };
  /**
   * Puts text as `putText` does, but for links written as Slack writes them, "<url|label>"
   * ("<https://arxiv.org/abs/…|Title>Ada Lovelace", "CLMay 1, 2017<https://github.com/…|Code>"),
   * which are links (one whose label has no space reads as an autolink: see `slackLink`).
   */
  const putSlackLinks = (from: number, to: number, afterLink: boolean) => {
    const { source } = walk;
    // Whether `at` opens its line: after a line break in this run, or at the run's start on a
    // line with no text yet; past list and quote markers and a task box. (A bounded look back:
    // a scan to the line's start per wikilink is quadratic on a long line.)
    const opensLine = (at: number) => {
      const head = source.slice(Math.max(from, at - 16), at);
      const found = WIKILINK_LEAD.exec(head);
      return found !== null && (found[0].startsWith("\n") || (at - head.length === from && line.pieces.every((p) => p.text.trim() === "")));
    };
    let start = from;
    const run = source.slice(from, to);
    if (run.includes("|") || run.includes("[[")) {
      // (Searched within this run only: a search to the end of the source per run is quadratic.)
      TEXT_LINK.lastIndex = 0;
      for (let match = TEXT_LINK.exec(run); match; match = TEXT_LINK.exec(run)) {
        const at = from + match.index;
        const end = at + match[0].length;
        // (A wikilink counts only opening a line with a name glued after it: a title linked to a
        // note, "[[Muon is Scalable for LLM Training|paper.2025.muon-scalable]]Jingyuan Liu".
        // Elsewhere, "Owner:: [[Mira Okafor]]", it is the note's text and stays as written.)
        if (match[1] === undefined && (!/^\p{Lu}/u.test(source.slice(end, end + 1)) || !opensLine(at))) continue;
        if (at > start) putText(start, at, start === from && afterLink);
        let piece: Piece;
        if (match[1] !== undefined) {
          piece = { kind: "link", text: "", offsets: [], url: match[1], from: at, to: end };
          decodeInto(walk, at + match[1].length + 2, end - 1, piece, () => piece);
        } else {
          // It shows its alias: the part after the bar (Obsidian's "[[note|alias]]"), or
          // the part before it when the part after is a note's path (Dendron's "[[alias|a.b.c]]").
          const [first, second] = [match[3]!, match[4]];
          const shown = second === undefined || (NOTE_PATH.test(second) && !NOTE_PATH.test(first)) ? first : second;
          const shownAt = shown === first ? at + 2 : at + 3 + first.length;
          piece = { kind: "emphasis", text: "", offsets: [], from: at, to: end };
          decodeInto(walk, shownAt, shownAt + shown.length, piece, () => piece);
        }
        line.pieces.push(piece);
        start = end;
      }
    }
    if (start < to) putText(start, to, start === from && afterLink);
  };
  // The node before was a link or an image, after which attributes may stand.
  let afterLink = false;
  const walkInline = (children: readonly MarkdownNode[]) => {
    for (const child of children) {
      const from = child.position?.start.offset ?? 0;
      const to = child.position?.end.offset ?? from;
      const linkBefore = afterLink;
      afterLink = child.type === "link" || child.type === "linkReference" || child.type === "image" || child.type === "imageReference";
      // A link around a whole card, its parts parted by hard breaks (Firecrawl saves a card that
      // is one link so: "[CLFeb 10, 2025\", "\", "Title…Authors\", …, "Abstract…](…)"): its
      // lines are the card's, not one link's text.
      if (child.type === "link" && opensCardLink(child)) {
        walkInline(child.children ?? []);
        continue;
      }
      if (child.type === "link" && walk.source[from] === "<" && walk.source[from - 1] === " " && putMailLink(line, child.url ?? "", walk.source.slice(to, to + 8))) continue;
      switch (child.type) {
        case "text":
          putSlackLinks(from, to, linkBefore);
          break;
        case "break":
          newLine(to);
          break;
        case "html": {
          const value = child.value ?? "";
          const inline = INLINE_ELEMENT.exec(value);
          if (inline) openInline = Math.max(0, openInline + (inline[1] ? -1 : 1));
          if (/^<br\s*\/?>$/i.test(value)) newLine(to);
          else if (CLOSING_ANCHOR.test(value)) anchorUrl = undefined;
          else anchorUrl = anchorTarget(value) ?? anchorUrl;
          break;
        }
        case "link":
        case "linkReference":
        case "emphasis":
        case "strong":
        case "delete": {
          // "_" or "*" inside LaTeX ("$\theta_{13}$ … $x_{i}$") is no emphasis: its source is text.
          if (child.type !== "link" && child.type !== "linkReference" && opensInMath(walk, from)) {
            putText(from, to);
            break;
          }
          const piece = inlinePiece(child, walk, from, to);
          if (piece) line.pieces.push(piece);
          break;
        }
        case "inlineCode": {
          const text = (child.value ?? "").replace(/\n/g, " ");
          line.pieces.push({ kind: "text", text, offsets: Array.from(text, () => from), from, to, code: true });
          break;
        }
        case "image": {
          // "Live![Linghao Zhang](…/a/linghao-zhang)": a title ending in "!" glued to a linked
          // author reads as an image. One glued to a word's letter or digit, whose text reads
          // as a person's whole name and whose target is no picture, is that.
          const alt = child.alt ?? "";
          if (/[\p{L}\p{N}]/u.test(walk.source[from - 1] ?? "") && nameScore(alt) >= CLEAN_NAME_SCORE && !PICTURE_URL.test(child.url ?? "")) {
            line.pieces.push({ kind: "text", text: "!", offsets: [from], from, to: from + 1 });
            line.pieces.push({ kind: "link", text: alt, offsets: Array.from(alt, (_, k) => from + 2 + k), url: child.url ?? "", from: from + 1, to });
          }
          break;
        }
        default:
          // Other images, footnote references and the like carry no listing text.
          break;
      }
    }
  };
  // Math is paired within this paragraph or heading (see `opensInMath`), not across blocks.
  const scan = walk.mathScan;
  const { blockFrom, blockTo } = scan;
  scan.blockFrom = start;
  scan.blockTo = node.position?.end.offset ?? start;
  scan.start = scan.end = -1;
  walkInline(node.children ?? []);
  scan.blockFrom = blockFrom;
  scan.blockTo = blockTo;
  scan.start = scan.end = -1;
}

/**
 * Reads a link a mail app wrote as text and its target in angle brackets, " <url>" (Gmail's
 * plain-text part: "Title <https://arxiv.org/abs/…>Ada Lovelace, …", "CLMay 1, 2017Code
 * <https://github.com/…>", "Ada Lovelace <https://site/a/ada>, …"), as the link it was, on
 * `line`, whose last piece is the text before it: a target glued to a name after it links
 * the line's text before it (a title, its authors glued on); one after a card header's
 * "Code" links that badge; one after a name that an author list goes on from (", " and a
 * capital, " ·", " et al." or the line's end after a comma) is an author's page and left
 * out. Returns whether it read the link so; other angle-bracket links ("on GitHub
 * <https://…>.", "LLaMA <https://…>and") stay text.
 */
function putMailLink(line: PieceLine, url: string, after: string): boolean {
  const before = line.pieces.at(-1);
  if (before?.kind !== "text" || !before.text.endsWith(" ") || before.code || !/^https?:/.test(url)) return false;
  const text = before.text.slice(0, -1);
  const drop = (keep: number): Piece => ({ ...before, text: text.slice(0, keep), offsets: before.offsets.slice(0, keep) });
  const all = lineText(line).slice(0, -1);
  if (GLUED_NAME.test(after) && all.trim() !== "" && line.pieces.every((p) => p.kind === "text" && !p.code)) {
    const title = line.pieces.slice(0, -1).concat(drop(text.length));
    line.pieces = [{ kind: "link", text: all, offsets: title.flatMap((p) => p.offsets), url, from: title[0]!.from, to: before.to }];
    return true;
  }
  if (text.endsWith("Code") && isCardHeader(all.trim())) {
    const at = text.length - 4;
    line.pieces[line.pieces.length - 1] = drop(at);
    line.pieces.push({ kind: "link", text: "Code", offsets: before.offsets.slice(at, at + 4), url, from: before.offsets[at]!, to: before.to });
    return true;
  }
  if (NAME_END.test(text) && (/^(?:, \p{Lu}| ·| et al\.)/u.test(after) || (/^(?:$|\n|\r)/.test(after) && all.includes(", ")))) {
    line.pieces[line.pieces.length - 1] = drop(text.length);
    return true;
  }
  return false;
}

// A link as Slack writes it, "<url|label>", or a wikilink, "[[note]]", "[[note|alias]]", on one line.
const TEXT_LINK = /<(https?:\/\/[^\s|<>]+)\|([^<>|\n]+)>|\[\[([^[\]|\n]{1,300})(?:\|([^[\]|\n]{1,300}))?\]\]/g;
// A note's path in a wikilink: lower-case words joined by dots or slashes ("paper.2025.muon-scalable", "refs/muon").
const NOTE_PATH = /^[a-z0-9_-]+(?:[./][a-z0-9_-]+)+$/;
// What may stand between a line's start (or its run's) and a wikilink opening it: markers, a task box.
const WIKILINK_LEAD = /(?:^|\n)[ \t>]*(?:\[[ xX]\] )?$/;
// The same with a label of one word, which CommonMark reads as an autolink ("<https://github.com/…|Code>").
// (Not a "label" holding "=", which goes on a query: "<https://example.com/search?q=a|b=c>".)
const SLACK_AUTOLINK = /^<(https?:\/\/[^\s|<>]+)\|([\p{L}\p{N}][^\s<>|=]*)>$/u;

// A name glued to a link's target: a capitalised word or an initial, then a space or a comma ("William Yang Wang", "A. J. Morales").
const GLUED_NAME = /^(?:\p{Lu}[\p{L}\p{M}'’-]*\.?|\p{Lo}+)[ ,]/u;
// The end of a name: a capitalised word, an initial, a suffix, or a name in a script without case.
const NAME_END = /(?:\p{Lu}[\p{Ll}\p{M}'’-]*\.?|\p{Lo}+)$/u;

// Where a picture is: a file of an image format, an image service or parameter, a badge or an avatar.
const PICTURE_URL = /\.(?:png|jpe?g|gif|svg|webp|avif|ico|bmp)(?:[?#&]|$)|shields\.io|badge|avatar|image|img|media|camo|format=|^data:/i;

/**
 * Whether a link holding a hard break is a whole card saved as one link: the text before
 * its first break is a card header ("[CLFeb 10, 2025\", …). A title link wrapped with a
 * hard break stays a link.
 */
function opensCardLink(link: MarkdownNode): boolean {
  const children = link.children ?? [];
  const cut = children.findIndex((c) => c.type === "break");
  return cut > 0 && parseHeader(children.slice(0, cut).map((c) => c.value ?? "").join("").trim()) !== undefined;
}

/** A link or an emphasis as one piece, its text flattened onto one line. */
function inlinePiece(node: MarkdownNode, walk: Walk, from: number, to: number): Piece | undefined {
  const flat: Piece = { kind: "text", text: "", offsets: [], from, to };
  flatten(node, walk, flat);
  if (flat.text.trim() === "" && (node.type === "link" || node.type === "linkReference")) {
    // A link that is only an image with a badge's name for its text is that badge
    // (`[![Code](…/code.svg)](https://github.com/…)`); an avatar or a logo is no text.
    // (Jina Reader numbers the alternative texts: "Image 2: Code".)
    const alt = (node.children?.find((c) => c.type === "image" || c.type === "imageReference")?.alt ?? "").replace(/^Image \d+: /, "");
    if (BADGE_ALT.test(alt)) {
      flat.text = alt;
      for (let i = 0; i < alt.length; i++) flat.offsets.push(from);
    }
  }
  if (flat.text.trim() === "") return undefined;
  let url: string | undefined;
  // (A Liquid target's spaces were made no-break ones for remark to read it: see `parseMarkdownListing`.)
  // A Slack link whose label has no space ("<https://github.com/…|Code>") reads as an autolink to "…|Code".
  // (Its label is read from the source, entities decoded, as any text is; a bar before what
  // cannot be a label, "<https://example.com/search?q=a|b=c>", is the target's own.)
  const slack = node.type === "link" && walk.source[from] === "<" ? SLACK_AUTOLINK.exec(walk.source.slice(from, to)) : null;
  if (slack) {
    const piece: Piece = { kind: "link", text: "", offsets: [], url: slack[1]!, from, to };
    decodeInto(walk, from + slack[1]!.length + 2, to - 1, piece, () => piece);
    return piece;
  }
  if (node.type === "link") url = (node.url ?? "").startsWith("{") ? (node.url ?? "").replaceAll("\u00a0", " ") : (node.url ?? "");
  else if (node.type === "linkReference") url = walk.definitions.get(node.identifier ?? "");
  else {
    // "**[Title](https://arxiv.org/abs/…)**": emphasis around a single link is that link.
    const inner = (node.children ?? []).filter((c) => !(c.type === "text" && (c.value ?? "").trim() === ""));
    if (inner.length === 1 && inner[0]!.type === "link") url = inner[0]!.url ?? "";
    return url === undefined ? { ...flat, kind: "emphasis" } : { ...flat, kind: "link", url };
  }
  return url === undefined ? flat : { ...flat, kind: "link", url };
}

/** Appends the text of an inline node and its descendants to `into`, newlines as spaces. */
function flatten(node: MarkdownNode, walk: Walk, into: Piece): void {
  const from = node.position?.start.offset ?? into.to;
  const to = node.position?.end.offset ?? from;
  // Text, or an emphasis inside LaTeX ("$x_{i}$ … $y_{j}$"), which is text too: its source.
  const mathMark = (node.type === "emphasis" || node.type === "strong" || node.type === "delete") && opensInMath(walk, from);
  if (node.type === "text" || mathMark) {
    decodeInto(walk, from, to, into, (at) => {
      into.text += " ";
      into.offsets.push(at);
      return into;
    });
  } else if (node.type === "inlineCode") {
    const text = (node.value ?? "").replace(/\n/g, " ");
    into.text += text;
    for (let i = 0; i < text.length; i++) into.offsets.push(from);
  } else if (node.type === "break") {
    into.text += " ";
    into.offsets.push(from);
  } else if (node.type !== "image" && node.type !== "imageReference" && node.type !== "html") {
    for (const child of node.children ?? []) flatten(child, walk, into);
  }
}

/** Offset of the start of the next line after `at`. */
function nextLine(source: string, at: number): number {
  const end = endOfLine(source, at);
  return source[end] === "\r" && source[end + 1] === "\n" ? end + 2 : end + 1;
}

/** Offset of the line break ending the line that holds `at`. */
function endOfLine(source: string, at: number): number {
  let end = at;
  while (end < source.length && source[end] !== "\n" && source[end] !== "\r") end += 1;
  return end;
}

/**
 * Whether a heading's text is a card header: a code naming an arXiv category
 * glued to its date ("CLJul 31, 2024"; a note's "## ML Dec 3" is a heading).
 */
function isCardHeader(text: string): boolean {
  const header = parseHeader(text);
  return header !== undefined && header.dateOffset === header.code.length && categoryCodes(header.code) !== undefined;
}

/**
 * Whether a line opens as a byline does: a linked or emphasised title with the
 * authors glued right after it ("[Gemma 2](…)Gemma Team, …"), not prose that
 * starts with a link ("[Gemma 2](…) is the one to read").
 */
function opensLikeByline(line: PieceLine): boolean {
  // A line that a soft break started opens with an empty text piece.
  const [title, next] = line.pieces.filter((piece) => piece.text !== "");
  return title !== undefined && title.kind !== "text" && next !== undefined && /^[^\s,.;:!?]/u.test(next.text);
}

/**
 * Where the byline starts in a line that is a card header, with its badges' links or not,
 * followed by a title link with the authors glued after it ("CLDec 18, 2023 [Title](…)[Quan
 * Nguyen](…), …"): the index of the title link's piece, or `undefined` (a title link with
 * a badge's link after it, "[Title](…)[Code](…)", or prose after it).
 */
function headerThenByline(line: PieceLine): number | undefined {
  const pieces = line.pieces;
  let at = nextWithText(pieces, 0);
  const head = pieces[at];
  const header = head?.kind === "text" ? parseHeader(head.text.trim()) : undefined;
  if (!header || categoryCodes(header.code) === undefined) return undefined;
  at = nextWithText(pieces, at + 1);
  while (pieces[at]?.kind === "link" && BADGE_LABEL.test(pieces[at]!.text.trim())) at = nextWithText(pieces, at + 1);
  const title = pieces[at];
  const after = pieces[nextWithText(pieces, at + 1)];
  if (title?.kind !== "link" || !after || (after.kind === "link" && BADGE_LABEL.test(after.text.trim())) || after.text.startsWith("(")) return undefined;
  return opensLikeByline({ ...line, pieces: pieces.slice(at) }) ? at : undefined;
}

/** The index of the first piece from `from` on that is not white space alone (`pieces.length` when none is). */
function nextWithText(pieces: readonly Piece[], from: number): number {
  let at = from;
  while (at < pieces.length && pieces[at]!.kind === "text" && pieces[at]!.text.trim() === "") at += 1;
  return at;
}

/** What a card's badges are called, never a title. */
const BADGE_LABEL = /^(?:code|arxiv|pdf|html|project(?: page)?|paper|website|web|demo|video|slides|poster|blog|github|data(?:set)?|model|weights|hugging ?face|hf|doi|bibtex)$/i;

/**
 * Where the title's link starts in a line that is a card header and a link
 * (`hep-phMar 2, 2020[Title](…)`), or right under a header the Code badge's
 * link and another (`[Code](…)[Title](…)`), above a line that is an author
 * list: the index of the title link's piece, or `undefined` (a header and a
 * badge's link).
 */
function headerBeforeTitleLink(line: PieceLine, next: PieceLine | undefined, urls: Map<string, string>, afterHeader: boolean): number | undefined {
  // (Most lines hold no link: they are done with before anything is built.)
  if (!next || !line.pieces.some((p) => p.kind === "link")) return undefined;
  const kept = line.pieces.filter((p) => p.kind !== "text" || p.text.trim() !== "");
  const [first, link] = kept;
  if (kept.length !== 2 || link?.kind !== "link") return undefined;
  // A header's text before the link, or, right under a header, its Code badge's link ("[Code](…)[Title](…)").
  const opens = first?.kind === "text" ? parseHeader(first.text.trim())?.badges.length === 0 : afterHeader && first?.kind === "link" && first.text.trim() === "Code";
  // (Not a badge's link: "[arXiv](…)", "[PDF](…)", "[Project](…)".)
  return opens && !BADGE_LABEL.test(link.text.trim()) && isAuthorListLine(render(next, "plain", urls).text) ? line.pieces.indexOf(link) : undefined;
}
