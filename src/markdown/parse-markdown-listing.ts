import remarkParse from "remark-parse";
import { unified } from "unified";
import { ListingParseError } from "../parse/errors.js";
import type { ParseListingOptions, ParseResult } from "../parse/parse-listing.js";
import { ATTRIBUTE_LIST } from "./attributes.js";
import { isInMath } from "./inline-math.js";
import type { MarkdownNode } from "./markdown-node.js";
import { parseInPieces } from "./parse-in-pieces.js";
import { readMarkdownTree } from "./read-markdown-tree.js";

/**
 * Options of `parseMarkdownListing`: those of `parseListing`.
 *
 * @example
 * // Read a clipped page captured on 2026-11-26
 * const options: ParseMarkdownListingOptions = { referenceDate: "2026-11-26" };
 */
export interface ParseMarkdownListingOptions extends ParseListingOptions {}

// One processor for every call: unified freezes it on first use, and remark-parse keeps no state between parses.
const processor = /* @__PURE__ */ unified().use(remarkParse);

/** remark-parse's tree of a text. */
const parseWhole = (text: string) => processor.parse(text) as MarkdownNode;

/**
 * Parses a listing saved as Markdown (by a web clipper, or kept in a note)
 * into papers, with the same result as `parseListing`.
 *
 * The listing may sit inside a larger note, under headings, in lists or
 * block quotes, or in a fenced code block, with blank lines, emphasis and
 * links. A title written as a link (`[Title](https://arxiv.org/abs/2408.00118)`)
 * or in bold ends exactly where the link or the bold ends, and a linked
 * title gives `url` and, for an arXiv link, `arxivId`; when the authors are
 * links, the title ends where the first one begins. A `[Code](…)` badge gives
 * `hasCode` and `codeUrl`; a `[arXiv](…)` badge, or a line that is only an
 * arXiv id (`arXiv:2408.00118v2`, `hep-th/9901001`) gives `arxivId`. A
 * blank line ends an abstract, so the prose after a listing is reported as
 * ignored page text instead of being glued to the last abstract. Headings are
 * page text, unless a heading is a card header (`### CLJul 31, 2024`). HTML
 * a clipper left is read for its text, `<a href>` as a link. Diagnostics
 * point at lines and columns of the Markdown source;
 * `paper.source` gives Markdown lines.
 *
 * Backslash escapes of Markdown syntax (`\*`, `\_`, `\[`) are undone, but a
 * backslash before any other character is kept: it is LaTeX in an abstract
 * (`top $10\%$`), as in a plain-text listing.
 *
 * @param markdown - the Markdown text (`null` and `undefined`, from untyped JavaScript, read as empty, as `parseListing` reads them)
 * @param options - reference date, known authors, category priority, strict mode
 * @returns the papers and the diagnostics
 * @throws {ListingParseError} in `strict` mode, when there is any error-level diagnostic
 * @throws {RangeError} when `referenceDate` is not a date
 *
 * @example
 * // A reading list clipped from the site, with a linked title and a code badge
 * const { papers } = parseMarkdownListing(
 *   "## This week\n\nCLOct 10, 2023[Code](https://github.com/mistralai/mistral-inference)\n" +
 *     "[Mistral 7B](https://arxiv.org/abs/2310.06825v1)Albert Q. Jiang, Alexandre Sablayrolles, Arthur Mensch et al.\n" +
 *     "We introduce Mistral 7B, a 7-billion-parameter language model.",
 * );
 * papers[0].title; //=> "Mistral 7B"
 * papers[0].arxivId; //=> "2310.06825"
 * papers[0].codeUrl; //=> "https://github.com/mistralai/mistral-inference"
 */
export function parseMarkdownListing(markdown: string, options: ParseMarkdownListingOptions = {}): ParseResult {
  const text = typeof markdown === "string" ? markdown : markdown == null ? "" : String(markdown);
  // A byte-order mark is not Markdown; remark would read it as text at the start of line 1.
  const bom = text.charCodeAt(0) === 0xfeff;
  const unquoted = withQuoteMarkers(withTrailingFences(withGluedFences(withDefinitionAttributes(withHardBreaks(withWrappedLinkTargets(withLineFeeds(withLiquidTargets(bom ? ` ${text.slice(1)}` : text))))))));
  const source = unquoted.text;
  const tree = parseInPieces(source, parseWhole);
  const result = readMarkdownTree(tree, source, options);
  if (unquoted.first > 0) {
    const message = `read "&gt;" opening ${unquoted.lines} lines as quote markers: a quote's ">", escaped (as Reddit's API writes a post, and the Raindrop plugin a callout)`;
    result.diagnostics.unshift({ severity: "info", code: "decoded-entities", message, line: unquoted.first, column: 1 });
  }
  if (bom) {
    result.diagnostics.unshift({ severity: "info", code: "byte-order-mark", message: "removed a byte-order mark at the start of the input", line: 1, column: 1 });
  }
  if (options.strict) {
    const errors = result.diagnostics.filter((d) => d.severity === "error");
    if (errors.length > 0) throw new ListingParseError(errors);
  }
  return result;
}

