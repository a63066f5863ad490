// E-mail quote markers: a listing pasted from a reply arrives with "> " (or
// ">> ", "> > ") before its lines. They are cut off, so the cards inside read
// as they were sent, and the reply's own text is kept out of them.
import { findEmbeddedHeader, matchHeaderStart } from "./header.js";
import type { SourceLine } from "./lines.js";
import { headerAfterListMarker } from "./list-marker.js";

/** What a quote reader tells its caller (see `createQuoteReader`). */
export interface QuoteEvents {
  /** A run of quoted lines opens at `line`, its first marker at the 1-based `column`. */
  opened(line: number, column: number): void;
  /**
   * Text that is none of the quoted listing's follows it: the reply's own, or
   * a quote's at a shallower depth. The card being read, if its header lies
   * in the run that opened at `startLine`, ends before this line.
   */
  left(startLine: number): void;
}

/**
 * Starts reading e-mail quote markers off lines, pushed one by one, blank
 * ones too; returns the function that reads each line (the line itself, or a
 * copy without its markers). Only the lines before are looked at, so a stream
 * reads the same.
 *
 * A run of quoted lines opens only at a card's header after markers (`>
 * CLJul 31, 2024`, `> > 2. LGFeb 10`, or one glued to the text before it,
 * `> Trending.CLJul 31, 2024`): a `>` elsewhere in a plain listing (a
 * page's `>` arrow, `> 5σ` in a wrapped abstract, `> 0.82$.hep-thJun 13, 2001`
 * under a line that leaves a formula open) changes nothing, and the
 * reply's quoted greeting before the first card is page text either way. In
 * a run, lines with markers lose them; a line with more markers than the
 * run's depth (its header's) in the middle of the text keeps the others (`>
 * … $\sin^2 2\theta` + `> > 0.82$`, the abstract's own `>`), unless it opens
 * a card or follows an empty line. A line right under one as long as a mail
 * client wraps at (40 to 100 characters) with no markers, or fewer, is that
 * line wrapped again (Outlook marks only the first line of each; a client
 * quoting a quote again gives the wrapped part the outer markers only), so
 * the run goes on. After an empty line, a short one or a longer one no
 * client wrapped, such a line is the reply's own text or a comment at an
 * outer level: the card ends, and the run too when the line has no markers.
 * A header without markers ends the run too.
 *
 * @param events - told when a run opens and when the quoted text is left
 * @returns a function that reads one line's markers off
 *
 * @example
 * // A card quoted in a reply, then the reply's signature
 * const read = createQuoteReader({ opened: (line) => console.log("quoted from", line), left: () => console.log("left") });
 * read({ line: 1, offset: 0, text: "> CLJul 31, 2024" }).text; //=> "CLJul 31, 2024" (logs "quoted from 1")
 * read({ line: 2, offset: 0, text: "> > Gemma 2: …Gemma Team, Morgane Riviere" }).text; //=> "> Gemma 2: …Gemma Team, Morgane Riviere"
 * read({ line: 3, offset: 0, text: "" }).text; //=> ""
 * read({ line: 4, offset: 0, text: "Best, Marta" }).text; //=> "Best, Marta" (logs "left")
 */
export function createQuoteReader(events: QuoteEvents): (line: SourceLine) => SourceLine {
  // The open run's first line (0 when none is open) and depth; whether the line before
  // was empty (blank, or markers alone) and how long it was as written.
  let runStart = 0;
  let depth = 0;
  let previousEmpty = true;
  let previousLength = 0;
  // Whether the paragraph so far leaves a formula open (an odd number of "$" since the last blank line or header).
  let mathOpen = false;
  const leave = () => {
    events.left(runStart);
    runStart = 0;
  };
  return (line) => {
    const text = line.text;
    const wasEmpty = previousEmpty;
    // The line may be the one above wrapped again by the mail client.
    const rewrapped = !previousEmpty && previousLength >= REWRAP_MIN && previousLength <= REWRAP_MAX;
    const inMath = mathOpen;
    previousEmpty = text === "";
    previousLength = text.length;
    // (A card's header closes its abstract's paragraph: a price's lone "$" leaves no formula open past it.)
    if (mathOpen && !line.undated && matchHeaderStart(text) !== undefined) mathOpen = false;
    mathOpen = !previousEmpty && mathOpen !== opensMath(text);
    if (text.charCodeAt(0) !== GT) {
      if (runStart === 0 || text === "") return line;
      if (matchHeaderStart(text) !== undefined) runStart = 0;
      else if (!rewrapped) leave();
      return line;
    }
    const all = markersEnd(text, Infinity);
    const markers = markerCount;
    if (all === text.length) {
      // Markers alone: a blank line of the quote.
      previousEmpty = true;
      return runStart === 0 ? line : withoutStart(line, all);
    }
    // (A card's header after the markers, a list's marker before it or not: "> 2. LGFeb 10".)
    const opensCard = headerAfterListMarker(text.slice(all)) !== undefined;
    if (runStart === 0) {
      // (A header glued to the end of the line before it opens a run too: "> … Trending.CLJul 31, 2024".)
      if (!opensCard && (line.undated || findEmbeddedHeader(text.slice(all)) === undefined || inMath)) return line;
      runStart = line.line;
      depth = markers;
      events.opened(line.line, line.offset + 1);
      return withoutStart(line, all);
    }
    if (opensCard || markers === depth || (markers > depth && wasEmpty)) {
      depth = markers;
      return withoutStart(line, all);
    }
    if (markers > depth) return withoutStart(line, markersEnd(text, depth));
    // Fewer markers, and text: a deeper quote's line wrapped again by a client that quoted it
    // once more (the markers of the outer level only), or else a comment of an outer level.
    if (!rewrapped) {
      depth = markers;
      events.left(runStart);
    }
    return withoutStart(line, all);
  };
}

