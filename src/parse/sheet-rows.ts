// A listing that went through a spreadsheet and came back parted by another
// separator than the comma: a range of a sheet copied and pasted as text (cells
// parted by tabs, as Google Sheets and Excel put them on the clipboard), or a
// sheet saved as CSV where the comma is a decimal sign (cells parted by ";", as
// Excel writes it in German or French). Each row is a line again, a sheet with
// notes in other columns adds them after a separator (`…Jane Doe\tread\t`,
// `LGFeb 10;`), and a cell holding a line break (or, with ";", the separator or a
// quote) is enclosed in double quotes, with every quote inside it doubled. The
// first column is read. (A comma's CSV quotes most lines: see `createCsvReader`.)
import { endsInHeader, isWholeHeader } from "./csv-cells.js";
import { isAuthorListLine } from "./wrapped-byline.js";
import { MAX_TABS, type SourceLine } from "./lines.js";

/** A separator of a spreadsheet's cells other than the comma. */
export type SheetSeparator = "\t" | ";";

/** The reader of a spreadsheet's rows (see `createSheetReader`). */
export interface SheetReader {
  /**
   * Reads the next line: the line itself, or its first cell, or an empty
   * line for a line of a note in quotes over several lines (the note is
   * reported). With `csv`, the lines are read as a comma's CSV already
   * (see `createCsvReader`): the reading does not begin.
   */
  read(line: SourceLine, csv?: boolean): SourceLine;
  /**
   * Reads lines seen before the reading began, once it has (the open
   * card's lines), as `read` would have: each row's first cell, an empty
   * line for a note's, the others as they are.
   */
  again(lines: readonly SourceLine[]): SourceLine[];
  /**
   * Passes over a line of the input that a reader before this one dropped, so
   * that it is none of the listing's (a diff's removed line or hunk header,
   * someone else's line in a chat log): the runs of rows go on over it.
   */
  skip(line: number): void;
}

/** What the reader reports, as it reads lines one by one. */
export interface SheetReport {
  /** The first line read as a spreadsheet's row, the 1-based column of its text, and the separator of its cells. */
  opened(line: number, column: number, separator: SheetSeparator): void;
  /** Text of a row's other columns (a note typed beside the line), at its 1-based column. */
  otherColumns(line: number, column: number, text: string): void;
}