/**
 * Markdown whose quote markers were written as "&gt;": when no line opens with a real ">",
 * each "&gt;" opening a line (after up to three spaces, before a space or the line's end) is
 * read as one, padded with spaces to its length so that every offset holds. When some lines
 * do open with ">", a line opening with "&gt;" right under a quote's line (with no blank line
 * between) is one more line of that quote, its marker escaped: the Raindrop plugin escapes
 * the text it puts in a callout ("> [!quote]+ …" + "&gt;Measuring Sample Quality…").
 * Returns the text, how many lines changed and the first of them (1-based; 0 when none).
 */
function withQuoteMarkers(text: string): { text: string; lines: number; first: number } {
  if (!text.includes("&gt;")) return { text, lines: 0, first: 0 };
  let lines = 0;
  let first = 0;
  const mark = (run: string, at: number) => {
    lines += 1;
    if (first === 0) first = text.slice(0, at).split("\n").length;
    return run.replaceAll("&gt;", ">   ");
  };
  if (!/^ {0,3}>/m.test(text)) return { text: text.replace(ESCAPED_QUOTE_MARKERS, mark), lines, first };
  // (Only in a callout, "> [!quote]+ …" and the quote's lines under it: elsewhere a writer escapes
  // ">" to say it is no marker, "&gt;5% of users".)
  let callout = false;
  const replaced = text.replace(EVERY_LINE, (line: string, at: number) => {
    const escaped = callout ? ESCAPED_MARKERS_HERE.exec(line) : null;
    callout = escaped !== null || (/^ {0,3}>/.test(line) && (callout || CALLOUT.test(line)));
    return escaped ? mark(escaped[0], at) + line.slice(escaped[0].length) : line;
  });
  return { text: replaced, lines, first };
}

// Every line, with its line break (LF, CRLF or a lone CR).
const EVERY_LINE = /[^\r\n]*(?:\r\n|\r|\n)?/g;
// "&gt;" opening a line, once or nested, before the quote's text (at once or after a space), but
// not before a number or "=" ("&gt;5%", "&gt;= 2").
const ESCAPED_MARKERS_HERE = /^(?: {0,3}&gt;)+(?! ?[\d=])/;
// A callout's first line (Obsidian's syntax): "> [!quote]+ Updated on …".
const CALLOUT = /^ {0,3}> ?\[!\w+\]/;

// "&gt;" opening a line, once or nested ("&gt; &gt; "), each before a space or the line's end.
const ESCAPED_QUOTE_MARKERS = /^(?: {0,3}&gt;(?=[ \t\r]|$))+/gm;

/**
 * Markdown whose code blocks Slack wrote with their fences glued to the text
 * ("```IMFeb 16, 2012Code" … "…parameter space.```", as its message format
 * writes a block): CommonMark reads the first as a fence whose info string is
 * the text, opening a block that runs to the end. Such a pair of fences, the
 * opening one's info holding a space and the closing one ending a line before
 * any real closing fence, becomes spaces (so that every offset holds), and the
 * text between them is read as the text it is.
 */
function withGluedFences(text: string): string {
  if (!text.includes("```")) return text;
  let fences: number[] | undefined;
  return text.replace(GLUED_FENCES, (block: string, indent: string, at: number) => {
    // A bare fence on the next line either closes a real block that the first fence opened
    // ("```text title=cards.txt" … "echo ```" + "```") or opens one of its own after Slack's
    // block: it opens one when an odd number of fences follow it.
    const next = BARE_FENCE_NEXT.exec(text.slice(at + block.length, at + block.length + 40));
    if (next) {
      fences ??= Array.from(text.matchAll(FENCE_LINE), (m) => m.index);
      const bare = at + block.length + next[0].length - 1;
      // How many fences follow the bare one (a binary search over their places).
      let lo = 0;
      let hi = fences.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (fences[mid]! > bare) hi = mid;
        else lo = mid + 1;
      }
      if ((fences.length - lo) % 2 === 0) return block;
    }
    return `${indent}   ${block.slice(indent.length + 3, -3)}   `;
  });
}

