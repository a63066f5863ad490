// What a copy puts inside a card when the listing went through a print or a
// chat. A browser prints at a page break the page's footer (its URL, "2/7") and
// the next page's header (the date and time, the page's title); a chat app that
// split a long listing into messages heads each with its sender and time.
// Wherever such a break falls in a card, between its header and byline, inside
// its title or its abstract, it is no part of it.

import { isDigit } from "../_lib/chars.js";
import { CHAT_STAMP, isChatHead, mayOpenStamp, STAMP_DATE, STAMP_TIME } from "./chat-heads.js";
import type { SourceLine } from "./lines.js";
import { withoutStart } from "./quote-markers.js";
import { endsSentence, isPageText } from "./page-text.js";
import type { RawEntry } from "./raw-entry.js";

/**
 * An entry with the breaks a copy put in it cut out of its body and kept in
 * `copyBreaks`, one run per break: a chat message's head (see `isChatHead`),
 * a chat export's stamp opening the byline (the header ended the message
 * before: see `CHAT_STAMP`), or a printed page break. That is up to four lines of what a
 * browser prints at a page's foot and the next page's head, in whichever order
 * the text came out: the page's link, its count ("2/7", "2 of 7"), the date
 * and time of the print ("11/27/26, 6:05 PM") and the page's title ("Latest ·
 * Mathematics · PaperScope"), as Chromium prints them ("https://…" + "2/7" +
 * the time + the title) or Firefox does (the title and the link, then "2 of 7"
 * and the time). The link, the count and the time must all be there; a title
 * alone on its line counts when they are. (A footer with no header after it,
 * the last page's, or a link and a fraction in an abstract, is left to the
 * abstract's reading of page text.) The line after a break keeps the blank
 * line before the break, if one was there, and the blank line after it when
 * the text before the break ended a sentence: blank lines inside a break are
 * the print's.
 *
 * @param entry - an entry as grouped
 * @returns the entry, the same object when it holds no break
 *
 * @example
 * // "CLJul 16, 2018" + "https://site/latest" + "1/7" + "11/27/26, 6:05 PM" + "Title…Author"
 * cutCopyBreaks(entry).body[0].text; //=> "Title…Author"
 * // "SPFeb 25, 2021" + "Lena Hoffmann, [26.11.26 18:41]" + "Title…Author"
 * cutCopyBreaks(entry).body[0].text; //=> "Title…Author"
 *
 * @internal
 */
export function cutCopyBreaks(entry: RawEntry): RawEntry {
  entry = withoutBylineStamp(entry);
  const { body, afterBlank } = entry;
  // A break holds a short line with a link, or is a chat's head: most entries hold neither and are done with at once.
  if (!body.some(mayOpenBreak)) return entry;
  let kept: { body: SourceLine[]; afterBlank: boolean[]; breaks: SourceLine[][] } | undefined;
  // The blank line the next line kept takes, after a break (or two in a row) was cut.
  let carried: boolean | undefined;
  for (let i = 0; i < body.length; i++) {
    const size = isChatHead(body[i]!.text) ? 1 : body.slice(i, i + MAX_BREAK_LINES).some(holdsPrintedLink) ? printedBreakAt(body, i) : 0;
    if (size > 0) {
      kept ??= { body: body.slice(0, i), afterBlank: afterBlank.slice(0, i), breaks: [...(entry.copyBreaks ?? [])] };
      kept.breaks.push(body.slice(i, i + size));
      const before = kept.body.at(-1);
      const finished = before === undefined || endsSentence(before.text);
      carried = (carried ?? afterBlank[i]!) || (finished && afterBlank[i + size] === true);
      i += size - 1;
    } else if (kept) {
      kept.body.push(body[i]!);
      kept.afterBlank.push(carried ?? afterBlank[i]!);
      carried = undefined;
    }
  }
  if (!kept) return entry;
  const { prepared: _dropped, ...rest } = entry;
  return { ...rest, body: kept.body, afterBlank: kept.afterBlank, copyBreaks: kept.breaks };
}

/**
 * The entry with the stamp of a chat export's message cut off its byline, kept as a break
 * ("22/11/2026, 10:14 - Ines Carvalho: " + "Title…Author"): the card's header ended one
 * message and its byline opened the next.
 */
