// A listing that went through a spreadsheet: pasted into a sheet, a line to a
// row, then saved as CSV. Each row is a line again, but a cell holding a comma
// or a double quote is enclosed in double quotes, with every quote inside it
// doubled ("LGJul 31, 2024" comes out as `"LGJul 31, 2024"`), and a sheet with
// notes in a second column adds `,read` to its rows. The first column is read.
import { findEmbeddedHeader, parseHeader } from "./header.js";
import type { SourceLine } from "./lines.js";
import type { LinePlace } from "./link-markers.js";
import { headerAfterListMarker, listMarkerLength } from "./list-marker.js";
import { GLUE_SEAM } from "./names.js";
import { endsInAuthorList, endsLikeByline, isAuthorListLine } from "./wrapped-byline.js";

/** What the reader reports, as it reads lines one by one. */
export interface CsvReport {
  /** The first line read as a spreadsheet's row, and the 1-based column of its text. */
  opened(line: number, column: number): void;
  /** Text of a row's other columns (a note typed beside the line), at its 1-based column. */
  otherColumns(line: number, column: number, text: string): void;
}

/**
 * Starts reading lines as the rows of a spreadsheet saved as CSV; returns the
 * function that reads each line (the line itself, or its first cell). The
 * reading begins at a card's header enclosed in quotes (`"LGJul 31,
 * 2024"`, a row with more columns after it or not) or followed by a
 * separator and a note (`LGFeb 10,read`; also one glued to the end of the
 * text before it; `LGFeb 10,` is read as its cell, and the reading begins
 * at the next line if that is a row too), or at a card's line quoted as a
 * spreadsheet quotes, its quotes doubled: a byline ending in an author list
 * (`"A TitleJane Doe, John Roe"`), a line with a doubled quote inside or a
 * cell after it (`"We study it, and …",read`), or an abstract's line over
 * 100 characters with a comma, which no listing has otherwise, or an author
 * list alone right under a card's first line (a card set out as paragraphs,
 * `"Arthur S. Morris, Daniel Malz"`); from there on
 * every line is a row: a cell
 * in quotes is read up to its closing quote, with doubled quotes made single,
 * and a bare cell up to the first comma, which only a separator can be (a
 * cell with a comma is quoted). Text in the other columns is reported. A
 * bare line with a comma and a space in it is no row a spreadsheet wrote:
 * the reading ends there (plain lines pasted after the rows). Only the lines
 * before are looked at (and the open card's lines, read again with
 * `again` once the reading begins: those quoted as a spreadsheet quotes lose
 * their quotes), so a stream reads the same. A card that ends with two
 * lines or more quoted as a spreadsheet quotes a cell with a comma (an
 * abstract wrapped into short pieces) begins the reading too (`beginsIn`).
 *
 * Columns of a cell's text count from its first character: after a doubled
 * quote they count characters of the cell as read.
 *
 * @param report - told where the reading begins, and of other columns' text
 * @returns a function that reads one line, told where it stands among the cards
 *
 * @example
 * const read = createCsvReader({ opened: () => {}, otherColumns: () => {} });
 * read({ line: 1, offset: 0, text: '"LGJul 31, 2024"' }, "before").text; //=> "LGJul 31, 2024"
 * read({ line: 2, offset: 0, text: '"Say ""Hi"": A TitleJane Doe, John Roe",read' }, "byline").text; //=> 'Say "Hi": A TitleJane Doe, John Roe'
 * read({ line: 3, offset: 0, text: "We study it.," }, "body").text; //=> "We study it."
 */
