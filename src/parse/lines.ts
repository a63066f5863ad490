// Splitting input into lines, undoing the damage copy and paste does to
// white space while keeping every line and column true to the input.

import { decodeEntities } from "../_lib/entities.js";
import { MOJIBAKE_HINT, repairMojibake } from "../_lib/mojibake.js";

/** One line of input after clean-up, with where its text starts in the original line. */
export interface SourceLine {
  /** 1-based line number in the input. */
  readonly line: number;
  /** 0-based offset of `text[0]` in the original line (leading white space and a BOM are cut). */
  readonly offset: number;
  /** The text with non-breaking spaces made plain and outer white space trimmed. */
  readonly text: string;
  /**
   * Repairs that changed characters, not just white space: mojibake read back
   * as UTF-8, HTML character references decoded. Columns after such a repair
   * count characters of the repaired text.
   */
  readonly repairs?: readonly LineRepair[];
  /**
   * The line holds no month followed by a day, so it neither is a header nor
   * hides one (see `monthDayPattern`). Set by `splitLines` on lines it did not
   * change; absent means unknown.
   */
  readonly undated?: true;
  /**
   * Where runs of white space inside the line were collapsed to one space:
   * pairs of an index in `text` and how many characters were cut before it,
   * in all (see `sourceColumn`). Absent when none were, or when a line held
   * too many runs to keep track of (its columns then count `text`).
   */
  readonly shifts?: readonly number[];
  /** How many blanks were cut off the end of the line, when any were. */
  readonly trailing?: number;
  /**
   * Set on a spreadsheet's row read as its first cell when the row is whole on the line: a
   * separator after the cell (`"…theory",skim`, `…theory\tskim`), or the cell in quotes that
   * open and close on it (`"…theory, and"`). No terminal cut such a line (see `createCutReader`).
   */
  readonly rowEnded?: true;
  /**
   * Where the line's tabs stood, when it had any: for each, the index in
   * `text` of the space it became (tabs and spaces next to one another
   * become one), 0 for a tab cut off the start and `text.length` for one
   * cut off the end. A spreadsheet's copied rows part their cells with
   * tabs (see `createSheetReader`). Not kept for a line of over 256 tabs,
   * more than any sheet has columns.
   */
  readonly tabs?: readonly number[];
  /**
   * Set when a tab was among the blanks cut off the end of the line: an
   * editor's or a sheet's, where no terminal leaves one (see
   * `createCutReader`). Kept when quote markers or a log's prefix are read
   * off the line, unlike `tabs`.
   */
  readonly endsInTab?: true;
  /** The last line of the input joined into this one, when lines were (see `createCutReader`). */
  readonly lastPiece?: SourceLine;
  /**
   * Where the lines joined onto this one start (see `createCutReader`):
   * triples of an index in `text`, the input line and its offset there.
   */
  readonly joins?: readonly number[];
}

/**
 * The input line and 1-based column of index `at` of a line's cleaned text:
 * in the line itself, or in a line joined onto it (see `SourceLine.joins`).
 *
 * @param line - the line
 * @param at - a 0-based index in `line.text`
 * @returns the line number and column in the input (before collapsed runs of spaces are counted back, see `sourceColumn`)
 *
 * @example
 * // "Rivi" + "ere, …" joined: index 6 is the "e" opening line 3
 * positionIn({ line: 2, offset: 0, text: "M Riviere, …", joins: [6, 3, 0] }, 6); //=> { line: 3, column: 1 }
 */
export function positionIn(line: SourceLine, at: number): { line: number; column: number } {
  const joins = line.joins;
  if (joins) {
    for (let k = joins.length - 3; k >= 0; k -= 3) {
      if (joins[k]! <= at) return { line: joins[k + 1]!, column: joins[k + 2]! + at - joins[k]! + 1 };
    }
  }
  return { line: line.line, column: line.offset + at + 1 };
}

/**
 * The column in the input of a column counted in a line's cleaned text
 * (`offset` + index + 1), given where runs of white space were collapsed.
 *
 * @param line - the line, as `splitLines` cleaned it
 * @param column - a 1-based column counted in the cleaned text
 * @returns the 1-based column in the input line
 *
 * @example
 * // "We  introduce" was cleaned to "We introduce": its "i" is column 4 of the text, 5 of the input
 * sourceColumn(splitLines("We  introduce").lines[0], 4); //=> 5
 */
