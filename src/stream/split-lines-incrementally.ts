// Line splitting for text that arrives in pieces: the same lines, numbers and
// columns `splitLines` gives for the whole text, whatever the piece boundaries.
import { type SourceLine, splitLines } from "../parse/lines.js";

/** Turns text pieces into cleaned lines; `end` flushes the last line. */
export interface IncrementalLineSplitter {
  /** Takes the next piece of text, appending the lines it completes to `out`. */
  push(piece: string, out: SourceLine[]): void;
  /** Ends the text, appending the last line (possibly empty, as `splitLines` does) to `out`. */
  end(out: SourceLine[]): void;
  /** Whether the text began with a byte-order mark (known once the first line is complete). */
  readonly hadBom: boolean;
  /** The number of the line the next text goes on (1-based). */
  readonly line: number;
}

/**
 * Starts splitting text that arrives in pieces on LF, CRLF or lone CR. A CR
 * at the end of a piece waits for the next piece: "\r" + "\n" is one break.
 * Each line is cleaned by `splitLines` itself, so the two never disagree.
 *
 * @returns a splitter
 *
 * @example
 * // CR and LF in different pieces make one break
 * const s = splitLinesIncrementally();
 * const out: SourceLine[] = [];
 * s.push("CLJul 31, 2024\r", out);
 * s.push("\nGemma", out);
 * s.end(out);
 * out.map((l) => l.text); //=> ["CLJul 31, 2024", "Gemma"]
 */
export function splitLinesIncrementally(): IncrementalLineSplitter {
  let partial = "";
  let afterCR = false;
  let lineNumber = 1;
  let hadBom = false;
  const emit = (raw: string, out: SourceLine[]) => {
    out.push(cleanOne(raw, lineNumber));
    if (lineNumber === 1 && raw.charCodeAt(0) === 0xfeff) hadBom = true;
    lineNumber += 1;
  };
  return {
    get hadBom() {
      return hadBom;
    },
    get line() {
      return lineNumber;
    },
    push(piece, out) {
      if (piece.length === 0) return;
      let start = 0;
      if (afterCR) {
        afterCR = false;
        if (piece.charCodeAt(0) === 10) start = 1;
      }
      let lf = piece.indexOf("\n", start);
      let cr = piece.indexOf("\r", start);
      while (lf >= 0 || cr >= 0) {
        const isCR = cr >= 0 && (lf < 0 || cr < lf);
        const at = isCR ? cr : lf;
        emit(partial === "" ? piece.slice(start, at) : partial + piece.slice(start, at), out);
        partial = "";
        start = at + 1;
        if (isCR) {
          if (start === piece.length) afterCR = true;
          else if (piece.charCodeAt(start) === 10) start += 1;
        }
        if (lf >= 0 && lf < start) lf = piece.indexOf("\n", start);
        if (cr >= 0 && cr < start) cr = piece.indexOf("\r", start);
      }
      if (start < piece.length) partial += piece.slice(start);
    },
    end(out) {
      emit(partial, out);
      partial = "";
      afterCR = false;
    },
  };
}

/** Cleans one raw line exactly as `splitLines` cleans it inside the whole text. */
function cleanOne(raw: string, lineNumber: number): SourceLine {
  // A leading U+FEFF is a byte-order mark only on line 1; elsewhere it is a
  // zero-width space, so the line is cleaned as the second line of a text.
  const cleaned = lineNumber === 1 || raw.charCodeAt(0) !== 0xfeff ? splitLines(raw).lines[0]! : splitLines(`\n${raw}`).lines[1]!;
  // Keep everything the cleaning recorded (repairs such as mojibake read back as UTF-8).
  return { ...cleaned, line: lineNumber };
}
