import type { Author } from "../model/author.js";
import { resolveCategory } from "../model/categories.js";
import type { Paper } from "../model/paper.js";
import { arxivIdFromUrl } from "../_lib/arxiv.js";
import { isCalendarDate, toIsoDate } from "../_lib/calendar.js";
import { type BylineParts, CLEAN_NAME_SCORE, containsWord, isOwnGroup, type NameEvidence, prepareByline, splitByline } from "./byline.js";
import { type Diagnostic, type DiagnosticCode, type DiagnosticEntry, preview, type Severity } from "./diagnostic.js";
import { ListingParseError } from "./errors.js";
import { type Badge, codeBadgeLine, type HeaderParts, type HeaderStart, findEmbeddedHeader, headersInText, isCodeShaped, categoryCodes, matchHeaderStart, parseHeader, splitGluedHeader, splitSeparatedHeader } from "./header.js";
import { joinAbstract, splitAbstract } from "./abstract.js";
import { partGluedAbstract } from "./glued-abstract.js";
import { positionIn, type SourceLine, sourceColumn, splitLines } from "./lines.js";
import type { RawEntry } from "./raw-entry.js";
import { createAngleLinkReader } from "./angle-links.js";
import { createChatLogReader } from "./chat-log.js";
import { createDiffHunkReader } from "./diff-hunk.js";
import { createQuoteReader } from "./quote-markers.js";
import { createLinkMarkerReader } from "./link-markers.js";
import { createCutReader } from "./terminal-cuts.js";
import { createCsvReader } from "./csv-cells.js";
import { createSheetReader, mayBeSheetRow } from "./sheet-rows.js";
import { listMarkerLength } from "./list-marker.js";
import { analyzeName, hasLostLetter } from "./names.js";
import { cutCopyBreaks } from "./copy-breaks.js";
import { bylineStyle, isCleanName, joinWrappedByline, readsAsByline } from "./wrapped-byline.js";
import { type CalendarDay, inferYear, toCalendarDay } from "./reference-date.js";

/**
 * Options of `parseListing`.
 *
 * @example
 * // Read a listing captured on 2026-11-26, preferring math for shared codes
 * const options: ParseListingOptions = { referenceDate: "2026-11-26", archivePriority: ["math"] };
 */
export interface ParseListingOptions {
  /**
   * The day the listing was captured: year-less dates ("Feb 10") take the
   * latest year that puts them on or before it. A `Date` (its local calendar
   * day) or `"YYYY-MM-DD"`. Default: today.
   */
  readonly referenceDate?: Date | string;
  /** Names known to be authors; they help find where a title ends. */
  readonly knownAuthors?: Iterable<string>;
  /** Archives that win, in order, for codes several archives share (see `DEFAULT_ARCHIVE_PRIORITY`). */
  readonly archivePriority?: readonly string[];
  /** Throw a `ListingParseError` listing every error-level diagnostic instead of returning them. */
  readonly strict?: boolean;
}

/**
 * What `parseListing` returns: the papers in input order, and every repair,
 * doubt or failure as a diagnostic.
 *
 * @example
 * // Count the problems
 * const { papers, diagnostics }: ParseResult = parseListing(text);
 * diagnostics.filter((d) => d.severity === "error").length;
 */
export interface ParseResult {
  readonly papers: Paper[];
  readonly diagnostics: Diagnostic[];
}

// Listings repeat a few hundred dates: each is written once and shared (strings are immutable).
const isoDates = new Map<number, string>();

/** `toIsoDate`, remembered for the dates of papers (dropped whole if it ever grows large). */
function isoDate(year: number, month: number, day: number): string {
  const key = year * 10000 + month * 100 + day;
  let text = isoDates.get(key);
  if (text === undefined) {
    if (isoDates.size >= 10_000) isoDates.clear();
    text = toIsoDate(year, month, day);
    isoDates.set(key, text);
  }
  return text;
}

/** One author's name analysed (a callback for `map`, made once). */
const analyzeOne = (name: string): Author => analyzeName(name);

/** A badge's label (a callback for `map`, made once). */
const badgeLabel = (badge: Badge): string => badge.label;

/**
 * Parses a pasted listing of paper cards into papers.
 *
 * Tolerant by default: it never throws on bad input. Each header line yields
 * a paper, or an error diagnostic at its line (an impossible date, an unknown
 * subject code, a missing byline); every repair or doubt (a year inferred, a
 * split author joined, a close call on where a title ends, ignored page text)
 * is reported as a diagnostic with its line and column. Copy-and-paste damage
 * is undone: CRLF, a byte-order mark, non-breaking spaces, blank lines,
 * trailing white space, hard-wrapped abstracts, missing abstracts, and
 * Markdown links around titles and badges.
 *
 * @param text - the listing, as pasted (from untyped JavaScript, `null` and
 *   `undefined` read as an empty listing and other values as their `String()`:
 *   the default mode throws for no input)
 * @param options - reference date, known authors, category priority, strict mode
 * @returns the papers and the diagnostics
 * @throws {ListingParseError} in `strict` mode, when there is any error-level diagnostic
 * @throws {RangeError} when `referenceDate` is not a date
 *
 * @example
 * // One entry; its year-less date is read against the reference date
 * const { papers } = parseListing(
 *   "LGFeb 10\nTowards Autonomous Mathematics ResearchTony Feng, Trieu H. Trinh, Garrett Bingham et al.\nWe ...",
 *   { referenceDate: "2026-11-26" },
 * );
 * papers[0].published; //=> "2026-02-10"
 * papers[0].title; //=> "Towards Autonomous Mathematics Research"
 * papers[0].authors[1]; //=> { name: "Trieu H. Trinh", given: "Trieu H.", family: "Trinh" }
 */
export function parseListing(text: string, options: ParseListingOptions = {}): ParseResult {
  const reference = toCalendarDay(options.referenceDate);
  const input = typeof text === "string" ? text : text == null ? "" : String(text);
  const scan = splitLines(input);
  const diagnostics: Diagnostic[] = [];
  if (scan.hadBom) {
    diagnostics.push(point("info", "byte-order-mark", "removed a byte-order mark at the start of the input", 1, 1));
  }
  const papers = parseSourceLines(scan.lines, reference, options, diagnostics, false, PLAIN_TEXT_READERS);
  if (scan.shifted.length > 0) {
    const shifted = new Map(scan.shifted.map((line) => [line.line, line]));
    for (let i = 0; i < diagnostics.length; i++) diagnostics[i] = withSourceColumns(diagnostics[i]!, shifted);
  }
  diagnostics.sort(byPosition);
  if (options.strict) {
    const errors = diagnostics.filter((d) => d.severity === "error");
    if (errors.length > 0) throw new ListingParseError(errors);
  }
  return { papers, diagnostics };
}

