// Lines a terminal cut at its width: a listing shown with `cat` in a terminal
// and copied from the screen, or captured by `tmux capture-pane`, or put
// through `fold`, comes out with every long line cut into pieces of exactly
// the terminal's width, wherever the column falls: inside a word, a name, a
// link. The pieces of a card's byline and abstract are joined back as they
// were, with no space where the cut fell inside a word.

import { endsInFunctionWord } from "./byline.js";
import type { SourceLine } from "./lines.js";
import { isPager } from "./page-text.js";
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
  /**
   * Whether an entry that `join` left as it was is worth holding until later
   * lines tell a terminal's width: no width is known yet, the listing is
   * young (its first 32 lines), and a line of the entry as wide as its widest
   * goes on into the next, as a cut byline's first piece does.
   */
  mayHold(entry: RawEntry): boolean;
  /** The width lines were last joined at (0 before any were). */
  width(): number;
  /** How many lines not blank have been seen. */
  seen(): number;
  /**
   * The entry, held before its width was known, joined at `width` now that later lines told it
   * (the entry itself when its widest line is not that wide, or its own lines read as a wrap at
   * spaces: more of those that go on end near the width than at it).
   */
  joinAt(entry: RawEntry, width: number): RawEntry;
}

/** How many of the last lines are weighed for the width they were cut at. */
const RECENT_LINES = 32;
/** The narrowest width taken for a terminal's. */
const MIN_WIDTH = 40;
/** How far either side of a width the lines of a wrap at spaces near it fall. */
const NEAR = 20;
/** How many lines must end at exactly the width, with more text on the next line. */
const MIN_CUTS = 5;
/** As many, when a space fell at one of the cuts (which no wrap at spaces leaves) in a text whose blocks start alike. */
const MIN_CUTS_WITH_SPACE = 4;

/**
 * Starts watching lines for a terminal's cuts; `join` then mends each entry
 * as it completes. A width counts as a terminal's when, among the last 32
 * lines that are not blank:
 * - at least five lines that go on into the next one end at exactly that
 *   width (four, when a space fell at one of those cuts, kept at its end
 *   or opening the next line, in a text whose headers and other lines that
 *   open blocks, two at least, all start alike: not indented at random),
 *   and none of those 32 lines is wider (a terminal shows none wider: a
 *   byline or page text that is tells of a wrap at spaces), but for lines
 *   up to a width two of them share (a terminal that was wider before);
 * - twice as many as the lines that go on and end less than 20 columns
 *   either side of it (one short of it counting half: a copy may have
 *   trimmed a space the cut fell at), lines padded out with blanks or
 *   holding runs of spaces (a console's copy, justified text) counting
 *   against it and never as cuts;
 * - and none, or fewer than a third, of those cuts that kept no space fall
 *   between whole words, where a function word ends the line or opens the
 *   next ("…effects of" + "the"), or a sentence or a clause ends it with no
 *   space after ("…the way." + "It argues"): a terminal's cut between two
 *   words keeps the space between them;
 * - a cut's next piece starts where the line did, or one further in (the
 *   space the cut fell at), and not after a tab: one indented further, or
 *   after a tab, counts against the width, as a wrap's line does.
 *
 * A wrap at spaces (an e-mail's, a text browser's, `fmt`'s) ends lines
 * anywhere in the columns below its width, seldom at it, and between whole
 * words; a terminal ends every piece but the last at it, inside words.
 * Bylines are weighed only as cuts, and only when the line after them goes
 * on too and opens with no capital: a listing cut short, not wrapped
 * (`cut -c`, `less -S`), has bylines as wide as the width that run straight
 * on into abstracts, which open with capitals. Only the lines before are
 * looked at; the first cards of a listing, cut too few times to tell a
 * width, are held by the assembler until later lines tell one (see
 * `mayHold`, `joinAt`), so a stream reads as the whole text does.
 *
 * A cut line joins the next one with no space, or with one where the cut
 * fell at a space (the space ends the first piece or opens the next); a
 * blank line between them means they were never one line.
 *
 * @param joined - told the first line of each entry whose lines were joined, and the width, when it differs from the last one told; and of each card joined alone among cards pasted whole (`alone`), which tells no width for the others
 * @returns the reader
 *
 * @example
 * const cuts = createCutReader(() => {});
 * // for each line pushed: cuts.see(line, afterBlankOrHeader, isByline); as each entry completes: entry = cuts.join(entry)
 */