const GT = 62;

/**
 * Whether `text` leaves a formula open: an odd number of `$`. A `>` opening
 * a later line of its paragraph is then the formula's ("…with $\sin^2 2\theta" + "> 0.82$.",
 * or "…with $\sin^2" + "2\theta" + "> 0.82$."),
 * not a quote marker.
 */
function opensMath(text: string): boolean {
  let dollars = 0;
  for (let at = text.indexOf("$"); at >= 0; at = text.indexOf("$", at + 1)) dollars += 1;
  return dollars % 2 === 1;
}

/** The lengths of a line a mail client wrapped: they wrap at 60 to 78 characters, some at up to 100, and a wrapped line falls short of the width by at most a long word or two. */
const REWRAP_MIN = 40;
const REWRAP_MAX = 100;

// How many markers `markersEnd` last passed (set by it, so it needs no result object).
let markerCount = 0;

/**
 * Where the first `count` quote markers of `text` end, with the spaces after
 * each (`>`, `> `, `>>`, `> > `); sets `markerCount` to how many it passed.
 */
function markersEnd(text: string, count: number): number {
  let at = 0;
  markerCount = 0;
  while (markerCount < count && text.charCodeAt(at) === GT) {
    at += 1;
    markerCount += 1;
    while (text.charCodeAt(at) === 32) at += 1;
  }
  return at;
}


/**
 * `line` without its first `cut` characters. Its columns stay counted in the
 * cleaned line, as every diagnostic's are until they are mapped to the input
 * through the original line's `shifts` (see `withSourceColumns`). The new line
 * keeps the original's `shifts` and `trailing` blanks only for what they tell
 * of the line as it was typed: how wide it was and whether it held runs of
 * spaces, which no piece a terminal cut holds (see `lineWidth`). Its record of
 * tabs (`SourceLine.tabs`, a sheet's cells) is dropped, unless `keepTabsFrom`
 * is given: then it keeps those after the cut, and those from `keepTabsFrom`
 * on among the blanks cut off, as a leading tab (a diff's `+` before a row
 * whose first cell is empty, `+\tread`). A chat log's and a reply's tabs are
 * dropped: they were the log's or the typist's, and part no sheet's cells
 * (`endsInTab` stays: a tab the line ended in tells it was no terminal's piece). The
 * lines a terminal cut and joined onto it (`joins`, `lastPiece`) stay, counted
 * from the cut; a cut inside one of them starts the new line in it.
 *
 * @example
 * withoutStart({ line: 3, offset: 0, text: "> We study." }, 2); //=> { line: 3, offset: 2, text: "We study." }
 * withoutStart({ line: 4, offset: 0, text: "+LGFeb 10 read", tabs: [9] }, 1, 1).tabs; //=> [8]
 *
 * @internal
 */
export function withoutStart(line: SourceLine, cut: number, keepTabsFrom = Infinity): SourceLine {
  // (A cut inside a line joined onto this one starts the new line there: its line and column.)
  let base = -1;
  for (let k = 0; line.joins && k < line.joins.length && line.joins[k]! <= cut; k += 3) base = k;
  const start = base < 0 ? { line: line.line, offset: line.offset + cut } : { line: line.joins![base + 1]!, offset: line.joins![base + 2]! + cut - line.joins![base]! };
  const cleaned: { -readonly [K in keyof SourceLine]: SourceLine[K] } = { line: start.line, offset: start.offset, text: line.text.slice(cut) };
  if (line.shifts) cleaned.shifts = line.shifts;
  if (line.trailing) cleaned.trailing = line.trailing;
  if (line.repairs) cleaned.repairs = line.repairs;
  if (line.undated) cleaned.undated = true;
  if (line.endsInTab) cleaned.endsInTab = true;
  if (line.tabs && keepTabsFrom <= cut) {
    const tabs = tabsAfter(line.tabs, cut, keepTabsFrom);
    if (tabs.length > 0) cleaned.tabs = tabs;
  }
  // (Lines a terminal cut, joined onto this one: where each starts, counted without the cut.)
  if (line.lastPiece) cleaned.lastPiece = line.lastPiece;
  if (line.joins) {
    const joins: number[] = [];
    for (let k = 0; k < line.joins.length; k += 3) if (line.joins[k]! > cut) joins.push(line.joins[k]! - cut, line.joins[k + 1]!, line.joins[k + 2]!);
    if (joins.length > 0) cleaned.joins = joins;
  }
  return cleaned;
}

/**
 * The tabs of `tabs` (see `SourceLine.tabs`) that stood at or after `from`, counted from `cut`
 * (a tab among the blanks cut off, `from` ≤ it < `cut`, at 0: the line's leading tab).
 */
function tabsAfter(tabs: readonly number[], cut: number, from: number): number[] {
  const kept: number[] = [];
  for (const at of tabs) if (at >= from) kept.push(Math.max(0, at - cut));
  return kept;
}