/**
 * Starts reading lines as the rows of a spreadsheet parted by tabs or
 * semicolons; returns the reader of each line.
 *
 * A sheet writes every row with as many separators as it has columns, less
 * one, empty cells and all. The reading begins:
 *
 * - at the third line in a row with the same number of tabs, or of
 *   semicolons with no space after them (prose puts one there), and no
 *   other cell over 60 characters (a note's, not prose) nor opening with a
 *   comma or a semicolon (a CSV's row, whose first cell ended in a tab),
 *   when one of them
 *   holds a card's header in its first cell (a program's lines end in
 *   semicolons too) and, with tabs, one has text in another cell after a
 *   first cell with a letter or a digit (empty cells after tabs are
 *   trailing white space, trimmed anyway; text after an empty first cell is
 *   a line a tab indented, or a quote marker's);
 * - or at once at a card's header (alone, or after page text) with a
 *   semicolon after it (`LGFeb 10;`), which no listing writes, or with a tab
 *   and a short note that reads as no badge (`LGFeb 10\tread`, not
 *   `LGFeb 10\tCode`), or in quotes with a tab after it (a sheet quotes a
 *   cell that holds a tab);
 * - or at once at any line whose first cell, in quotes, holds a tab, with a
 *   tab after it (`"\tStable group theory …Ehud Hrushovski"\t`);
 * - or, with tabs, at a card's header that ends a run of lines with the same
 *   number of tabs from the card's header before it, when two rows of the
 *   run have an empty first cell and a short note beside it (`\tskim`,
 *   `\tcite?`: a sheet's blank rows with notes, see `isBlankRowNote`), where
 *   the card's own rows had none. (A line that a reader before this one
 *   dropped, a diff's removed line or someone else's chat line, is none of
 *   the listing's: the run goes on over it, see `skip`.)
 *
 * The open card's lines, read before, are then read again (`again`). From
 * there on:
 *
 * - a line with a separator outside quoted cells is a row: its first cell
 *   is read, without its quotes, and the other cells' text is reported;
 *   but it is left whole when another cell holds a card's header or an
 *   author list (a tab parted it from its title), or when its first cell
 *   has no letter or digit and the rest reads as a card's line; once a
 *   row parted by tabs has shown a first cell with a letter and no quote,
 *   a cell in quotes that holds no tab, quote or comma keeps its quotes, as
 *   a copied range quotes only the cells that need it;
 * - a cell whose quote does not close on its line holds line breaks: a
 *   first cell's lines are read as the cell's, a note's are reported, until
 *   the quote closes (or a whole row comes, when the quote was the text's
 *   own);
 * - other lines are left as they are, and a line with a semicolon and a
 *   space, which a sheet parting cells by semicolons would have quoted,
 *   ends the reading.
 *
 * Only the lines before are looked at (and the open card's, read again
 * through the entry assembler), so a stream reads the same.
 *
 * @param report - told where the reading begins, and of other columns' text
 * @returns the reader
 *
 * @example
 * const { read } = createSheetReader({ opened: () => {}, otherColumns: () => {} });
 * read({ line: 1, offset: 0, text: "Listing;Notes" }).text; //=> "Listing;Notes"
 * read({ line: 2, offset: 0, text: "LGFeb 10;" }).text; //=> "LGFeb 10"
 * read({ line: 3, offset: 0, text: "A TitleJane Doe, John Roe;read" }).text; //=> "A TitleJane Doe, John Roe"
 * read({ line: 4, offset: 0, text: '"We study A; and B.";' }).text; //=> "We study A; and B."
 */