export function createCsvReader(report: CsvReport): CsvReader {
  let reading = false;
  // Inside a quoted cell that holds line breaks, its closing quote still to come.
  let openCell = false;
  /** A line inside a cell that holds line breaks: its text up to the closing quote, if it closes there (other columns reported). */
  const readInsideCell = (line: SourceLine): SourceLine => {
    const text = line.text;
    const close = closingQuote(text, 0);
    if (close < 0) return cellText(line, 0, text.length);
    openCell = false;
    const rest = text.slice(close + 2);
    if (/\S/.test(rest)) report.otherColumns(line.line, line.offset + close + 3, rest.trim());
    return cellText(line, 0, close);
  };
  // The line before was a bare header with an empty cell after it ("LGFeb 10,").
  let headerCell = false;
  // Where the line before stood among the cards, and whether the card's first line ended in authors.
  let lastPlace: LinePlace = "before";
  let bylineHeldAuthors = false;
  /** Lines seen before the reading began, once it has: each one's cell when quoted as a spreadsheet quotes (a bare line may be plain text pasted before the rows). */
  const again = (lines: readonly SourceLine[]): SourceLine[] =>
    lines.map((line) => {
      if (!reading || line.text.charCodeAt(0) !== 34) return line;
      const row = readRow(line.text);
      return row.quoted && row.strict ? cellOf(line, row) : line;
    });
  const read = (line: SourceLine, place: LinePlace): SourceLine => {
    const text = line.text;
    const afterHeaderCell = headerCell;
    headerCell = false;
    // The line right after a card's first, blank lines aside (a card set out as paragraphs puts
    // its authors there).
    const afterByline = place === "body" && lastPlace === "byline" && !bylineHeldAuthors;
    if (text !== "") lastPlace = place;
    // (A card's first line with a name glued to its title has its authors: a quoted list under it
    // is no card's. Not a title's commas alone: "Attend, Infer, Repeat".)
    if (place === "byline" && text !== "") bylineHeldAuthors = endsInAuthorList(text) && GLUE_SEAM.test(text);
    // Inside a cell that holds line breaks (a card pasted into one cell): up to its closing quote.
    // (A header in quotes opening a line is the next cell's: the open one never closed.)
    if (openCell && !(text.charCodeAt(0) === 34 && isWholeHeader(text.slice(1)))) return readInsideCell(line);
    openCell = false;
    // A cell opening a line and holding line breaks, a card's header on its first line
    // ("\"opticsJun 3", its quote closed some lines further on).
    if (text.charCodeAt(0) === 34 && !closesOnLine(text) && (reading || isWholeHeader(text.slice(1)))) {
      if (!reading) {
        reading = true;
        report.opened(line.line, line.offset + 2);
      }
      openCell = true;
      return cellText(line, 1, text.length);
    }
    // (Only a line with a quote or a comma can be a row that differs from its first cell; one
    // whose first comma a space follows, as in prose, is no row either, but for a quoted cell's.)
    if (text.charCodeAt(0) !== 34) {
      const comma = text.indexOf(",");
      if (comma < 0 ? !reading : text.charCodeAt(comma + 1) === 32 && !reading) return line;
    }
    const row = readRow(text);
    if (!row.quoted && row.rest === undefined) return line;
    // A comma and a space in a bare row: no spreadsheet wrote it (its cell would be quoted, its
    // next cell would not open with a space). Plain lines follow: the reading ends.
    if (!row.quoted && row.rest!.charCodeAt(0) === 32) {
      reading = false;
      return line;
    }
    // A header whose date holds the comma ("CLJul 31,2024") is no row either: a spreadsheet
    // quotes a cell with a comma.
    if (!row.quoted && (headerAfterListMarker(text)?.end ?? 0) > row.cell.length) return line;
    if (!reading) {
      // (A quoted cell with a tab after it is a sheet's copied row, parted by tabs: see `createSheetReader`.)
      if (row.quoted && line.tabs?.includes(text.length - (row.rest === undefined ? 0 : row.rest.length + 1)) === true) return line;
      const cell = row.cell.trim();
      // A header filling the cell, or ending it ("Saved papersLGDec 17Code"): not a header glued
      // to its byline, which a comma in the title would cut ("COJun 6The asymptotics of $r(4,t)$…").
      // (In quotes, a header opening the cell is enough: "CLJul 31, 2024[3]Code", a text browser's mark on its badge.)
      const header = (row.quoted ? headerAfterListMarker(cell) !== undefined : isWholeHeader(cell)) || endsInHeader(cell);
      // Or a card's line quoted as a spreadsheet quotes, strictly: a byline ending in an author
      // list, or an author list alone right after a card's first line (a card set out as
      // paragraphs, its title above), or any line with a quote doubled inside or a cell after
      // it; or any row right after a header that ended in an empty cell. (One line in quotes,
      // "Read this, later", is a note's.)
      const quotedCard =
        row.quoted &&
        row.strict &&
        (text.includes('""') ||
          (row.rest !== undefined && row.rest.trim() !== "") ||
          (place === "byline" ? endsInAuthorList(cell) || endsLikeByline(cell) : (cell.length > MIN_QUOTED_ABSTRACT && cell.includes(", ")) || (afterByline && isAuthorListLine(cell))));
      if (!(header || afterHeaderCell || (place !== "before" && quotedCard))) return line;
      // A bare header and an empty cell ("LGFeb 10,") may be a row, or a date a wrap or a cut
      // ended at its comma: its cell is read, and the reading begins at the next line if that
      // is a row too.
      if (header && !row.quoted && row.rest!.trim() === "") {
        headerCell = true;
      } else {
        reading = true;
        report.opened(line.line, line.offset + (row.quoted ? 2 : 1));
      }
    }
    return cellOf(line, row);
  };
  /** A row's first cell as the line read, other columns' text reported. */
  const cellOf = (line: SourceLine, row: { cell: string; quoted: boolean; rest: string | undefined }): SourceLine => {
    if (row.rest !== undefined && /\S/.test(row.rest)) report.otherColumns(line.line, line.offset + line.text.length - row.rest.length + 1, row.rest.trim());
    const read = trimmedCell(line, row.quoted ? 1 : 0, row.cell);
    return row.rest === undefined && !row.quoted ? read : { ...read, rowEnded: true };
  };
  /**
   * Whether a card's lines begin the reading, when it has not begun: two or more of them
   * quoted as a spreadsheet quotes a cell with a comma, which no listing's lines are.
   */
  const beginsIn = (lines: readonly SourceLine[]): boolean => {
    if (reading) return false;
    let first: SourceLine | undefined;
    let count = 0;
    for (const line of lines) {
      // (A comma inside the cell, or ending it where a wrap cut the line: `"…a Mahlo cardinal,"`.)
      if (line.text.charCodeAt(0) !== 34 || !line.text.includes(",")) continue;
      const row = readRow(line.text);
      if (!row.quoted || !row.strict || row.rest !== undefined || !(row.cell.includes(", ") || row.cell.endsWith(","))) continue;
      first ??= line;
      count += 1;
    }
    if (count < MIN_QUOTED_LINES) return false;
    reading = true;
    report.opened(first!.line, first!.offset + 2);
    return true;
  };
  return Object.assign(read, { again, beginsIn });
}