/**
 * A diagnostic with its columns counted in the input rather than in the
 * cleaned lines, on lines where runs of white space were collapsed.
 *
 * @param diagnostic - a diagnostic whose columns count cleaned text
 * @param shifted - the lines whose columns shifted, by line number
 * @returns the diagnostic, moved if it needs to be
 *
 * @example
 * // "We  introduce" was cleaned to "We introduce"
 * withSourceColumns({ severity: "info", code: "ignored-text", message: "…", line: 1, column: 4 }, shifted).column; //=> 5
 *
 * @internal
 */
export function withSourceColumns(diagnostic: Diagnostic, shifted: ReadonlyMap<number, SourceLine>): Diagnostic {
  const start = shifted.get(diagnostic.line);
  const end = diagnostic.endLine === undefined ? undefined : shifted.get(diagnostic.endLine);
  if (!start && !end) return diagnostic;
  const moved: { -readonly [K in keyof Diagnostic]: Diagnostic[K] } = { ...diagnostic };
  if (start) moved.column = sourceColumn(start, diagnostic.column);
  if (end && diagnostic.endColumn !== undefined) moved.endColumn = sourceColumn(end, diagnostic.endColumn);
  return moved;
}

/**
 * Reads cleaned lines into papers, pushing diagnostics unsorted: the part of
 * `parseListing` after line splitting, shared with `parseMarkdownListing`,
 * which makes its own lines out of a Markdown tree.
 *
 * @param lines - the cleaned lines, in order
 * @param reference - the day year-less dates are read against
 * @param options - known authors, category priority (`strict` is the caller's business)
 * @param diagnostics - where diagnostics are pushed, unsorted
 * @param blankLineEndsAbstract - a blank line after an abstract ends it (Markdown paragraphs)
 * @param readers - what reads plain text's markers off its lines (`PLAIN_TEXT_READERS`; none for Markdown)
 * @returns the papers, in input order
 *
 * @example
 * // The pipeline of parseListing
 * const diagnostics: Diagnostic[] = [];
 * parseSourceLines(splitLines(text).lines, toCalendarDay("2026-11-26"), {}, diagnostics).length; //=> 50
 *
 * @internal
 */
export function parseSourceLines(
  lines: Iterable<SourceLine>,
  reference: CalendarDay,
  options: ParseListingOptions,
  diagnostics: Diagnostic[],
  blankLineEndsAbstract = false,
  readers?: PlainTextReaders,
): Paper[] {
  const names = new Set<string>();
  if (options.knownAuthors) for (const name of options.knownAuthors) names.add(name.trim());
  // (`take` puts each entry's names in before reading it.)
  const evidence: NameEvidence = { names, onlyClean: !options.knownAuthors, holdsOwnNames: true };
  const context: EntryContext = blankLineEndsAbstract
    ? { reference, evidence, options, blankLineEndsAbstract }
    : { reference, evidence, options };
  // Each entry is read as soon as it is complete, with the names seen so far, while its
  // text is fresh in the cache and before its intermediate objects grow old. The few
  // whose byline names not yet seen could still change are read again at the end, with
  // the whole listing's names: the result is what reading everything after it would give.
  const results: (Paper | undefined | RawEntry)[] = [];
  const addName = (name: string) => names.add(name);
  const take = (entry: RawEntry) => {
    forEachEntryName(entry, addName);
    const paper = readEntryWith(entry, context, diagnostics, true);
    results.push(paper === UNSETTLED ? entry : paper);
  };
  const assembler = createEntryAssembler(diagnostics, readers);
  // An array is walked by index: a generic iterator allocates a result per line here.
  if (Array.isArray(lines)) {
    for (let i = 0; i < lines.length; i++) {
      for (let entry = assembler.push(lines[i] as SourceLine); entry; entry = assembler.next()) take(entry);
    }
  } else {
    for (const line of lines) {
      for (let entry = assembler.push(line); entry; entry = assembler.next()) take(entry);
    }
  }
  for (let entry = assembler.end(); entry; entry = assembler.next()) take(entry);
  const papers: Paper[] = [];
  for (const result of results) {
    const paper = result === undefined || isPaper(result) ? result : readEntry(result, context, diagnostics);
    if (paper) papers.push(paper);
  }
  return papers;
}

/** Tells a paper from an entry put off for later reading. */
function isPaper(result: Paper | RawEntry): result is Paper {
  return (result as Partial<RawEntry>).headerParts === undefined;
}

/**
 * The order diagnostics are reported in: by line, then column; a stable sort
 * keeps the order they were found in for the same place.
 *
 * @param a - a diagnostic
 * @param b - another
 * @returns negative when `a` comes first, positive when `b` does, 0 for the same place
 *
 * @example
 * // Sort found diagnostics for reporting
 * [{ line: 9, column: 1 }, { line: 2, column: 5 }].sort(byPosition).map((d) => d.line); //=> [2, 9]
 *
 * @internal
 */
export function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.line - b.line || a.column - b.column;
}

export type { RawEntry } from "./raw-entry.js";

/**
 * Groups lines into entries one line at a time, so a stream can hand each
 * entry on as soon as the next header (or the end) completes it.
 *
 * @internal
 */
export interface EntryAssembler {
  /** Takes the next line; returns the entry this line completed, if any. */
  push(line: SourceLine): RawEntry | undefined;
  /** Ends the input; returns the last entry, if any. */
  end(): RawEntry | undefined;
  /**
   * Another entry complete, after the one `push` or `end` returned, if any: entries held
   * until a terminal's width was known are let go together (see `CutReader.mayHold`), and
   * carry the line that completed each (`RawEntry.completedAt`).
   */
  next(): RawEntry | undefined;
}

/**
 * What reads the marks a copy's tool left in plain text off its lines, before
 * they are grouped into entries (see `createEntryAssembler`).
 *
 * @internal
 */
export interface PlainTextReaders {
  readonly diffHunks: typeof createDiffHunkReader;
  readonly chatLog: typeof createChatLogReader;
  readonly quotes: typeof createQuoteReader;
  readonly angleLinks: typeof createAngleLinkReader;
  readonly linkMarkers: typeof createLinkMarkerReader;
  readonly cuts: typeof createCutReader;
  readonly csv: typeof createCsvReader;
  readonly sheet: typeof createSheetReader;
}

/**
 * The readers of plain text: a diff's hunks, a chat log's line prefixes, an e-mail client's link targets, a spreadsheet's
 * rows parted by tabs or semicolons, its CSV cells, e-mail quote markers, then a text browser's link markers, each line in turn; and a
 * terminal's cuts, joined as each card completes.
 *
 * @example
 * // As parseListing groups plain text
 * createEntryAssembler(diagnostics, PLAIN_TEXT_READERS);
 *
 * @internal
 */
