import type { Author } from "../model/author.js";
import { resolveCategory } from "../model/categories.js";
import type { Paper } from "../model/paper.js";
import { arxivIdFromUrl, arxivIdOfLine } from "../_lib/arxiv.js";
import { isCalendarDate, toIsoDate } from "../_lib/calendar.js";
import {
  type BylineParts,
  bylineCore,
  CLEAN_NAME_SCORE,
  containsWord,
  cutAffiliations,
  cutEtAl,
  endsInFunctionWord,
  isOwnGroup,
  type NameEvidence,
  type PreparedByline,
  prepareByline,
  splitByline,
} from "./byline.js";
import type { Diagnostic, DiagnosticCode, DiagnosticEntry, Severity } from "./diagnostic.js";
import { ListingParseError } from "./errors.js";
import { type Badge, type HeaderParts, type HeaderStart, findEmbeddedHeader, isCategoryCode, matchHeaderStart, parseHeader, splitGluedHeader, splitSeparatedHeader } from "./header.js";
import { type SourceLine, sourceColumn, splitLines } from "./lines.js";
import { analyzeName, isInitial, isLowerParticle, isNameSuffix, isNameWord, nameScore } from "./names.js";
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
 * @param text - the listing, as pasted
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
  const papers = parseSourceLines(scan.lines, reference, options, diagnostics);
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
  const assembler = createEntryAssembler(diagnostics);
  // An array is walked by index: a generic iterator allocates a result per line here.
  if (Array.isArray(lines)) {
    for (let i = 0; i < lines.length; i++) {
      const entry = assembler.push(lines[i] as SourceLine);
      if (entry) take(entry);
    }
  } else {
    for (const line of lines) {
      const entry = assembler.push(line);
      if (entry) take(entry);
    }
  }
  const last = assembler.end();
  if (last) take(last);
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

/**
 * The lines of one entry, before interpretation.
 *
 * @internal
 */
export interface RawEntry {
  readonly index: number;
  readonly header: SourceLine;
  readonly headerParts: HeaderParts;
  /** Non-blank lines after the header, up to the next header. */
  readonly body: SourceLine[];
  /** For each body line, whether a blank line came before it. */
  readonly afterBlank: boolean[];
  /** The last line of a byline wrapped over two lines or more, joined into `body[0]`. */
  readonly wrappedByline?: SourceLine;
  /** `body[0]` taken apart once, by whichever pass reads it first (the evidence pass). */
  prepared?: PreparedByline;
}

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
}