/** The text of a line from `from` to `to`, its doubled quotes made single, as a cell's. */
function cellText(line: SourceLine, from: number, to: number): SourceLine {
  return trimmedCell(line, from, withSingleQuotes(line.text.slice(from, to)));
}

/** A cell's text `cell`, which starts at index `from` of the line, as the line read: trimmed, its columns kept. */
function trimmedCell(line: SourceLine, from: number, cell: string): SourceLine {
  const lead = cell.length - cell.trimStart().length;
  const read: { -readonly [K in keyof SourceLine]: SourceLine[K] } = { line: line.line, offset: line.offset + from + lead, text: cell.trim() };
  if (line.repairs) read.repairs = line.repairs;
  if (line.undated) read.undated = true;
  return read;
}

/**
 * Where a quoted cell's closing quote stands in `text` from `from` on: a quote not doubled,
 * at the line's end or before a separator (not before a comma and a space: that quote is the
 * text's, as no spreadsheet opens a cell with a space); -1 when none does.
 */
function closingQuote(text: string, from: number): number {
  for (let quote = text.indexOf('"', from); quote >= 0; quote = text.indexOf('"', from)) {
    if (text.charCodeAt(quote + 1) === 34) {
      from = quote + 2;
      continue;
    }
    const after = quote + 1;
    if (after === text.length || (text.charCodeAt(after) === 44 && text.charCodeAt(after + 1) !== 32)) return quote;
    from = after;
  }
  return -1;
}

