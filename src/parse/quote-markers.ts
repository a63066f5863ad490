// E-mail quote markers: a listing pasted from a reply arrives with "> " (or
// ">> ", "> > ") before every line. They are cut off, run by run, so the
// cards inside read as they were sent.
import { matchHeaderStart } from "./header.js";
import type { SourceLine } from "./lines.js";

/** A run of quoted lines whose markers were cut (see `createQuoteReader`). */
export interface QuotedRun {
  /** The run's first and last line numbers. */
  readonly startLine: number;
  readonly endLine: number;
  /** The 1-based column of the first line's first marker. */
  readonly column: number;
}

/** Reads quote markers off lines pushed one by one (see `createQuoteReader`). */
export interface QuoteReader {
  /** The line with its quote markers cut, or the line itself. */
  read(line: SourceLine): SourceLine;
  /** Ends the input; returns the run still open, if any. */
  end(): QuotedRun | undefined;
  /**
   * The run the last `read` closed, if any: a second line of text after the run, or a line
   * of text after a blank one, closes it.
   */
  readonly closed: QuotedRun | undefined;
}

/**
 * Starts reading e-mail quote markers off lines. A line opening with `>` is
 * quoted when the line before it was, or was blank (or there was none), or
 * when it holds nothing but markers, or a card's header follows them, or
 * when the line before is one line of text right under a quoted line: a
 * quoted line the mail client wrapped again without markers (`> … first
 * part` + `second part` + `> …`), which the run goes on over. Only
 * looking back, so streamed text reads the same; and a hard-wrapped abstract
 * whose line happens to open with `>` (`… accuracy` + `> 90% on …`) keeps it,
 * since the line before it is neither blank nor quoted.
 *
 * A run of quoted lines has a depth, the markers of its first line: a line
 * with more goes on at that depth and keeps the others (`> ` + `> 0.82$.`, a
 * wrapped abstract's `>` quoted), unless nothing or a header follows them, or
 * the line before was empty: then a quote inside the quote begins (`> Jana
 * wrote:` + `> > CLJul 31, 2024`). A line with fewer lowers the depth.
 *
 * @returns a reader to push every line through, blank ones too
 *
 * @example
 * // A card quoted in a reply
 * const quotes = createQuoteReader();
 * quotes.read({ line: 1, offset: 0, text: "> CLJul 31, 2024" }).text; //=> "CLJul 31, 2024"
 * quotes.read({ line: 2, offset: 0, text: "> Gemma 2: …Gemma Team, Morgane Riviere" }).offset; //=> 2
 * quotes.end(); //=> { startLine: 1, endLine: 2, column: 1 }
 */
export function createQuoteReader(): QuoteReader {
  // "rewrapped": one line of text right under a quoted line, which the run may go on over.
  let previous: "start" | "blank" | "quoted" | "rewrapped" | "plain" = "start";
  // The run's depth, and whether its last line held nothing but markers.
  let depth = 0;
  let previousEmpty = false;
  let run: { startLine: number; endLine: number; column: number } | undefined;
  let closed: QuotedRun | undefined;
  const close = () => {
    if (run) closed = run;
    run = undefined;
  };
  return {
    get closed() {
      return closed;
    },
    read(line) {
      closed = undefined;
      const text = line.text;
      if (text.charCodeAt(0) !== GT) {
        if (text === "") {
          // A blank line inside a run keeps it open: the next quoted line may go on.
          if (previous === "rewrapped") close();
          previous = "blank";
          previousEmpty = true;
          return line;
        }
        if (previous === "quoted") {
          previous = "rewrapped";
          return line;
        }
        close();
        previous = "plain";
        return line;
      }
      const markers = countMarkers(text);
      let cut = markersEnd(text, markers);
      const rest = text.slice(cut);
      const opensQuote = rest === "" || matchHeaderStart(rest) !== undefined;
      if (previous !== "quoted" && previous !== "rewrapped") {
        if (previous === "plain" && !opensQuote) return line;
        depth = markers;
      } else if (markers <= depth || opensQuote || previousEmpty) {
        depth = markers;
      } else {
        // More markers than the run's in the middle of its text: the rest are the line's own.
        cut = markersEnd(text, depth);
      }
      previous = "quoted";
      previousEmpty = cut === text.length;
      if (run) run.endLine = line.line;
      else run = { startLine: line.line, endLine: line.line, column: line.offset + 1 };
      return withoutStart(line, cut);
    },
    end() {
      const open = run;
      run = undefined;
      previous = "start";
      depth = 0;
      return open;
    },
  };
}

const GT = 62;

/** How many quote markers open `text`: `>` signs, spaces between them allowed. */
function countMarkers(text: string): number {
  let count = 0;
  for (let at = 0; text.charCodeAt(at) === GT; count++) {
    at += 1;
    while (text.charCodeAt(at) === 32) at += 1;
  }
  return count;
}

/** Where the first `count` quote markers of `text` end, with the spaces after each. */
function markersEnd(text: string, count: number): number {
  let at = 0;
  for (let n = 0; n < count && text.charCodeAt(at) === GT; n++) {
    at += 1;
    while (text.charCodeAt(at) === 32) at += 1;
  }
  return at;
}

/**
 * `line` without its first `cut` characters. Its columns stay counted in the
 * cleaned line, as every diagnostic's are until they are mapped to the input
 * through the original line's `shifts` (see `withSourceColumns`), so the new
 * line carries none of its own.
 */
function withoutStart(line: SourceLine, cut: number): SourceLine {
  const cleaned: { -readonly [K in keyof SourceLine]: SourceLine[K] } = { line: line.line, offset: line.offset + cut, text: line.text.slice(cut) };
  if (line.repairs) cleaned.repairs = line.repairs;
  if (line.undated) cleaned.undated = true;
  return cleaned;
}