/**
 * Starts grouping lines into entries at each header; text before the first
 * header is reported as ignored, into `diagnostics`.
 *
 * @param diagnostics - where `ignored-text` diagnostics for text before the first header go
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
export function createEntryAssembler(diagnostics: Diagnostic[]): EntryAssembler {
  let count = 0;
  let current: RawEntry | undefined;
  let blank = false;
  let stray: SourceLine[] = [];
  /** Opens an entry at a header; returns the entry it completes. */
  function start(headerLine: SourceLine, header: HeaderParts): RawEntry | undefined {
    if (stray.length > 0) reportIgnored(stray, undefined, diagnostics);
    stray = [];
    const done = current;
    current = { index: count++, header: headerLine, headerParts: header, body: [], afterBlank: [] };
    return done && joinWrappedByline(done);
  }
  return {
    push(line) {
      if (line.repairs) reportRepairs(line, diagnostics);
      if (line.text === "") {
        blank = true;
        return undefined;
      }
      let done: RawEntry | undefined;
      // A line with no date in it is no header and hides none (most abstract lines).
      const opening = line.undated ? undefined : matchHeaderStart(line.text);
      let header = parseHeader(line.text, opening);
      // "analyses.CLDec 27, 2024": a code that names nothing may be a word glued to a real one.
      const merged = (header && isCategoryCode(header.code)) || line.undated ? undefined : splitMergedLine(line, opening);
      if (merged) header = undefined;
      if (header) {
        done = start(line, header);
      } else if (merged) {
        diagnostics.push(point("warning", "merged-lines", merged.message, line.line, merged.column));
        if (merged.before && merged.before.text !== "") {
          if (current) {
            current.body.push(merged.before);
            current.afterBlank.push(blank);
          } else {
            stray.push(merged.before);
          }
        }
        done = start(merged.header, merged.headerParts);
        if (merged.after) {
          current!.body.push(merged.after);
          current!.afterBlank.push(false);
        }
      } else if (current) {
        current.body.push(line);
        current.afterBlank.push(blank);
      } else {
        if (blank && stray.length > 0) {
          reportIgnored(stray, undefined, diagnostics);
          stray = [];
        }
        stray.push(line);
      }
      blank = false;
      return done;
    },
    end() {
      if (stray.length > 0) reportIgnored(stray, undefined, diagnostics);
      stray = [];
      const done = current;
      current = undefined;
      return done && joinWrappedByline(done);
    },
  };
}

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
  if (glued && isCategoryCode(glued.header.code)) {
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
        ? point("warning", "repaired-encoding", `the line was UTF-8 read as Windows-1252 ("Ã©" for "é"); read it back as UTF-8`, line.line, line.offset + 1)
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
  const { header, headerParts } = raw;
  const bylineLine = raw.body[0];
  // Split before anything is reported, so an early reading can still be put off.
  const byline = bylineLine ? splitByline(bylineLine.text, abstract, evidence, raw.prepared) : undefined;
  if (early && byline && !byline.settled) return UNSETTLED;
  const lastText = abstractLines.at(-1) ?? raw.wrappedByline ?? raw.body[0] ?? header;
  const last = idLine && idLine.line.line > lastText.line ? idLine.line : lastText;
  const entry: DiagnosticEntry = { index: raw.index, startLine: header.line, endLine: last.line };
  const report: Report = (severity, code, message, line, at = 0, alternatives) => {
    const column = line.offset + at + 1;
    diagnostics.push(
      alternatives
        ? { severity, code, message, line: line.line, column, entry, alternatives }
        : { severity, code, message, line: line.line, column, entry },
    );
  };
  // A date alone on its line ("Nov 29, 2026", a post's date) with no card after it, no byline
  // naming anyone cleanly, is page text, not a card that lost its code.
  if (headerParts.code === "" && !byline?.authors.some(isCleanName)) {
    reportPageText(raw, diagnostics);
    return undefined;
  }
  for (let i = 0; i < ignored.length; i++) reportIgnored(ignored[i]!, entry, diagnostics);
  if (moved && bylineLine) {
    const badge = headerParts.badges.at(-1)?.label === "Code";
    const word = FIRST_WORD.exec(bylineLine.text)?.[0] ?? "";
    report("warning", "merged-lines", `read "Code" glued to "${badge ? word : word.slice(4)}" as ${badge ? "the Code badge" : "the title's start"}: the abstract names "${word}"`, header, header.text.length - (badge ? 4 : 0));
  }

  let failed = false;
  const category = headerParts.code === "" ? undefined : resolveCategory(headerParts.code, options);
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
  let arxivBadge: { id: string; url: string } | undefined;
  const { badges } = headerParts;
  let hasCode = false;
  for (let i = 0; i < badges.length; i++) {
    const badge = badges[i]!;
    // "Code" is the one badge whose meaning is known: the paper links to its source code.
    const code = badge.label === "Code";
    if (code) hasCode = true;
    if (code && badge.url) codeUrl = badge.url;
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
  }
  const paper: Paper = {
    title: byline.title,
    authors,
    authorsTruncated: byline.truncated,
    affiliations: byline.affiliations,
    category: category!,
    published: isoDate(year!, headerParts.month, headerParts.day),
    yearInferred: headerParts.year === undefined,
    hasCode,
    badges: badges.map(badgeLabel),
    abstract,
    source: { startLine: header.line, endLine: last.line },
  };
  if (byline.titleUrl) {
    paper.url = byline.titleUrl;
    const id = arxivIdFromUrl(byline.titleUrl);
    if (id) paper.arxivId = id;
  }
  if (paper.arxivId === undefined && arxivBadge) {
    paper.arxivId = arxivBadge.id;
    paper.url ??= arxivBadge.url;
  }
  if (paper.arxivId === undefined && idLine) paper.arxivId = idLine.id;
  if (codeUrl) paper.codeUrl = codeUrl;
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
  return wrappedByline ? { ...moved, wrappedByline } : moved;
}

/** A title's first word, up to a space or punctuation ("CodeGemma" of "CodeGemma: …"). */
const FIRST_WORD = /^[\p{L}\p{N}]+/u;

/**
 * Joins a byline hard-wrapped over two lines. The second line continues the
 * byline when the first ends in a comma ("…Hubert Soyer," + "Remi Munos
 * et al."), when it opens with "et al.", when it ends the way only bylines
 * end (" et al.", " · deepmind") and the first line does not, or when the
 * first line alone holds no author and the two together do. A second line
 * that is a clean author list is glued on with no space, as the site glues
 * authors to titles ("…a Mirage?" + "Rylan Schaeffer, …"). Done as each
 * entry completes, with no evidence from other entries, so a listing reads
 * the same whether it arrives whole or as a stream.
 */
function joinWrappedByline(raw: RawEntry): RawEntry {
  // Line by line, twice at most: a byline may wrap again before its affiliations or "et al."
  // ("…Provably Isolates" + "Content from StyleJulius von Kügelgen, …" + "· mpi-is, cambridge"),
  // or its third line end it ("…, André F. T. Martins," + "Ramón Fernandez Astudillo · unbabel");
  // any other third line is the abstract's ("…, Noam Shazeer," + "Niki Parmar," + "We propose…").
  for (let joins = 0; joins < 2; joins++) {
    const [first, second] = raw.body;
    // A blank line between them means they were never one line.
    if (!first || !second || raw.afterBlank[1] || (joins > 0 && !isBylineTail(first.text, second.text) && !endsLikeByline(second.text))) return raw;
    const glue = bylineGlue(first.text, second.text);
    if (glue === undefined) return raw;
    const text = first.text + glue + second.text;
    raw = {
      ...raw,
      wrappedByline: second,
      body: [{ line: first.line, offset: first.offset, text }, ...raw.body.slice(2)],
      afterBlank: [raw.afterBlank[0]!, ...raw.afterBlank.slice(2)],
    };
  }
  return raw;
}

