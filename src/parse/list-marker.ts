// A list's marker before a card: "2. LGSep 28, 2022" in a numbered list of
// cards, "• CLJul 31, 2024" in a bulleted one.
import { type HeaderStart, matchHeaderStart } from "./header.js";

/**
 * The length of the list marker that opens `text`, with the spaces after it
 * (`2. `, `2) `, `(2) `, `[2] `, `• `, `- `, `* `), or 0 when none does. A
 * number with a dot or a parenthesis, a bullet or a dash needs a space after
 * it: `2.LGFeb 10` is a line that lost its break after `… in Fig.` + `2.`,
 * not a list's item. A number in brackets needs none (`[2]LGFeb 10`).
 *
 * @param text - a cleaned line
 * @returns how many characters the marker and its spaces take
 *
 * @example
 * listMarkerLength("2. LGSep 28, 2022"); //=> 3
 * listMarkerLength("2.LGSep 28, 2022"); //=> 0
 * listMarkerLength("[2]LGSep 28, 2022"); //=> 3
 */
export function listMarkerLength(text: string): number {
  return LIST_MARKER.exec(text)?.[0].length ?? 0;
}

/**
 * The code and date of a card's header that opens `text`, after a list's
 * marker or not, and where the date ends in `text`; `undefined` when no
 * header opens it.
 *
 * @param text - a cleaned line, or the rest of one
 * @returns the header's start and the offset after its date
 *
 * @example
 * headerAfterListMarker("2. LGFeb 10Code")?.end; //=> 10
 * headerAfterListMarker("We study it."); //=> undefined
 */
export function headerAfterListMarker(text: string): { start: HeaderStart; end: number } | undefined {
  const marker = listMarkerLength(text);
  const start = matchHeaderStart(marker > 0 ? text.slice(marker) : text);
  return start && { start, end: marker + start.end };
}

const LIST_MARKER = /^(?:(?:\d{1,4}[.)]|[-*+•◦▪‣]) +|(?:\(\d{1,4}\)|\[\d{1,4}\]) *)/;