export const PLAIN_TEXT_READERS: PlainTextReaders = { diffHunks: createDiffHunkReader, chatLog: createChatLogReader, quotes: createQuoteReader, angleLinks: createAngleLinkReader, linkMarkers: createLinkMarkerReader, cuts: createCutReader, csv: createCsvReader, sheet: createSheetReader };

/**
 * Starts grouping lines into entries at each header; text before the first
 * header is reported as ignored, into `diagnostics`. Given `readers`, a
 * spreadsheet's quotes, e-mail quote markers and a text browser's link
 * markers are read off the lines first, a quoted card ends where the reply's
 * own text follows it, and the pieces of lines a terminal cut are joined as
 * each card completes (see `createCsvReader`, `createQuoteReader`,
 * `createLinkMarkerReader`, `createCutReader`).
 *
 * @param diagnostics - where `ignored-text` diagnostics for text before the first header go
 * @param readers - `PLAIN_TEXT_READERS` for plain text (Markdown has its own quotes and links)
 * @returns an assembler to push lines into
 *
 * @example
 * // An entry is complete when the next header arrives
 * const assembler = createEntryAssembler([]);
 * for (const line of splitLines("CLJul 31, 2024\nTitleJane Doe, John Roe\nLGFeb 10").lines) assembler.push(line)?.index;
 * assembler.end()?.index; //=> 1
 *
 * @internal
 */
