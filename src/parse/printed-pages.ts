// The lines a browser prints at a page break, when a listing was printed to PDF and
// its text copied back: the page's footer (its URL, "2/7") and the next page's
// header (the date and time, the page's title). Wherever a break falls in a card,
// between its header and byline, inside its title or its abstract, they are no
// part of it.

import type { SourceLine } from "./lines.js";
import { isPageText } from "./page-text.js";
import type { RawEntry } from "./raw-entry.js";

/**
 * An entry with the lines of printed page breaks cut out of its body and kept
 * in `printedBreaks`, one run per break. A break is a link alone on its line with a
 * page count after it ("https://site/latest" + "2/7", or both on one line),
 * and up to two lines of the next page's header right after: the date and
 * time of the print ("11/27/26, 6:05 PM") and the page's title ("Latest ·
 * Mathematics · PaperScope"). The line after a break keeps the blank line
 * before the break, if one was there, not the blank lines inside it.
 *
 * @param entry - an entry as grouped
 * @returns the entry, the same object when it holds no break
 *
 * @example
 * // "CLJul 16, 2018" + "https://site/latest" + "1/7" + "11/27/26, 6:05 PM" + "Title…Author"
 * cutPrintedPageBreaks(entry).body[0].text; //=> "Title…Author"
 *
 * @internal
 */
export function cutPrintedPageBreaks(entry: RawEntry): RawEntry {
  const { body, afterBlank } = entry;
  let keptBody: SourceLine[] | undefined;
  let keptBlank: boolean[] | undefined;
  const breaks: SourceLine[][] = [];
  for (let i = 0; i < body.length; i++) {
    const size = printedBreakAt(body, i);
    if (size > 0) {
      keptBody ??= body.slice(0, i);
      keptBlank ??= afterBlank.slice(0, i);
      breaks.push(body.slice(i, i + size));
      // The next line was apart from the text before the break only if the break was.
      if (i + size < body.length) {
        keptBody.push(body[i + size]!);
        keptBlank.push(afterBlank[i]!);
      }
      i += size;
      continue;
    }
    if (keptBody) {
      keptBody.push(body[i]!);
      keptBlank!.push(afterBlank[i]!);
    }
  }
  if (!keptBody) return entry;
  const { prepared: _dropped, ...rest } = entry;
  return { ...rest, body: keptBody, afterBlank: keptBlank!, printedBreaks: breaks };
}

/** How many lines from `at` make a printed page break (see `cutPrintedPageBreaks`), or 0. */
function printedBreakAt(body: readonly SourceLine[], at: number): number {
  const text = body[at]!.text;
  if (!text.includes("://")) return 0;
  let size: number;
  if (LINK_WITH_COUNT.test(text)) size = 1;
  else if (LINK_ALONE.test(text) && PAGE_COUNT.test(body[at + 1]?.text ?? "")) size = 2;
  else return 0;
  // The next page's header: its date and time, its title, in either order.
  for (let header = 0; header < 2; header++) {
    const next = body[at + size]?.text;
    if (next === undefined || !(PRINT_TIME.test(next) || (next.length <= 80 && isPageText(next) && / [·•|–-] /.test(next)))) break;
    size += 1;
  }
  return size;
}

/** A link alone on its line. */
const LINK_ALONE = /^\w+:\/\/\S+$/;
/** A link and a page count on one line. */
const LINK_WITH_COUNT = /^\w+:\/\/\S+ \d{1,4}\/\d{1,4}$/;
/** A page count, "2/7". */
const PAGE_COUNT = /^\d{1,4}\/\d{1,4}$/;
/** The date and time a browser prints at a page's top: "11/27/26, 6:05 PM", "27/11/2026, 18:05". */
const PRINT_TIME = /^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},? \d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp]\.? ?[Mm]\.?)?$/;