export function sourceColumn(line: Pick<SourceLine, "offset" | "shifts">, column: number): number {
  const shifts = line.shifts;
  if (!shifts) return column;
  const index = column - 1 - line.offset;
  let cut = 0;
  for (let i = 0; i < shifts.length && shifts[i]! <= index; i += 2) cut = shifts[i + 1]!;
  return column + cut;
}

/**
 * A repair of a line's characters (see `SourceLine.repairs`): mojibake read back as
 * UTF-8, HTML character references decoded, or letters written as a PDF's text gives
 * them (`characters`: a letter and a combining accent, a typographic ligature).
 */
export type LineRepair = "encoding" | "html-entities" | "characters";

/** What `splitLines` found besides the lines. */
export interface LineScan {
  readonly lines: SourceLine[];
  /** The input began with a byte-order mark. */
  readonly hadBom: boolean;
  /** The lines whose columns shifted as runs of white space were collapsed (see `SourceLine.shifts`). */
  readonly shifted: SourceLine[];
}

/**
 * The odd spaces a line is cleaned of, each read as a space: NBSP, narrow NBSP,
 * figure space, thin space (web pages put them inside dates and around " · ").
 *
 * @example
 * new RegExp(`[${ODD_SPACES}]`).test("Jul\u00a031"); //=> true
 *
 * @internal
 */
export const ODD_SPACES = "\u00a0\u2007\u2009\u202f";
/**
 * The zero-width characters a line is cleaned of, each deleted: zero-width
 * space, word joiner, a byte-order mark inside the text, and the soft hyphen
 * (U+00AD) a page puts in long words where a narrow column may break them.
 *
 * @example
 * new RegExp(`[${ZERO_WIDTH}]`, "g").test("com\u00adpart"); //=> true
 *
 * @internal
 */
export const ZERO_WIDTH = "\u200b\u2060\ufeff\u00ad";
const HAS_ODD_SPACE = /* @__PURE__ */ new RegExp(`[${ODD_SPACES}${ZERO_WIDTH}]`);

/**
 * Splits text into lines on LF, CRLF or lone CR, strips a byte-order mark,
 * turns non-breaking and other odd spaces into plain spaces (zero-width ones
 * vanish), collapses tabs and runs of spaces, repairs mojibake and HTML
 * character references, and trims each line. Lines with nothing to repair
 * and no date in them are found by three linear scans of the whole text (for
 * characters that tell of damage, for runs of spaces, for a month and a
 * day), not by testing every line, so a huge line costs what its length
 * costs. Lines found to hold no month and day are marked `undated` (the
 * date scan finds a little more than dates, so a few others are not).
 *
 * @param input - the text
 * @returns the cleaned lines, and whether the text began with a byte-order mark
 *
 * @example
 * // CRLF and a non-breaking space
 * splitLines("CLJul\u00a031, 2024\r\nTitle").lines.map((l) => l.text); //=> ["CLJul 31, 2024", "Title"]
 */
export function splitLines(input: string): LineScan {
  const hadBom = input.charCodeAt(0) === 0xfeff;
  const lines: SourceLine[] = [];
  const shifted: SourceLine[] = [];
  let start = hadBom ? 1 : 0;
  let lineNumber = 1;
  const length = input.length;
  // The next CR is looked up once and reused until passed: searching afresh on
  // every line would rescan the whole text per line when it has none.
  let cr = input.indexOf("\r", start);
  // Each repair below needs a telltale character. Rather than test every line, the
  // next occurrence of each telltale is looked up in the whole text and reused until
  // passed, like the CR above: the text is scanned once per telltale, not once per line.
  const telltale = telltaleLines(input);
  const spaceRun = nextMatch(SPACE_RUN, input);
  // Dates likewise: a line without one needs no search for a header (see `SourceLine.undated`).
  const dates = nextMatch(MAYBE_MONTH_DAY, input);
  while (start <= length) {
    let end = input.indexOf("\n", start);
    if (end < 0) end = length;
    let stop = end;
    if (cr >= 0 && cr < start) cr = input.indexOf("\r", start);
    // A lone CR (old Mac) also ends a line; CRLF ends it once.
    if (cr >= 0 && cr < end) {
      stop = cr;
      end = input.charCodeAt(cr + 1) === 10 ? cr + 1 : cr;
    }
    const base = lineNumber === 1 && hadBom ? 1 : 0;
    const raw = input.slice(start, stop);
    if (telltale.within(start, stop) || spaceRun.within(start, stop)) {
      const line = cleanLine(raw, lineNumber, base);
      lines.push(line);
      if (line.shifts) shifted.push(line);
    } else {
      lines.push(trimLine(raw, lineNumber, base, !dates.within(start, stop)));
    }
    lineNumber += 1;
    start = end + 1;
  }
  return { lines, hadBom, shifted };
}