export function createEntryAssembler(diagnostics: Diagnostic[], readers?: PlainTextReaders): EntryAssembler {
  let count = 0;
  let current: RawEntry | undefined;
  let blank = false;
  let stray: SourceLine[] = [];
  // Set while a line is read when it leaves the quoted text the open entry lies in.
  let leftQuote = false;
  const readDiffHunk = readers?.diffHunks({
    opened(line) {
      diagnostics.push(point("info", "diff-hunks", `read the lines of a diff's hunk from here on without their marks ("+", " "), leaving out the lines it removed: "${preview(line.text)}"`, line.line, line.offset + 1));
    },
    dropped(line) {
      diagnostics.push(point("info", "ignored-text", `ignored a line the diff removed, or its note: "${preview(line.text)}"`, line.line, line.offset + 1));
    },
  });
  const readChatLog = readers?.chatLog({
    opened(line, column) {
      diagnostics.push(point("info", "chat-log", "read the sender's lines of a chat log from here on without their time stamp and name", line, column));
    },
    other(line) {
      diagnostics.push(point("info", "ignored-text", `ignored a line of someone else in the chat log: "${preview(line.text)}"`, line.line, line.offset + 1));
    },
  });
  const readAngleLinks = readers?.angleLinks((line, column) => {
    diagnostics.push(point("info", "link-targets", "read the link targets an e-mail client wrote in angle brackets (<https://…>) off the lines from here on", line, column));
  });
  const readQuoted = readers?.quotes({
    opened(line, column) {
      diagnostics.push(point("info", "quote-markers", `read the lines quoted in an e-mail reply from here on without their quote markers (">")`, line, column));
    },
    left(startLine) {
      // (Not before the card's byline: a card needs one, and no reply cuts in that soon.)
      if (current && current.header.line >= startLine && current.body.length > 0) leftQuote = true;
    },
  });
  /** A note in a spreadsheet row's other columns, of a comma's CSV or a sheet's tabs or semicolons. */
  const reportOtherColumns = (line: number, column: number, text: string) => {
    diagnostics.push(point("info", "ignored-text", `ignored the text in the row's other columns: "${preview(text)}"`, line, column));
  };
  // Set once a comma's CSV is read (the sheet's reading of tabs and semicolons does not begin),
  // or a sheet's (a comma's CSV is not read); and, when either reading begins at a line, how the
  // open card's lines are read again.
  let csvOpened = false;
  let sheetBegun = false;
  let readOpenCardAgain: ((lines: readonly SourceLine[]) => SourceLine[]) | undefined;
  // How many bylines so far showed a space, and how many glue, where title meets authors (see `bylineStyle`).
  let spacedBylines = 0;
  let gluedBylines = 0;
  // Whether the last line of the card `readAgain` read last was a blank line of the paste.
  let readAgainEndedBlank = false;
  const readCsv = readers?.csv({
    opened(line, column) {
      csvOpened = true;
      readOpenCardAgain = readCsv!.again;
      diagnostics.push(point("info", "csv-cells", "read the lines as the rows of a spreadsheet saved as CSV from here on: the first cell of each, without its quotes", line, column));
    },
    otherColumns: reportOtherColumns,
  });
  const sheet = readers?.sheet({
    opened(line, column, separator) {
      sheetBegun = true;
      readOpenCardAgain = sheet!.again;
      const parted = separator === "\t" ? "tabs, as a sheet's copied range" : "semicolons, as a sheet saved as CSV where the comma is a decimal sign";
      diagnostics.push(point("info", "sheet-cells", `read the lines as the rows of a spreadsheet, their cells parted by ${parted}, from here on: the first cell of each`, line, column));
    },
    otherColumns: reportOtherColumns,
  });
  const readLinkMarkers = readers?.linkMarkers((line, column) => {
    diagnostics.push(point("info", "link-markers", `read a text browser's link markers ("[7]") off the lines from here on`, line, column));
  });
  const reportCuts = (line: SourceLine, width: number, alone = false) => {
    const message = alone ? `joined the pieces of this card's lines, cut at ${width} characters among cards pasted whole` : `joined the pieces of lines a terminal cut at ${width} characters, from here on`;
    diagnostics.push(point("info", "terminal-cuts", message, line.line, line.offset + 1));
  };
  // Entries complete before a terminal's width is known, held until later lines tell it (the
  // first cards of a listing a terminal cut, see `CutReader.mayHold`), with the line that
  // completed each, whether the reader joined it, and the width told meanwhile, if any; then
  // the entries let go, to hand on in order.
  const held: { entry: RawEntry; joined: boolean; completedAt: number }[] = [];
  let heldFrom = 0;
  let toldWhileHeld: { line: SourceLine; width: number } | undefined;
  const released: RawEntry[] = [];
  const cuts = readers?.cuts((line, width, alone) => {
    if (held.length > 0 && !alone) toldWhileHeld ??= { line, width };
    else reportCuts(line, width, alone);
  });
  /**
   * An entry complete, `completedAt` the line that completed it: lines a terminal cut joined
   * back, then a wrapped byline. Returns it, or undefined while it is held (see `held`), and
   * what is let go then waits in `released`.
   */
  const complete = (entry: RawEntry, completedAt: number): RawEntry | undefined => {
    // (A card of lines quoted as a spreadsheet quotes them begins a comma's CSV, and is read again.)
    const read = readCsv && !sheetBegun && readCsv.beginsIn(entry.body) ? readAgain(entry, readCsv.again) : entry;
    if (!cuts) return finish(read);
    const cut = cuts.join(read);
    if (held.length === 0 && (cut !== read || !cuts.mayHold(read))) {
      // (After the entries a line let go, if any: see `push`.)
      if (released.length === 0) return finish(cut);
      released.push(finish(cut));
      return released.shift();
    }
    if (held.length === 0) heldFrom = cuts.seen();
    held.push({ entry: cut, joined: cut !== read, completedAt });
    if (cuts.width() !== 0 || cuts.seen() - heldFrom >= HOLD_LINES || completedAt === Infinity) letGo();
    return released.shift();
  };
  /** Lets the held entries go, in order: those that were not joined joined at the width later lines told, if any. */
  const letGo = () => {
    const width = cuts!.width();
    let reported = false;
    for (const { entry, joined, completedAt } of held) {
      const cut = width !== 0 && !joined ? cuts!.joinAt(entry, width) : entry;
      if (cut !== entry && !reported) {
        reportCuts(cut.body[0]!, width);
        reported = true;
      }
      const done = finish(cut);
      released.push(Number.isFinite(completedAt) ? { ...done, completedAt } : done);
    }
    if (toldWhileHeld && !reported) reportCuts(toldWhileHeld.line, toldWhileHeld.width);
    held.length = 0;
    toldWhileHeld = undefined;
  };
  /** An entry complete and its lines joined as a terminal cut them: its copy's breaks cut out, then a wrapped byline. */
  const finish = (cut: RawEntry) => {
    const spacedListing = spacedBylines > 2 && spacedBylines > 2 * gluedBylines;
    const broken = cutCopyBreaks(cut);
    // (An abstract glued to the byline's end is read apart here, before the listing's names are gathered from it.)
    const joined = partGluedAbstract(joinWrappedByline(spacedListing ? { ...broken, spacedListing } : broken, spacedListing));
    // (What the listing's bylines show where title meets authors, for the entries after: a
    // PDF's text of a printed page parts them with a space.)
    // (Its byline taken apart once, here, for every pass after: see `RawEntry.prepared`.)
    const style = joined.body[0] ? bylineStyle((joined.prepared ??= prepareByline(joined.body[0].text)).parts) : undefined;
    if (style === "spaced") spacedBylines += 1;
    else if (style === "glued") gluedBylines += 1;
    return joined;
  };
  /** Opens an entry at a header; returns the entry it completes. */
  function start(headerLine: SourceLine, header: HeaderParts, at: number): RawEntry | undefined {
    // A date with no code, right under a code alone on its line ("LG" + "Oct 13, 2022"): the
    // code may be the header's, which the entry's byline settles when it is read.
    const codeLine = header.code === "" ? takeLoneCode() : undefined;
    if (stray.length > 0) reportIgnored(stray, undefined, diagnostics);
    stray = [];
    const done = current;
    current = codeLine
      ? { index: count++, header: headerLine, headerParts: header, body: [], afterBlank: [], codeLine }
      : { index: count++, header: headerLine, headerParts: header, body: [], afterBlank: [] };
    return done && complete(done, at);
  }
  /** A card's lines read again by `read`: its header re-parsed, when it changed. */
  function readAgain(card: RawEntry, read: (lines: readonly SourceLine[]) => SourceLine[]): RawEntry {
    const [header, ...lines] = read([card.header, ...card.body]);
    const headerParts = header === card.header ? card.headerParts : parseHeader(header!.text);
    // (A line that was a note's, in quotes over several lines, is read as empty and dropped; so
    // is a blank line of the paste with a note beside it, "\tcite?": the line after it comes
    // after a blank one.)
    const body: SourceLine[] = [];
    const afterBlank: boolean[] = [];
    let emptied = false;
    lines.forEach((line, i) => {
      if (line.text === "") {
        emptied ||= opensWithEmptyCell(card.body[i]!);
        return;
      }
      body.push(line);
      afterBlank.push(card.afterBlank[i]! || emptied);
      emptied = false;
    });
    readAgainEndedBlank = emptied;
    return { ...card, header: headerParts ? header! : card.header, headerParts: headerParts ?? card.headerParts, body, afterBlank };
  }
  /**
   * The line before, taken back, when it is a subject code alone ("LG", "cs.CL"): right
   * before the date, or as a block of its own with blank lines around it ("LG", blank, the
   * date, as converters part blocks), never the last line of a paragraph above.
   */
  function takeLoneCode(): SourceLine | undefined {
    const inBody = current !== undefined && current.body.length > 0;
    const last = inBody ? current!.body.at(-1)! : stray.at(-1);
    if (!last || !isCodeShaped(last.text)) return undefined;
    // (A stray run starts afresh after a blank line: a code alone in it is a block of its own.)
    if (blank && !(inBody ? current!.afterBlank.at(-1) : stray.length === 1)) return undefined;
    if (inBody) {
      current!.body.pop();
      current!.afterBlank.pop();
    } else {
      stray.pop();
    }
    return last;
  }
  return {
    push(line) {
      if (line.repairs) reportRepairs(line, diagnostics);
      leftQuote = false;
      const place = current === undefined ? "before" : current.body.length === 0 ? "byline" : "body";
      // A diff's marks first, as the outermost tool left them (a removed line is dropped).
      if (readDiffHunk) {
        const read = readDiffHunk(line);
        if (!read) {
          sheet?.skip(line.line);
          return undefined;
        }
        line = read;
      }
      // A chat log's prefix next: its tabs (WeeChat's) part no sheet's cells. (Someone else's
      // line is dropped: the sender's card goes on after it.)
      if (readChatLog) {
        const read = readChatLog(line);
        if (!read) {
          sheet?.skip(line.line);
          return undefined;
        }
        line = read;
      }
      // An e-mail client's link targets next: they hold no cell of a sheet's row.
      if (readAngleLinks) line = readAngleLinks(line);
      // (Until a sheet's reading begins, only lines that may be its rows are read.)
      if (sheet && (sheetBegun || mayBeSheetRow(line))) line = sheet.read(line, csvOpened);
      if (readCsv && !sheetBegun) line = readCsv(line, place);
      // A reading that began since the line before (at this line, or at the card the one before
      // completed) reads the open card's lines again.
      if (readOpenCardAgain) {
        if (current) {
          current = readAgain(current, readOpenCardAgain);
          if (readAgainEndedBlank) blank = true;
        }
        readOpenCardAgain = undefined;
      }
      if (readQuoted) line = readQuoted(line);
      if (readLinkMarkers) line = readLinkMarkers(line, place);
      if (line.text === "") {
        blank = true;
        return undefined;
      }
      let done: RawEntry | undefined;
      // A line with no date in it is no header and hides none (most abstract lines).
      const opening = line.undated ? undefined : matchHeaderStart(line.text);
      let header = parseHeader(line.text, opening);
      // "analyses.CLDec 27, 2024": a code that names nothing may be a word glued to a real one.
      const merged = (header && categoryCodes(header.code) !== undefined) || line.undated ? undefined : splitMergedLine(line, opening);
      if (merged) header = undefined;
      // (A header opens a line of its own: no text goes on into it.)
      cuts?.see(line, blank || header !== undefined || merged !== undefined, current !== undefined && current.body.length === 0);
      // Held entries wait 64 lines at most, whether or not an entry completes meanwhile.
      if (held.length > 0 && cuts!.seen() - heldFrom >= HOLD_LINES) letGo();
      if (header) {
        done = start(line, header, line.line);
      } else if (merged) {
        // "2. LGSep 28, 2022": a card numbered or bulleted in a list, no text glued on.
        const listMarker = merged.before !== undefined && merged.header.offset === line.offset + listMarkerLength(line.text);
        // "64.2CYJun 3": a score glued before the header, as the site's author pages show one.
        const score = merged.before !== undefined && !listMarker && merged.header.offset === line.offset + merged.before.text.length && SCORE.test(merged.before.text);
        if (listMarker || score) {
          diagnostics.push(point("info", "ignored-text", `ignored the ${score ? "score" : "list marker"} "${merged.before!.text}" before the header`, line.line, line.offset + 1));
        } else {
          diagnostics.push(point("warning", "merged-lines", merged.message, line.line, merged.column));
        }
        if (!listMarker && !score && merged.before && merged.before.text !== "") {
          if (current) {
            current.body.push(merged.before);
            current.afterBlank.push(blank);
          } else {
            stray.push(merged.before);
          }
        }
        done = start(merged.header, merged.headerParts, line.line);
        if (merged.after) {
          current!.body.push(merged.after);
          current!.afterBlank.push(false);
        }
      } else if (current && !leftQuote && current.body.length === 0 && codeBadgeLine(line.text) !== undefined) {
        // "Code" alone between a header and its byline: the header's badge on a line of its own.
        const url = codeBadgeLine(line.text);
        const offset = current.header.text.length;
        const badge: Badge = url ? { label: "Code", url, offset } : { label: "Code", offset };
        // (Once: a header that has its Code badge already, "LGOct 13, 2022Code" + "Code", keeps one.)
        if (!current.headerParts.badges.some((b) => b.label === "Code")) {
          current = { ...current, headerParts: { ...current.headerParts, badges: [...current.headerParts.badges, badge] } };
        }
        diagnostics.push(point("warning", "merged-lines", `read "Code" on the line after the header as the header's Code badge`, line.line, line.offset + 1));
      } else if (current && !leftQuote) {
        current.body.push(line);
        current.afterBlank.push(blank);
      } else {
        // Text after a quoted run is the reply's, not the quoted card's: the card ends there.
        if (current) {
          done = complete(current, line.line);
          current = undefined;
        }
        if (blank && stray.length > 0) {
          reportIgnored(stray, undefined, diagnostics);
          stray = [];
        }
        stray.push(line);
      }
      blank = false;
      return done ?? released.shift();
    },
    end() {
      if (stray.length > 0) reportIgnored(stray, undefined, diagnostics);
      stray = [];
      const done = current;
      current = undefined;
      if (done) return complete(done, Infinity);
      if (held.length > 0) letGo();
      return released.shift();
    },
    next: () => released.shift(),
  };
}

