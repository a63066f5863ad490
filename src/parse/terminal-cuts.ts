// Lines a terminal cut at its width: a listing shown with `cat` in a terminal
// and copied from the screen, or captured by `tmux capture-pane`, or put
// through `fold`, comes out with every long line cut into pieces of exactly
// the terminal's width, wherever the column falls: inside a word, a name, a
// link. The pieces of a card's byline and abstract are joined back as they
// were, with no space where the cut fell inside a word.

import { endsInFunctionWord } from "./byline.js";
import type { SourceLine } from "./lines.js";
import type { RawEntry } from "./raw-entry.js";
import { endsInAuthorList, endsLikeByline, holdsGluedName } from "./wrapped-byline.js";

/** What `createCutReader` gives the entry assembler. */
export interface CutReader {
  /**
   * Notes a line that is not blank, as the assembler takes it in: whether a
   * blank line or a header parts it from the line before, and whether it
   * opens a card's body (its byline).
   */
  see(line: SourceLine, parted: boolean, opensBody: boolean): void;
  /** The entry with the pieces of its lines that were cut at the terminal's width joined back (the entry itself when none were). */
  join(entry: RawEntry): RawEntry;
}

/** How many of the last lines are weighed for the width they were cut at. */
const RECENT_LINES = 32;
/** The narrowest width taken for a terminal's. */
const MIN_WIDTH = 40;
/** How far either side of a width the lines of a wrap at spaces near it fall. */
const NEAR = 20;
/** How many lines must end at exactly the width, with more text on the next line. */
const MIN_CUTS = 5;
/** As many, when a space fell at one of the cuts, or one opens a line with a comma or a full stop (which no wrap at spaces leaves). */
const MIN_CUTS_WITH_SPACE = 3;

/**
 * Starts watching lines for a terminal's cuts; `join` then mends each entry
 * as it completes. A width counts as a terminal's when, among the last 32
 * lines that are not blank, at least five lines that go on into the next
 * one end at exactly that width (three, when a space fell at one of the
 * cuts or the next line opens with a comma, a full stop or a closing
 * bracket), three times as many as end less than 20 columns either side of it
 * (one short of it counting half: a copy may have trimmed a space the cut
 * fell at; bylines not counted, whose widths owe nothing to a wrap), and the
 * entry has no line wider; and fewer than a third of those cuts, where
 * no space fell, are between whole words that a function word tells ("of",
 * "the"). A wrap at
 * spaces (an e-mail's, a text browser's) ends lines anywhere in the columns
 * below its width and seldom at it; a terminal ends every piece but the
 * last at it. (A terminal made 20 columns narrower or wider starts afresh.)
 * Lines padded out to the width with blanks (a console's copy) and lines
 * whose runs of spaces were collapsed (justified text) are not cut. Only
 * the lines before are looked at, so a stream reads the same.
 *
 * A cut line joins the next one with no space, or with one where the cut
 * fell at a space (the space ends the first piece or opens the next); a
 * blank line between them means they were never one line.
 *
 * @param joined - told the first line of each entry whose lines were joined, and the width, when it differs from the last one told
 * @returns the reader
 *
 * @example
 * const cuts = createCutReader(() => {});
 * // for each line pushed: cuts.see(line, afterBlankOrHeader); as each entry completes: entry = cuts.join(entry)
 */
