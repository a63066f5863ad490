// A text browser's link markers: `lynx -dump` and `elinks -dump` number every
// link of a page and write the number before its text, "[7]PDEBench: …
// Learning[8]Makoto Takamoto, [9]Timothy Praditia". They are read off, so the
// cards read as the page showed them.
import { findEmbeddedHeader, matchHeaderStart } from "./header.js";
import type { SourceLine } from "./lines.js";
import { listMarkerLength } from "./list-marker.js";

/**
 * Starts reading a text browser's link markers off lines, pushed one by one;
 * returns the function that reads each line (the line itself, or a copy
 * without its markers). Only the lines before are looked at, so a stream
 * reads the same.
 *
 * A marker is a number in brackets glued to the text after it (`[12]Jiajie
 * Chen`). The browser numbers links in page order, so markers are read off
 * only once a line holds two of them numbered one after the other (a byline,
 * `…Data[12]Jiajie Chen, [13]Thomas Y. Hou`, or a navigation bar), or one
 * right after a card's date (`LGOct 13, 2022[6]Code`), and from
 * then on only those that go on counting (the next number, or one of the
 * next few: a link without text keeps its number). A citation in an
 * abstract (`as in [12]`, `work[3]`) seldom counts on from the page's last
 * link, and before the first pair none is touched.
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
 * read({ line: 1, offset: 0, text: "[7]PDEBenchMakoto Takamoto, [9]Timothy Praditia" }).text; //=> "[7]PDEBenchMakoto Takamoto, [9]Timothy Praditia" (no two in a row)
 * read({ line: 2, offset: 0, text: "[11]Stable blowup[12]Jiajie Chen, [13]Thomas Y. Hou" }).text; //=> "Stable blowupJiajie Chen, Thomas Y. Hou" (logs "markers from 2")
 * read({ line: 3, offset: 0, text: "as shown in [2]and [14]Code" }).text; //=> "as shown in [2]and Code"
 */
export function createLinkMarkerReader(opened: (line: number, column: number) => void): (line: SourceLine) => SourceLine {
  // The number the next marker should have; 0 until the first pair is seen.
  let expected = 0;
  return (line) => {
    const text = line.text;
    if (text.indexOf("[") < 0) return line;
    let found = 0;
    GLUED_MARKER.lastIndex = 0;
    for (let match = GLUED_MARKER.exec(text); match; match = GLUED_MARKER.exec(text)) {
      matchesAt[found] = match.index;
      lengths[found] = match[0].length;
      numbers[found++] = Number(match[1]);
    }
    if (found === 0) return line;
    let from = 0;
    if (expected === 0) {
      // The first pair numbered one after the other starts the count, or a marker right after a
      // card's date, before its badge ("LGOct 13, 2022[6]Code").
      if (!isAfterDate(text, matchesAt[0]!)) {
        while (from + 1 < found && numbers[from + 1] !== numbers[from]! + 1) from += 1;
        if (from + 1 >= found) return line;
      }
      expected = numbers[from]!;
      opened(line.line, line.offset + matchesAt[from]! + 1);
    }
    let out = "";
    let kept = 0;
    for (let i = from; i < found; i++) {
      const number = numbers[i]!;
      if (number < expected || number > expected + MAX_SKIPPED) continue;
      out += text.slice(kept, matchesAt[i]);
      kept = matchesAt[i]! + lengths[i]!;
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
  const marker = listMarkerLength(text);
  if (matchHeaderStart(marker > 0 ? text.slice(marker) : text)?.end === at - marker) return true;
  const embedded = findEmbeddedHeader(text.slice(0, at));
  return embedded !== undefined && embedded.bylineOffset === undefined && embedded.header.badges.length === 0;
}

/**
 * A number in brackets glued to a link's text: a letter, a digit, an opening
 * quote, bracket or dollar (not to another bracket or to punctuation, as
 * citations are: `methods[1][2].`).
 */
const GLUED_MARKER = /\[(\d{1,5})\](?=[\p{L}\p{N}"'“‘($])/gu;

/** How many numbers a marker may skip: links with no text of their own keep theirs. */
const MAX_SKIPPED = 3;

// Scratch space for the markers of one line (a line is read at a time).
const matchesAt: number[] = [];
const lengths: number[] = [];
const numbers: number[] = [];