// An odd space, or what every mojibake of UTF-8 read as Windows-1252 holds: a lead byte
// followed by a continuation byte ("Ã©" of "é", "Î›" of "Λ", "ä¸­" of "中", "â€™" of "’").
// A combining accent or a typographic ligature, as text copied out of a PDF holds them
// ("Erdo\u030bs", "\ufb01eld"), is suspicious too.
/** A combining accent or a typographic ligature (see `composeAccentsAndLigatures`). */
const PDF_LETTERS = /[\u0300-\u036f\ufb00-\ufb06]/;
const SUSPICIOUS = /* @__PURE__ */ new RegExp(`[${ODD_SPACES}${ZERO_WIDTH}]|${PDF_LETTERS.source}|${MOJIBAKE_HINT.source}`);

// What may need a repair in a line: a tab, an "&" that may start a character reference, a
// suspicious character, or a run of spaces. Two scans find them: one for the characters,
// one for the runs. A single pattern for all four is slower: the engine skips ahead by
// looking at a character's low seven bits, and those of U+00A0 are a space's, those of
// "â" a "b"'s, so it stops at nearly every word. The first scan stops at every tab, "&" and
// non-ASCII character, and `isTelltaleAt` keeps only the suspicious ones.
const TELLTALE_CHARACTER = /[\t&\u0080-\uffff]/g;
const SPACE_RUN = / {2}/g;
const SUSPICIOUS_HERE = /* @__PURE__ */ new RegExp(SUSPICIOUS.source, "y");

/**
 * Whether the character at `at`, one the telltale scan stopped at (a tab,
 * an "&", or any non-ASCII character), tells of damage: a tab, an "&", an
 * odd space or the start of a mojibake. Other non-ASCII characters
 * ("é", "·", "–") are what real text holds.
 *
 * @param text - the text being scanned
 * @param at - an offset in it
 * @returns whether a line holding it needs `cleanLine`
 *
 * @example
 * isTelltaleAt("Tom\u00a0Lee", 3); //=> true
 * isTelltaleAt("Adrià", 4); //=> false
 */
export function isTelltaleAt(text: string, at: number): boolean {
  if (text.charCodeAt(at) < 0x80) return true;
  SUSPICIOUS_HERE.lastIndex = at;
  return SUSPICIOUS_HERE.test(text);
}

// Whatever `monthDayPattern` finds, and a little more: a capital that starts a month's
// name, two or more lower-case letters, an optional dot and space, a digit. A line without
// a match holds no month and day. This pattern is scanned for faster: its first character
// tells the engine more.
const MAYBE_MONTH_DAY = /[ADFJMNOS][a-z]{2,}\.? ?\d/g;

/** Where something next occurs in a text, found lazily and moving forward only. */
interface Occurrences {
  /** Whether an occurrence starts in `[from, to)`; `from` never decreases between calls. */
  within(from: number, to: number): boolean;
}

/** Occurrences that also tell where the next one is. */
interface Matches extends Occurrences {
  /** The first occurrence at or after `from`, or -1; `from` never decreases between calls. */
  next(from: number): number;
}

