// Link targets in angle brackets: an HTML e-mail read as the plain text its
// client made of it (Outlook writes a link as `text <https://…>`) shows the
// target after every link's text: the card's title, its Code badge. They are
// cut off, so the cards read as the page shows them.
import type { SourceLine } from "./lines.js";

/** A link's target in angle brackets, with the space before it. */
const ANGLE_LINK = / ?<(?:https?|mailto|ftp):[^\s<>]{1,2000}>/g;

/**
 * Where the reading opens: a header's Code badge with its target ("…2019Code
 * <https://github.com/…>"), or a title's target glued to the first author
 * ("…Complicity <https://arxiv.org/abs/2605.06806>Abeba Birhane") or ending
 * its line or a sheet's cell (a title set apart from its authors).
 */
const OPENS = /\dCode <https?:[^\s<>]{1,2000}>|\S <https?:[^\s<>]{1,2000}>(?:\p{Lu}|[;\t"]|$)/u;

/**
 * Starts reading link targets in angle brackets off lines, pushed one by
 * one; returns the function that reads each line (the line itself, or a
 * copy without its targets). The reading opens at the first line where a
 * card shows one: after a header's Code badge, between a title and its
 * first author, glued to the name, or at the end of a line. From there on every target is cut off,
 * the abstracts' and a signature's too (`sam@example.org
 * <mailto:sam@example.org>`), as the page showed none. Before, a line is
 * read as it is, so prose that writes `<https://…>` changes nothing.
 * Columns after a target count the text without it.
 * Only the lines before are looked at, so a stream reads the same.
 *
 * @param opened - told the line and 1-based column where the reading opens
 * @returns a function that reads one line's link targets off
 *
 * @example
 * const read = createAngleLinkReader((line) => console.log("targets from", line));
 * read({ line: 1, offset: 0, text: "see <https://example.org>" }).text; //=> "see <https://example.org>"
 * read({ line: 2, offset: 0, text: "A Title <https://arxiv.org/abs/2605.06806>Jane Doe" }).text; //=> "A TitleJane Doe" (logs "targets from 2")
 */
export function createAngleLinkReader(opened: (line: number, column: number) => void): (line: SourceLine) => SourceLine {
  let open = false;
  return (line) => {
    const text = line.text;
    // (Most lines hold no "<" and are done with at once.)
    if (text.indexOf("<") < 0) return line;
    if (!open) {
      const opening = OPENS.exec(text);
      if (!opening) return line;
      open = true;
      opened(line.line, line.offset + opening.index + text.slice(opening.index).indexOf("<") + 1);
    }
    // The text without its targets, and where each cut began and how long it was.
    let read = "";
    let kept = 0;
    const cuts: number[] = [];
    ANGLE_LINK.lastIndex = 0;
    for (let match = ANGLE_LINK.exec(text); match; match = ANGLE_LINK.exec(text)) {
      read += text.slice(kept, match.index);
      cuts.push(match.index, match[0].length);
      kept = match.index + match[0].length;
    }
    if (cuts.length === 0) return line;
    read += text.slice(kept);
    const copy: { -readonly [K in keyof SourceLine]: SourceLine[K] } = { line: line.line, offset: line.offset, text: read };
    if (line.repairs) copy.repairs = line.repairs;
    if (line.undated) copy.undated = true;
    if (line.endsInTab) copy.endsInTab = true;
    // (Where the line's tabs stood, counted without the targets: a sheet's cells after a link.)
    if (line.tabs) copy.tabs = line.tabs.map((at) => at - cutBefore(cuts, at));
    return copy;
  };
}

/** How many characters the cuts (pairs of a start and a length) took out before index `at`. */
function cutBefore(cuts: readonly number[], at: number): number {
  let cut = 0;
  for (let i = 0; i < cuts.length && cuts[i]! < at; i += 2) cut += Math.min(cuts[i + 1]!, at - cuts[i]!);
  return cut;
}