/**
 * What joins `second` to the byline `first` ("" or " "), or `undefined` when
 * it is not the rest of it.
 *
 * @internal
 */
export function bylineGlue(first: string, second: string): string | undefined {
  // Site chrome ("Load more", "PDF · BibTeX") is never the rest of a byline.
  if (second.length > 300 || parseHeader(second) || isChrome(second)) return undefined;
  if (isBylineTail(first, second)) return " ";
  // A whole byline ends the way only bylines end; the rest may be the abstract.
  if (endsLikeByline(first)) return undefined;
  // A word broken at its hyphen ("Two-" + "Way Fixed Effects…"), unless the hyphen hangs ("Pre-" + "and Post-Training").
  if (/\p{L}-$/u.test(first)) return HANGING_HYPHEN.test(second) ? " " : "";
  // A title cut after a word no title ends in ("…Deep Learning for" + "Signal and Image…").
  if (first.endsWith(",") || endsInFunctionWord(first)) return " ";
  const noEvidence: NameEvidence = { names: new Set() };
  // A break after an initial ("…Peter J." + "Bickel, …", "…structuresM." + "Hairer", "…methodsS."
  // + "M. Ali Eslami, …"), when the next line goes on with the rest of a name. A whole byline
  // seldom ends in an initial ("Weinan E", "Hinton G." do), and then an abstract follows, whose
  // first words are no name. Not, after a capital without a dot ("…Jan de Boer, E"), before
  // any page text (site chrome never joins, above).
  if (endsInInitial(first) && /^\p{Lu}/u.test(second) && (first.endsWith(".") || !isPageText(second)) && opensWithName(second)) return " ";
  const firstReading = splitByline(first, "", noEvidence);
  const firstAuthors = firstReading.authors;
  // The first line alone holds a byline when its reading has authors and a title that is
  // one: not '"' by "Liar Liar" ('"Liar, Liar' + 'Pants on Fire": …'), nor a word cut at
  // its hyphen, "Human-" by "Centered Artificial Intelligence: Reliable", "Safe", nor a lone
  // article that opens a group's name on the next line, "…Merger" by "The" ("…MergerThe" +
  // "LIGO Scientific Collaboration, …").
  const loneWord = firstAuthors.length === 1 && !firstAuthors[0]!.includes(" ") && endsInFunctionWord(firstAuthors[0]!);
  const firstAlone = firstAuthors.length > 0 && !loneWord && HAS_LETTER_OR_DIGIT.test(firstReading.title) && !CUT_TITLE_END.test(firstReading.title);
  // A break inside the title ("The No-U-Turn Sampler: Adaptively" + "Setting Path Lengths in
  // Hamiltonian Monte CarloMatthew D. Hoffman, Andrew Gelman", "Planck 2013 results." + "XVI.
  // Cosmological parametersPlanck Collaboration"): the first line holds no author list (a
  // comma and a space), and the second glues the rest of the title to names that all read
  // cleanly, with no sentence. One name is enough when the second line opens in lower case
  // ("…: TASI Lectures" + "on Non-Invertible SymmetriesShu-Heng Shao") or the first reads as
  // no clean name ("…TASI Lectures on Non-Invertible" alone gives "I Lectures on Non-Invertible").
  // The second line read alone, by the rules that need it, once.
  let secondAlone: BylineParts | undefined;
  if (!first.includes(", ") && !/[\p{Ll}\d]\. \p{Lu}/u.test(second)) {
    const single = /^\p{Ll}/u.test(second) || !firstAuthors.some(isCleanName);
    const { title, authors } = (secondAlone = splitByline(second, "", noEvidence));
    if (title !== "" && authors.length >= (single || (GLUED_TITLE_END.test(title) && !GLUED_TITLE_END.test(firstReading.title)) ? 1 : 2) && authors.every(isCleanName)) return " ";
  }
  // The break fell exactly where the author list is glued to the title ("…a Mirage?" +
  // "Rylan Schaeffer, …"): the second line is a clean author list with no title in it.
  if (!firstAlone && isCleanName(authorHead(second)) && (secondAlone ?? splitByline(second, "", noEvidence)).authors.length === 0) return "";
  // Prose has sentences; the tail of a byline has none, and a title fragment ends in no
  // full stop (an initial or a suffix, "Maryna S.", "A. Yu.", "A.M.", "Jr.", is no full stop).
  const bylineEnd = endsLikeByline(second) && !/[\p{Ll}\d][.!?] \p{Lu}/u.test(cutAffiliations(second).rest);
  // (But a dot that may be an initial glued to an acronym, "…Supersymmetric QCDN." + "Seiberg,
  // E. Witten · rutgers, ias", goes on with the rest of a name and a byline's end.)
  if (/[.!?]$/.test(first) && !endsInNamePart(first) && !(bylineEnd && /\p{Lu}\.$/u.test(first) && opensWithName(second))) return undefined;
  // (After a whole byline, not when the second line's words before its end are prose, two or
  // more lower-case words that are no particles, and name no one cleanly: "…, Shreya Pathak" +
  // "We compare two settings | zero-shot" is an abstract.)
  if (bylineEnd) {
    const prose = firstAlone && isProse(cutEtAl(cutAffiliations(second).rest).rest) && !(secondAlone ?? splitByline(second, "", noEvidence)).authors.some(isCleanName);
    return prose ? undefined : " ";
  }
  // A name cut in two ("…Laurens van" + "der Maaten", "…Sander" + "Dieleman, Jeffrey De
  // Fauw, …", "…Ngô Bảo" + "Châu"): name words, then whole names, and no sentence. Two
  // or more name words alone after a whole name ("…, Lin F. Yang" + "The International
  // Mathematical") open an abstract wrapped narrowly, unless a lower-case particle opens
  // them ("…, Guy Van" + "den Broeck"): no sentence does.
  const head = authorHead(second);
  if (isAuthorTail(second) && (bylineCore(second) !== head || !head.includes(" ") || isLowerParticle(head.split(" ")[0]!) || !isWholeName(firstAuthors.at(-1)))) return " ";
  return !firstAlone && splitByline(`${first} ${second}`, "", noEvidence).authors.length > 0 ? " " : undefined;
}

