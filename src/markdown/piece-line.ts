// The shapes the Markdown walk builds lines of (pieces of text, links and emphasis with the
// source offset of each character, and what the walk carries along), and the small helpers
// every part of it reads them with.

/**
 * A run of inline content: plain text, a link, or emphasis.
 *
 * @internal
 */
export interface Piece {
  readonly kind: "text" | "link" | "emphasis";
  text: string;
  offsets: number[];
  readonly url?: string;
  /** Source offsets where the node starts and ends, for the syntax the renderer adds back. */
  readonly from: number;
  readonly to: number;
  /** The text is an inline code span's (`` `…` ``). */
  readonly code?: true;
}

/**
 * A line of pieces, before it is rendered one way or another.
 *
 * @internal
 */
export interface PieceLine {
  pieces: Piece[];
  start: number;
  /** The line is an ATX heading's, and its first piece the "## " put back before it. */
  heading?: true;
  /** The line is inside a block quote (where an Obsidian callout's marker may open it). */
  quoted?: true;
  /** The line is inside a list item (an outliner's block, where a property line may stand). */
  listed?: true;
  /** The line is a code block's, verbatim: no repair applies to it. */
  verbatim?: true;
}

/**
 * What walking the blocks carries along.
 *
 * @internal
 */
export interface Walk {
  readonly source: string;
  readonly definitions: ReadonlyMap<string, string>;
  readonly out: (PieceLine | undefined)[];
  /** Blockquote depth: continuation lines start with this many ">" markers. */
  readonly quote: number;
  /** The source line whose escapes were last read, and what they tell (see `escapesOfLine`). */
  readonly escapeLine: { start: number; end: number; dollars: boolean; backslashes: boolean; quotes: boolean };
  /** Inside a list item (an outliner's block, where a property line may stand). */
  readonly listed?: true;
  /**
   * The source `opensInMath` last read (a paragraph's or heading's inline content, `blockFrom`
   * to `blockTo`, or else a line), and the offsets of its math's dollars.
   */
  readonly mathScan: { start: number; end: number; spans: number[]; next: number; blockFrom: number; blockTo: number };
}

/**
 * The text of a line, its pieces joined.
 *
 * @example
 * // A title link and the authors glued after it
 * lineText({ pieces: [title, authors], start: 0 }); //=> "Gemma 2Gemma Team, Morgane Riviere"
 *
 * @internal
 */
export function lineText(line: PieceLine): string {
  return line.pieces.map((p) => p.text).join("");
}

/**
 * The characters `from` to `to` of a piece, as a piece.
 *
 * @example
 * // A table row's second cell
 * pieceSlice({ kind: "text", text: "a|bc", offsets: [7, 8, 9, 10], from: 7, to: 11 }, 2, 4);
 * //=> { kind: "text", text: "bc", offsets: [9, 10], from: 9, to: 11 }
 *
 * @internal
 */
export function pieceSlice(piece: Piece, from: number, to: number): Piece {
  return { ...piece, text: piece.text.slice(from, to), offsets: piece.offsets.slice(from, to), from: piece.offsets[from]!, to: piece.offsets[to - 1]! + 1 };
}
