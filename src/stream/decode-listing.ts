// Turning a listing's bytes into text: UTF-8, as browsers and editors save
// text today, or Windows-1252 when the bytes are not UTF-8 (a file saved as
// "ANSI" by Notepad, or as plain text by Word on Windows), where every byte is
// a character. Decoding with UTF-8's replacement character instead would turn
// each "·", "é" or "ü" of such a file into "\ufffd". UTF-16 (Windows
// PowerShell's `Get-Clipboard > listing.txt`, Notepad's "Unicode", Excel's
// "Unicode Text") is told by its first bytes.
import { CP1252 } from "../_lib/mojibake.js";

/**
 * The encodings a listing's bytes are read in (see `decodeListing`).
 *
 * @example
 * const encoding: ListingEncoding = decodeListing(bytes).encoding; // "utf-8", "windows-1252", "utf-16le" or "utf-16be"
 */
export type ListingEncoding = "utf-8" | "windows-1252" | "utf-16le" | "utf-16be";

/**
 * Decodes a listing's bytes: as UTF-8 up to the first bytes that are not
 * UTF-8, as Windows-1252 from there on (a file saved as "ANSI" by Notepad,
 * or as plain text by Word on Windows, where every byte is a character;
 * before its first such byte, such a file is ASCII, which both read alike).
 * Bytes that begin as UTF-16 does are read as UTF-16 throughout (see
 * `utf16Of`): a file written by Windows PowerShell's `>`, or saved as
 * "Unicode" by Notepad or as "Unicode Text" by Excel.
 * A byte-order mark is kept (as U+FEFF), so the parser can report it and
 * count columns as it does on the text.
 *
 * @param bytes - the listing as read from a file or a request
 * @returns the text, the encoding it ended in, and for Windows-1252 the 1-based line where it began
 *
 * @example
 * // "·" is the one byte 0xB7 in Windows-1252, two bytes in UTF-8
 * decodeListing(new Uint8Array([0x61, 0x0a, 0xb7])); //=> { text: "a\n·", encoding: "windows-1252", line: 2 }
 * decodeListing(new TextEncoder().encode("a·b")); //=> { text: "a·b", encoding: "utf-8" }
 * // UTF-16 with its byte-order mark, little-endian
 * decodeListing(new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0xb7, 0x00])); //=> { text: "\ufeffa·", encoding: "utf-16le" }
 */
export function decodeListing(bytes: Uint8Array): { text: string; encoding: ListingEncoding; line?: number } {
  const utf16 = utf16Of(bytes.subarray(0, SNIFFED_BYTES));
  if (utf16) return { text: new TextDecoder(utf16, { ignoreBOM: true }).decode(bytes), encoding: utf16 };
  // (Valid UTF-8, the rule, is decoded natively; the bytes are walked only when they are not.)
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    const valid = validUtf8Length(bytes, true);
    const before = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.subarray(0, valid));
    return { text: before + decodeWindows1252(bytes.subarray(valid)), encoding: "windows-1252", line: lineCount(before) };
  }
}

/** A decoder of a listing's bytes chunk by chunk (see `createListingDecoder`). */
export interface ListingDecoder {
  /** The text of the next bytes (`done` for the last), as far as it can be told. */
  decode(bytes: Uint8Array, done: boolean): string;
  /** Where, in the text the last `decode` returned, Windows-1252 began, when that call turned to it. */
  readonly turnedAt: number | undefined;
}

/**
 * A decoder of a listing's bytes chunk by chunk that reads them as
 * `decodeListing` reads them whole: UTF-8 up to the first bytes that are
 * not, Windows-1252 from there on, wherever the chunks are cut; or UTF-16
 * when the first bytes say so (the decoder holds back the first four bytes
 * until it can tell).
 *
 * @returns the decoder
 *
 * @example
 * const decoder = createListingDecoder();
 * decoder.decode(new Uint8Array([0x61, 0xc3]), false) + decoder.decode(new Uint8Array([0xa9]), true); //=> "aé"
 * decoder.decode(new Uint8Array([0x62, 0xb7]), true); //=> "b·"
 * decoder.turnedAt; //=> 1
 */