export function createCutReader(joined: (line: SourceLine, width: number, alone: boolean) => void): CutReader {
  // The last lines, in a ring: each line, its width, whether it went on into the next line,
  // whether it opens a card's body (a byline, whose width owes nothing to a wrap), whether it is
  // padded out with blanks or holds runs of spaces (no piece a terminal cut), and where it
  // starts when it opens a block (a header, a line after a blank; else -1). What is told from
  // a line and the next (a space at the break, a function word, a capital) is read only for
  // the lines a width is weighed by, as an entry completes.
  const ring: SourceLine[] = [];
  const widths = new Int32Array(RECENT_LINES);
  const goesOn = new Uint8Array(RECENT_LINES);
  const opens = new Uint8Array(RECENT_LINES);
  const uncut = new Uint8Array(RECENT_LINES);
  const offsets = new Int32Array(RECENT_LINES);
  let seen = 0;
  let told = 0;
  /**
   * Whether one of the last lines is wider than `width`, and wider than any other: no line a
   * terminal shows is wider than it, so a byline or page text that is tells of a wrap at spaces
   * whose lines happen to end at the same width. (The widest width two lines share is the cuts,
   * and the lines under it the last pieces, of a terminal that was wider before it was narrowed.)
   */
  function holdsWiderLine(width: number): boolean {
    let widest = 0;
    let count = 0;
    for (let i = Math.min(seen, RECENT_LINES) - 1; i >= 0; i--) {
      if (widths[i]! > widest) {
        widest = widths[i]!;
        count = 1;
      } else if (widths[i] === widest) count += 1;
    }
    return widest > width && count === 1;
  }
  /** How many of the last lines went on short of `width` into a line indented further (see `join`). */
  function countRandomIndents(width: number): number {
    let count = 0;
    for (let i = Math.min(seen, RECENT_LINES) - 1; i >= 0; i--) {
      if (goesOn[i] === 1 && widths[i] !== width && ring[(i + 1) % RECENT_LINES]!.offset > ring[i]!.offset) count += 1;
    }
    return count;
  }
  return {
    see(line, parted, opensBody) {
      if (seen > 0 && !parted) goesOn[(seen - 1) % RECENT_LINES] = 1;
      const at = seen % RECENT_LINES;
      ring[at] = line;
      widths[at] = lineWidth(line);
      uncut[at] = mayBeCut(line) ? 0 : 1;
      opens[at] = opensBody ? 1 : 0;
      goesOn[at] = 0;
      offsets[at] = parted ? line.offset : -1;
      seen += 1;
    },
    join(entry) {
      const { body } = entry;
      if (body.length < 2) return entry;
      const width = widestLine(body);
      if (width < MIN_WIDTH) return entry;
      let cuts = 0;
      let near = 0;
      let wordBreaks = 0;
      let withSpace = 0;
      // Whether the lines that open blocks all start alike: a space opening a line then tells of a cut, not of an indent.
      let blockStart = -1;
      let starts = 0;
      let evenStarts = true;
      // Lines indented further than the line before them where that line went on short of the
      // width: an indent typed or pasted at random, not the space a cut fell at, so a piece that
      // starts one further in tells nothing of a cut.
      const randomIndents = countRandomIndents(width);
      for (let i = Math.min(seen, RECENT_LINES) - 1; i >= 0; i--) {
        if (offsets[i]! >= 0) {
          if (blockStart >= 0 && offsets[i] !== blockStart) evenStarts = false;
          blockStart = offsets[i]!;
          starts += 1;
        }
        if (goesOn[i] === 0) continue;
        const cut = widths[i] === width && uncut[i] === 0;
        if (opens[i] === 0 && !cut) {
          // (One short of the width counts half: a copy that trims the space a cut fell at leaves it.)
          if (Math.abs(widths[i]! - width) < NEAR) near += widths[i] === width - 1 ? 0.5 : 1;
          continue;
        }
        if (!cut) continue;
        const line = ring[i]!;
        const next = ring[(i + 1) % RECENT_LINES]!;
        // A piece a terminal cut starts where the line before it did, or one further in (the space
        // the cut fell at), and never after a tab: a line indented further is a wrap's, or typed.
        if (next.offset > line.offset + 1 || (next.offset === line.offset + 1 && (next.tabs?.[0] === 0 || randomIndents > 0))) {
          near += 1;
          continue;
        }
        // (A byline only when the line after it goes on too, and opens with no capital, as the
        // rest of a byline cut inside a word does: a listing whose lines were cut short, not
        // wrapped, has bylines as wide as the width that run straight on into their abstracts,
        // and abstracts open with a capital.)
        if (opens[i] === 1 && (goesOn[(i + 1) % RECENT_LINES] === 0 || CAPITAL.test(next.text))) continue;
        cuts += 1;
        // A space where it ends, kept there or opening the next line one further in: the cut fell at it.
        if (line.trailing === 1 || next.offset === line.offset + 1) withSpace += 1;
        // With none there, a break between whole words (a space at the break is a cut's too).
        else if (line.trailing === undefined && next.offset <= line.offset && isWordBreak(line.text, next.text)) wordBreaks += 1;
      }
      // (Word breaks are counted against the cuts that kept no space: a terminal's cut between two
      // words keeps the space between them, at the piece's end or opening the next.)
      if (cuts < (withSpace > 0 && evenStarts && starts >= 2 ? MIN_CUTS_WITH_SPACE : MIN_CUTS) || cuts < 2 * near || (wordBreaks > 0 && wordBreaks * 3 >= cuts - withSpace)) return entry;
      // (A card whose own lines tell its cuts among wider lines is one card cut among cards pasted
      // whole: it tells no width for the cards around it, held ones included.)
      const alone = holdsWiderLine(width);
      if (alone && !cutThroughout(entry, width)) return entry;
      const joinedEntry = glueAt(entry, width);
      if (joinedEntry === entry) return entry;
      if (alone) {
        joined(body[0]!, width, true);
        return joinedEntry;
      }
      if (width !== told) joined(body[0]!, width, false);
      told = width;
      return joinedEntry;
    },
    mayHold(entry) {
      const { body } = entry;
      if (told !== 0 || seen > RECENT_LINES || body.length < 2) return false;
      const width = widestLine(body);
      if (width < MIN_WIDTH) return false;
      for (let i = 0; i + 1 < body.length; i++) if (!entry.afterBlank[i + 1] && lineWidth(body[i]!) === width && mayBeCut(body[i]!)) return true;
      return false;
    },
    width: () => told,
    seen: () => seen,
    joinAt(entry, width) {
      const { body } = entry;
      if (widestLine(body) !== width) return entry;
      // Its own lines must read as a terminal's cuts: of those that go on, as many end at the width
      // as end near it, or more (a wrap at spaces ends them anywhere below it; a cut byline's last
      // piece may end near it by chance); the first line, a byline, weighed only as a cut, as
      // `join` weighs bylines.
      let cutsHere = 0;
      let near = 0;
      for (let i = 0; i + 1 < body.length; i++) {
        if (entry.afterBlank[i + 1]) continue;
        const lineWidthNow = lineWidth(body[i]!);
        if (lineWidthNow === width && mayBeCut(body[i]!)) cutsHere += 1;
        // (One short of it counts for neither: a copy that trims the space a cut fell at leaves it.)
        else if (i > 0 && lineWidthNow !== width - 1 && Math.abs(lineWidthNow - width) < NEAR) near += 1;
      }
      return cutsHere >= 2 * near ? glueAt(entry, width) : entry;
    },
  };
}