/** How many lines not blank, at most, an entry is held for while a terminal's width is not known (twice as many as the cut reader weighs: a wide terminal cuts few lines). */
const HOLD_LINES = 64;

/** A score a page shows before a card's header: a number with one or two decimals ("64.2", "7.4"). */
const SCORE = /^\d{1,3}\.\d{1,2}$/;

/**
 * Splits a line that lost a line break next to a header: a header glued to
 * its byline ("CLJul 31, 2024Gemma 2: …"), a header glued to the end of the
 * line before it ("… community.CLJul 31, 2024"), or both at once. Only codes
 * that name an arXiv category count, so prose is left alone.
 */
function splitMergedLine(
  line: SourceLine,
  opening: HeaderStart | undefined,
): { before?: SourceLine; header: SourceLine; headerParts: HeaderParts; after?: SourceLine; message: string; column: number } | undefined {
  // Only a line that opens like a header can hold one glued to its byline.
  const glued = opening ? (splitSeparatedHeader(line.text, opening, readsAsByline) ?? splitGluedHeader(line.text, opening)) : undefined;
  if (glued && categoryCodes(glued.header.code) !== undefined) {
    const at = glued.bylineOffset;
    // (Without what parted it from the byline, if anything did: "CLJul 31, 2024 – Gemma 2…".)
    const text = line.text.slice(0, at).replace(/ ?[–—·•|:-]? ?$/, "");
    return {
      header: { line: line.line, offset: line.offset, text },
      headerParts: glued.header,
      after: { line: line.line, offset: line.offset + at, text: line.text.slice(at) },
      message: `the header "${text}" and the byline after it share a line; read them apart`,
      column: line.offset + at + 1,
    };
  }
  const embedded = findEmbeddedHeader(line.text);
  if (!embedded) return undefined;
  const { offset, bylineOffset } = embedded;
  const end = bylineOffset ?? line.text.length;
  const text = line.text.slice(offset, end);
  return {
    before: { line: line.line, offset: line.offset, text: line.text.slice(0, offset).trimEnd() },
    header: { line: line.line, offset: line.offset + offset, text },
    headerParts: embedded.header,
    ...(bylineOffset === undefined ? {} : { after: { line: line.line, offset: line.offset + bylineOffset, text: line.text.slice(bylineOffset) } }),
    message: `the header "${text}" is glued to the text before it; read it as the start of an entry`,
    column: line.offset + offset + 1,
  };
}

/** Reports the character repairs made to a line while it was split off. */
function reportRepairs(line: SourceLine, diagnostics: Diagnostic[]): void {
  for (const repair of line.repairs ?? []) {
    diagnostics.push(
      repair === "encoding"
        ? point("warning", "repaired-encoding", `the line was UTF-8 read as Windows-1252 or Latin-1 ("Ã©" for "é", "ÃƒÂ©" when read so twice); read it back as UTF-8`, line.line, line.offset + 1)
        : repair === "characters"
          ? point("info", "normalized-characters", "composed accents with their letters (e and U+0301 as é) and wrote ligatures as letters (U+FB01 as fi), as a PDF's text gives them apart or joined", line.line, line.offset + 1)
          : point("info", "decoded-entities", "decoded HTML character references (&amp;, &#39; …) in the line", line.line, line.offset + 1),
    );
  }
}