/** Occurrences of a global regular expression, by `exec` from `lastIndex`. */
function nextMatch(pattern: RegExp, text: string): Matches {
  let at = -2;
  const next = (from: number) => {
    if (at === -2 || (at >= 0 && at < from)) {
      pattern.lastIndex = from;
      at = pattern.exec(text)?.index ?? -1;
    }
    return at;
  };
  return {
    next,
    within(from, to) {
      const found = next(from);
      return found >= 0 && found < to;
    },
  };
}

// After this many harmless non-ASCII characters in one line ("中文…", "é" after "é"), the
// rest of the line is searched in one go rather than by a stop at each.
const STOPS_PER_LINE = 8;
// What `isTelltaleAt` accepts, in one pattern: a tab, an "&", or what SUSPICIOUS finds.
const TELLTALE = /* @__PURE__ */ new RegExp(`[\\t&]|${SUSPICIOUS.source}`);

/**
 * The lines of a text that hold a character telling of damage (`isTelltaleAt`).
 * The telltale scan stops at every non-ASCII character, so a line full of
 * them would cost a search per character: after a few stops in one line, the
 * rest of it is searched in one go.
 */
function telltaleLines(text: string): Occurrences {
  const candidates = nextMatch(TELLTALE_CHARACTER, text);
  const within = (from: number, to: number) => {
    for (let stops = 0; ; stops++) {
      const at = candidates.next(from);
      if (at < 0 || at >= to) return false;
      if (isTelltaleAt(text, at)) return true;
      if (stops === STOPS_PER_LINE) return TELLTALE.test(text.slice(at + 1, to));
      from = at + 1;
    }
  };
  return { within };
}

/** A line with no repair to make: only its outer white space is cut. */
function trimLine(raw: string, line: number, base: number, undated: boolean): SourceLine {
  let from = 0;
  while (from < raw.length && isBlank(raw.charCodeAt(from))) from += 1;
  let to = raw.length;
  while (to > from && isBlank(raw.charCodeAt(to - 1))) to -= 1;
  if (from === 0 && to === raw.length) return undated ? { line, offset: base, text: raw, undated } : { line, offset: base, text: raw };
  const text = raw.slice(from, to);
  const trimmed: { -readonly [K in keyof SourceLine]: SourceLine[K] } = undated ? { line, offset: base + from, text, undated } : { line, offset: base + from, text };
  if (to < raw.length) trimmed.trailing = raw.length - to;
  return trimmed;
}
const ENTITY = /&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});/;