export function createSheetReader(report: SheetReport): SheetReader {
  let separator: SheetSeparator | undefined;
  // Separators in the row the reading began at.
  let columns = 0;
  // Inside a cell in quotes that holds line breaks: its lines read so far, and whether it is
  // the row's first cell (read as the line) or a note (reported).
  let quotedLines = -1;
  let quotedNote = false;
  // The runs of lines in a row with the same number of tabs, and of semicolons.
  const tabRun: Run = { count: 0, length: 0, headers: 0, notes: false, blankNotes: 0, shortNoteLast: false, last: 0 };
  const semicolonRun: Run = { count: 0, length: 0, headers: 0, notes: false, blankNotes: 0, shortNoteLast: false, last: 0 };
  // Set, once a reading by tabs has begun, at a row whose first cell holds a letter and no quote:
  // the sheet quotes only cells that need it (a copied range, not a text file of LibreOffice's
  // "Quote all text cells"), so a cell it had no cause to quote keeps its quotes as the text's
  // own. (Cleared when a reading begins or ends: a line before it may be anyone's.)
  let minimalQuotes = false;
  return { read, again, skip };

  function skip(at: number): void {
    if (tabRun.last === at - 1) tabRun.last = at;
    if (semicolonRun.last === at - 1) semicolonRun.last = at;
  }

  /** A line split into cells (see `splitRow`), noting, once the reading has begun, whether the sheet quotes every text cell. */
  function rowOf(line: SourceLine, by: SheetSeparator, whole?: number): SplitRow {
    const row = splitRow(line, by, 0, whole, by === "\t" && minimalQuotes);
    const first = row.cells[0];
    if (separator === "\t" && !minimalQuotes && first && !first.quoted && LETTER.test(first.text) && !first.text.includes('"')) minimalQuotes = true;
    return row;
  }

  function read(line: SourceLine, csv = false): SourceLine {
    if (separator !== undefined && quotedLines >= 0) {
      const inside = readQuotedLine(line);
      if (inside) return inside;
    }
    // (A line that is no row breaks the runs by its number alone: see `Run.last`.)
    if (!mayBeRow(line, separator)) return line;
    if (separator === undefined) return begin(line, csv);
    const row = rowOf(line, separator, wholeRow());
    // A semicolon and a space outside quotes: no sheet wrote the line. Plain lines follow.
    if (row.prose) {
      separator = undefined;
      minimalQuotes = false;
      return line;
    }
    return readRowOrQuote(line, row);
  }

  /** Reads a line before the reading: the line itself, or its first cell when the reading begins there. */
  function begin(line: SourceLine, csv: boolean): SourceLine {
    // (Rows of a comma's CSV are read by `createCsvReader`: tabs and semicolons inside their quoted cells part nothing.)
    if (csv) return line;
    const quote = line.text.charCodeAt(0) === 34;
    const byTabs = line.tabs || quote ? rowOf(line, "\t") : undefined;
    const bySemicolons = quote || hasSemicolonNearEnd(line.text) ? splitRow(line, ";") : undefined;
    extend(tabRun, byTabs, line.line);
    extend(semicolonRun, bySemicolons, line.line);
    const sheet = byTabs && (begins(tabRun, byTabs, "\t") || holdsQuotedTab(line, byTabs)) ? "\t" : bySemicolons && begins(semicolonRun, bySemicolons, ";") ? ";" : undefined;
    if (sheet === undefined) return line;
    separator = sheet;
    minimalQuotes = false;
    const row = (sheet === "\t" ? byTabs : bySemicolons)!;
    columns = row.cells.length - 1;
    report.opened(line.line, line.offset + row.cells[0]!.at + 1, sheet);
    return readRowOrQuote(line, closeCell(row));
  }

  /**
   * How many tabs after a first cell's opening quote make the line a whole row, its quote the
   * text's own (`"get lots of reward within at` + tab + `read`): as many as the row the reading
   * began at. A sheet quotes a cell that holds a line break, and the rest of its row follows the
   * closing quote, lines below. (With semicolons, a sheet quotes a cell that holds a quote, so a
   * line opening with one opens a cell.)
   */
  function wholeRow(): number {
    return separator === "\t" && columns > 0 ? columns : Infinity;
  }

  /** A row's first cell, as `readRow`; when its last cell opens a quote that goes on, what follows is that cell's. */
  function readRowOrQuote(line: SourceLine, row: SplitRow): SourceLine {
    if (row.open) {
      quotedLines = 0;
      quotedNote = row.cells.length > 1;
      return quotedNote ? readRow(line, row) : cellText(line, row.cells[0]!);
    }
    // (Any row with a separator: a note holding one unquoted, `x;y`, may have made the row the
    // reading began at look wider than the others.)
    return row.cells.length > 1 ? readRow(line, row) : line;
  }

  function again(lines: readonly SourceLine[]): SourceLine[] {
    if (separator === undefined) return [...lines];
    // (The reading's own state is kept: `read` goes on from the line after these.)
    const saved = [quotedLines, quotedNote, minimalQuotes] as const;
    quotedLines = -1;
    const read = lines.map((line) => {
      if (quotedLines >= 0) {
        const inside = readQuotedLine(line);
        if (inside) return inside;
      }
      if (!mayBeRow(line, separator)) return line;
      const row = rowOf(line, separator!, wholeRow());
      return row.prose ? line : readRowOrQuote(line, closeCell(row));
    });
    [quotedLines, quotedNote, minimalQuotes] = saved;
    return read;
  }

  /**
   * A line inside a cell in quotes that holds line breaks, up to its closing quote: the cell's
   * text (a first cell's), or an empty line (a note's, reported). A whole row (as many
   * separators as the row the reading began at, or a card's header and a separator), and for
   * a note a line over 200 characters, ends the cell instead, unread (its quote was the text's
   * own: a note `"` alone): `undefined`, the line to read as any.
   */
  function readQuotedLine(line: SourceLine): SourceLine | undefined {
    const close = closingQuote(line, 0, separator!);
    if (close < 0) {
      const row = splitRow(line, separator!);
      const whole = !row.open && row.cells.length > 1 && (row.cells.length - 1 >= columns || isWholeHeader(row.cells[0]!.text.trim()));
      if (whole || (quotedNote && line.text.length > MAX_NOTE_LINE) || ++quotedLines >= MAX_CELL_LINES) {
        quotedLines = -1;
        if (whole) return undefined;
      }
      if (!quotedNote) return cellText(line, { text: line.text, at: 0, quoted: false, doubled: true });
      if (line.text !== "") report.otherColumns(line.line, line.offset + 1, line.text);
      return { line: line.line, offset: line.offset, text: "" };
    }
    quotedLines = -1;
    if (quotedNote) {
      report.otherColumns(line.line, line.offset + 1, line.text);
      return { line: line.line, offset: line.offset, text: "" };
    }
    const row = splitRow(line, separator!, close + 1);
    return readRow(line, { ...row, cells: [{ text: line.text.slice(0, close), at: 0, quoted: false, doubled: true }, ...row.cells.slice(1)] });
  }

  /** The next line of a run: `run` extended by `row`, or started afresh (emptied when the line is no row). */
  function extend(run: Run, row: SplitRow | undefined, at: number): void {
    // (A line between, not a row, was not read at all: see `mayBeSheetRow`.)
    if (run.last !== at - 1) run.length = 0;
    run.last = at;
    // (A quoted cell's first line leaves the run as it is: its last line is the row. A row whose
    // note opens a quote that goes on counts its cells so far.)
    if (row?.open && row.cells.length === 1) return;
    const count = row && !row.prose ? row.cells.length - 1 : 0;
    let notes = false;
    for (let i = 1; i <= count; i++) {
      const note = row!.cells[i]!.text.trim();
      // (Cells after the first hold notes, not prose: a line of prose a semicolon or a tab cut has more after it.)
      // (Nor a comma or a semicolon right after the tab, `CLFeb 11Code\t,` or `…stepfun\t";`: a
      // CSV's row, whose first cell ended in a tab, parted by the comma (see `createCsvReader`) or
      // by the semicolon, read below.)
      if (note.length > MAX_NOTE || CSV_ROW_REST.test(note)) {
        run.length = 0;
        return;
      }
      if (note !== "") notes = true;
    }
    // (Text after an empty first cell is no note: a tab indented the line. It may be one, on a
    // blank row of the sheet beside the card's lines: see `begins`.)
    const blankNote = notes && row !== undefined && isBlankCell(row.cells[0]!);
    if (blankNote) notes = false;
    const shortNote = blankNote && isBlankRowNote(row!);
    if (count === 0) {
      run.length = 0;
      return;
    }
    if (run.length === 0 || run.count !== count) {
      run.count = count;
      run.length = 0;
      run.headers = 0;
      run.notes = false;
      run.blankNotes = 0;
      run.shortNoteLast = false;
    }
    run.length += 1;
    if (notes) run.notes = true;
    const first = row!.cells[0]!.text.trim();
    // (A short note that the next row's first cell goes on from in lower case was a wrapped
    // sentence's piece a tab indented, "\tA complementary progress" + "constraint lets …": no note.)
    if (run.shortNoteLast && LOWER_START.test(first)) run.blankNotes -= 1;
    run.shortNoteLast = shortNote;
    if (shortNote) run.blankNotes += 1;
    // (Or one glued to page text before it: "Saved papersLGDec 17Code". A header is short: an
    // abstract's line is not searched for one.)
    if (isHeaderCell(first)) run.headers += 1;
  }

  /** Whether `row`, the last of `run`, begins the reading (see `createSheetReader`). */
  function begins(run: Run, row: SplitRow, by: SheetSeparator): boolean {
    // (Not at a quoted cell's first line: its last line is the row.)
    if (run.length === 0 || (row.open && row.cells.length === 1)) return false;
    if (run.length >= MIN_ROWS && run.headers > 0 && (run.notes || by === ";")) return true;
    // With tabs, a whole card in the run, from its header to the next card's, and notes on two
    // blank rows beside it (`\tskim`, `\tcite?`): a listing's lines do not all end in the same
    // tabs, header to header, with two short lines a tab indented among them.
    // (At the header itself, once the notes before it are known to be no wrapped sentence's pieces.)
    const first = row.cells[0]!;
    const header = isHeaderCell(first.text.trim());
    if (by === "\t" && run.headers >= 2 && run.blankNotes >= 2 && header) return true;
    // A card's header (or one glued to page text before it, "Saved papersLGDec 17Code") with a
    // semicolon after it is a row on its own: no listing writes one. With a tab, so is one in
    // quotes, or with a short note after it that reads as no badge.
    return header && (by !== "\t" || first.quoted || hasOnlyShortNotes(row));
  }

  /** A row's first cell as the line read, other cells' text reported; the line itself when another cell holds a card's header. */
  function readRow(line: SourceLine, row: SplitRow): SourceLine {
    const cells = row.cells.slice(1);
    const rest = cells.map((cell) => cell.text.trim()).filter((cell) => cell !== "");
    // (A header is never dropped as a note: "…\tLGFeb 10" is a line a tab parted, not a row; nor
    // is a card's line indented with a tab, its first cell empty: an author list or a long line.)
    // (Nor an author list a tab parted from its title: "Improving …\tAmelia Glaese, Nat McAleese".)
    const others = rest.join(" ");
    if (rest.some(isWholeHeader) || (rest.length > 0 && (isBlankCell(row.cells[0]!) ? isCardLine(others) : isAuthorListLine(others)))) return line;
    if (rest.length > 0) {
      const first = cells.find((cell) => cell.text.trim() !== "")!;
      report.otherColumns(line.line, line.offset + first.at + first.text.length - first.text.trimStart().length + 1, rest.join(separator === "\t" ? " " : ";"));
    }
    // (A whole row, its cell ended before a separator: no piece a terminal cut, see `SourceLine.rowEnded`.)
    return { ...cellText(line, row.cells[0]!), rowEnded: true };
  }
}

