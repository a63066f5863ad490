// A text browser's link markers: `lynx -dump` and `elinks -dump` number every
// link of a page and write the number before its text, "[7]PDEBench: …
// Learning[8]Makoto Takamoto, [9]Timothy Praditia". They are read off, so the
// cards read as the page showed them.
import { findEmbeddedHeader } from "./header.js";
import type { SourceLine } from "./lines.js";
import { headerAfterListMarker } from "./list-marker.js";

/**
 * Where a line stands among the cards, as the entry assembler knows it:
 * before the first card (a page's navigation bar), right after a card's
 * header (its byline), or further in a card (its abstract, page text).
 */
export type LinePlace = "before" | "byline" | "body";

/**
 * Starts reading a text browser's link markers off lines, pushed one by one;
 * returns the function that reads each line (the line itself, or a copy
 * without its markers), told where the line stands. Only the lines before
 * are looked at, so a stream reads the same.
 *
 * A marker is a number in brackets glued to a link's text (`[12]Jiajie
 * Chen`, `[6]★ Save`; not to punctuation or another bracket, as citations
 * are: `methods[1][2].`). The browser numbers links in page order. The
 * count begins where only a dump has markers: two numbered one after the
 * other in a byline or above the first card (`[11]Stable blowup[12]Jiajie
 * Chen`, `[1]Home [2]About`), a byline that opens with one (`[16]Gemini
 * 2.5: …`, a page copied from its middle), or one right after a card's date
 * (`LGOct 13, 2022[6]Code`); never in an abstract, whose citations (`[1]First
 * point [2]Second point`) stay. From then on the markers that go on counting
 * are read off (the next number, or one of the next three: a link without
 * text keeps its number), and a byline whose markers run ahead of the count
 * takes it up there (links the reading passed over, `[7]⋯ More`).
 *
 * Columns of the text after a marker count the text without it, as after
 * other repairs of a line's characters.
 *
 * @param opened - told the line and 1-based column of the first marker read off
 * @returns a function that reads one line's markers off
 *
 * @example
 * // A lynx dump's byline
 * const read = createLinkMarkerReader((line) => console.log("markers from", line));
 * read({ line: 1, offset: 0, text: "We make [1]two points [2]here." }, "body").text; //=> "We make [1]two points [2]here."
 * read({ line: 2, offset: 0, text: "[11]Stable blowup[12]Jiajie Chen, [13]Thomas Y. Hou" }, "byline").text; //=> "Stable blowupJiajie Chen, Thomas Y. Hou" (logs "markers from 2")
 * read({ line: 3, offset: 0, text: "as shown in [2]and [14]Code" }, "body").text; //=> "as shown in [2]and Code"
 */
export function createLinkMarkerReader(opened: (line: number, column: number) => void): (line: SourceLine, place: LinePlace) => SourceLine {
  // The number the next marker should have; 0 until the count begins.
  let expected = 0;
  // The markers of the line being read (one line at a time).
  const at: number[] = [];
  const lengths: number[] = [];
  const numbers: number[] = [];
  return (line, place) => {
    const text = line.text;
    if (text.indexOf("[") < 0) return line;
    let found = 0;
    GLUED_MARKER.lastIndex = 0;
    for (let match = GLUED_MARKER.exec(text); match; match = GLUED_MARKER.exec(text)) {
      at[found] = match.index;
      lengths[found] = match[0].length;
      numbers[found++] = Number(match[1]);
    }
    if (found === 0) return line;
    // Where the count (re)starts in this line, if it does.
    let from = -1;
    if (isAfterDate(text, at[0]!) || (place === "byline" && at[0] === 0)) from = 0;
    else if (place !== "body") for (let i = 0; i + 1 < found && from < 0; i++) if (numbers[i + 1] === numbers[i]! + 1) from = i;
    if (expected === 0) {
      if (from < 0) return line;
      expected = numbers[from]!;
      opened(line.line, line.offset + at[from]! + 1);
    } else if (from >= 0 && numbers[from]! > expected + MAX_SKIPPED) {
      expected = numbers[from]!;
    }
    let out = "";
    let kept = 0;
    for (let i = 0; i < found; i++) {
      const number = numbers[i]!;
      if (number < expected || number > expected + MAX_SKIPPED) continue;
      out += text.slice(kept, at[i]);
      kept = at[i]! + lengths[i]!;
      expected = number + 1;
    }
    if (kept === 0) return line;
    const read: { -readonly [K in keyof SourceLine]: SourceLine[K] } = { line: line.line, offset: line.offset, text: out + text.slice(kept) };
    if (line.repairs) read.repairs = line.repairs;
    return read;
  };
}

/**
 * Whether a card's header ends at `at` with its date: one that opens the
 * line (after a list's marker or not), or one glued to the end of the text
 * before it ("…community.LGOct 13, 2022").
 */
function isAfterDate(text: string, at: number): boolean {
  if (headerAfterListMarker(text)?.end === at) return true;
  const embedded = findEmbeddedHeader(text.slice(0, at));
  return embedded !== undefined && embedded.bylineOffset === undefined && embedded.header.badges.length === 0;
}

/**
 * A number in brackets glued to a link's text: anything but white space,
 * punctuation and brackets (which citations are glued to: `methods[1][2].`).
 */
const GLUED_MARKER = /\[(\d{1,5})\](?=[^\s.,;:!?)\]\[}>])/g;

/** How many numbers a marker may skip: links with no text of their own keep theirs. */
const MAX_SKIPPED = 3;