/** Whether text holds two or more lower-case words that are no name particles ("de", "van der"). */
function isProse(text: string): boolean {
  let words = 0;
  for (const word of text.split(" ")) if (/^\p{Ll}{2,}$/u.test(word) && !isLowerParticle(word) && ++words === 2) return true;
  return false;
}

/**
 * Whether `second` goes on the byline `first` in its tail: a break just before or after the
 * affiliation dot, before or inside "et al.", or inside the affiliations ("… · tsinghua," +
 * "zhipu-ai").
 */
function isBylineTail(first: string, second: string): boolean {
  return (
    /[·•|]$/.test(first) ||
    /^(?:[·•|] |et al\.?(?:$| ))/.test(second) ||
    (/ et$/.test(first) && /^al\.?(?:$| )/.test(second)) ||
    (first.endsWith(",") && SLUG_LIST.test(second) && cutAffiliations(first).affiliations.length > 0)
  );
}

/** Affiliation slugs alone: space-free words between commas ("zhipu-ai", "mit, stanford"). */
const SLUG_LIST = /^[^\s,]{1,60}(?:, ?[^\s,]{1,60})*$/;

/** Whether a name reads as cleanly as the names a listing lends as evidence (see `CLEAN_NAME_SCORE`). */
function isCleanName(name: string): boolean {
  return nameScore(name) >= CLEAN_NAME_SCORE;
}

/** Whether a line opens with what can be the rest of a name: name words, initials, particles up to its first comma ("Bickel, …", "Hairer", "M. Ali Eslami, …"). */
function opensWithName(text: string): boolean {
  const head = authorHead(text);
  return head.length <= 60 && head.split(" ").every(isNamePiece);
}

/** Whether a line is the end of a name followed by whole names: "der Maaten", "Dieleman, Jeffrey De Fauw". */
function isAuthorTail(text: string): boolean {
  if (text.length > 200 || (/[.!?:;]$/.test(text) && !endsInNamePart(text))) return false;
  const [head, ...names] = bylineCore(text).split(", ");
  return head!.split(" ").every(isNamePiece) && names.every(isCleanName);
}

/**
 * Whether a line's last author is a whole name ("Lin F. Yang", "Alexia
 * Jolicoeur-Martineau"): two words or more, the last a name word. A lone
 * word or a name cut after a particle or an initial ("Jane", "Laurens van")
 * is not, nor no author at all.
 */
function isWholeName(name: string | undefined): boolean {
  const words = name?.split(" ") ?? [];
  return words.length >= 2 && isNameWord(words.at(-1)!);
}

/** The first name of an author list, without "et al." and affiliations. */
function authorHead(text: string): string {
  return bylineCore(text).split(", ")[0]!;
}

/** A word that can be part of a person's name: a capitalised word, an initial or a particle. */
function isNamePiece(word: string): boolean {
  return isNameWord(word) || isInitial(word) || isLowerParticle(word) || isNameSuffix(word);
}

/** Whether a text's last word is an initial or a suffix ("S.", "Jr."): a dot that ends no sentence. */
function endsInNamePart(text: string): boolean {
  const last = lastWord(text);
  return isNameSuffix(last) || isInitialLike(last);
}

/** Whether a text ends in an initial (see `isInitialLike`); a suffix that reads like one ("II", "Jr.") is none. */
function endsInInitial(text: string): boolean {
  const last = lastWord(text);
  return !isNameSuffix(last) && isInitialLike(last);
}

/** Whether a word is an initial: "S.", "A.M.", "Yu.", or initials glued to a title ("…structuresM.", "…(FLAG)S.", "…DecompositionZ.Z."). */
function isInitialLike(word: string): boolean {
  return isInitial(word) || /^\p{Lu}\p{Ll}\.$|[\p{Ll}\d)\]](?:\p{Lu}\.){1,3}$/u.test(word);
}

/** What follows a text's last space (all of it without one). */
function lastWord(text: string): string {
  return text.slice(text.lastIndexOf(" ") + 1);
}

/**
 * Whether the text after a header on its line reads as a byline: it ends the way
 * only bylines end, or all its authors after the first read cleanly.
 */
