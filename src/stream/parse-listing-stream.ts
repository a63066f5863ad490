import type { Paper } from "../model/paper.js";
import type { Diagnostic } from "../parse/diagnostic.js";
import { ListingParseError } from "../parse/errors.js";
import type { SourceLine } from "../parse/lines.js";
import {
  byPosition,
  createEntryAssembler,
  entryNames,
  type EntryContext,
  type ParseListingOptions,
  PLAIN_TEXT_READERS,
  type RawEntry,
  readEntry,
  withSourceColumns,
} from "../parse/parse-listing.js";
import { toCalendarDay } from "../parse/reference-date.js";
import { type ListingSource, readText } from "./read-text.js";
import { splitLinesIncrementally } from "./split-lines-incrementally.js";

/**
 * How many entries on each side of an entry lend it their clean author names
 * (see `parseListingStream`). Entries `after` it are read before it is
 * yielded, so `after` is also how far the stream reads ahead.
 *
 * @example
 * // Yield each paper the moment its entry ends, using only earlier entries as evidence
 * const window: EvidenceWindow = { before: 1000, after: 0 };
 */
export interface EvidenceWindow {
  /** Entries before (default 1000). */
  readonly before?: number;
  /** Entries after (default 1000). `Infinity` reads the whole source first, as `parseListing` does. */
  readonly after?: number;
}

/**
 * Options of `parseListingStream`: those of `parseListing`, plus an abort
 * signal and the evidence window.
 *
 * @example
 * // Stop after five seconds
 * const options: ParseListingStreamOptions = { referenceDate: "2026-11-26", signal: AbortSignal.timeout(5000) };
 */
export interface ParseListingStreamOptions extends ParseListingOptions {
  /** Stops reading; the loop then throws the signal's reason. */
  readonly signal?: AbortSignal;
  /** The entries whose author names count as evidence for an entry (default 1000 on each side). */
  readonly evidenceWindow?: EvidenceWindow;
}

/**
 * One thing a streamed parse reports: a paper, or a diagnostic. An entry's
 * diagnostics come right before its paper, so a consumer that stops at a
 * paper has seen everything said about it.
 *
 * @example
 * // Papers to stdout, diagnostics to stderr
 * for await (const event of parseListingStream(stream)) {
 *   if (event.type === "paper") console.log(JSON.stringify(event.paper));
 *   else console.error(formatDiagnostic(event.diagnostic));
 * }
 */
export type ListingStreamEvent =
  | { readonly type: "paper"; readonly paper: Paper }
  | { readonly type: "diagnostic"; readonly diagnostic: Diagnostic };

/** Default reach of the evidence window: twenty pages of fifty cards on each side. */
const DEFAULT_WINDOW = 1000;

/**
 * Parses a listing as it arrives, yielding each paper as soon as its entry is
 * complete, with the diagnostics alongside.
 *
 * The source is a Web `ReadableStream` or any (async) iterable of chunks,
 * strings or UTF-8 bytes, as Node streams, `fetch` bodies and `Blob.stream()`
 * give them. Chunk boundaries change nothing, even inside a multi-byte
 * character or between CR and LF.
 *
 * The papers and diagnostics are those of `parseListing` on the whole text,
 * in the same order, with one difference by design: an author name seen
 * cleanly in one entry helps split the byline of another only within
 * `evidenceWindow` entries (1000 on each side by default), so memory stays
 * bounded whatever the size of the input. A listing of up to 1001 entries is
 * read exactly as `parseListing` reads it; see docs/markdown-and-streaming.md
 * for the measured effect on longer ones.
 *
 * Stopping the loop (`break`, `return`, a thrown error) cancels the source;
 * aborting `signal` does too and makes the loop throw the signal's reason.
 *
 * @param source - the listing, as a stream or iterable of chunks
 * @param options - those of `parseListing`, plus `signal` and `evidenceWindow`
 * @returns an async iterable of paper and diagnostic events
 * @throws {RangeError} at once, when `referenceDate` is not a date or the window is negative
 * @throws {ListingParseError} from the loop, in `strict` mode, at the first entry with an error (it carries that entry's errors)
 * @throws {TypeError} from the loop, when a chunk is neither a string nor a `Uint8Array`
 *
 * @example
 * // Two entries arriving in three chunks, one cut inside "ę"
 * const bytes = new TextEncoder().encode("CLJul 31, 2024\nA TitleMaja Trębacz, Nat McAleese\nAbstract.\nLGFeb 10\n…");
 * const papers = [];
 * for await (const event of parseListingStream([bytes.slice(0, 40), bytes.slice(40, 44), bytes.slice(44)], { referenceDate: "2026-11-26" })) {
 *   if (event.type === "paper") papers.push(event.paper);
 * }
 * papers[0].authors.map((a) => a.name); //=> ["Maja Trębacz", "Nat McAleese"]
 */
export function parseListingStream(
  source: ListingSource,
  options: ParseListingStreamOptions = {},
): AsyncGenerator<ListingStreamEvent, void, undefined> {
  // Misuse is reported when the stream is created, not at the first read.
  const reference = toCalendarDay(options.referenceDate);
  const before = windowSize(options.evidenceWindow?.before, "before");
  const after = windowSize(options.evidenceWindow?.after, "after");
  return run(source, options, { reference, before, after });
}