/** Repairs and trims a raw line that holds a telltale (see TELLTALE_CHARACTER and SPACE_RUN), recording where its text starts. */
function cleanLine(raw: string, line: number, base: number): SourceLine {
  let text = raw;
  let repairs: LineRepair[] | undefined;
  // One scan tells whether this line needs either repair below.
  const suspicious = SUSPICIOUS.test(text);
  if (suspicious && MOJIBAKE_HINT.test(text)) {
    const repaired = repairMojibake(text);
    if (repaired !== undefined) {
      text = repaired;
      repairs = ["encoding"];
    }
  }
  // For each letter of the text once accents are composed, where it stood before (see `composeAccentsAndLigatures`).
  let composedFrom: number[] | undefined;
  if (suspicious && PDF_LETTERS.test(text)) {
    const composed = composeAccentsAndLigatures(text, true);
    if (composed) {
      text = composed.text;
      composedFrom = composed.from;
      (repairs ??= []).push("characters");
    }
  }
  // Where zero-width characters were deleted, as indexes in the text after deletion (see `withDeletions`).
  let deleted: number[] | undefined;
  if (suspicious && HAS_ODD_SPACE.test(text)) {
    // Zero-width characters are deleted rather than spaced (words stay whole), and
    // the columns after them are counted back, as after collapsed runs of spaces.
    ({ text, deleted } = withPlainSpaces(text));
  }
  // (An accent composed onto its letter is counted back as a deleted character is.)
  if (composedFrom) deleted = withComposedAccents(deleted ?? [], composedFrom, text.length);
  let from = 0;
  while (from < text.length && isBlank(text.charCodeAt(from))) from += 1;
  let to = text.length;
  while (to > from && isBlank(text.charCodeAt(to - 1))) to -= 1;
  const trailing = text.length - to;
  // (Tabs at the ends are counted before the ends are cut, those inside once entities are
  // decoded; none for a line of more tabs than any sheet has columns, a line of junk.)
  const outerTabs = raw.includes("\t") && countTabs(text, 0, text.length) <= MAX_TABS ? [countTabs(text, 0, from), countTabs(text, to, text.length)] : undefined;
  if (from !== 0 || to !== text.length) text = text.slice(from, to);
  if (text.includes("&") && ENTITY.test(text)) {
    const decoded = decodeEntities(text);
    if (decoded !== text) {
      // A decoded "&nbsp;" is a space like any other.
      text = decoded.includes("\u00a0") ? decoded.replace(/\u00a0/g, " ") : decoded;
      (repairs ??= []).push("html-entities");
    }
  }
  // Tabs and runs of spaces inside a line come from clipped layouts; one space is what was meant.
  // (Tabs at the ends only, as trailing white space leaves them, need no walk through the line.)
  const tabbed = text.includes("\t");
  const tabs = tabbed && outerTabs !== undefined ? tabIndexes(text, outerTabs[0]!, outerTabs[1]!) : undefined;
  let shifts: number[] | undefined;
  // (A line of more runs than are tracked has its columns count its text.)
  let untracked = false;
  if (tabbed || text.includes("  ")) {
    shifts = shiftsOfRuns(text);
    untracked = shifts === undefined;
    text = withOneSpaces(text);
  }
  const before = deleted ? countAtMost(deleted, from) : 0;
  if (deleted && deleted.length > 0 && !untracked) shifts = withDeletions(shifts, deleted, from, before, text.length);
  const cleaned: { -readonly [K in keyof SourceLine]: SourceLine[K] } = { line, offset: base + from + before, text };
  if (repairs) cleaned.repairs = repairs;
  if (shifts && shifts.length > 0) cleaned.shifts = shifts;
  if (trailing > 0) cleaned.trailing = trailing;
  if (outerTabs && outerTabs[1]! > 0) cleaned.endsInTab = true;
  if (tabs) cleaned.tabs = tabs;
  else if (outerTabs) cleaned.tabs = [...new Array<number>(outerTabs[0]!).fill(0), ...new Array<number>(outerTabs[1]!).fill(text.length)];
  return cleaned;
}

/**
 * A typographic ligature, or a character and the combining accents after it: thirty at
 * most, as a letter bears a few and composing a long run costs its square.
 */
const LETTER_CLUSTER = /[\ufb00-\ufb06]|[^\u0300-\u036f][\u0300-\u036f]{1,30}/g;
/** The letters of the ligatures U+FB00–U+FB06: ff, fi, fl, ffi, ffl, long s + t, st. */
const LIGATURES = ["ff", "fi", "fl", "ffi", "ffl", "st", "st"];

/**
 * Text with the letters a PDF's text layer (or a file name on a Mac) writes apart or joined
 * written as text is: each letter and the combining accents after it composed (Unicode NFC
 * of that cluster alone: "Erdo" + U+030B → "Erdős"), each typographic ligature as its letters
 * ("\ufb01eld" → "field"). Nothing else in the line changes: other compatibility characters
 * ("²", "ℝ", "Å" as U+212B) are what the text means. With, for each character of the text,
 * the index in `text` of the character it comes from.
 *
 * @param text - a line
 * @param mapped - whether to say where each character comes from (a list as long as the line)
 * @returns the text and where each of its characters comes from (empty unless `mapped`), or `undefined` when nothing changed
 *
 * @example
 * composeAccentsAndLigatures("Erdo\u030bs and the \ufb01eld")?.text; //=> "Erdős and the field"
 *
 * @internal
 */
export function composeAccentsAndLigatures(text: string, mapped = true): { text: string; from: number[] } | undefined {
  const parts: string[] = [];
  const from: number[] = [];
  let done = 0;
  LETTER_CLUSTER.lastIndex = 0;
  for (let match = LETTER_CLUSTER.exec(text); match; match = LETTER_CLUSTER.exec(text)) {
    const cluster = match[0];
    const written = cluster.length === 1 ? LIGATURES[cluster.charCodeAt(0) - 0xfb00]! : cluster.normalize("NFC");
    if (written === cluster) continue;
    parts.push(text.slice(done, match.index), written);
    if (mapped) {
      for (let i = done; i < match.index; i++) from.push(i);
      for (let i = 0; i < written.length; i++) from.push(match.index + Math.min(i, cluster.length - 1));
    }
    done = match.index + cluster.length;
  }
  if (done === 0) return undefined;
  if (mapped) for (let i = done; i < text.length; i++) from.push(i);
  parts.push(text.slice(done));
  return { text: parts.join(""), from };
}