// An opening fence glued to text with a space in it, then lines with no fence of their own,
// then a line that ends in a fence glued to its last character.
const GLUED_FENCES = /^( {0,3})```(?=[^`\s])[^`\n ]* [^`\n]*\n(?:(?! {0,3}```)[^\n]*\n)*?[^`\n]*[^`\s]```(?=[ \t]*\r?$)/gm;
// A bare fence on the line after (up to its first backquote).
const BARE_FENCE_NEXT = /^[ \t]*\r?\n {0,3}`(?=``[ \t]*(?:\r?\n|$))/;
// The start of every line that opens with a fence, but for one glued to text with a space in it
// (another of Slack's blocks, whose closing fence is glued too).
const FENCE_LINE = /^ {0,3}```(?![^`\s][^`\n ]* )/gm;

/**
 * Markdown whose code blocks a chat export wrote with the opening fence at the end of
 * a message's first line ("21/11/2026, 10:30 - Tomasz: ```", as Element and WhatsApp
 * write a block sent in a message) and the closing fence on a line of its own:
 * CommonMark reads the first as text and the second as a fence opening a block that
 * runs on to the next fence, swallowing the messages after it. Such a pair (with no
 * fence between, within 200 lines) becomes spaces, so that every offset holds, and
 * the lines between are read as the text they are.
 */
function withTrailingFences(text: string): string {
  if (!text.includes(" ```")) return text;
  // (Only after a sender's name and a colon: a list marker before a fence, "- ```", opens a real block.)
  return text.replace(TRAILING_FENCES, (block: string, head: string, gap: string, body: string, indent: string) =>
    head.endsWith(":") && /\p{L}/u.test(head) ? `${head}${gap}   ${body}${indent}   ` : block,
  );
}

// A line ending in a fence after text and a space, lines with no fence, then a bare fence.
// (The lines between hold no three backquotes at all, so a search from each line stops at the
// next line that does: linear however many lines end in a fence.)
const TRAILING_FENCES = /^([^\n`]*[^\s`])([ \t]+)```(?=[ \t]*\r?\n)((?:[ \t]*\r?\n)(?:(?![^\n]*```)[^\n]*\n){0,200}?)( {0,3})```(?=[ \t]*\r?$)/gm;

/**
 * `text` with link targets that a writer wrapped after a hyphen made whole
 * again: html2text wraps at 78 columns inside a link's URL
 * (`[Code](https://github.com/google-research/google-` + `research/tree/…)`),
 * which CommonMark then reads as no link. The line breaks inside the target
 * move to the end of the line where the link closes, so that line's text
 * stays on the line with the link (`…/hieu-` + `pham), [Zihang Dai](…)`),
 * the lines keep their number (the moved ones are left blank) and what
 * follows keeps its offset.
 *
 * @param text - the Markdown, with LF or CRLF line ends
 * @returns the Markdown with such link targets on one line
 *
 * @example
 * withWrappedLinkTargets("[Code](https://github.com/google-\nresearch/x) · mit\nTitle"); //=> "[Code](https://github.com/google-research/x) · mit\n\nTitle"
 */
function withWrappedLinkTargets(text: string): string {
  if (!HYPHEN_AT_LINE_END.test(text)) return text;
  let out = "";
  let kept = 0;
  // The breaks taken out of targets on the line being joined, and where that line ends.
  let pending = "";
  let lineEnd = -1;
  const flush = () => {
    out += text.slice(kept, lineEnd) + pending;
    kept = lineEnd;
    pending = "";
    lineEnd = -1;
  };
  TARGET_START.lastIndex = 0;
  for (let match = TARGET_START.exec(text); match; match = TARGET_START.exec(text)) {
    if (lineEnd >= 0 && match.index > lineEnd) flush();
    // Walk the target: URL characters, a break only right after a hyphen, up to ")" (or a title).
    let at = match.index + match[0].length;
    let breaks = "";
    let count = 0;
    let pieces = "";
    let from = at;
    for (;;) {
      while (at < text.length && !/[()\s]/.test(text[at]!)) at += 1;
      // (Spaces or tabs a copy left at the line's end go with the break.)
      let pad = at;
      while (text[pad] === " " || text[pad] === "\t") pad += 1;
      const end = text.startsWith("\r\n", pad) ? "\r\n" : text[pad] === "\n" ? "\n" : "";
      if (end === "" || text[at - 1] !== "-" || count === 3) break;
      pieces += text.slice(from, at);
      breaks += text.slice(at, pad) + end;
      count += 1;
      at = pad + end.length;
      from = at;
    }
    if (count === 0) continue;
    const close = TARGET_END.exec(text.slice(at, at + 300));
    if (!close) continue;
    // The target joined; its breaks wait for the end of the line where it closes, so that
    // the rest of that line, and any other wrapped target on it, stays with the link.
    const closed = at + close[0].length;
    out += text.slice(kept, match.index + match[0].length) + pieces;
    kept = from;
    pending += breaks;
    lineEnd = closed;
    while (lineEnd < text.length && text[lineEnd] !== "\n" && text[lineEnd] !== "\r") lineEnd += 1;
    TARGET_START.lastIndex = closed;
  }
  if (lineEnd >= 0) flush();
  return kept === 0 ? text : out + text.slice(kept);
}

// A hyphen ending a line (before any spaces or tabs a copy left there).
const HYPHEN_AT_LINE_END = /-[ \t]*\r?\n/;
// Where a link's target opens with a URL or a path.
const TARGET_START = /\]\((?=https?:\/\/|\/)/g;
// How a target ends: an optional title, then ")".
const TARGET_END = /^(?: "[^"\r\n]*")?\)/;

/**
 * `text` with every lone CR (an old Mac line end) made a LF: a line end
 * all the same, to remark and to the rewrites here, which look for LF. Same
 * length, same lines.
 *
 * @param text - the Markdown
 * @returns the Markdown with LF or CRLF line ends only
 *
 * @example
 * withLineFeeds("CLJul 31, 2024\rGemma 2Gemma Team\r\n"); //=> "CLJul 31, 2024\nGemma 2Gemma Team\r\n"
 */
function withLineFeeds(text: string): string {
  return text.includes("\r") ? text.replace(LONE_CR, "\n") : text;
}
const LONE_CR = /\r(?!\n)/g;

/**
 * `text` with a hard line break that trailing white space undid made one
 * again: a backslash ending a line's text, then spaces or tabs (as a copy
 * pads lines), is moved after them, where CommonMark reads it as a break
 * (pandoc ends each line of a card so: `CCNov 3, 2020\`), and so are
 * kramdown's two; not inside inline math, where TeX may end a line in a
 * control space. Same length.
 *
 * @param text - the Markdown
 * @returns the Markdown with such backslashes at their lines' ends
 *
 * @example
 * withHardBreaks("CCNov 3, 2020\\\t\nTitle"); //=> "CCNov 3, 2020\t\\\nTitle"
 */
function withHardBreaks(text: string): string {
  if (!text.includes("\\")) return text;
  return text.replace(PADDED_BREAK, (run: string, backslashes: string, pad: string, at: number) =>
    // (Not inside TeX, where "\ " is a space and "\\" a break of its own: "$O(n\, \log n\ " + "k)$".)
    isInMath(text, at) ? run : `${pad}${backslashes}`,
  );
}
// Backslashes, all of a run (kramdown's break is two), then spaces or tabs to the line's end.
const PADDED_BREAK = /(?<!\\)(\\+)([ \t]+)(?=\r?\n)/g;

/**
 * `text` with the attributes that pandoc writes after a link reference
 * definition blanked: `[Gemma 2]: https://arxiv.org/abs/2408.00118 {.title}`,
 * or `{.title}` alone on the line after, where pandoc wrapped the line.
 * CommonMark takes no attributes there: the definition would be read as text
 * and every link using it (`[Gemma 2]Gemma Team, …`) left unresolved. Spaces
 * keep every offset.
 *
 * @param text - the Markdown
 * @returns the Markdown with such attributes turned into spaces
 *
 * @example
 * withDefinitionAttributes("[a]: https://arxiv.org/abs/2408.00118 {.title}"); //=> "[a]: https://arxiv.org/abs/2408.00118         "
 */
function withDefinitionAttributes(text: string): string {
  if (!text.includes("]:") || !text.includes("{")) return text;
  return text.replace(DEFINITION_ATTRIBUTES, (whole: string, definition: string) => definition + " ".repeat(whole.length - definition.length));
}

// A link reference definition (its label, its destination, on the next line or not, and a title
// or none) and then pandoc's attributes ("{.title}", "{#id .badge key=value}"), after white space
// on its line or alone on the next, ending the line. (White space before the brace keeps the
// search linear: a destination may hold braces, "{a=" repeated.)
const DEFINITION_ATTRIBUTES = /* @__PURE__ */ new RegExp(
  String.raw`^( {0,3}\[[^\]\n]{1,999}\]:[ \t]*(?:\r?\n[ \t]*)?[^\s{]\S*(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?(?:[ \t]+|[ \t]*\r?\n[ \t]*))\{${ATTRIBUTE_LIST}\}(?=[ \t]*\r?$)`,
  "gm",
);

/**
 * Markdown whose link targets are Liquid tags, as a Jekyll post's source holds them
 * ("[Ben Shneiderman]({{ site.baseurl }}/people/…)", "[Jan van den Brand]({% link … %})"):
 * CommonMark takes no spaces in a target, so the spaces inside such a target become
 * no-break spaces (one character each, so that every offset holds) and the link reads as one.
 */
function withLiquidTargets(text: string): string {
  return text.includes("({{") || text.includes("({%") ? text.replace(LIQUID_TARGET, (target) => target.replaceAll(" ", "\u00a0")) : text;
}

// A link target opening with a Liquid tag, to its closing bracket on the same line.
const LIQUID_TARGET = /(?<=\]\()\{[{%][^()\n]*?[}%]\}[^()\s]*(?=\))/g;