/**
 * Whether an entry's own lines were cut at `width` throughout, though a line
 * around it is wider: a card copied from a terminal among cards pasted whole,
 * or an abstract cut into pieces of a fixed length. Of its lines that go on
 * into the next, four at least end at exactly the width and one at most
 * elsewhere (the byline's last piece, going on into the abstract); fewer
 * than a third of those that kept no space fall between whole words (see
 * `isWordBreak`; a piece may open with a word's end that is a function word,
 * "Cha" + "in of"), as `join` weighs them, and none when no cut kept a space;
 * and one at least fell at a space, kept at the piece's end or opening the
 * next, which no wrap at spaces leaves, unless six cuts or more were made.
 * (A wrap at spaces ends its lines at exactly its width now and then, seldom
 * at four in a row and at no other.)
 */
function cutThroughout(entry: RawEntry, width: number): boolean {
  const { body } = entry;
  let cuts = 0;
  let elsewhere = 0;
  let withSpace = 0;
  let wordBreaks = 0;
  for (let i = 0; i + 1 < body.length; i++) {
    if (entry.afterBlank[i + 1]) continue;
    const line = body[i]!;
    const next = body[i + 1]!;
    if (lineWidth(line) !== width || !mayBeCut(line)) {
      elsewhere += 1;
      if (elsewhere > 1) return false;
      continue;
    }
    cuts += 1;
    if (line.trailing === 1 || next.offset === line.offset + 1) withSpace += 1;
    else if (isWordBreak(line.text, next.text)) wordBreaks += 1;
  }
  return cuts >= MIN_CUTS_IN_ENTRY && (withSpace > 0 || cuts >= MIN_CUTS_IN_ENTRY_WITHOUT_SPACE) && wordBreaks * 3 < cuts - withSpace;
}
/** How many of an entry's lines must end at the width for its own lines to tell a terminal's cuts (see `cutThroughout`). */
const MIN_CUTS_IN_ENTRY = 4;
/** As many, when no cut fell at a space. */
const MIN_CUTS_IN_ENTRY_WITHOUT_SPACE = 6;