function readsAsByline(text: string): boolean {
  const names = bylineCore(text).split(", ");
  return endsLikeByline(text) || (names.length > 1 && names.slice(1).every(isCleanName));
}

/** Whether a line ends the way a byline does: " et al." or affiliation slugs. */
function endsLikeByline(text: string): boolean {
  return cutEtAl(text).truncated || cutAffiliations(text).affiliations.length > 0;
}

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

/**
 * Page furniture: a Markdown heading; a line of site chrome ("We use cookies
 * … Accept all", "Sort by: Recent"); or a short line (at most four words, no
 * sentence punctuation, no link) such as "Load more" or "Papers". A short
 * line of prose ("We evaluate on the LHC") has more words than chrome does.
 */
function isPageText(text: string): boolean {
  if (text.startsWith("#")) return true;
  if (isChrome(text)) return true;
  if (text.length > 40 || !isBareText(text)) return false;
  // A bar of links or buttons: short pieces between dots or bars ("Upvote 312 · Comments (48) · Share").
  if (BAR_SEPARATOR.test(text) && text.split(BAR_SEPARATOR).every((piece) => piece.split(" ").length <= 3)) return true;
  // Separators between navigation links ("About · Privacy · Terms") are not words.
  return text.split(" ").filter((word) => !NAV_SEPARATORS.has(word)).length <= 4;
}

/**
 * The footer a browser prints, tested on a line and the next joined by a line break: a link
 * alone with a page count after it, on its line or the next ("https://site/newest" + "1/5").
 * A link alone is not enough: a hard-wrapped abstract may end in one.
 */
const PRINTED_FOOTER = /^\w+:\/\/\S+(?: \d+\/\d+\n|\n\d+\/\d+$)/;

/** A dot, bullet or bar between the links or buttons of a bar. */
const BAR_SEPARATOR = / [·•|] /;

const NAV_SEPARATORS = new Set(["·", "|", "•", "-", "–", "/"]);

/**
 * A short line that ends no sentence and holds no link, path, domain or
 * formula: what page text looks like whatever its words ("Code is available
 * at github.com/…" and "$O(1/n)$" stay prose).
 */
function isShortTrailingText(text: string): boolean {
  return text.length <= 60 && isBareText(text) && !/[/$\\]|\.[A-Za-z_]/.test(text);
}