/** The checked settings of a run. */
interface RunSettings {
  readonly reference: ReturnType<typeof toCalendarDay>;
  readonly before: number;
  readonly after: number;
}

/** An entry read from the source, waiting for the entries after it. */
interface Pending {
  readonly entry: RawEntry;
  readonly names: readonly string[];
  /** The line that completed the entry: where the next entry's header is (`Infinity` at the end). */
  readonly nextLine: number;
}

/**
 * An event waiting for its turn. Events go out in the order `parseListing`
 * reports diagnostics: by line and column; at the same place, what the
 * grouping of lines found (`phase` 0) before what reading entries found
 * (`phase` 1), each in the order found (`seq`). A paper follows its own
 * diagnostics and whatever comes before its successor's header line.
 */
interface Queued {
  readonly line: number;
  readonly column: number;
  readonly phase: number;
  readonly seq: number;
  readonly event: ListingStreamEvent;
}

/** The streaming parse itself. */
async function* run(source: ListingSource, options: ParseListingStreamOptions, settings: RunSettings): AsyncGenerator<ListingStreamEvent, void, undefined> {
  const { before, after } = settings;
  const known = new Set<string>();
  if (options.knownAuthors) for (const name of options.knownAuthors) known.add(name.trim());
  const window = createNameWindow(known);
  const context: EntryContext = { reference: settings.reference, evidence: { names: window.names }, options };

  const loose: Diagnostic[] = [];
  const assembler = createEntryAssembler(loose, PLAIN_TEXT_READERS);
  const splitter = splitLinesIncrementally();
  const lines: SourceLine[] = [];
  // A queue with a moving head: shift() on a long array is linear.
  let pending: (Pending | undefined)[] = [];
  let head = 0;
  // The names of the last `before` entries read, in a ring: they leave the window in turn.
  const history: (readonly string[])[] = [];
  let oldest = 0;
  // Events wait here, in order, until nothing still to come can sort before them.
  const queue: Queued[] = [];
  let seq = 0;
  // Nothing is released before the first entry completes: until then the
  // grouping may still report text before the first header.
  let releasedBefore = 0;

  const enqueue = (item: Queued) => {
    let at = queue.length;
    while (at > 0 && compareQueued(queue[at - 1]!, item) > 0) at -= 1;
    queue.splice(at, 0, item);
  };
  // Lines whose columns shifted as runs of white space were collapsed, until their entry is read.
  const shifted = new Map<number, SourceLine>();
  // The lines before this one have left `shifted`.
  let prunedBefore = 1;
  const placed = (diagnostic: Diagnostic) => (shifted.size === 0 ? diagnostic : withSourceColumns(diagnostic, shifted));
  const takeLoose = () => {
    for (const found of loose) {
      const diagnostic = placed(found);
      enqueue({ line: diagnostic.line, column: diagnostic.column, phase: 0, seq: seq++, event: diagnosticEvent(diagnostic) });
    }
    loose.length = 0;
  };
  /** The events that can no longer be preceded by anything: all before line `bound`. */
  const release = (bound: number): ListingStreamEvent[] => {
    releasedBefore = Math.max(releasedBefore, bound);
    let count = 0;
    // Whatever comes later sits at line `bound` or after, at column 1 or after; a paper
    // waiting at column 0 of that line goes out now.
    while (count < queue.length && (releasedBefore === Infinity || queue[count]!.line < releasedBefore || (queue[count]!.line === releasedBefore && queue[count]!.column < 1))) {
      count += 1;
    }
    return count === 0 ? [] : queue.splice(0, count).map((item) => item.event);
  };
  const admit = (entry: RawEntry, nextLine: number) => {
    const names = entryNames(entry);
    window.add(names);
    pending.push({ entry, names, nextLine });
  };
  /** Reads the oldest pending entry, then lets the entry `before` places back leave the window. */
  const readOldest = (): ListingStreamEvent[] => {
    const { entry, names, nextLine } = pending[head]!;
    pending[head++] = undefined;
    if (head > 1024 && head * 2 > pending.length) {
      pending = pending.slice(head);
      head = 0;
    }
    const diagnostics: Diagnostic[] = [];
    const paper = readEntry(entry, context, diagnostics);
    if (before === 0) window.remove(names);
    else if (before !== Infinity && history.length === before) {
      window.remove(history[oldest]!);
      history[oldest] = names;
      oldest = (oldest + 1) % before;
    } else if (before !== Infinity) history.push(names);
    for (let i = 0; i < diagnostics.length; i++) diagnostics[i] = placed(diagnostics[i]!);
    diagnostics.sort(byPosition);
    if (options.strict) {
      const errors = diagnostics.filter((d) => d.severity === "error");
      if (errors.length > 0) throw new ListingParseError(errors);
    }
    let last: Queued | undefined;
    for (const diagnostic of diagnostics) {
      last = { line: diagnostic.line, column: diagnostic.column, phase: 1, seq: seq++, event: diagnosticEvent(diagnostic) };
      enqueue(last);
    }
    // The entry's lines are done with. (Deleted key by key: a Map walked from its start after
    // deletions there walks them all again, which made this quadratic.)
    for (let line = prunedBefore; line < nextLine && shifted.size > 0; line++) shifted.delete(line);
    prunedBefore = nextLine;
    if (paper) {
      // Right before the next entry's header line, unless the entry's own diagnostics reach it.
      const boundary: Queued = { line: nextLine, column: 0, phase: -1, seq: seq++, event: { type: "paper", paper } };
      enqueue(last && compareQueued(last, boundary) > 0 ? { ...last, seq: seq++, event: boundary.event } : boundary);
    }
    // Later entries start at `nextLine`, and the lines before it have been grouped.
    return release(nextLine);
  };
  const drain = (): ListingStreamEvent[] => {
    const events: ListingStreamEvent[] = [];
    for (const line of lines) {
      if (line.shifts) shifted.set(line.line, line);
      let entry = assembler.push(line);
      takeLoose();
      // The entry is complete because this line holds the next header (or an earlier one, for
      // entries held until a terminal's width was known). (Read as soon as `after` entries follow
      // it, not once the chunk is in: the entries later in a chunk are no evidence for it, so
      // where chunks are cut changes nothing.)
      for (; entry; entry = assembler.next()) {
        admit(entry, entry.completedAt ?? line.line);
        while (pending.length - head > after) events.push(...readOldest());
      }
    }
    lines.length = 0;
    return events;
  };

  let first = true;
  // (Told once the text before the first bytes that are not UTF-8 has gone into the splitter.)
  const decodedAs1252 = () => loose.push(windows1252Diagnostic(splitter.line));
  for await (const text of readText(source, options.signal, decodedAs1252)) {
    splitter.push(text, lines);
    if (first && lines.length > 0) {
      first = false;
      if (splitter.hadBom) loose.push(BOM_DIAGNOSTIC);
    }
    yield* drain();
  }
  splitter.end(lines);
  if (first && splitter.hadBom) loose.push(BOM_DIAGNOSTIC);
  yield* drain();
  let last = assembler.end();
  takeLoose();
  for (; last; last = assembler.next()) {
    admit(last, last.completedAt ?? Infinity);
    // (Each read once `after` entries follow it, as in `drain`: entries let go together at the
    // end are no evidence for the ones before them beyond the window.)
    while (pending.length - head > after) {
      options.signal?.throwIfAborted();
      yield* readOldest();
    }
  }
  while (pending.length > head) {
    options.signal?.throwIfAborted();
    yield* readOldest();
  }
  yield* release(Infinity);
}

