import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitLines } from "../../src/parse/lines.js";
import { parseListing } from "../../src/parse/parse-listing.js";
import { CP1252 } from "../../src/_lib/mojibake.js";
import { createListingDecoder, decodeListing } from "../../src/stream/decode-listing.js";
import { parseListingStream } from "../../src/stream/parse-listing-stream.js";
import { readFixture } from "../support/sample.js";

const options = { referenceDate: "2026-11-26" };

/** `text` as Windows-1252 bytes (every character must be one Windows-1252 holds). */
function asWindows1252(text: string): Uint8Array {
  return Uint8Array.from(text, (character) => {
    const code = character.charCodeAt(0);
    const high = CP1252.indexOf(character);
    return code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : 0x80 + high;
  });
}

/** `text` as UTF-16 bytes in either byte order, after a byte-order mark or not. */
function asUtf16(text: string, bigEndian: boolean, mark: boolean): Uint8Array {
  const units = [...(mark ? "\ufeff" : "") + text].flatMap((c) => [...c].map((_, i) => c.charCodeAt(i)));
  return Uint8Array.from(units.flatMap((unit) => (bigEndian ? [unit >> 8, unit & 0xff] : [unit & 0xff, unit >> 8])));
}

/** Characters Windows-1252 holds, and what a listing has most. */
const windows1252Text = fc.string({ unit: fc.constantFrom(..."abc ·,.\nÄéüßŽš–—€“”", "LGJul 31, 2024"), maxLength: 60 });

