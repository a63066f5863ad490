// The line a chat app writes above each message when several are copied out
// together: who sent it and when. A listing pasted into a chat is split into
// messages of a few thousand characters wherever a line ends, so such a line
// may fall inside a card, between its header and byline or before its abstract.

/**
 * Whether a line is a chat message's head as a chat app copies it: the
 * sender's name, then the time in brackets after a comma, as Telegram Desktop
 * writes it ("Lena Hoffmann, [26.11.26 18:41]", "Lena Hoffmann, [11/26/26
 * 6:41 PM]"), or after a dash, as Discord writes it ("Lena Hoffmann — Today
 * at 18:41", "lena_h — 11/26/2026 6:41 PM", "Lucía 🌻 — Yesterday at 9:27 PM"). The name
 * is one to five words (or a user name; after Discord's dash, up to 60 characters of letters,
 * spaces, emoji and symbols) and the line holds nothing else: no card line reads so.
 *
 * @example
 * isChatHead("Lena Hoffmann, [26.11.26 18:41]"); //=> true
 * isChatHead("Smith, [12] showed that"); //=> false
 *
 * @internal
 */
export function isChatHead(text: string): boolean {
  if (text.length > MAX_HEAD) return false;
  const last = text.charCodeAt(text.length - 1);
  // (A bracket, or the time's last digit or "M": most lines are done with at once.)
  return last === 93 /* ] */ ? BRACKETED_HEAD.test(text) : (last === 77 || last === 109 || (last >= 48 && last <= 57)) && text.includes(" — ") && DASHED_HEAD.test(text);
}

/** The longest head: a name of 60 characters and its time. */
const MAX_HEAD = 100;
/** A sender: one to five words of letters, or one user name ("lena_h", "lena.h#1234"). */
const SENDER = "(?:\\p{L}[\\p{L}\\p{M}'’.-]*(?: \\p{L}[\\p{L}\\p{M}'’.-]*){0,4}|[\\p{L}\\d_.]{2,32}(?:#\\d{4})?)";
/**
 * A date as chats, prints and exports stamp it, as a pattern's source: "26.11.26", "11/26/26", "2026-11-26".
 *
 * @example
 * new RegExp(`^${STAMP_DATE}$`).test("26.11.26"); //=> true
 *
 * @internal
 */
export const STAMP_DATE = "\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}";
/**
 * A time of day as they stamp it, as a pattern's source: "18:41", "6:41 PM", "18:41:07".
 *
 * @example
 * new RegExp(`^${STAMP_TIME}$`).test("6:41 PM"); //=> true
 *
 * @internal
 */
export const STAMP_TIME = "\\d{1,2}:\\d{2}(?::\\d{2})?(?: ?[AaPp]\\.? ?[Mm]\\.?)?";
const BRACKETED_HEAD = new RegExp(`^${SENDER}, \\[(?:${STAMP_DATE},? )?${STAMP_TIME}\\]$`, "u");
// (Discord's display names hold emoji and symbols too, "Lucía 🌻 — Yesterday at 9:27 PM"; no
// digits, brackets or dashes, which a line of prose with a date and time has: "Talk (room 4.1) —
// 11/26/2026 15:00".)
const DISPLAY_NAME = "[\\p{L}\\p{M}\\p{S}\\p{Extended_Pictographic}\\u200d\\ufe0f'’._ ]{1,60}";
const DASHED_HEAD = new RegExp(`^(?:${SENDER}|${DISPLAY_NAME}) — (?:(?:Today|Yesterday) at |${STAMP_DATE},? )${STAMP_TIME}$`, "u");

/**
 * The stamp a chat export opens each message with: "21/11/2026, 09:14 - "
 * (WhatsApp on Android), "[21/11/2026, 09:14:07] " (on iOS, a left-to-right mark
 * before an attachment's), "11/21/26, 9:14 AM - "; then the sender's name and a colon,
 * if the message is someone's (group 1).
 *
 * @example
 * CHAT_STAMP.exec("21/11/2026, 09:14 - Ana Souza: LGFeb 10")?.[1]; //=> "Ana Souza: "
 *
 * @internal
 */
export const CHAT_STAMP = /* @__PURE__ */ new RegExp(`^[\u200e\u200f]?\\[?${STAMP_DATE},? ${STAMP_TIME}(?:\\] | - )([^:]{1,60}:(?: |$))?`);

/**
 * Whether a line may open with a chat's time stamp, and is worth matching against one: it
 * opens with a digit, a bracket, or the left-to-right or right-to-left mark iOS puts first.
 * Most lines do not, and are looked at no further.
 *
 * @example
 * mayOpenStamp("21/11/2026, 09:14 - Ana: LGFeb 10"); //=> true
 * mayOpenStamp("We study things."); //=> false
 *
 * @internal
 */
export function mayOpenStamp(text: string): boolean {
  const first = text.charCodeAt(0);
  return (first >= 48 && first <= 57) || first === 91 || first === 0x200e || first === 0x200f;
}