/**
 * The most tabs a line may hold for `SourceLine.tabs` to be kept: more than any sheet has columns.
 *
 * @internal
 */
export const MAX_TABS = 256;

/** How many tabs `text[from, to)` holds. */
function countTabs(text: string, from: number, to: number): number {
  let count = 0;
  for (let at = text.indexOf("\t", from); at >= 0 && at < to; at = text.indexOf("\t", at + 1)) count += 1;
  return count;
}

/**
 * Where the tabs of a trimmed line will stand once tabs are made spaces and
 * runs of spaces collapsed (see `SourceLine.tabs`), with `before` tabs cut
 * off its start and `after` off its end.
 */
function tabIndexes(text: string, before: number, after: number): number[] {
  const indexes: number[] = new Array<number>(before).fill(0);
  // `at` counts characters of the collapsed text: a blank after a blank adds none.
  let at = 0;
  let blank = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const isSpace = code === 32 || code === 9;
    if (code === 9) indexes.push(blank ? at - 1 : at);
    if (!(isSpace && blank)) at += 1;
    blank = isSpace;
  }
  for (let i = 0; i < after; i++) indexes.push(at);
  return indexes;
}

// Past this many runs of spaces in a line, its columns are not tracked (a line of junk).
const MAX_TRACKED_RUNS = 64;
// A run of white space inside a line, a tab counted as a space (a tab beside a space makes one).
const SPACES = /[ \t]{2,}/g;

/** How many of the sorted `positions` are at most `at`. */
function countAtMost(positions: readonly number[], at: number): number {
  let count = 0;
  while (count < positions.length && positions[count]! <= at) count += 1;
  return count;
}

/**
 * The deleted characters of a line (see `withDeletions`: indexes in the text after deletion)
 * with those that composing accents onto their letters took out added: for each index of the
 * final text, as many as the letters before it in the input outnumber those before it now.
 * (A ligature written out, "ﬁ" as "fi", adds a letter, which no deletion counts: the columns
 * after it stay as they were. Past as many as are tracked, the deletions alone are kept.)
 */
function withComposedAccents(deleted: readonly number[], composedFrom: readonly number[], length: number): number[] {
  const all: number[] = [];
  let next = 0;
  let counted = 0;
  for (let at = 0; at < length; at++) {
    while (next < deleted.length && deleted[next]! <= at) next += 1;
    // (The index in the composed text, then in the input: how many came before it there.)
    const shift = composedFrom[at + next]! - at;
    while (counted < shift) {
      if (all.length === MAX_TRACKED_RUNS) return [...deleted];
      all.push(at);
      counted += 1;
    }
  }
  return all;
}

/**
 * The shifts of a line (see `SourceLine.shifts`) that count back both its collapsed runs of
 * spaces (`runs`, in the final text) and its deleted zero-width characters (`deleted`, in the
 * text after deletion, before `from` characters were trimmed off its start; `lead` of them
 * stood in that start, and the line's offset counts them).
 */
function withDeletions(runs: readonly number[] | undefined, deleted: readonly number[], from: number, lead: number, length: number): number[] {
  const shifts: number[] = [];
  // The points of the final text where either count grows, walked in order: a run's
  // breakpoint, or the first index whose source lies past a deleted character.
  let run = -2;
  let runCut = 0;
  let next = lead;
  let counted = 0;
  let at = 0;
  for (;;) {
    const nextRun = runs && run + 2 < runs.length ? runs[run + 2]! : Infinity;
    const nextDeletion = next < deleted.length ? Math.max(at, deleted[next]! - from - runCut) : Infinity;
    at = Math.min(nextRun, nextDeletion);
    if (at >= length) return shifts;
    if (nextRun <= nextDeletion) {
      run += 2;
      runCut = runs![run + 1]!;
    } else {
      next += 1;
      counted += 1;
    }
    const cut = runCut + counted;
    if (shifts.length > 0 && shifts[shifts.length - 2] === at) shifts[shifts.length - 1] = cut;
    else shifts.push(at, cut);
  }
}