/**
 * Whether a line may be a spreadsheet's row before a reading begins: it has
 * a tab, opens with a quote, or has a semicolon among its last 61
 * characters (a note after it is 60 at most). Others need not be read
 * (`createSheetReader` tells a line left out by its number).
 *
 * @param line - a line as `splitLines` cleans it
 * @returns whether the sheet's reader should see it
 *
 * @example
 * mayBeSheetRow({ line: 1, offset: 0, text: "LGFeb 10;" }); //=> true
 * mayBeSheetRow({ line: 1, offset: 0, text: "We study it." }); //=> false
 */
export function mayBeSheetRow(line: SourceLine): boolean {
  return mayBeRow(line, undefined);
}

/**
 * Whether a line may be a row of a sheet parted by `separator` (before a reading, `undefined`:
 * by either): it opens with a quote (a cell holding line breaks may have no separator in it),
 * or holds the separator.
 */
function mayBeRow(line: SourceLine, separator: SheetSeparator | undefined): boolean {
  if (line.text.charCodeAt(0) === 34) return true;
  if (separator === "\t") return line.tabs !== undefined;
  if (separator === ";") return line.text.includes(";");
  return line.tabs !== undefined || hasSemicolonNearEnd(line.text);
}

/**
 * Whether a semicolon stands among the last 61 characters of `text`: before a reading, a
 * row's last semicolon has at most a note after it, so an abstract's whole line is not searched.
 */