/** Text that ends in no punctuation (a count in brackets aside) and holds no link. */
function isBareText(text: string): boolean {
  // A count in brackets ends a button's label ("Comments (4)", "Replies (1.2k)"), not a sentence.
  return (!/[.,!?:;)"'”’\]]$/.test(text) || COUNT_END.test(text)) && !text.includes("://") && !text.includes("www.");
}

/**
 * A button's label with its count in brackets, ending a line: "Comments (4)", "Likes
 * (1.2k)"; not "See Table (2)" or "Accepted at ICLR (2024)".
 */
const COUNT_END = /(?:^|\s)(?:comments?|replies|likes?|(?:up)?votes?|citations?|views?|stars?) \(\d[\d.,]*k?\)$/i;

/** A line of site chrome (see `CHROME`). */
function isChrome(text: string): boolean {
  return text.length <= 120 && (CHROME.test(text) || BUTTON.test(text));
}

/**
 * A card's button copied with it, capitalised as a button is ("Upvote", "Share 12"); in
 * lower case such a word may be one of a narrowly wrapped abstract's lines ("save").
 */
const BUTTON = /^(?:Upvote|Share|Save|Like|Bookmark|Cite|Download|Reply)(?: \d[\d.,]*k?)?$/;

/** A link's label on a paper's card, in brackets or not. */
const LINK_LABEL = "\\[?(?:pdf|bib(?:tex)?|code|slides|video|poster|arxiv|cite|doi|html|blog|demo|website)\\]?";

// Words of site chrome that abstracts do not use: cookie banners, sign-in and paging.
const CHROME = /* @__PURE__ */ (() =>
  new RegExp(
    "^(?:" +
      [
        "(?:we|this (?:web)?site) uses? cookies\\b.*",
        ".*\\baccept (?:all(?: cookies)?|cookies)",
        "sign (?:in|up)(?: with \\w+)?",
        "log (?:in|out)",
        // ("Read more …" closes an abstract a card shortened.)
        "(?:load|show|see|read) (?:more|less)(?: ?(?:…|\\.\\.\\.|[→»›▾]))?",
        "sort(?:ed)? by:? \\w+(?: \\w+)?",
        "showing \\d[\\d,]*(?: ?[–-] ?\\d[\\d,]*)? of \\d[\\d,]*(?: \\w+)?",
        "page \\d+(?: of \\d+)?|next page|previous page|back to top",
        "(?:privacy(?: policy)?|terms(?: of (?:use|service))?)(?: [·|•] .*)?",
        "subscribe(?: to (?:our )?\\w+)?",
        // Two or more link labels of a paper's card ("PDF · BibTeX", "[PDF] [Code]").
        `${LINK_LABEL}(?:(?: ?[·|•/] ?| )${LINK_LABEL})+`,
        "©.*",
      ].join("|") +
      ")$",
    "i",
  ))();

/**
 * Chooses the abstract lines of an entry: the lines after the byline, where a
 * later paragraph or a short trailing line that reads as page text
 * ("Load more") is ignored rather than glued to the abstract.
 */
function splitAbstract(raw: RawEntry, blankLineEndsAbstract: boolean): {
  abstractLines: SourceLine[];
  ignored: SourceLine[][];
  idLine?: { line: SourceLine; id: string };
} {
  const abstractLines: SourceLine[] = [];
  const ignored: SourceLine[][] = [];
  let idLine: { line: SourceLine; id: string } | undefined;
  let abstractEnded = false;
  // Whether the lines before `runKnownBefore` run on into prose (see `runOn`).
  let runKnownBefore = 0;
  let runsOn = false;
  // The longest abstract line so far: the width a hard-wrapped abstract is wrapped at.
  let widest = 0;
  // Where the short bare lines that end the body start (see `trailingTail`), once needed.
  let tail: number | undefined;
  // The width the body's lines show it wrapped at, once needed (see `wrapWidth`).
  let bodyWidth: number | undefined;
  // A chat export's next message came ("21/11/2026, 09:15 - Ana: …"): the lines from it on are other messages.
  let chatEnded = false;
  // What was cut off lines of the body: a chat's edit marks and stamps, reported as page text.
  let cutOffs: SourceLine[][] | undefined;
  for (let i = 1; i < raw.body.length; i++) {
    let line = raw.body[i]!;
    // (Only after a sentence, or right after the byline: prose may wrap before a date and a time.
    // A system message, with no sender, opens with a name: "Ana Souza added Priya Raman".)
    const stamp = chatEnded ? undefined : CHAT_STAMP.exec(line.text);
    // (A message with no sender is a system message, "Ana Souza added Priya Raman", or an
    // emote, "* Tomasz Wójcik is reading …", as Element writes one: it opens with a name.)
    if (stamp && (i === 1 || endsSentence(raw.body[i - 1]!.text.replace(EDIT_MARK, ""))) && (stamp[1] !== undefined || /^(?:\* )?\p{Lu}/u.test(line.text.slice(stamp[0].length)))) {
      const rest = line.text.slice(stamp[0].length);
      if (i === 1 && stamp[1] !== undefined && rest.length > 80 && endsSentence(rest)) {
        // The card's abstract sent as a message of its own: the stamp is no part of it.
        (cutOffs ??= []).push([{ line: line.line, offset: line.offset, text: stamp[0].trimEnd() }]);
        line = { ...line, offset: line.offset + stamp[0].length, text: rest };
      } else {
        chatEnded = true;
      }
    }
    if (chatEnded) {
      pushIgnored(ignored, line, Boolean(stamp) || raw.afterBlank[i]!);
      continue;
    }
    if (line.text.endsWith(EDIT_MARK)) {
      const cut = line.text.length - EDIT_MARK.length;
      (cutOffs ??= []).push([{ line: line.line, offset: line.offset + cut + 1, text: EDIT_MARK.slice(1) }]);
      line = { ...line, text: line.text.slice(0, cut) };
    }
    // A line that only points at arXiv ("arXiv:2408.00118v2 [cs.CL]") is the paper's id, not prose.
    const id = idLine ? undefined : arxivIdOfLine(line.text);
    if (id) {
      // (Not after page text that followed the abstract: a note's own links come there, as
      // Google Keep's "Web Links" with the link to the first card of the note.)
      // (Site chrome there, "Read more", is the card's own: its link follows.)
      const before = ignored.at(-1)?.at(-1);
      const pageTextBefore = abstractLines.length > 0 && before !== undefined && before.line > abstractLines.at(-1)!.line && !isChrome(before.text);
      if (pageTextBefore) pushIgnored(ignored, line, raw.afterBlank[i]!);
      else idLine = { line, id };
      continue;
    }
    if (blankLineEndsAbstract && abstractLines.length > 0 && (raw.afterBlank[i] || abstractEnded)) {
      pushIgnored(ignored, line, raw.afterBlank[i]! || !abstractEnded);
      abstractEnded = true;
      continue;
    }
    const newParagraph = raw.afterBlank[i] && abstractLines.length > 0;
    const prev = abstractLines.at(-1);
    const afterSentence = prev === undefined || endsSentence(prev.text);
    // Site chrome is page text wherever it falls; a short line only after a sentence ends.
    // A short line that runs on into the next line is prose ("We study things," + "showing …"),
    // as is one of an abstract wrapped narrowly, whose lines are all short (see `runOn`).
    // (Looked up only where it decides, and once for a run of short lines.)
    if ((newParagraph || afterSentence) && i >= runKnownBefore) {
      tail ??= trailingTail(raw.body, raw.afterBlank);
      // Before any abstract line, the body's longest line stands in for the abstract's width:
      // an abstract wrapped narrowly from its first line on ("This paper introduces" +
      // "Multi-Agent MDP Homomorphic" + "Networks, a class …") is all short lines. A body
      // whose lines are all shorter than any wrap ("Upvote" + "89" + "Comments (7)") has none.
      const width = newParagraph ? Infinity : widest > 0 ? widest : (bodyWidth ??= wrapWidth(raw.body));
      const run = runOn(raw.body, raw.afterBlank, i, width, tail);
      runKnownBefore = Math.abs(run);
      runsOn = run > 0;
    }
    // A lone short line after a blank line that follows a finished abstract is page text too
    // ("Sign in to see more papers"): abstracts are one paragraph of sentences.
    // (So is one right before a line that only points at arXiv: "Web Links" above a note's link.)
    const beforeId = newParagraph && i + 1 < raw.body.length && !raw.afterBlank[i + 1] && arxivIdOfLine(raw.body[i + 1]!.text) !== undefined;
    const trailing = newParagraph && afterSentence && (!runsOn || beforeId) && isShortTrailingText(line.text);
    const pageText = isPageText(line.text) || (line.text.includes("://") && PRINTED_FOOTER.test(`${line.text}\n${raw.body[i + 1]?.text}`));
    if (trailing || (pageText && (isChrome(line.text) || line.text.startsWith("#") || ((newParagraph || afterSentence) && !runsOn)))) {
      pushIgnored(ignored, line, raw.afterBlank[i]!);
      continue;
    }
    if (ignored.length > 0 && !raw.afterBlank[i] && abstractLines.length > 0 && ignored.at(-1)!.at(-1)!.line === line.line - 1) {
      // Text right after ignored page text continues it, not the abstract.
      ignored.at(-1)!.push(line);
      continue;
    }
    abstractLines.push(line);
    if (line.text.length > widest) widest = line.text.length;
  }
  // A last line that ends in a colon after a finished sentence leads into what follows the
  // card, not into more of its abstract: "Weather, learning rules and robotics, from Tomasz's list:".
  const last = abstractLines.at(-1);
  if (last && abstractLines.length > 1 && last.text.endsWith(":") && last.text.length <= MAX_LEAD_IN && endsSentence(abstractLines.at(-2)!.text)) {
    abstractLines.pop();
    ignored.push([last]);
    ignored.sort((a, b) => a[0]!.line - b[0]!.line);
  }
  if (cutOffs) ignored.push(...cutOffs);
  return idLine ? { abstractLines, ignored, idLine } : { abstractLines, ignored };
}

/** The longest line read as a lead-in to what follows a card (see `splitAbstract`). */
const MAX_LEAD_IN = 120;

/** Adds a line to the last run of ignored lines, or, `apart` from it (or with none yet), to a run of its own. */
function pushIgnored(ignored: SourceLine[][], line: SourceLine, apart: boolean): void {
  if (apart || ignored.length === 0) ignored.push([line]);
  else ignored.at(-1)!.push(line);
}

/**
 * The stamp a chat export opens each message with: "21/11/2026, 09:14 - "
 * (WhatsApp on Android), "[21/11/2026, 09:14:07] " (on iOS, a left-to-right mark
 * before an attachment's), "11/21/26, 9:14 AM - "; then the sender's name and a colon,
 * if the message is someone's.
 */
const CHAT_STAMP = /^[\u200e\u200f]?\[?\d{1,4}[./-]\d{1,2}[./-]\d{1,4},? \d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp]\.? ?[Mm]\.?)?(?:\] | - )([^:]{1,60}:(?: |$))?/;