/** Orders queued events by place, then phase, then the order they were found in. */
function compareQueued(a: Queued, b: Queued): number {
  return a.line - b.line || a.column - b.column || a.phase - b.phase || a.seq - b.seq;
}

/** What `parseListing` reports for a byte-order mark. */
const BOM_DIAGNOSTIC: Diagnostic = {
  severity: "info",
  code: "byte-order-mark",
  message: "removed a byte-order mark at the start of the input",
  line: 1,
  column: 1,
};

/**
 * What a stream reports when its bytes turn out not to be UTF-8 and are read as Windows-1252
 * from `line` on (see `decodeListing`).
 *
 * @example
 * windows1252Diagnostic(1).code; //=> "decoded-windows-1252"
 */
export function windows1252Diagnostic(line: number): Diagnostic {
  return {
    severity: "warning",
    code: "decoded-windows-1252",
    message: `the input is not UTF-8: read it as Windows-1252 from here on (a file saved as "ANSI" by Notepad, or as plain text by Word)`,
    line,
    column: 1,
  };
}

/** Wraps a diagnostic as an event. */
function diagnosticEvent(diagnostic: Diagnostic): ListingStreamEvent {
  return { type: "diagnostic", diagnostic };
}

/** A multiset of names whose distinct members are a live `Set`, as `NameEvidence` wants. */
function createNameWindow(known: ReadonlySet<string>) {
  const counts = new Map<string, number>();
  const names = new Set<string>(known);
  return {
    names: names as ReadonlySet<string>,
    add(list: readonly string[]) {
      for (const name of list) {
        counts.set(name, (counts.get(name) ?? 0) + 1);
        names.add(name);
      }
    },
    remove(list: readonly string[]) {
      for (const name of list) {
        const count = (counts.get(name) ?? 1) - 1;
        if (count > 0) counts.set(name, count);
        else {
          counts.delete(name);
          if (!known.has(name)) names.delete(name);
        }
      }
    },
  };
}

/** Checks one side of the evidence window. */
function windowSize(value: number | undefined, side: string): number {
  if (value === undefined) return DEFAULT_WINDOW;
  if (typeof value !== "number" || Number.isNaN(value) || value < 0) {
    throw new RangeError(`evidenceWindow.${side} must be a number of entries, 0 or more, got ${String(value)}`);
  }
  return Math.floor(value);
}
