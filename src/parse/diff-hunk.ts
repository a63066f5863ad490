// A diff's hunks: a listing kept in a repository and copied out of `git
// diff`, `git show` or `git log -p` has a `+` before every line it added and a
// space before every line it kept, under a hunk header that counts them
// (`@@ -70,4 +70,51 @@`). The marks are cut off, so the cards read as the
// file holds them; the lines the diff removed are kept out of them.
import type { SourceLine } from "./lines.js";
import { withoutStart } from "./quote-markers.js";

/** What a diff hunk reader tells its caller (see `createDiffHunkReader`). */
export interface DiffHunkEvents {
  /** A hunk's lines are read without their marks after `line`, its header, which is dropped. */
  opened(line: SourceLine): void;
  /** A line of the hunk that is dropped: one the diff removed, or git's `\ No newline at end of file`. */
  dropped(line: SourceLine): void;
}

/**
 * A unified diff's hunk header: the first line and the count of lines of the
 * old file, then of the new one (a count left out is one), then, after `@@`,
 * what git shows of the line above the hunk.
 */
const HUNK_HEADER = /^@@ -\d+(?:,(\d+))? \+\d+(?:,(\d+))? @@(?: |$)/;

/**
 * Starts reading a diff's hunks off lines, pushed one by one, blank ones
 * too; returns the function that reads each line (the line itself, a copy
 * without its mark, or `undefined` for a line that is dropped).
 * Only the lines before are looked at, so a stream reads the same.
 *
 * The reading opens at a hunk's header and lasts for as many lines as it
 * counts: a line opening with `+` was added, with `-` removed (dropped, as
 * the file no longer holds it), anything else kept (its mark, a space, is
 * cut off with the rest of the line's indent). git's `\ No newline at end of
 * file`, after a hunk's line or its last, counts for no side and is dropped. The hunk's header is dropped
 * too: the text git shows after it repeats a line of the file. Outside a
 * hunk nothing changes, so a line of a plain listing that opens with `+`
 * or `-` is read as it is, and the diff's other lines (`diff --git`,
 * `index`, `+++ b/…`, a commit's header) are page text.
 *
 * @param events - told when a hunk opens and of each line dropped
 * @returns a function that reads one line's mark off
 *
 * @example
 * const read = createDiffHunkReader({ opened: () => {}, dropped: () => {} });
 * read({ line: 1, offset: 0, text: "@@ -0,0 +1,3 @@" }); //=> undefined
 * read({ line: 2, offset: 0, text: "+LGFeb 10" }).text; //=> "LGFeb 10"
 */
export function createDiffHunkReader(events: DiffHunkEvents): (line: SourceLine) => SourceLine | undefined {
  // The lines of the hunk still to come on either side (both 0 outside a hunk).
  let old = 0;
  let added = 0;
  // Whether the line before was a hunk's last (git's note on it may follow).
  let ended = false;
  return (line) => {
    const text = line.text;
    const first = text.charCodeAt(0);
    if (ended) {
      ended = false;
      if (first === BACKSLASH && line.offset === 0) {
        events.dropped(line);
        return undefined;
      }
    }
    if (old === 0 && added === 0) {
      // (Only a line opening with "@" is looked at further: most lines.)
      const header = first === AT ? HUNK_HEADER.exec(text) : null;
      if (!header) return line;
      old = header[1] === undefined ? 1 : Number(header[1]);
      added = header[2] === undefined ? 1 : Number(header[2]);
      events.opened(line);
      return undefined;
    }
    // (A mark opens the line as it was typed; a kept line's space mark was cut off as its indent.)
    const marked = line.offset === 0;
    if (marked && first === BACKSLASH) {
      events.dropped(line);
      return undefined;
    }
    if (marked && first === MINUS && old > 0) {
      old -= 1;
      ended = old === 0 && added === 0;
      events.dropped(line);
      return undefined;
    }
    if (marked && first === PLUS && added > 0) {
      added -= 1;
      ended = old === 0 && added === 0;
      // (A tab right after the mark is the line's own: a sheet's row whose first cell is empty.)
      return withoutStart(line, markEnd(text), 1);
    }
    // A line the hunk kept (its space mark cut off as the line's indent), or, when a side's
    // count is spent, what follows the hunk, read as it is.
    if (old > 0 && added > 0) {
      old -= 1;
      added -= 1;
      ended = old === 0 && added === 0;
      return line;
    }
    old = 0;
    added = 0;
    return line;
  };
}

const AT = 64;
const BACKSLASH = 92;
const MINUS = 45;
const PLUS = 43;

/** Where the text after a `+` mark starts: past the mark and any blanks after it. */
function markEnd(text: string): number {
  let at = 1;
  while (text.charCodeAt(at) === 32) at += 1;
  return at;
}