export function createCutReader(joined: (line: SourceLine, width: number) => void): CutReader {
  // The widths of the last lines, in a ring; whether each went on into the next line, and
  // whether a space fell where it ends (kept at its end, or opening the next line).
  const widths = new Int32Array(RECENT_LINES);
  const goesOn = new Uint8Array(RECENT_LINES);
  const spaced = new Uint8Array(RECENT_LINES);
  // Whether, with no space there, a function word ends it or opens the next line: a wrap at
  // spaces breaks between whole words, and they are often function words; a terminal's cut
  // with no space falls inside a word.
  const wordBreak = new Uint8Array(RECENT_LINES);
  // Whether it opens a card's body: a byline, whose width owes nothing to a wrap.
  const opens = new Uint8Array(RECENT_LINES);
  let before: SourceLine | undefined;
  let seen = 0;
  let told = 0;
  return {
    see(line, parted, opensBody) {
      const last = (seen - 1) % RECENT_LINES;
      if (seen > 0 && !parted) {
        goesOn[last] = 1;
        if (line.offset === 1 || CLOSING.test(line.text)) spaced[last] = 1;
        else if (before!.trailing === undefined && widths[last]! >= MIN_WIDTH && isWordBreak(before!.text, line.text)) wordBreak[last] = 1;
      }
      before = line;
      const at = seen % RECENT_LINES;
      widths[at] = mayBeCut(line) ? lineWidth(line) : -1;
      opens[at] = opensBody ? 1 : 0;
      goesOn[at] = 0;
      spaced[at] = line.trailing === 1 ? 1 : 0;
      wordBreak[at] = 0;
      seen += 1;
    },
    join(entry) {
      const { body } = entry;
      if (body.length < 2) return entry;
      let width = 0;
      for (const line of body) width = Math.max(width, lineWidth(line));
      if (width < MIN_WIDTH) return entry;
      let cuts = 0;
      let near = 0;
      let withSpace = 0;
      let wordBreaks = 0;
      for (let i = Math.min(seen, RECENT_LINES) - 1; i >= 0; i--) {
        if (goesOn[i] === 0) continue;
        if (widths[i] === width) {
          cuts += 1;
          withSpace += spaced[i]!;
          wordBreaks += wordBreak[i]!;
        } else if (opens[i] === 0 && Math.abs(widths[i]! - width) < NEAR) {
          // (One short of the width counts half: a copy that trims the space a cut fell at leaves it.)
          near += widths[i] === width - 1 ? 0.5 : 1;
        }
      }
      if (cuts < (withSpace > 0 ? MIN_CUTS_WITH_SPACE : MIN_CUTS) || cuts < 3 * near || wordBreaks * 3 >= cuts) return entry;
      const lines: SourceLine[] = [];
      const afterBlank: boolean[] = [];
      for (let i = 0; i < body.length; i++) {
        const line = body[i]!;
        const before = lines.at(-1);
        const glue = before && !entry.afterBlank[i] ? cutGlue(body[i - 1]!, line, width, lines.length === 1 ? before.text : undefined) : undefined;
        if (before && glue !== undefined) {
          const text = before.text + glue + line.text;
          const lastPiece = line.lastPiece ?? line;
          // (The first piece's collapsed runs keep its columns; a date that the join makes is no header.)
          lines[lines.length - 1] = before.shifts ? { line: before.line, offset: before.offset, text, lastPiece, shifts: before.shifts } : { line: before.line, offset: before.offset, text, lastPiece };
        } else {
          lines.push(line);
          afterBlank.push(entry.afterBlank[i]!);
        }
      }
      if (lines.length === body.length) return entry;
      if (width !== told) joined(body[0]!, width);
      told = width;
      return { ...entry, body: lines, afterBlank };
    },
  };
}

/**
 * What joins `next` to `line`, a piece the terminal cut at `width` ("" inside
 * a word, " " where the cut fell at a space), or `undefined` when `line` was
 * not cut. A line one short of the width ends where a copy trimmed the space
 * the cut fell at. Given the byline so far (`byline`, the pieces before
 * `next` joined), a cut with no space before a capital, after what reads as a
 * whole byline (an author list, "et al.", affiliations, a name glued to a
 * title) but for a name's prefix ("…John M. Mc" + "Bride"), may be where the
 * byline ends and its abstract begins, a byline exactly as long as the width:
 * that is left to the byline's own rules (see `joinWrappedByline`).
 */
function cutGlue(line: SourceLine, next: SourceLine, width: number, byline: string | undefined): string | undefined {
  if (!mayBeCut(line)) return undefined;
  const lineWidthNow = lineWidth(line);
  const spaceKept = (line.trailing ?? 0) > 0 || next.offset > 0;
  const trimmed = lineWidthNow === width - 1 && line.trailing === undefined;
  if (lineWidthNow !== width && !trimmed) return undefined;
  if (byline !== undefined && !spaceKept && CAPITAL.test(next.text) && !NAME_PREFIX_END.test(byline) && (endsInAuthorList(byline) || endsLikeByline(byline) || holdsGluedName(byline))) return undefined;
  return spaceKept || trimmed ? " " : "";
}

const CAPITAL = /^\p{Lu}/u;
/** A name's prefix that a capital follows inside the name ("Mc" of "McBride"): no name ends in it. */
const NAME_PREFIX_END = /\bMa?c$/;
/** Punctuation that closes what comes before it: a wrap at spaces never opens a line with it. */
const CLOSING = /^[,.;:!?)\]]/;

/** Whether `line` ends in a function word or `next` opens with one ("…effects of" + "the …"): a break between whole words. */
function isWordBreak(line: string, next: string): boolean {
  const space = next.indexOf(" ");
  return (line.includes(" ") && endsInFunctionWord(line)) || (space > 0 && endsInFunctionWord(next.slice(0, space)));
}

/** Whether a line may be a piece a terminal cut: not padded out with blanks, no runs of spaces spread inside it. */
function mayBeCut(line: SourceLine): boolean {
  return (line.trailing ?? 0) <= 1 && line.shifts === undefined;
}

/**
 * How many characters wide a line was in the input: its text, the white
 * space cut around it and the spaces taken out of runs inside it.
 *
 * @example
 * lineWidth(splitLines("  We  study ").lines[0]); //=> 12
 */
export function lineWidth(line: SourceLine): number {
  const shifts = line.shifts;
  return line.offset + line.text.length + (line.trailing ?? 0) + (shifts ? shifts[shifts.length - 1]! : 0);
}