function hasSemicolonNearEnd(text: string): boolean {
  return text.indexOf(";", text.length - MAX_NOTE - 1) >= 0;
}

/**
 * Lines in a row with the same number of separators, how many held a card's header in their
 * first cell, and whether one had text in another cell.
 */
/** A lower-case letter opening a cell: a sentence going on. */
const LOWER_START = /^\p{Ll}/u;

interface Run {
  count: number;
  length: number;
  /** How many rows of the run held a card's header in their first cell (alone, or after page text). */
  headers: number;
  notes: boolean;
  /** How many rows with an empty first cell had a short note in another cell (`\tcite?`, see `isBlankRowNote`). */
  blankNotes: number;
  /** Whether the run's last row was one of those (see `blankNotes`). */
  shortNoteLast: boolean;
  /**
   * The input line of the run's last row: a line between (one that is no row, whether read or
   * not, see `mayBeSheetRow`; or a reading in between) breaks the run.
   */
  last: number;
}

/**
 * Whether a row's first cell is in quotes and holds a tab, with a tab after it
 * (`"\tStable group theory …Ehud Hrushovski"\t`): a sheet quotes a cell that
 * holds a tab, and no listing's line is written so.
 */
function holdsQuotedTab(line: SourceLine, row: SplitRow): boolean {
  const first = row.cells[0]!;
  return first.quoted && row.cells.length > 1 && (line.tabs ?? []).some((at) => at >= first.at && at < first.at + first.text.length);
}