/** How wide the widest of `lines` was in the input (see `lineWidth`). */
function widestLine(lines: readonly SourceLine[]): number {
  let widest = 0;
  for (const line of lines) widest = Math.max(widest, lineWidth(line));
  return widest;
}

/** The entry with each piece cut at `width` joined to the next (the entry itself when none was). */
function glueAt(entry: RawEntry, width: number): RawEntry {
  const { body } = entry;
  // Where the entry's lines start (after any quote markers read off them): a piece that starts
  // further in opens with the space the cut fell at.
  let indent = Infinity;
  for (const line of body) indent = Math.min(indent, line.offset);
  const lines: SourceLine[] = [];
  const afterBlank: boolean[] = [];
  // The joins of the last line so far, once a join made them here: added to in place, not
  // copied at each join (a long run of pieces would take time as its square).
  let joinsMade: number[] | undefined;
  // The byline's end so far, kept apart (see `bylineEnd`): a joined string's end is not cut
  // off it without copying it whole.
  let byline = "";
  for (let i = 0; i < body.length; i++) {
    const line = body[i]!;
    const before = lines.at(-1);
    if (i === 0) byline = bylineEnd(line.text);
    const glue = before && !entry.afterBlank[i] ? cutGlue(body[i - 1]!, line, width, indent, lines.length === 1 ? byline : undefined, i === body.length - 1) : undefined;
    if (before && glue !== undefined) {
      if (lines.length === 1) byline = bylineEnd(byline + glue + line.text);
      const text = before.text + glue + line.text;
      const lastPiece = line.lastPiece ?? line;
      const joins = (joinsMade ??= [...(before.joins ?? [])]);
      joins.push(before.text.length + glue.length, line.line, line.offset);
      // (The first piece's collapsed runs keep its columns; a date that the join makes is no header.)
      lines[lines.length - 1] = before.shifts ? { line: before.line, offset: before.offset, text, lastPiece, joins, shifts: before.shifts } : { line: before.line, offset: before.offset, text, lastPiece, joins };
    } else {
      lines.push(line);
      afterBlank.push(entry.afterBlank[i]!);
      joinsMade = undefined;
    }
  }
  if (lines.length === body.length) return entry;
  return { ...entry, body: lines, afterBlank };
}

/**
 * The end of a byline joined so far, as far back as any byline reaches: what `cutGlue` reads of
 * it (a byline of junk cut over thousands of lines is not read again whole at each join).
 * (Cut off the byline's end as it grows, not off the joined line, whose copy would cost its length.)
 */
function bylineEnd(byline: string): string {
  return byline.length > BYLINE_END ? byline.slice(-BYLINE_END) : byline;
}
/** How much of a byline's end `cutGlue` reads. */
const BYLINE_END = 4000;