/**
 * The names one entry shows cleanly (the authors after the first of its
 * byline), the evidence it lends to the other entries of its listing.
 *
 * @param entry - an entry as grouped
 * @returns the clean names, in byline order
 *
 * @example
 * // The first author may be glued to the title, so only the others count
 * entryNames(gemma2Entry); //=> ["Morgane Riviere", "Shreya Pathak"]
 *
 * @internal
 */
export function entryNames(entry: RawEntry): string[] {
  const names: string[] = [];
  forEachEntryName(entry, (name) => names.push(name));
  return names;
}

/** Hands each name `entryNames` gives to `visit`, with no array of them. */
function forEachEntryName(entry: RawEntry, visit: (name: string) => void): void {
  const byline = entry.body[0]?.text;
  if (!byline) return;
  const { parts, partScores } = (entry.prepared ??= prepareByline(byline));
  for (let i = 1; i < parts.length; i++) {
    if (partScores[i]! >= CLEAN_NAME_SCORE) visit(parts[i]!);
  }
}

/**
 * What reading one entry needs from the rest of the listing: the reference
 * date, the names seen elsewhere, and the caller's options.
 *
 * @internal
 */
export interface EntryContext {
  readonly reference: CalendarDay;
  readonly evidence: NameEvidence;
  readonly options: ParseListingOptions;
  /**
   * A blank line after the abstract ends it, and what follows is page text:
   * true for Markdown, where a blank line ends a paragraph, so the note after
   * a listing ("Next time: add the BibTeX …") is not glued to the last abstract.
   */
  readonly blankLineEndsAbstract?: boolean;
}

/**
 * Interprets one entry, pushing its diagnostics; `undefined` when it cannot become a paper.
 *
 * @param raw - the entry's lines, as grouped
 * @param context - the reference date, the name evidence and the options
 * @param diagnostics - where the entry's diagnostics are pushed, unsorted
 * @returns the paper, or `undefined` for an entry that is skipped (with an error diagnostic)
 *
 * @example
 * // Reading entries one by one, as parseListingStream does
 * readEntry(entry, { reference, evidence: { names: new Set() }, options: {} }, diagnostics)?.title; //=> "Gemma 2: Improving Open Language Models at a Practical Size"
 *
 * @internal
 */
export function readEntry(raw: RawEntry, context: EntryContext, diagnostics: Diagnostic[]): Paper | undefined {
  return readEntryWith(raw, context, diagnostics, false) as Paper | undefined;
}

/**
 * Returned by `readEntryWith` in place of a paper when the evidence so far
 * cannot settle the entry's byline: nothing was reported, read it again once
 * the whole listing is known.
 */
const UNSETTLED: unique symbol = Symbol("unsettled");

/**
 * `readEntry`, which may read an entry before the rest of the listing is
 * known (`early`): it then either returns what the whole listing's evidence
 * would give, or `UNSETTLED` having reported nothing.
 */