/**
 * Whether a row whose first cell is blank holds a note a sheet's blank row has beside it: a
 * few words (`skim`, `read, cite`), no card's header nor line of one, the tab right before it.
 */
function isBlankRowNote(row: SplitRow): boolean {
  const cells = row.cells.slice(1).filter((cell) => cell.text.trim() !== "");
  if (cells.length !== 1 || row.cells[0]!.text !== "") return false;
  const note = cells[0]!.text;
  return note.length <= MAX_SHORT_NOTE && note === note.trim() && !isWholeHeader(note) && !endsInHeader(note) && !isCardLine(note);
}

/** Whether a cell holds no letter nor digit: empty, or only a mark before a tab (an e-mail's quote marker, `> `). */
function isBlankCell(cell: Cell): boolean {
  return !/[\p{L}\p{N}]/u.test(cell.text);
}

/** Whether text after an empty first cell reads as a card's line rather than a note: longer than a note, or an author list. */
function isCardLine(text: string): boolean {
  return text.length > MAX_NOTE || isAuthorListLine(text);
}

/** Whether a row's cells after the first are short notes that read as no badge, and one holds text (see `isShortNote`). */
function hasOnlyShortNotes(row: SplitRow): boolean {
  const notes = row.cells.slice(1);
  return notes.every(isShortNote) && notes.some((cell) => cell.text.trim() !== "");
}

/**
 * Whether a cell beside a header is empty, or a short note that reads as no
 * badge: a badge is a capitalised word alone ("Code", "Dataset"), which a
 * tab may part from its date.
 */