function withoutBylineStamp(entry: RawEntry): RawEntry {
  const byline = entry.body[0];
  // (Only a line that may open with a stamp is looked at further.)
  const stamp = byline && mayOpenStamp(byline.text) ? CHAT_STAMP.exec(byline.text) : null;
  if (!stamp || stamp[1] === undefined || stamp[0].length === byline!.text.length) return entry;
  const { prepared: _dropped, ...rest } = entry;
  const piece: SourceLine = { line: byline!.line, offset: byline!.offset, text: stamp[0].trimEnd() };
  return { ...rest, body: [withoutStart(byline!, stamp[0].length), ...entry.body.slice(1)], copyBreaks: [...(entry.copyBreaks ?? []), [piece]] };
}

/** Whether a line may open a break: it holds a short link, or is a chat's head. */
function mayOpenBreak(line: SourceLine): boolean {
  return holdsPrintedLink(line) || isChatHead(line.text);
}

/** How many lines from `at` make a printed page break (see `cutCopyBreaks`), or 0. */
function printedBreakAt(body: readonly SourceLine[], at: number): number {
  // Up to four lines of the print's pieces, in any order: the page's link, its count, the time, the page's title.
  const found = new Set<PrintedPiece>();
  let size = 0;
  for (let i = at; i < body.length && i < at + MAX_BREAK_LINES; i++) {
    const pieces = printedPieces(body[i]!.text);
    // (One title a page: a second bar is the page's own text.)
    if (!pieces || (pieces.includes("title") && found.has("title"))) break;
    size += 1;
    for (const piece of pieces) found.add(piece);
    if (found.has("link") && found.has("count") && found.has("time")) {
      // The title, on a line of its own right after, is the break's too: there any short bar of
      // capitalised pieces is ("Latest · Finance, Economics & Logic — ScholarFeed").
      if (!found.has("title") && i + 1 < body.length && isTitleBar(body[i + 1]!.text)) size += 1;
      return size;
    }
  }
  return 0;
}

/** How many lines a printed page break spans at most. */
const MAX_BREAK_LINES = 4;

/** Whether a line is short enough to be a piece of a print and holds a link. */
function holdsPrintedLink(line: SourceLine): boolean {
  return line.text.length <= MAX_PRINTED_LINE && line.text.includes("://");
}

/** What a browser prints at a page break, piece by piece. */
type PrintedPiece = "link" | "count" | "time" | "title";

/**
 * The pieces of the print a line holds, or `undefined` for any other line: the page's link
 * ("https://site/latest", with the count after it as Chromium's footer reads, or the title
 * before it as Firefox's header does), its count ("2/7", "2 of 7", "Page 2 of 7", with the
 * time after it as Firefox's footer reads), the time ("11/27/26, 6:05 PM", with the title
 * after it) or the page's title alone ("Latest · Mathematics · PaperScope").
 */
function printedPieces(text: string): PrintedPiece[] | undefined {
  if (text.length > MAX_PRINTED_LINE) return undefined;
  const link = LINK.exec(text);
  if (link) {
    const before = text.slice(0, link.index).trim();
    const after = text.slice(link.index + link[0].length).trim();
    if (before === "" && after === "") return ["link"];
    if (before === "" && COUNT.test(after)) return ["link", "count"];
    if (after === "" && isPrintedTitle(before)) return ["title", "link"];
    return undefined;
  }
  const glued = countGluedToTime(text);
  if (glued >= 0) {
    // (The next page's time glued to the count, as a viewer that joins pages with nothing gives them.)
    const after = text.slice(glued);
    const rest = after.slice(TIME_FIRST.exec(after)![0].length).trim();
    return rest === "" ? ["count", "time"] : rest.length <= 100 && !rest.includes("://") ? ["count", "time", "title"] : undefined;
  }
  const count = COUNT_FIRST.exec(text);
  if (count) {
    const after = text.slice(count[0].length).trim();
    return after === "" ? ["count"] : PRINT_TIME.test(after) ? ["count", "time"] : undefined;
  }
  const time = TIME_FIRST.exec(text);
  if (time) {
    const after = text.slice(time[0].length).trim();
    // (After the time on its line, the rest is the page's title, however it reads.)
    return after === "" ? ["time"] : after.length <= 100 && !after.includes("://") ? ["time", "title"] : undefined;
  }
  return isPrintedTitle(text) ? ["title"] : undefined;
}

