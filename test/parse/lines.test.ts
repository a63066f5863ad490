import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { monthDayPattern, parseHeader } from "../../src/parse/header.js";
import { composeAccentsAndLigatures, isTelltaleAt, sourceColumn, splitLines } from "../../src/parse/lines.js";

describe("splitLines", () => {
  it("splits on LF, CRLF and lone CR, and cuts a byte-order mark", () => {
    const { lines, hadBom } = splitLines("\ufeffCLJul 31, 2024\r\nTitleJane Doe\rAbstract.\n");
    expect(hadBom).toBe(true);
    expect(lines.map((l) => [l.line, l.offset, l.text])).toEqual([
      [1, 1, "CLJul 31, 2024"],
      [2, 0, "TitleJane Doe"],
      [3, 0, "Abstract."],
      [4, 0, ""],
    ]);
  });

  it("makes odd spaces plain, collapses tabs and runs of spaces, trims, and decodes entities", () => {
    const { lines } = splitLines("  CL\u00a0Jul 31,\u202f2024\t\nA\t\tB  C &amp; D ");
    expect(lines[0]).toMatchObject({ offset: 2, text: "CL Jul 31, 2024" });
    expect(lines[1]).toMatchObject({ text: "A B C & D", repairs: ["html-entities"] });
  });

  it("keeps the input's columns of a line whose runs of spaces and tabs were collapsed", () => {
    const line = splitLines("  We  introduce\t\tGemma   2.").lines[0]!;
    expect(line).toMatchObject({ offset: 2, text: "We introduce Gemma 2.", shifts: [3, 1, 13, 2, 19, 4] });
    // Each character of the text is at its own column of the input.
    expect(["W", "i", "G", "2"].map((c) => sourceColumn(line, line.offset + line.text.indexOf(c) + 1))).toEqual([3, 7, 18, 26]);
    // A line with no run moves nothing, and one with too many is not tracked.
    expect(splitLines("We introduce").lines[0]!.shifts).toBeUndefined();
    expect(splitLines("a  ".repeat(100)).lines[0]!.shifts).toBeUndefined();
  });

  it("maps every character of a cleaned line back to the same character of the input (property)", () => {
    const word = fc.stringMatching(/^[A-Za-z.,]{1,6}$/);
    const gap = fc.constantFrom(" ", "  ", "   ", "\t", " \t ");
    fc.assert(
      fc.property(gap, fc.array(fc.tuple(word, gap), { maxLength: 12 }), word, (lead, pairs, last) => {
        const raw = lead + pairs.map(([w, g]) => w + g).join("") + last;
        const line = splitLines(raw).lines[0]!;
        for (let i = 0; i < line.text.length; i++) {
          if (line.text[i] === " ") continue;
          expect(raw[sourceColumn(line, line.offset + i + 1) - 1]).toBe(line.text[i]);
        }
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 300) },
    );
  });

  it("finds damage after many harmless non-ASCII characters in a line", () => {
    const many = "中".repeat(30);
    const { lines } = splitLines(`${many}\u00a0${many}\n${many}\t\tx\n${many}  x\n${many}&amp;\n${many}`);
    expect(lines.map((l) => l.text)).toEqual([`${many} ${many}`, `${many} x`, `${many} x`, `${many}&`, many]);
  });

  it("repairs white space as one rule per kind describes (property)", () => {
    // Odd spaces become spaces, zero-width ones vanish, ASCII blanks are trimmed, and tabs
    // and runs of spaces inside become one space, however many there are.
    const reference = (raw: string) =>
      raw
        .replace(/[\u00a0\u2007\u2009\u202f]/g, " ")
        .replace(/[\u200b\u2060\ufeff\u00ad]/g, "")
        .replace(/^[ \t\v\f]+|[ \t\v\f]+$/g, "")
        .replace(/[\t ]{2,}|\t/g, " ");
    const piece = fc.constantFrom("a", "é", "中", " ", "  ", "\t", "\v", "\f", "\u00a0", "\u2007", "\u2009", "\u202f", "\u200b", "\u2060", "\ufeff", "\u00ad");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const raw = `x${pieces.join("")}`;
        expect(splitLines(raw).lines[0]!.text).toBe(reference(raw));
      }),
    );
  });

  it("repairs white space the same way in a line longer than any real one, walked rather than split (property)", () => {
    // Junk lines over 20,000 characters take their own path (see `replaceAll`); a lone
    // surrogate must come out as it went in.
    const reference = (raw: string) =>
      raw
        .replace(/[\u00a0\u2007\u2009\u202f]/g, " ")
        .replace(/[\u200b\u2060\ufeff\u00ad]/g, "")
        .replace(/[ \t\v\f]+$/g, "")
        .replace(/[\t ]{2,}|\t/g, " ");
    const piece = fc.constantFrom("a", "é", "中", "\ud800", " ", "  ", "\t", "\u00a0", "\u2007", "\u2009", "\u202f", "\u200b", "\u2060", "\ufeff", "\u00ad");
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 30 }), (pieces) => {
        const unit = `x${pieces.join("")}`;
        const raw = unit.repeat(Math.ceil(30_000 / unit.length));
        expect(splitLines(raw).lines[0]!.text).toBe(reference(raw));
      }),
      { numRuns: 50 },
    );
  });

  it("points every column of a cleaned line back at its character in the input (property)", () => {
    // Runs of spaces collapse and zero-width characters and soft hyphens vanish; `offset` and
    // `sourceColumn` count both back.
    // (No letter that could open a mojibake: its repair's columns count the repaired text.)
    const piece = fc.constantFrom("a", "b", "中", " ", "  ", "   ", "\t", "\u00ad", "\u200b", "\u2060", "\u00a0", "xyz");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const raw = `${pieces.join("")}Z`;
        const line = splitLines(raw).lines[0]!;
        for (let i = 0; i < line.text.length; i++) {
          if (line.text[i] === " ") continue;
          expect(raw[sourceColumn(line, line.offset + i + 1) - 1]).toBe(line.text[i]);
        }
      }),
      { numRuns: Number(process.env.RUNS ?? 500) },
    );
  });

  it("points every column back in a line longer than any real one too (property)", () => {
    const piece = fc.constantFrom("a", "中", " ", "  ", "\t", "\u00ad", "\u200b", "\u2060", "\u00a0", "\u202f", "xyz");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.array(piece, { maxLength: 40 }), (before, after) => {
        const raw = `${before.join("")}${"b".repeat(25_000)}${after.join("")}Z`;
        const line = splitLines(raw).lines[0]!;
        for (let i = 0; i < line.text.length; i++) {
          if (line.text[i] === " " || line.text[i] === "b") continue;
          expect(raw[sourceColumn(line, line.offset + i + 1) - 1]).toBe(line.text[i]);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("drops the soft hyphens a page puts in long words for a narrow column", () => {
    expect(splitLines("We propose a com\u00adpart\u00admen\u00adtal model.").lines[0]!.text).toBe("We propose a compartmental model.");
  });

  it("leaves references that name what every object inherits as written", () => {
    const { lines } = splitLines("A &toString; B &xvalueOf; &constructor; &amp;");
    expect(lines[0]!.text).toBe("A &toString; B &xvalueOf; &constructor; &");
  });

  it("marks lines with no month and day as undated", () => {
    const { lines } = splitLines("CLJul 31, 2024\nA title glued to Jane Doe\nWe released it in 2020.\nIt was out on May 3.\nSept. 5 and Dec.1");
    expect(lines.map((l) => l.undated === true)).toEqual([false, true, true, false, false]);
  });

  it("writes a PDF's combining accents and ligatures as letters, and records the repair", () => {
    expect(composeAccentsAndLigatures("Erdo\u030bs and the \ufb01eld of e\ufb00ects")).toEqual({
      text: "Erdős and the field of effects",
      // Each character's index in the input: "ő" from "o", "fi" both from the ligature.
      from: [0, 1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 24, 25, 26, 27, 28],
    });
    // Only the clusters change: "Å" as U+212B and a compatibility ideograph stay as written.
    expect(composeAccentsAndLigatures("\u212b \uf9d1 e\u0301")?.text).toBe("\u212b \uf9d1 é");
    expect(composeAccentsAndLigatures("plain text")).toBeUndefined();
    expect(splitLines("Erdo\u030bs \ufb02ow").lines[0]).toMatchObject({ text: "Erdős flow", repairs: ["characters"] });
    // A combining accent no letter composes with stays, and no repair is recorded.
    expect(splitLines("q\u0303").lines[0]).toEqual({ line: 1, offset: 0, text: "q\u0303" });
  });

  it("tells damage from other non-ASCII characters, for every UTF-16 code", () => {
    // A tab, an "&", an odd space, a combining accent or a ligature (as a PDF's text gives
    // letters), or a UTF-8 lead byte read as Windows-1252 (Â–ô) before a continuation byte read
    // so (0x80–0xBF, as Latin-1 or as Windows-1252 reads 0x80–0x9F).
    const reference = /^(?:[\t&\u00a0\u2007\u2009\u202f\u200b\u2060\ufeff\u00ad\u0300-\u036f\ufb00-\ufb06]|[\u00c2-\u00f4][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ])/;
    const wrong: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      // The scan stops only at tabs, "&" and non-ASCII characters.
      if (code < 0x80 && code !== 9 && code !== 38) continue;
      for (const next of ["x", "€", "©", "\u0081", "é"]) {
        const text = `a${String.fromCharCode(code)}${next}`;
        if (isTelltaleAt(text, 1) !== reference.test(text.slice(1))) wrong.push(`U+${code.toString(16)} before ${next}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  // The repairs and the date marks are found by scanning the whole text ahead of the
  // lines; splitting line by line must give exactly the same lines.
  it("gives each line what splitting that line alone gives (property)", () => {
    const piece = fc.constantFrom(
      "a", "Z", " ", "  ", "\t", "\n", "\r", "\r\n", "\u00a0", "\u2009", "\u200b", "&amp;", "&#39;", "&", "Ã©", "â€™",
      "CL", "Jul 31", "Jul", " 31, 2024", "May 3", "Sept. 5", "·", "Code",
      "é", "–", "\u2007", "\u202f", "\u2060", "\ufeff", "\u00ad", "Â", "Ð", "â", "€", "Dec", "Oct.", "1", "2020", "Jan",
      // Many harmless non-ASCII characters in one line: the scan stops searching them one by one.
      "中文", "éééééééé", "研究中文研究中文研究中文",
      // Letters as a PDF's text gives them.
      "e\u0301", "\ufb01", "o\u030b",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join("");
        const whole = splitLines(text).lines;
        // Only the first line can open with a byte-order mark; elsewhere U+FEFF is a zero-width space.
        const alone = text.split(/\r\n|\r|\n/).map((raw, i) => ({ ...(i === 0 ? splitLines(raw).lines[0]! : splitLines(`\n${raw}`).lines[1]!), line: i + 1 }));
        expect(whole).toEqual(alone);
        for (const line of whole) {
          if (line.undated) {
            expect(monthDayPattern().test(line.text)).toBe(false);
            expect(parseHeader(line.text)).toBeUndefined();
          }
        }
      }),
    );
  });
});