function readEntryWith(raw: RawEntry, context: EntryContext, diagnostics: Diagnostic[], early: boolean): Paper | undefined | typeof UNSETTLED {
  const { reference, evidence, options } = context;
  const { abstractLines, ignored, idLine } = splitAbstract(raw, context.blankLineEndsAbstract === true);
  const abstract = joinAbstract(abstractLines);
  const reread = reconsiderGluedCode(raw, abstract);
  const moved = reread !== raw;
  raw = reread;
  const { header } = raw;
  const bylineLine = raw.body[0];
  // Split before anything is reported, so an early reading can still be put off.
  const byline = bylineLine ? splitByline(bylineLine.text, abstract, evidence, raw.prepared, raw.spacedListing ? "listing" : "evident") : undefined;
  if (early && byline && !byline.settled) return UNSETTLED;
  // A code alone on the line before a date with none is the header's when the byline names
  // someone cleanly, as a date alone is a card's.
  const codeLine = raw.codeLine && byline?.authors.some(isCleanName) ? raw.codeLine : undefined;
  const headerParts = codeLine ? { ...raw.headerParts, code: codeLine.text } : raw.headerParts;
  const first = codeLine ?? header;
  const lastText = lastPieceOf(abstractLines.at(-1) ?? raw.wrappedByline ?? raw.body[0] ?? header);
  const last = idLine && idLine.line.line > lastText.line ? idLine.line : lastText;
  const entry: DiagnosticEntry = { index: raw.index, startLine: first.line, endLine: last.line };
  const report: Report = (severity, code, message, source, at = 0, alternatives) => {
    const { line, column } = positionIn(source, at);
    diagnostics.push(alternatives ? { severity, code, message, line, column, entry, alternatives } : { severity, code, message, line, column, entry });
  };
  // A date alone on its line ("Nov 29, 2026", a post's date) with no card after it, no byline
  // naming anyone cleanly, is page text, not a card that lost its code.
  if (headerParts.code === "" && !byline?.authors.some(isCleanName)) {
    reportPageText(raw, diagnostics);
    return undefined;
  }
  for (let i = 0; i < ignored.length; i++) reportIgnored(ignored[i]!, entry, diagnostics);
  for (const run of raw.copyBreaks ?? []) reportIgnored(run, entry, diagnostics);
  if (codeLine) report("warning", "merged-lines", `read the subject code "${codeLine.text}" on the line before the date "${header.text}" as the header's`, codeLine);
  // (An abstract that was glued to the byline's end, read apart when the entry completed: see `partGluedAbstract`.)
  if (raw.abstractGlued) report("warning", "merged-lines", `read the text glued to the byline's end, from "${preview(raw.body[1]!.text)}", as the abstract: the card lost the line break between them`, raw.body[1]!);
  if (moved && bylineLine) {
    const badge = headerParts.badges.at(-1)?.label === "Code";
    const word = FIRST_WORD.exec(bylineLine.text)?.[0] ?? "";
    report("warning", "merged-lines", `read "Code" glued to "${badge ? word : word.slice(4)}" as ${badge ? "the Code badge" : "the title's start"}: the abstract names "${word}"`, header, header.text.length - (badge ? 4 : 0));
  }

  let failed = false;
  // (A header that shows every category of its paper, glued, primary first: "DLCLFeb 3, 2025".)
  const codes = categoryCodes(headerParts.code);
  const category = codes && resolveCategory(codes[0]!, options);
  const crossLists = codes && codes.length > 1 ? codes.slice(1).map((code) => resolveCategory(code, options)!) : undefined;
  if (!category) {
    failed = true;
    report(
      "error",
      "unknown-category",
      headerParts.code === ""
        ? `the header "${header.text}" has no subject code before its date; the entry is skipped`
        : `unknown subject code "${headerParts.code}" in "${header.text}"; the entry is skipped`,
      header,
    );
  }
  let year = headerParts.year;
  if (year === undefined) {
    year = inferYear(headerParts.month, headerParts.day, reference);
  }
  if (year === undefined || !isCalendarDate(year, headerParts.month, headerParts.day)) {
    failed = true;
    report("error", "invalid-date", `"${headerParts.dateText}" is not a date; the entry is skipped`, header, headerParts.dateOffset);
  } else if (headerParts.year === undefined) {
    report(
      "info",
      "year-inferred",
      `no year in "${headerParts.dateText}"; read as ${isoDate(year, headerParts.month, headerParts.day)} from the reference date ${isoDate(reference.year, reference.month, reference.day)}`,
      header,
      headerParts.dateOffset,
    );
  }
  let codeUrl: string | undefined;
  let codeOffset = 0;
  let arxivBadge: { id: string; url: string } | undefined;
  const { badges } = headerParts;
  let hasCode = false;
  for (let i = 0; i < badges.length; i++) {
    const badge = badges[i]!;
    // "Code" is the one badge whose meaning is known: the paper links to its source code.
    const code = badge.label === "Code";
    if (code) hasCode = true;
    if (code && badge.url) {
      codeUrl = badge.url;
      codeOffset = badge.offset;
    }
    // A badge linking to arXiv ("[arXiv](https://arxiv.org/abs/2408.00118)", "[PDF](…/pdf/…)") names the paper.
    const badgeId = badge.url ? arxivIdFromUrl(badge.url) : undefined;
    if (badgeId && !arxivBadge) arxivBadge = { id: badgeId, url: badge.url! };
    if (!code && !badgeId) {
      report("info", "unknown-badge", `unknown badge "${badge.label}" after the date; kept in badges`, header, badge.offset);
    }
  }

  if (!bylineLine || !byline) {
    report("error", "missing-byline", `the entry "${header.text}" has no title and author line; the entry is skipped`, header);
    return undefined;
  }
  if (byline.title === "") {
    report("error", "missing-title", `no title in "${bylineLine.text}"; the entry is skipped`, bylineLine);
    return undefined;
  }
  if (failed) return undefined;

  if (raw.wrappedByline) {
    const second = raw.wrappedByline;
    report("info", "wrapped-byline", `joined a title and author line wrapped over ${second.line - bylineLine.line + 1} lines`, second);
  }
  reportBylineDoubts(byline, bylineLine, report);
  if (abstractLines.length === 0) {
    report("warning", "missing-abstract", "the entry has no abstract line", bylineLine);
  } else if (abstractLines.length > 1) {
    report("info", "wrapped-abstract", `joined an abstract wrapped over ${abstractLines.length} lines`, abstractLines[1]!);
  }

  const authors: Author[] = byline.authors.map(analyzeOne);
  // The first author may be a group its own entry names ("Qwen" of "Qwen2.5", "NVIDIA" of
  // "· nvidia", "Seamless Communication" of "Seamless: …").
  const lead = authors[0];
  if (lead && isOwnGroup(lead, byline.title, byline.affiliations)) authors[0] = { name: lead.name, literal: true };
  for (let i = 0; i < authors.length; i++) {
    const author = authors[i]!;
    if (author.literal === undefined && author.family === undefined) {
      report("warning", "unparsed-author", `"${author.name}" reads as neither a person nor a group; kept as written`, bylineLine, Math.max(0, bylineLine.text.indexOf(author.name)));
    }
    if (hasLostLetter(author.name)) {
      report("warning", "lost-letters", `"${author.name}" has "?" where a letter was lost to an encoding that could not hold it; kept as written`, bylineLine, Math.max(0, bylineLine.text.indexOf(author.name)));
    }
  }
  const paper: Paper = {
    title: byline.title,
    authors,
    authorsTruncated: byline.truncated,
    affiliations: byline.affiliations,
    category: category!,
    ...(crossLists ? { crossLists } : {}),
    published: isoDate(year!, headerParts.month, headerParts.day),
    yearInferred: headerParts.year === undefined,
    hasCode,
    badges: badges.map(badgeLabel),
    abstract,
    source: { startLine: first.line, endLine: last.line },
  };
  // (A link relative to the page it was copied from, "/paper/2408.00118", names no page on its
  // own: citations would print it as the paper's address.)
  if (byline.titleUrl && isWebAddress(byline.titleUrl)) {
    paper.url = byline.titleUrl;
    const id = arxivIdFromUrl(byline.titleUrl);
    if (id) paper.arxivId = id;
  } else if (byline.titleUrl) {
    report("info", "relative-link", `kept no address from the title's link "${preview(byline.titleUrl)}": it is relative to a page the listing does not name`, bylineLine);
  }
  if (paper.arxivId === undefined && arxivBadge) {
    paper.arxivId = arxivBadge.id;
    paper.url ??= arxivBadge.url;
  }
  if (paper.arxivId === undefined && idLine) paper.arxivId = idLine.id;
  if (codeUrl && isWebAddress(codeUrl)) paper.codeUrl = codeUrl;
  else if (codeUrl) report("info", "relative-link", `kept no address from the Code badge's link "${preview(codeUrl)}": it is relative to a page the listing does not name`, header, codeOffset);
  return paper;
}

/**
 * Where a header lost the line break before its byline, a "Code" between them
 * is the badge or the start of the title: "…2024CodeGemma: Open Code Models…"
 * (the title "CodeGemma") or "…2012Codeemcee: The MCMC Hammer" (the badge,
 * then "emcee"). The line alone cannot tell (`splitGluedHeader` takes "Code"
 * before a capital for the badge); the abstract can, by naming the word it
 * means whole. "Code" moves across the glue point when the abstract names the
 * other reading's word and not this one's.
 */