/**
 * A page's title as a browser prints it: a short bar of page text whose pieces all begin
 * with a capital or a digit ("Latest · Mathematics · PaperScope", "Latest — PaperScope",
 * "Labs in Japan & Korea · Trending": lower-case words inside a piece do not count towards
 * a bar's few words); a byline's slugs are in lower case ("Gemini 2Gemini Team · google").
 */
function isPrintedTitle(text: string): boolean {
  return isCapitalisedBar(text) && isPageText(text.replace(TITLE_SEPARATORS, " · ").replace(/\b\p{Ll}+ /gu, ""));
}

/** Whether a line is a bar of at most 80 characters whose pieces all begin with a capital or a digit. */
function isCapitalisedBar(text: string): boolean {
  return text.length <= 80 && TITLE_SEPARATOR.test(text) && text.split(TITLE_SEPARATORS).every((piece) => /^[\p{Lu}\d]/u.test(piece.trim()));
}
/**
 * Whether a line is a short bar of a few words a piece, each piece beginning with a capital or
 * a digit, that reads as no byline: a page's title where one is due ("Latest · Finance,
 * Economics & Logic — ScholarFeed"), not a card's byline under the break ("BERT - Pre-training
 * of Deep TransformersJacob Devlin, Ming-Wei Chang").
 */
function isTitleBar(text: string): boolean {
  return isCapitalisedBar(text) && !text.includes("://") && text.split(TITLE_SEPARATORS).every((piece) => piece.trim().split(" ").length <= MAX_TITLE_PIECE_WORDS && !GLUED_NAME.test(piece));
}
/** The most words of a piece of a page's title ("Labs in Japan & Korea"). */
const MAX_TITLE_PIECE_WORDS = 6;
/** A name glued to a title's last word, a comma after it ("TransformersJacob Devlin, …"); not "DeepMind Research". */
const GLUED_NAME = /\p{Ll}\p{Lu}\p{Ll}+ \p{Lu}\p{L}*,/u;

/** What parts a page's title: a dot, a bullet, a bar or a dash between spaces. */
const TITLE_SEPARATOR = / [·•|—–-] /;
const TITLE_SEPARATORS = / [·•|—–-] /g;

/** The longest line of a print's pieces: a title of 80 characters, a link and a count. */
const MAX_PRINTED_LINE = 400;
/** A link, the page's. */
const LINK = /\w+:\/\/\S+/;
/** A page count: "2/7", "2 of 7", "Page 2 of 7"; alone, or opening a line. */
const PAGE_COUNT = "(?:Page )?\\d{1,4}(?:/| of )\\d{1,4}";
const COUNT = new RegExp(`^${PAGE_COUNT}$`);
const COUNT_FIRST = new RegExp(`^${PAGE_COUNT}(?= |$)`);
/**
 * Where the time starts in a page's count with the next page's time glued to it, as Evince
 * copies a PDF, joining its pages with nothing ("1/8" + "11/20/26, 3:14 PM"), or -1: the
 * shortest count ("12/12", not "12/1" + "211/20/26") whose page is not past its last.
 */
function countGluedToTime(text: string): number {
  const slash = text.indexOf("/");
  if (slash < 1 || slash > 4 || !isDigits(text, 0, slash)) return -1;
  for (let end = slash + 2; end <= slash + 5 && end < text.length; end++) {
    if (!isDigits(text, slash + 1, end)) return -1;
    if (Number(text.slice(0, slash)) <= Number(text.slice(slash + 1, end)) && TIME_FIRST.test(text.slice(end))) return end;
  }
  return -1;
}

/** Whether `text[from, to)` is all ASCII digits. */
function isDigits(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (!isDigit(text.charCodeAt(at))) return false;
  return true;
}

/** The date and time a browser prints: "11/27/26, 6:05 PM", "27/11/2026, 18:05", "11/27/2026 6:05:12 PM". */
const TIME = `${STAMP_DATE},? ${STAMP_TIME}`;
const PRINT_TIME = new RegExp(`^${TIME}$`);
const TIME_FIRST = new RegExp(`^${TIME}(?= |$)`);