/** What a chat export appends to a message its sender edited. */
const EDIT_MARK = " <This message was edited>";

/**
 * Whether line `i` of an entry's body runs on into prose rather than
 * standing alone as page text, with no blank line between: the next line is
 * no page text; or, along the run of short lines from `i`, a line ends in a
 * word no sentence ends in ("We introduce Phi-4-Mini and"), is followed by
 * one that opens in lower case, or could not have held the next line's first
 * word within `width`, the longest line of the abstract so far (`Infinity`
 * when there is none): the mark of a paragraph hard-wrapped at that width. An abstract
 * wrapped narrowly has short lines only ("This paper introduces" +
 * "Probability Density" + "Distillation, a new …"); page text is a run of
 * short lines that ends on its own ("Papers" + "Trending" + a long line
 * stays page text).
 *
 * A line followed by prose that is only the short bare lines ending the body
 * (from `tail` on, see `trailingTail`) does not run on: an advert under an
 * abstract ("Sponsored" + "Try PaperPilot Pro free for 30 days") is no
 * sentence of it.
 *
 * The lines from `i` on share the answer up to where it was found, so it
 * comes with that end: `end` when the lines before it run on, `-end` when
 * they do not. A caller reuses it for those lines, which keeps a long run of
 * short lines linear.
 */
function runOn(body: readonly SourceLine[], afterBlank: readonly boolean[], i: number, width: number, tail: number): number {
  let j = i;
  for (; j + 1 < body.length && !afterBlank[j + 1]; j++) {
    const line = body[j]!.text;
    const next = body[j + 1]!.text;
    // Site chrome is never prose, whatever comes before it.
    if (isChrome(next)) break;
    if (endsInFunctionWord(line) || /^\p{Ll}/u.test(next) || line.length + next.split(" ", 1)[0]!.length >= width) return j + 1;
    // Prose right after the line itself, unless the next line is among the short bare lines
    // that end the entry ("Sponsored" + "Try PaperPilot Pro free for 30 days"); after a run
    // of short lines, only for the run's last.
    if (!isPageText(next)) return j > i ? -j : j + 1 < tail ? i + 1 : -(i + 1);
  }
  return -(j + 1);
}