function reconsiderGluedCode(raw: RawEntry, abstract: string): RawEntry {
  const { header, headerParts } = raw;
  const byline = raw.body[0];
  if (!byline || byline.line !== header.line || byline.offset !== header.offset + header.text.length) return raw;
  const { badges } = headerParts;
  const last = badges.at(-1);
  const word = FIRST_WORD.exec(byline.text)?.[0] ?? "";
  const rest = word.slice(4);
  // How far the glue point moves: back over the badge ("…2024Code" + "Gemma: …", the abstract
  // naming "CodeGemma"), or on over "Code" ("…2012" + "Codeemcee: …", the abstract naming
  // "emcee" and never "Codeemcee", in any case: "Codebook…" stays when the abstract says
  // "codebook"; a rest of under three letters is no name to move over).
  const shift =
    last?.label === "Code" && !last.url && last.offset === header.text.length - 4
      ? word !== "" && containsWord(abstract, `Code${word}`) ? -4 : 0
      : word.startsWith("Code") && /^[\p{Ll}\d].{2}/u.test(rest) && containsWord(abstract, rest) && !containsWord(abstract.toLowerCase(), word.toLowerCase()) ? 4 : 0;
  if (shift === 0) return raw;
  const line = header.text + byline.text;
  const at = header.text.length + shift;
  const { index, afterBlank, wrappedByline } = raw;
  const moved: RawEntry = {
    index,
    header: { ...header, text: line.slice(0, at) },
    headerParts: { ...headerParts, badges: shift < 0 ? badges.slice(0, -1) : [...badges, { label: "Code", offset: at - 4 }] },
    body: [{ line: byline.line, offset: byline.offset + shift, text: line.slice(at) }, ...raw.body.slice(1)],
    afterBlank,
  };
  // (What else the entry carries stays with it: the breaks cut out of it, a code's own line, the
  // listing's style, an abstract read apart from the byline.)
  const { copyBreaks, codeLine, spacedListing, abstractGlued } = raw;
  return { ...moved, ...(wrappedByline && { wrappedByline }), ...(copyBreaks && { copyBreaks }), ...(codeLine && { codeLine }), ...(spacedListing && { spacedListing }), ...(abstractGlued && { abstractGlued }) };
}

/** A title's first word, up to a space or punctuation ("CodeGemma" of "CodeGemma: …"). */
const FIRST_WORD = /^[\p{L}\p{N}]+/u;

/** Pushes one diagnostic of an entry, at `at` characters into `line`, with the readings it weighed. */
type Report = (severity: Severity, code: DiagnosticCode, message: string, line: SourceLine, at?: number, alternatives?: string[]) => void;

/** Reports the doubtful parts of a byline: no authors, a close call, a repaired name. */
function reportBylineDoubts(
  byline: BylineParts,
  line: SourceLine,
  report: Report,
): void {
  if (byline.authors.length === 0) {
    report("warning", "no-authors", `found no author in "${line.text}"; the whole line is kept as the title`, line);
    return;
  }
  if (byline.rival) {
    const chosen = `"${byline.title}" by ${byline.authors.join(", ")}`;
    const other = `"${byline.rival.title}" by ${byline.rival.authors.join(", ")}`;
    report("warning", "ambiguous-byline", `unsure where the title ends: chose ${chosen} over ${other}`, line, byline.authorsOffset, [other]);
  }
  for (const repair of byline.repairs) {
    const at = line.text.indexOf(repair.parts.join(", "));
    report(
      "warning",
      "author-repaired",
      `read "${repair.parts.join(", ")}" as one author, "${repair.merged}" (a comma had cut the name in two)`,
      line,
      Math.max(0, at),
    );
  }
}

/** The last line of the input a line spans: itself, or the last piece joined into it. */
function lastPieceOf(line: SourceLine): SourceLine {
  return line.lastPiece ?? line;
}

/** Reports a run of ignored lines as one info diagnostic. */
function reportIgnored(run: readonly SourceLine[], entry: DiagnosticEntry | undefined, diagnostics: Diagnostic[]): void {
  const first = run[0]!;
  const lastLine = lastPieceOf(run.at(-1)!);
  const count = run.length === 1 ? "a line" : `${run.length} lines`;
  const message = `ignored ${count} of page text that is not part of an entry: "${preview(first.text)}"`;
  const line = first.line, column = first.offset + 1, endLine = lastLine.line, endColumn = lastLine.offset + lastLine.text.length + 1;
  // Written out rather than spread: stray page text can come on every other line of a listing.
  // (The entry only when the text stands among its lines: "Load more" after a card's abstract is
  // no part of the card, though it came before the next header.)
  diagnostics.push(
    entry && line >= entry.startLine && line <= entry.endLine
      ? { severity: "info", code: "ignored-text", message, line, column, endLine, endColumn, entry }
      : { severity: "info", code: "ignored-text", message, line, column, endLine, endColumn },
  );
  // A card header inside the text is a card lost, not page text: each is an error of its own.
  for (const ignored of run) {
    const headers = ignored.text.length > 10 ? headersInText(ignored.text, MAX_UNREAD_REPORTED + 1) : NO_HEADERS;
    // (A line of junk may hold a million: past a few, one error says there are more.)
    for (const header of headers.slice(0, MAX_UNREAD_REPORTED)) {
      const { line, column } = positionIn(ignored, header.offset);
      const message = `a card header, "${header.text}", stands inside a line of page text and was not read as a card (the card's line breaks lost, or the line quoted or marked up); the card is skipped`;
      diagnostics.push(point("error", "unread-header", message, line, column));
    }
    if (headers.length > MAX_UNREAD_REPORTED) {
      const next = headers[MAX_UNREAD_REPORTED]!;
      const message = "more card headers stand inside this line of page text and were not read; their cards are skipped";
      const { line, column } = positionIn(ignored, next.offset);
      diagnostics.push(point("error", "unread-header", message, line, column));
    }
  }
}

const NO_HEADERS: readonly { offset: number; text: string }[] = [];
/** How many unread card headers of one line are reported one by one. */
const MAX_UNREAD_REPORTED = 50;

/** Reports an entry's lines, its header's too, as page text: runs of lines apart from each other by blank lines. */
function reportPageText(raw: RawEntry, diagnostics: Diagnostic[]): void {
  for (const run of raw.copyBreaks ?? []) reportIgnored(run, undefined, diagnostics);
  let run: SourceLine[] = raw.codeLine ? [raw.codeLine, raw.header] : [raw.header];
  for (let i = 0; i < raw.body.length; i++) {
    if (raw.afterBlank[i]) {
      reportIgnored(run, undefined, diagnostics);
      run = [];
    }
    run.push(raw.body[i]!);
  }
  reportIgnored(run, undefined, diagnostics);
}

/** Builds a diagnostic at a point. */
function point(severity: Severity, code: DiagnosticCode, message: string, line: number, column: number): Diagnostic {
  return { severity, code, message, line, column };
}

/**
 * Whether a line, as it was before a sheet's reading, opened with an empty cell parted by a tab
 * or a semicolon (`\tcite?`, `;read`): a blank line of the paste, with a note beside it. (A
 * comma's CSV reads again only lines in quotes.)
 */
function opensWithEmptyCell(line: SourceLine): boolean {
  return line.tabs?.[0] === 0 || line.text.charCodeAt(0) === 59;
}

/** Whether a link's target is a page's whole address ("https://…"), not one relative to the page it was copied from. */
function isWebAddress(url: string): boolean {
  return WEB_ADDRESS.test(url);
}
const WEB_ADDRESS = /^https?:\/\/[^\s/]/i;