function isShortNote(cell: Cell): boolean {
  const note = cell.text.trim();
  // (Nor one opening with a separator of another kind: ',"read, cite"' is a comma's CSV.)
  return note === "" || (note.length <= MAX_HEADER_NOTE && !BADGE_LIKE.test(note) && !/^[,;"]/.test(note) && !isWholeHeader(note));
}
const MAX_HEADER_NOTE = 30;
/** What follows a CSV's cell that ends in a tab: a comma or a semicolon, after the cell's closing quote or not. */
const CSV_ROW_REST = /^"?[,;]/;
const LETTER = /\p{L}/u;
const BADGE_LIKE = /^\p{Lu}[\p{L}-]*$/u;

/**
 * `row` with its first cell's closing quote cut off, when it is the last
 * line of a quoted cell opened before the reading began: a bare cell ending
 * in a quote, with an odd number of quotes (`…conjecture."` of
 * `…conjecture."\tread`).
 */
function closeCell(row: SplitRow): SplitRow {
  const first = row.cells[0]!;
  const text = first.text.trimEnd();
  if (first.quoted || !text.endsWith('"') || (text.split('"').length - 1) % 2 === 0) return row;
  return { ...row, cells: [{ text: text.slice(0, -1), at: first.at, quoted: false, doubled: true }, ...row.cells.slice(1)] };
}

/** At least this many lines in a row must have the same number of separators to begin the reading. */
const MIN_ROWS = 3;
/** The longest first cell searched for a card's header, alone or after page text. */
const MAX_HEADER_CELL = 100;

/** Whether a cell's text is a card's header, or ends in one glued to page text before it ("Saved papersLGDec 17Code"); a header is short. */
function isHeaderCell(text: string): boolean {
  return text.length <= MAX_HEADER_CELL && (isWholeHeader(text) || endsInHeader(text));
}
/** The longest text in a cell after the first that a run of rows may hold (a note, not prose). */
const MAX_NOTE = 60;
/** The longest note on a blank row that counts toward a reading (see `isBlankRowNote`). */
const MAX_SHORT_NOTE = 24;
/** The longest line a quoted note that holds line breaks may hold without closing (an abstract's is longer). */
const MAX_NOTE_LINE = 200;
/** The most lines one quoted cell is read over: past them, its quote was the text's own. */
const MAX_CELL_LINES = 50;

/** A cell of a row: its text (inside its quotes, doubled quotes as written) and where that starts in the line's text. */
interface Cell {
  readonly text: string;
  readonly at: number;
  readonly quoted: boolean;
  /** Its quotes inside are doubled. */
  readonly doubled: boolean;
}

interface SplitRow {
  readonly cells: readonly Cell[];
  /** The last cell opens a quote that does not close on the line. */
  readonly open: boolean;
  /** A semicolon with a space after it, outside quotes: prose, not a row. */
  readonly prose: boolean;
}

/** The cell's text as a line: quotes made single, outer white space cut. */
function cellText(line: SourceLine, cell: Cell): SourceLine {
  const raw = cell.doubled ? cell.text.replaceAll('""', '"') : cell.text;
  const text = raw.trim();
  const lead = raw.length - raw.trimStart().length;
  if (text === line.text) return line;
  const read: { -readonly [K in keyof SourceLine]: SourceLine[K] } = { line: line.line, offset: line.offset + cell.at + lead, text };
  if (line.repairs) read.repairs = line.repairs;
  // (Columns after collapsed spaces stay true while the cell opens the line and no quote was made single.)
  if (line.shifts && cell.at === 0 && lead === 0 && !cell.doubled) read.shifts = line.shifts;
  return read;
}

/**
 * Splits a line's text into cells at `separator` (tabs where `line.tabs`
 * says they stood), from index `from`. A cell opening with a quote runs to
 * the quote that closes it: one not doubled, right before a separator or
 * the line's end; when none does, the quote is the text's own, unless it
 * opens the last cell and every quote after it is doubled: the cell then
 * goes on, on the next line (`open`); but not a first cell followed by at
 * least `wholeRow` separators (see `wholeRow` in `createSheetReader`). With
 * `ownQuotes` (a sheet that quotes only the cells that need it), a cell that
 * closes on the line but holds no tab, quote or comma is no quoted cell.
 */
function splitRow(line: SourceLine, separator: SheetSeparator, from = 0, wholeRow = Infinity, ownQuotes = false): SplitRow {
  const text = line.text;
  const at = separatorIndexes(line, separator, from);
  const cells: Cell[] = [];
  let prose = false;
  let start = from;
  let s = 0;
  for (;;) {
    // (Two tabs side by side became one space: an empty cell between them.)
    while (s < at.length && at[s]! < start) {
      cells.push({ text: "", at: start, quoted: false, doubled: false });
      s += 1;
    }
    if (text.charCodeAt(start) === 34) {
      const close = closingQuote(line, start + 1, separator);
      // (With `ownQuotes`, a cell the sheet had no cause to quote keeps its quotes: the text's own.)
      if (close >= 0 && (!ownQuotes || needsQuotes(text, start + 1, close, at[s]))) {
        cells.push({ text: text.slice(start + 1, close), at: start + 1, quoted: true, doubled: true });
        // Separators inside the quotes are the cell's text.
        while (s < at.length && at[s]! <= close) s += 1;
        if (s === at.length) return { cells, open: false, prose };
        start = after(at[s]!);
        s += 1;
        continue;
      }
      // (Only when every quote after it is doubled, as inside a cell: not `"Why Should I Trust You?": …`.
      // Separators after it are the cell's: a sheet quotes a cell that holds one.)
      if (close === -2 && !(cells.length === 0 && at.length - s >= wholeRow)) {
        cells.push({ text: text.slice(start + 1), at: start + 1, quoted: true, doubled: true });
        return { cells, open: true, prose };
      }
    }
    if (s === at.length) {
      cells.push({ text: text.slice(start), at: start, quoted: false, doubled: false });
      return { cells, open: false, prose };
    }
    const end = at[s]!;
    s += 1;
    if (separator === ";" && text.charCodeAt(end + 1) === 32) prose = true;
    cells.push({ text: text.slice(start, end), at: start, quoted: false, doubled: false });
    start = after(end);
  }

  /** Where the cell after a separator at `index` starts: past it, unless it was cut off an end of the line. */
  function after(index: number): number {
    return separator === "\t" && (index === 0 || index === text.length) ? index : index + 1;
  }
}

/**
 * Whether a sheet parting cells by tabs had cause to quote the cell `text[from, close)`: it
 * holds a tab (`nextTab`, the first after the cell's opening quote, stands inside it), a quote
 * (doubled), or a comma (Excel's text files quote those too). A copied range quotes no other
 * cell, so `"the singer of 'Superstition'"` on a line of its own keeps its quotes.
 */
function needsQuotes(text: string, from: number, close: number, nextTab: number | undefined): boolean {
  if (nextTab !== undefined && nextTab < close) return true;
  // (Up to the closing quote only: a line may hold many quoted cells.)
  for (let at = from; at < close; at++) {
    const code = text.charCodeAt(at);
    if (code === 34 || code === 44) return true;
  }
  return false;
}

/**
 * The indexes of a line's separators from `from` on (see `SourceLine.tabs`); none when there
 * are more than any sheet has columns (a line of junk, read as one cell).
 */
function separatorIndexes(line: SourceLine, separator: SheetSeparator, from: number): number[] {
  if (separator === "\t") return (line.tabs ?? []).filter((index) => index >= from);
  const indexes: number[] = [];
  for (let at = line.text.indexOf(";", from); at >= 0; at = line.text.indexOf(";", at + 1)) {
    if (indexes.length === MAX_SEPARATORS) return [];
    indexes.push(at);
  }
  return indexes;
}

/** The most separators a row may have: as many tabs as `splitLines` keeps (see `SourceLine.tabs`). */
const MAX_SEPARATORS = MAX_TABS;

/**
 * The index of the quote closing a quoted cell whose text starts at
 * `from`: the first quote not doubled, when a separator or the line's end
 * comes right after it; -1 when that quote is followed by anything else
 * (the cell's own quotes would be doubled: the first was the text's own),
 * -2 when no quote follows (the cell goes on, on the next line). Stops at
 * the first quote not doubled, so a line of many quotes costs its length.
 */
function closingQuote(line: SourceLine, from: number, separator: SheetSeparator): number {
  const text = line.text;
  for (let quote = text.indexOf('"', from); quote >= 0; quote = text.indexOf('"', quote + 1)) {
    if (text.charCodeAt(quote + 1) === 34) {
      quote += 1;
      continue;
    }
    const after = quote + 1;
    return after === text.length || (separator === ";" ? text.charCodeAt(after) === 59 : hasTabAt(line.tabs, after)) ? quote : -1;
  }
  return -2;
}

/** Whether a tab stood at `index` (see `SourceLine.tabs`, whose indexes ascend): a binary search. */
function hasTabAt(tabs: readonly number[] | undefined, index: number): boolean {
  if (tabs === undefined) return false;
  let low = 0;
  let high = tabs.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const at = tabs[middle]!;
    if (at === index) return true;
    if (at < index) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}