export function createListingDecoder(): ListingDecoder {
  const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  // The first bytes, held until there are enough to tell UTF-16 by (then `undefined`).
  let head: Uint8Array | undefined = new Uint8Array(0);
  let utf16: TextDecoder | undefined;
  let windows1252 = false;
  let turnedAt: number | undefined;
  // The last bytes of the chunk before (at most three): an incomplete sequence the UTF-8 decoder holds back.
  let tail = new Uint8Array(0);
  return {
    get turnedAt() {
      return turnedAt;
    },
    decode(bytes, done) {
      turnedAt = undefined;
      if (head !== undefined) {
        // (A copy: a source may fill the same buffer again for its next chunk.)
        head = head.length === 0 ? bytes.slice() : joined(head, bytes);
        if (head.length < SNIFFED_BYTES && !done) return "";
        bytes = head;
        head = undefined;
        const encoding = utf16Of(bytes.subarray(0, SNIFFED_BYTES));
        if (encoding) utf16 = new TextDecoder(encoding, { ignoreBOM: true });
      }
      if (utf16) return utf16.decode(bytes, { stream: !done });
      if (windows1252) return decodeWindows1252(bytes);
      try {
        const text = utf8.decode(bytes, { stream: !done });
        tail = bytes.length >= 3 ? bytes.slice(bytes.length - 3) : joined(tail, bytes).slice(-3);
        return text;
      } catch {
        windows1252 = true;
        const all = joined(pendingBytes(tail), bytes);
        const valid = validUtf8Length(all, done);
        const before = new TextDecoder("utf-8", { ignoreBOM: true }).decode(all.subarray(0, valid));
        turnedAt = before.length;
        return before + decodeWindows1252(all.subarray(valid));
      }
    },
  };
}

/**
 * How many bytes at the start of a listing `utf16Of` looks at: few, so a stream typed or
 * piped line by line is held back by three bytes at most.
 */
const SNIFFED_BYTES = 4;

/**
 * Whether a listing whose bytes begin so is UTF-16, and in which byte order: it begins
 * with its byte-order mark (FF FE, FE FF: neither byte is UTF-8), or, without one, each
 * of its first two characters has a zero byte on the same side and a byte that is not
 * zero on the other (a header or page text opens a listing, as ASCII, Latin-1 letters or
 * a no-break space: text in UTF-8 or Windows-1252 holds no zero bytes).
 */
function utf16Of(first: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  if (first.length < 2) return undefined;
  if (first[0] === 0xff && first[1] === 0xfe) return "utf-16le";
  if (first[0] === 0xfe && first[1] === 0xff) return "utf-16be";
  if (first.length < 4) return undefined;
  if (first[0] !== 0 && first[1] === 0 && first[2] !== 0 && first[3] === 0) return "utf-16le";
  if (first[0] === 0 && first[1] !== 0 && first[2] === 0 && first[3] !== 0) return "utf-16be";
  return undefined;
}

/** 1 and the number of line breaks in `text` (LF, CRLF or a lone CR, as `splitLines` counts them): the line its end is on. */
function lineCount(text: string): number {
  let count = 1;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 10 || (code === 13 && text.charCodeAt(at + 1) !== 10)) count += 1;
  }
  return count;
}

/**
 * How many bytes at the start of `bytes` are valid UTF-8, as the Encoding Standard reads it
 * (no overlong forms, no surrogates, nothing past U+10FFFF); an incomplete sequence at the
 * end counts as valid unless `done`.
 */
function validUtf8Length(bytes: Uint8Array, done: boolean): number {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i]!;
    if (byte < 0x80) {
      i += 1;
      continue;
    }
    const length = byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    // The second byte's range depends on the first (overlong forms, surrogates, past U+10FFFF).
    const low = byte === 0xe0 ? 0xa0 : byte === 0xf0 ? 0x90 : 0x80;
    const high = byte === 0xed ? 0x9f : byte === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k < length; k++) {
      if (i + k >= bytes.length) return done ? i : bytes.length;
      const next = bytes[i + k]!;
      if (next < (k === 1 ? low : 0x80) || next > (k === 1 ? high : 0xbf)) return i;
    }
    i += length;
  }
  return i;
}

/**
 * Windows-1252 bytes as text: each byte one character, those of 0x80–0x9F as Windows-1252
 * puts them there (`TextDecoder("windows-1252")` in some Node versions gives Latin-1's
 * controls instead: "Ž" of 0x8E as U+008E).
 */
function decodeWindows1252(bytes: Uint8Array): string {
  let text = "";
  const codes = new Array<number>(Math.min(bytes.length, CHUNK));
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    codes.length = end - start;
    for (let i = start; i < end; i++) {
      const byte = bytes[i]!;
      codes[i - start] = byte >> 5 === 4 ? CP1252.charCodeAt(byte - 0x80) : byte;
    }
    text += String.fromCharCode(...codes);
  }
  return text;
}
/** Characters made at once by `decodeWindows1252` (an argument list must stay short). */
const CHUNK = 8192;

/** `a` then `b`, in one array. */
function joined(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const both = new Uint8Array(a.length + b.length);
  both.set(a);
  both.set(b, a.length);
  return both;
}

/** The bytes at the end of `tail` that start a UTF-8 sequence still incomplete: from its last lead byte, when too few follow it. */
function pendingBytes(tail: Uint8Array): Uint8Array {
  for (let i = tail.length - 1; i >= 0; i--) {
    const byte = tail[i]!;
    if (byte < 0x80) return new Uint8Array(0);
    if (byte >= 0xc0) {
      const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return tail.length - i < length ? tail.slice(i) : new Uint8Array(0);
    }
  }
  return new Uint8Array(0);
}
