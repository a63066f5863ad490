// A chat log's line prefixes: a listing pasted into a chat (IRC and the like)
// and copied out of a client's log has a time stamp and the sender's name
// before every line (WeeChat's `2026-11-26 14:02:00<tab>dana<tab>…`, irssi's
// `14:02 <dana> …`, ZNC's `[14:02:00] <dana> …`). They are cut off the
// sender's lines, so the cards read as they were pasted, and the others'
// lines are kept out of them.
import { mayOpenStamp } from "./chat-heads.js";
import { findEmbeddedHeader } from "./header.js";
import type { SourceLine } from "./lines.js";
import { headerAfterListMarker } from "./list-marker.js";
import { withoutStart } from "./quote-markers.js";

/** What a chat log reader tells its caller (see `createChatLogReader`). */
export interface ChatLogEvents {
  /** The sender's lines are read without their prefix from `line` on, the prefix at the 1-based `column`. */
  opened(line: number, column: number): void;
  /** A line of someone else (another sender, or the client's notice that one joined or left), dropped. */
  other(line: SourceLine): void;
}

/**
 * A chat log's prefix: a time (with a date before it, or in brackets), then
 * a sender's name, alone or in angle brackets, with the mark of a channel's
 * operator or voice (`@`, `+`), or a client's notice (`-->`, `<--`, `--`,
 * `***`), then a space (a tab, as the text's lines have it).
 */
const PREFIX = /^\[?(?:\d{4}-\d\d-\d\d[ T])?\d\d?:\d\d(?::\d\d)?\]? (?:<[@+%~&]?([^\s<>]{1,32})>|(-->|<--|-!-|--|\*{1,3}|[@+%~&]?[^\s<>]{1,32})) /;

/**
 * Starts reading a chat log's line prefixes off lines, pushed one by one,
 * blank ones too; returns the function that reads each line (the line
 * itself, a copy without its prefix, or `undefined` for someone else's,
 * which is dropped: the sender's card goes on after it).
 * Only the lines before are looked at, so a stream reads the same.
 *
 * The reading opens only at a card's header after a prefix (`2026-11-26
 * 14:02:00 dana LGFeb 10`, `14:02 <dana> 2. LGFeb 10`, or one glued to the
 * text before it), so a line of a plain listing that opens with a
 * time changes nothing. From there on, a line with a prefix of the same
 * sender loses it; a line with another sender's prefix (or a client's
 * notice) is someone else's, and is dropped; a line with no
 * prefix ends the reading (the log ends there), until the next header after
 * a prefix.
 *
 * @param events - told when the reading opens and of each line of someone else
 * @returns a function that reads one line's prefix off
 *
 * @example
 * const read = createChatLogReader({ opened: (line) => console.log("log from", line), other: () => {} });
 * read({ line: 1, offset: 0, text: "14:02 <dana> LGFeb 10" }).text; //=> "LGFeb 10" (logs "log from 1")
 * read({ line: 2, offset: 0, text: "14:02 <dana> A TitleJane Doe" }).text; //=> "A TitleJane Doe"
 * read({ line: 3, offset: 0, text: "14:03 <marek> thanks!" }); //=> undefined
 */
export function createChatLogReader(events: ChatLogEvents): (line: SourceLine) => SourceLine | undefined {
  // The sender whose lines are read (empty when no reading is open).
  let sender = "";
  return (line) => {
    const text = line.text;
    // (Lines that open with no digit or bracket hold no prefix: most lines, looked at no further.)
    const prefix = mayOpenStamp(text) ? PREFIX.exec(text) : null;
    if (!prefix) {
      if (text !== "") sender = "";
      return line;
    }
    const name = prefix[1] ?? prefix[2]!;
    const rest = text.slice(prefix[0].length);
    if (sender === "") {
      // (A list's marker before the header, or text it is glued to, as the quote reader allows.)
      if (line.undated || (headerAfterListMarker(rest) === undefined && findEmbeddedHeader(rest) === undefined)) return line;
      sender = name;
      events.opened(line.line, line.offset + 1);
    } else if (name !== sender) {
      events.other(line);
      return undefined;
    }
    return withoutStart(line, prefix[0].length);
  };
}