/**
 * What joins `next` to `line`, a piece the terminal cut at `width` ("" inside
 * a word, " " where the cut fell at a space: `line` ends in one, or `next`
 * starts further in than the entry's lines, `indent`), or `undefined` when `line` was
 * not cut. A line one short of the width ends where a copy trimmed the space
 * the cut fell at. Given the byline so far (`byline`, the pieces before
 * `next` joined), a cut with no space before a capital, after what reads as a
 * whole byline (an author list, "et al.", affiliations, a name glued to a
 * title) but for a name's prefix ("…John M. Mc" + "Bride"), may be where the
 * byline ends and its abstract begins, a byline exactly as long as the width:
 * that is left to the byline's own rules (see `joinWrappedByline`). A pager's
 * button as the entry's last line (`last`) is no piece: "Load more" under an
 * abstract as wide as the width.
 */
function cutGlue(line: SourceLine, next: SourceLine, width: number, indent: number, byline: string | undefined, last: boolean): string | undefined {
  if (!mayBeCut(line)) return undefined;
  const lineWidthNow = lineWidth(line);
  const spaceKept = (line.trailing ?? 0) > 0 || next.offset > indent;
  const trimmed = lineWidthNow === width - 1 && line.trailing === undefined;
  if (lineWidthNow !== width && !trimmed) return undefined;
  // (A pager's button after an abstract whose last piece is as wide as the width, or one short, by
  // chance: "…in the sphere." + "Load more"; only as the entry's last line.)
  if (last && isPager(next.text)) return undefined;
  // (Only a byline of a byline's length is weighed: a run of cut lines longer than any title and
  // its authors is no byline, and weighing its end at every join would cost a byline's reading each.)
  if (byline !== undefined && byline.length <= LONGEST_BYLINE && !spaceKept && CAPITAL.test(next.text) && !NAME_PREFIX_END.test(byline) && (endsInAuthorList(byline) || endsLikeByline(byline) || holdsGluedName(byline))) return undefined;
  return spaceKept || trimmed ? " " : "";
}

const CAPITAL = /^\p{Lu}/u;
/** The longest byline whose end is weighed for an author list or a name at a cut (a title, three authors, affiliations). */
const LONGEST_BYLINE = 1500;
/** A name's prefix that a capital follows inside the name ("Mc" of "McBride"): no name ends in it. */
const NAME_PREFIX_END = /\bMa?c$/;

/**
 * Whether a break with no space there falls between whole words: `line` ends
 * in a function word or `next` opens with one ("…effects of" + "the …"), or
 * `line` ends a sentence before a capital ("…the way." + "It argues") or a
 * clause before a letter, where prose has a space that a terminal's cut
 * would have kept at its end or opening the next line.
 */
function isWordBreak(line: string, next: string): boolean {
  const space = next.indexOf(" ");
  return (line.includes(" ") && endsInFunctionWord(line)) || (space > 0 && endsInFunctionWord(next.slice(0, space))) || (SENTENCE_END.test(line) && CAPITAL.test(next)) || (CLAUSE_END.test(line) && /^\p{L}/u.test(next));
}

/** A sentence's end, ending a line (before a capital: "…the way." + "It argues", not "e.g." + "the", "github." + "com"). */
const SENTENCE_END = /[.!?]$/;
/** A clause's end, ending a line (before a letter: not "1," + "000"). */
const CLAUSE_END = /[,;:]$/;

/**
 * Whether a line may be a piece a terminal cut: not padded out with blanks, no runs of spaces
 * spread inside it, no tab at its end (a terminal's screen holds spaces, and a tab left at a
 * line's end is an editor's or a sheet's, not the space a cut fell at), and not a spreadsheet's
 * whole row (see `SourceLine.rowEnded`: `"…theory",skim`, a wrap saved in a sheet whose lines
 * end at the same column by chance; a CSV file shown in a terminal has its rows cut inside their
 * cells, the pieces holding no such end).
 */
function mayBeCut(line: SourceLine): boolean {
  return (line.trailing ?? 0) <= 1 && line.shifts === undefined && line.endsInTab === undefined && line.rowEnded === undefined;
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