/** Whether a line opening with a quote closes its cell on the same line. */
function closesOnLine(text: string): boolean {
  return closingQuote(text, 1) >= 0;
}

/** How many of a card's lines quoted as a spreadsheet quotes them begin the reading at the card's end. */
const MIN_QUOTED_LINES = 2;

/**
 * The reader of a spreadsheet's CSV rows (see `createCsvReader`): reads the
 * next line, told where it stands among the cards; `again` reads lines seen
 * before the reading began (the open card's), once it has.
 */
export type CsvReader = ((line: SourceLine, place: LinePlace) => SourceLine) & {
  again(lines: readonly SourceLine[]): SourceLine[];
  /** Whether a completed card's lines begin the reading (then read them `again`). */
  beginsIn(lines: readonly SourceLine[]): boolean;
};

/** How long a quoted line of a card's body must be to begin the reading: an abstract's, not a note's ("Read this, later"). */
const MIN_QUOTED_ABSTRACT = 100;

/**
 * Whether `text` ends in a card's header glued to the text before it, nothing but badges after the date.
 *
 * @example
 * endsInHeader("Saved papersLGDec 17Code"); //=> true
 */
export function endsInHeader(text: string): boolean {
  const embedded = findEmbeddedHeader(text);
  return embedded !== undefined && embedded.bylineOffset === undefined;
}

/**
 * Whether `text` is a card's header and nothing else (after a list's marker or not).
 *
 * @example
 * isWholeHeader("LGFeb 10Code"); //=> true
 * isWholeHeader("LGFeb 10Code, read"); //=> false
 */
export function isWholeHeader(text: string): boolean {
  const marker = listMarkerLength(text);
  return parseHeader(marker > 0 ? text.slice(marker) : text) !== undefined;
}

/**
 * A CSV row's first cell, whether it was quoted, and the text of the row
 * after its separator (`undefined` when there is none). A quote inside a
 * quoted cell that is not doubled, nor followed by a separator and a cell
 * (not a space), is taken as text; a first quote never closed, too.
 */
function readRow(text: string): { cell: string; quoted: boolean; rest: string | undefined; strict?: true } {
  if (text.charCodeAt(0) !== 34) return bareRow(text);
  const close = closingQuote(text, 1);
  // Never closed: the quote is the text's own (a decoded "&quot;" opening the line).
  if (close < 0) return bareRow(text);
  const inner = text.slice(1, close);
  const row = { cell: withSingleQuotes(inner), quoted: true, rest: close + 1 === text.length ? undefined : text.slice(close + 2) };
  // A quote that neither closes the cell nor is doubled is the text's own, as lenient readers
  // of CSV take it: one a decoded "&quot;" put inside the cell after it was written.
  if (!inner.replaceAll('""', "").includes('"')) return { ...row, strict: true };
  // A quote taken as text on the way: the first quote may be the text's too ("B is A". This
  // is,"read"), when the line read as a bare row has a next cell that opens with no space.
  const bare = bareRow(text);
  return bare.rest !== undefined && bare.rest.charCodeAt(0) !== 32 ? bare : row;
}

/** A quoted cell's text with its doubled quotes made single. */
function withSingleQuotes(text: string): string {
  return text.includes('""') ? text.replaceAll('""', '"') : text;
}

/** A row whose first cell is bare: up to the first comma, a separator. */
function bareRow(text: string): { cell: string; quoted: boolean; rest: string | undefined; strict?: true } {
  const comma = text.indexOf(",");
  return comma < 0 ? { cell: text, quoted: false, rest: undefined } : { cell: text.slice(0, comma), quoted: false, rest: text.slice(comma + 1) };
}