/** Where collapsing each run of spaces and tabs in `text` to one space moves the rest (see `SourceLine.shifts`). */
function shiftsOfRuns(text: string): number[] | undefined {
  const shifts: number[] = [];
  let cut = 0;
  SPACES.lastIndex = 0;
  for (let run = SPACES.exec(text); run; run = SPACES.exec(text)) {
    if (shifts.length === MAX_TRACKED_RUNS * 2) return undefined;
    const after = run.index - cut + 1;
    cut += run[0].length - 1;
    shifts.push(after, cut);
  }
  return shifts;
}

/**
 * `text` with its odd spaces made plain and its zero-width characters deleted, and where
 * the deleted ones stood once deleted: for each, the index of the character that follows
 * it (`[]` past the runs tracked: the line's columns then count its text). One walk
 * through the text: a split at each character would copy a line of junk holding all eight
 * once for each, and make a piece for every one of them it holds.
 */
function withPlainSpaces(text: string): { text: string; deleted: number[] } {
  let deleted: number[] | undefined = [];
  let kept = 0;
  startCodes();
  for (let at = 0; at < text.length; at++) {
    let code = text.charCodeAt(at);
    // (Every odd space and zero-width character lies in this range.)
    if (code >= 0xa0 && code <= 0xfeff) {
      if (ODD_SPACE_CODES.has(code)) code = 32;
      else if (ZERO_WIDTH_CODES.has(code)) {
        if (deleted !== undefined && deleted.length === MAX_TRACKED_RUNS) deleted = undefined;
        deleted?.push(kept);
        continue;
      }
    }
    putCode(code);
    kept += 1;
  }
  return { text: takeCodes(), deleted: deleted ?? [] };
}

/**
 * `text` with each tab a space and each run of spaces and tabs one space, in one walk: a
 * split at each tab makes a piece for every one, and splits at "  " halve the runs, copying
 * a line once for each doubling up to its longest run.
 */
function withOneSpaces(text: string): string {
  let blank = false;
  startCodes();
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    const space = code === 32 || code === 9;
    if (!(space && blank)) putCode(space ? 32 : code);
    blank = space;
  }
  return takeCodes();
}

// A string built from character codes (`putCode`, then `takeCodes`), a piece of CHUNK codes at a
// time: a string grown a character at a time costs far more. (One line is cleaned at a time.)
const codes: number[] = [];
let codePieces: string[] = [];
let buffered = 0;

/** Starts a string afresh (whatever a walk that threw left behind is dropped). */
function startCodes(): void {
  codePieces = [];
  buffered = 0;
}

/** Adds a character to the string being built. */
function putCode(code: number): void {
  codes[buffered++] = code;
  if (buffered === CHUNK) {
    codePieces.push(String.fromCharCode.apply(null, codes));
    buffered = 0;
  }
}

/** The string built since `startCodes`. */
function takeCodes(): string {
  codePieces.push(String.fromCharCode.apply(null, codes.slice(0, buffered)));
  const text = codePieces.join("");
  // (Not kept alive: a line of junk's pieces are as long as the line.)
  startCodes();
  return text;
}

/** How many codes `putCode` makes into a string at a time (well under any engine's limit on arguments). */
const CHUNK = 8_192;

/** The character codes of ODD_SPACES and of ZERO_WIDTH. */
const ODD_SPACE_CODES = /* @__PURE__ */ codesOf(ODD_SPACES);
const ZERO_WIDTH_CODES = /* @__PURE__ */ codesOf(ZERO_WIDTH);

/** The set of the character codes of `text`. */
function codesOf(text: string): ReadonlySet<number> {
  return new Set(Array.from(text, (character) => character.charCodeAt(0)));
}

/** Space, tab, and the other ASCII white space. */
function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 11 || code === 12;
}
