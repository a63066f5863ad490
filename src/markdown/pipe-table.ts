// Pipe tables, which remark-parse (CommonMark, no GFM) leaves as paragraphs: told from other
// paragraphs, and read cell by cell when their cells hold cards.

import { categoryCodes, findEmbeddedHeader, matchHeaderStart } from "../parse/header.js";
import { type Piece, type PieceLine, type Walk, lineText, pieceSlice } from "./piece-line.js";

/**
 * The rows of a pipe table that remark-parse (CommonMark, no GFM) left as a
 * paragraph, each the lines it holds (a `<br>` in a cell parts lines), or
 * `undefined` when the paragraph is no table: a table's second row is its
 * delimiter row ("| --- | :---: |"), and its first holds a bar.
 *
 * @example
 * // walk.out from `first` on: "| Card | Abstract |", "| --- | --- |", "| CLJul 31, 2024 | We … |"
 * tableRows(walk, first)?.length; //=> 3
 *
 * @internal
 */
export function tableRows(walk: Walk, first: number): PieceLine[][] | undefined {
  const { out, source } = walk;
  if (out.length - first < 2) return undefined;
  const rows: PieceLine[][] = [];
  for (let i = first; i < out.length; i++) {
    const line = out[i];
    if (!line) return undefined;
    // A new row when a line break stands between this line's start and the one before's
    // (a "<br>" parts the lines of one row): each stretch of source is read once.
    let broken = i === first;
    for (let k = line.start - 1; !broken && k >= out[i - 1]!.start; k--) broken = source.charCodeAt(k) === 10;
    if (broken) {
      // Only the first two rows tell a table.
      if (rows.length === 1 && !rows[0]!.some((l) => l.pieces.some((p) => p.text.includes("|")))) return undefined;
      if (rows.length === 2 && !isDelimiterRow(rows[1]!)) return undefined;
      rows.push([]);
    }
    rows.at(-1)!.push(line);
  }
  return rows.length >= 2 && isDelimiterRow(rows[1]!) && rows[0]!.some((l) => l.pieces.some((p) => p.text.includes("|"))) ? rows : undefined;
}

/**
 * Whether a table's cell holds a card header, as a line of a listing holds one: at its start,
 * its code glued to its date ("CLJul 31, 2024", "CLJul 31, 2024Gemma 2…"), or glued to the
 * text before it ("Card: CLJul 31, 2024"); the code must name a category ("Mar 3, 2024", a
 * release date, is none).
 *
 * @example
 * holdsCardHeader("Card: CLJul 31, 2024"); //=> true
 * holdsCardHeader("Mar 3, 2024"); //=> false
 *
 * @internal
 */
export function holdsCardHeader(text: string): boolean {
  const start = matchHeaderStart(text);
  return (start !== undefined && start.dateOffset === start.code.length && categoryCodes(start.code) !== undefined) || findEmbeddedHeader(text) !== undefined;
}

/** Whether a row is a table's delimiter row: "| --- | :---: |", "---|---". */
function isDelimiterRow(row: readonly PieceLine[]): boolean {
  return row.length === 1 && DELIMITER_ROW.test(lineText(row[0]!).trim());
}

const DELIMITER_ROW = /^\|? *:?-+:? *(?:\| *:?-+:? *)*\|?$/;

/**
 * The lines of a pipe table (see `tableRows`), for one a note app wrote with
 * cards pasted into its cells (Notion: "| CLApr 12, 2023 | Title…Authors |
 * Abstract… | tags |", or a card in one cell, its lines parted by `<br>`):
 * each cell is a paragraph of its own, its `<br>` breaks line breaks, so a
 * card's header, byline and abstract cells read as a card's lines and the
 * cells after them as text after it. The header row stays one line unless
 * `splitHeaderRow`. The delimiter row is markup and left out; a bar escaped in
 * a cell ("econ \\| methods") is text.
 *
 * @example
 * // "| Header | Byline |", "|---|---|", "| CLJul 31, 2024 | [Gemma 2](…)Gemma Team |"
 * tableLines(rows, source, false).map((line) => line && lineText(line).trim());
 * //=> ["| Header | Byline |", undefined, "CLJul 31, 2024", undefined, "Gemma 2Gemma Team"]
 *
 * @internal
 */
export function tableLines(rows: readonly PieceLine[][], source: string, splitHeaderRow: boolean): (PieceLine | undefined)[] {
  const lines: (PieceLine | undefined)[] = [];
  const apart = () => {
    if (lines.length > 0 && lines.at(-1) !== undefined) lines.push(undefined);
  };
  rows.forEach((row, r) => {
    if (r === 1) return;
    if (r === 0 && !splitHeaderRow) {
      for (const line of row) lines.push(line);
      apart();
      return;
    }
    for (const line of row) {
      let cell: PieceLine = { ...line, pieces: [] };
      const end = () => {
        if (cell.pieces.some((p) => p.text.trim() !== "")) lines.push(cell);
      };
      for (const piece of line.pieces) {
        let from = 0;
        for (let bar = cellBar(piece, source, 0); bar >= 0; bar = cellBar(piece, source, from)) {
          if (bar > from) cell.pieces.push(pieceSlice(piece, from, bar));
          end();
          apart();
          cell = { ...line, pieces: [], start: piece.offsets[bar]! + 1 };
          from = bar + 1;
        }
        if (from < piece.text.length) cell.pieces.push(from === 0 ? piece : pieceSlice(piece, from, piece.text.length));
      }
      end();
    }
    apart();
  });
  if (lines.at(-1) === undefined) lines.pop();
  return lines;
}

/** Where the next bar parting two cells is in a piece of a table row, from `from` on, or -1: not in a link or code, nor escaped or a reference. */
function cellBar(piece: Piece, source: string, from: number): number {
  if (piece.kind !== "text" || piece.code) return -1;
  for (let i = piece.text.indexOf("|", from); i >= 0; i = piece.text.indexOf("|", i + 1)) {
    // (A bar written "&#124;" is text, as GFM parts cells before it reads references.)
    if (source[piece.offsets[i]!] === "|" && source[piece.offsets[i]! - 1] !== "\\") return i;
  }
  return -1;
}