/**
 * Where the lines that end an entry's body start when they look like an
 * advert or a footer under it: at most three short bare lines
 * (`isShortTrailingText`) that end in no word a sentence goes on after, with
 * no blank line between them, right after the byline or after a line that
 * ends a sentence. The body's length when there are none: the end of an
 * abstract wrapped narrowly with no final stop ("…a" + "foundation model
 * for" + "video segmentation…") is no such tail.
 */
function trailingTail(body: readonly SourceLine[], afterBlank: readonly boolean[]): number {
  let tail = body.length;
  while (tail > 1 && body.length - tail < MAX_TAIL_LINES && isShortTrailingText(body[tail - 1]!.text) && !endsInFunctionWord(body[tail - 1]!.text)) {
    tail -= 1;
    if (afterBlank[tail]) break;
  }
  return tail === 1 || afterBlank[tail] || endsSentence(body[tail - 1]!.text) ? tail : body.length;
}

/** The narrowest width an abstract is taken to be wrapped at (a phone's screen is wider). */
const MIN_WRAP_WIDTH = 25;

/**
 * The width an entry's body shows it wrapped at: the length of its longest
 * line after the byline, or `Infinity` when that is under `MIN_WRAP_WIDTH`.
 */
function wrapWidth(body: readonly SourceLine[]): number {
  let longest = 0;
  for (let i = 1; i < body.length; i++) longest = Math.max(longest, body[i]!.text.length);
  return longest >= MIN_WRAP_WIDTH ? longest : Infinity;
}

/** Whether a line ends a sentence: a full stop, "?" or "!", maybe inside a closing bracket or quote. */
function endsSentence(text: string): boolean {
  return /[.!?)\]"”]$/.test(text);
}

/** The most lines an advert or a footer under an entry is taken to have. */
const MAX_TAIL_LINES = 3;

/**
 * Joins wrapped abstract lines; a line ending in a hyphen after a letter or a
 * digit joins the next without a space when it opens with one
 * ("state-of-the-" + "art", "DeepSeek-" + "Prover-V2", "GPT2-" + "small"),
 * unless the hyphen is left hanging ("left-" + "and right-moving", "3-" +
 * "to 5-fold").
 */
function joinAbstract(lines: readonly SourceLine[]): string {
  if (lines.length === 0) return "";
  let out = lines[0]!.text;
  for (let i = 1; i < lines.length; i++) {
    const next = lines[i]!.text;
    // The line before, not `out`: a pattern anchored at the end of a growing string rescans it.
    out += /[\p{L}\d]-$/u.test(lines[i - 1]!.text) && /^[\p{L}\d]/u.test(next) && !HANGING_HYPHEN.test(next) ? next : ` ${next}`;
  }
  return out;
}

/**
 * What follows a hyphen left hanging at the end of a line, its word shared
 * with the next ("pre-" + "and post-training", "Left-" + "or Right-Handed",
 * "3-" + "to 5-fold"): the line then goes on after a space. "trial-" +
 * "and-error" is one word broken at its hyphen.
 */
const HANGING_HYPHEN = /^(?:and|or|nor|to|vs\.?) /i;

/** A title with a word in it (see `bylineGlue`). */
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** A title cut inside a word: at its hyphen, apostrophe or slash. */
const CUT_TITLE_END = /[-'’/]$/;

/**
 * A title fragment that ends where a name is glued to it with no space: a
 * lower-case letter, a digit or closing punctuation ("…Decision Theorists" of
 * "…TheoristsElliott Thornley"). Prose glues no name so; a hyphen ("quasi-" of
 * "quasi-Monte Carlo") joins a word, not a name.
 */
const GLUED_TITLE_END = /[\p{Ll}\d)\]?!"'’”]$/u;

/** Reports a run of ignored lines as one info diagnostic. */
function reportIgnored(run: readonly SourceLine[], entry: DiagnosticEntry | undefined, diagnostics: Diagnostic[]): void {
  const first = run[0]!;
  const lastLine = run.at(-1)!;
  const preview = first.text.length > 60 ? `${first.text.slice(0, 57)}...` : first.text;
  const count = run.length === 1 ? "a line" : `${run.length} lines`;
  const message = `ignored ${count} of page text that is not part of an entry: "${preview}"`;
  const line = first.line, column = first.offset + 1, endLine = lastLine.line, endColumn = lastLine.offset + lastLine.text.length + 1;
  // Written out rather than spread: stray page text can come on every other line of a listing.
  diagnostics.push(
    entry
      ? { severity: "info", code: "ignored-text", message, line, column, endLine, endColumn, entry }
      : { severity: "info", code: "ignored-text", message, line, column, endLine, endColumn },
  );
}

/** Reports an entry's lines, its header's too, as page text: runs of lines apart from each other by blank lines. */
function reportPageText(raw: RawEntry, diagnostics: Diagnostic[]): void {
  let run: SourceLine[] = [raw.header];
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