describe("decodeListing", () => {
  it("reads UTF-8 as UTF-8, and from the first bytes that are not UTF-8 on as Windows-1252, keeping a byte-order mark", () => {
    expect(decodeListing(new TextEncoder().encode("\ufeffa·b"))).toEqual({ text: "\ufeffa·b", encoding: "utf-8" });
    expect(decodeListing(new Uint8Array([0x61, 0xb7, 0x8e, 0x9a, 0x80, 0x96]))).toEqual({ text: "a·Žš€–", encoding: "windows-1252", line: 1 });
    // UTF-8 before (a file that grew by a paste from elsewhere), Windows-1252 from line 2 on.
    expect(decodeListing(new Uint8Array([...new TextEncoder().encode("é\n"), 0xe9]))).toEqual({ text: "é\né", encoding: "windows-1252", line: 2 });
  });

  it("reads UTF-16 told by its byte-order mark, or without one by the zero bytes beside its first two characters", () => {
    const listing = readFixture("sample.txt").slice(0, 2000);
    for (const bigEndian of [false, true]) {
      const encoding = bigEndian ? "utf-16be" : "utf-16le";
      // Windows PowerShell's `Get-Clipboard > listing.txt`, Notepad's "Unicode": a mark, then CRLF lines.
      const crlf = listing.replaceAll("\n", "\r\n");
      expect(decodeListing(asUtf16(crlf, bigEndian, true))).toEqual({ text: `\ufeff${crlf}`, encoding });
      expect(decodeListing(asUtf16(listing, bigEndian, false))).toEqual({ text: listing, encoding });
    }
    // Without a mark, first characters that are no ASCII: a no-break space, "É".
    expect(decodeListing(asUtf16("\u00a0CLJul 31", false, false))).toEqual({ text: "\u00a0CLJul 31", encoding: "utf-16le" });
    expect(decodeListing(asUtf16("Études", true, false))).toEqual({ text: "Études", encoding: "utf-16be" });
    // A mark alone, and text that is mostly not ASCII after one.
    expect(decodeListing(new Uint8Array([0xfe, 0xff]))).toEqual({ text: "\ufeff", encoding: "utf-16be" });
    expect(decodeListing(asUtf16("中文标题张伟", false, true))).toEqual({ text: "\ufeff中文标题张伟", encoding: "utf-16le" });
    // A UTF-8 file with a zero byte here and there is not UTF-16, even right at the start.
    expect(decodeListing(new TextEncoder().encode("LGFeb 10\0\nTitle\0Ada Lovelace"))).toEqual({ text: "LGFeb 10\0\nTitle\0Ada Lovelace", encoding: "utf-8" });
    expect(decodeListing(new TextEncoder().encode("L\0Gx"))).toEqual({ text: "L\0Gx", encoding: "utf-8" });
  });

  it("holds the first bytes as they were, though the source fills the same buffer again", () => {
    for (const bytes of [new TextEncoder().encode("CLJul 31, 2024"), asUtf16("CLJul 31", false, true)]) {
      const decoder = createListingDecoder();
      const buffer = new Uint8Array(2);
      let text = "";
      for (let at = 0; at < bytes.length; at += 2) {
        buffer.set(bytes.subarray(at, at + 2));
        text += decoder.decode(buffer.subarray(0, Math.min(2, bytes.length - at)), false);
      }
      text += decoder.decode(new Uint8Array(0), true);
      expect(text).toBe(decodeListing(bytes).text);
    }
  });

  it("parses a listing saved as UTF-16 as it parses the same text", () => {
    const text = readFixture("sample.txt");
    const bytes = asUtf16(text.replaceAll("\n", "\r\n"), false, true);
    expect(parseListing(decodeListing(bytes).text, options).papers).toEqual(parseListing(text, options).papers);
  });

  it("gives back any text from its UTF-8 bytes, and from its Windows-1252 bytes after one that is never UTF-8 (property)", () => {
    fc.assert(
      fc.property(windows1252Text, fc.string({ unit: fc.constantFrom("a", " ", "\n", "LG"), maxLength: 20 }), (text, ascii) => {
        expect(decodeListing(new TextEncoder().encode(text))).toEqual({ text, encoding: "utf-8" });
        // ("ÿ", the byte 0xFF, is never UTF-8.)
        const decoded = decodeListing(asWindows1252(`${ascii}ÿ${text}`));
        expect(decoded).toEqual({ text: `${ascii}ÿ${text}`, encoding: "windows-1252", line: ascii.split("\n").length });
      }),
      { numRuns: 500 },
    );
  });

  /** Random bytes, bytes with many zeros, and text as UTF-16 with or without a mark. */
  const anyBytes = fc.oneof(
    fc.uint8Array({ maxLength: 80 }),
    fc.array(fc.constantFrom(0, 0x41, 0x0a, 0xff, 0xfe, 0xc3, 0xa9), { maxLength: 12 }).map((codes) => Uint8Array.from(codes)),
    fc
      .tuple(fc.string({ unit: fc.constantFrom("a", "L", " ", "\n", "·", "é", "中", "\ud83d", "\ude00"), maxLength: 400 }), fc.boolean(), fc.boolean(), fc.nat(3))
      .map(([text, bigEndian, mark, drop]) => {
        const bytes = asUtf16(text, bigEndian, mark);
        return bytes.subarray(0, Math.max(0, bytes.length - (drop === 3 ? 1 : 0)));
      }),
  );

  it("decodes any bytes chunk by chunk as it decodes them whole, wherever the chunks are cut (property)", () => {
    fc.assert(
      fc.property(anyBytes, fc.array(fc.nat(), { maxLength: 6 }), (bytes, cuts) => {
        const at = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
        const turns: number[] = [];
        const decoder = createListingDecoder();
        let text = "";
        let from = 0;
        for (const cut of [...at, bytes.length]) {
          const part = decoder.decode(bytes.subarray(from, cut), cut === bytes.length);
          if (decoder.turnedAt !== undefined) turns.push(text.length + decoder.turnedAt);
          text += part;
          from = cut;
        }
        const whole = decodeListing(bytes);
        expect(text).toBe(whole.text);
        // Turned once, at the line the whole reading gives (lines broken as splitLines breaks them).
        expect(turns.map((turn) => splitLines(text.slice(0, turn)).lines.length)).toEqual(whole.line === undefined ? [] : [whole.line]);
      }),
      { numRuns: 2000 },
    );
  });

  it("streams a Windows-1252 listing as parseListing reads its decoded text, with a warning where it turned", async () => {
    const text = readFixture("sample.txt").replace("Maja Trębacz", "Maja Trebacz").replaceAll("ę", "e").replaceAll("Ś", "S");
    const characters = [...text].filter((c) => c.charCodeAt(0) >= 0x80 && !(c.charCodeAt(0) >= 0xa0 && c.charCodeAt(0) <= 0xff) && !CP1252.includes(c));
    const bytes = asWindows1252(text.replace(new RegExp(`[${[...new Set(characters)].join("")}]`, "gu"), "?"));
    const whole = parseListing(decodeListing(bytes).text, options);
    const papers = [];
    const warnings = [];
    for await (const event of parseListingStream([bytes.subarray(0, 3001), bytes.subarray(3001)], options)) {
      if (event.type === "paper") papers.push(event.paper);
      else if (event.diagnostic.code === "decoded-windows-1252") warnings.push(event.diagnostic);
    }
    expect(papers).toEqual(whole.papers);
    expect(warnings).toEqual([expect.objectContaining({ severity: "warning", column: 1 })]);
    expect(warnings[0]!.line).toBe(decodeListing(bytes).line);
  });
});
