import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeEntities, referenceAt } from "../../src/_lib/entities.js";

/** What `decodeEntities` gives, written with `replace` and a callback over the reference pattern. */
function decodeByPattern(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z]{2,8}));/g, (whole: string) => referenceAt(whole, 0)!.text);
}

describe("decodeEntities", () => {
  it("decodes named, decimal and hex references, composes accents, and keeps unknown or malformed ones", () => {
    expect(decodeEntities("Analysis &amp; Insights, O&#39;Donoghue, St&eacute;phane, &#x3bb;, &nbsp;")).toBe("Analysis & Insights, O'Donoghue, Stéphane, λ, \u00a0");
    expect(decodeEntities("&unknown; &#; &#12345678; &#xD800; &a; &amp &#x;")).toBe("&unknown; &#; &#12345678; &#xD800; &a; &amp &#x;");
    expect(decodeEntities("&&amp;amp;")).toBe("&&amp;");
    // Numbers 128–159 name Windows-1252's characters, as HTML reads them (old pages write "&#150;" for a dash).
    expect(decodeEntities("1990&#150;2000, it&#146;s &#147;fine&#148;")).toBe("1990–2000, it’s “fine”");
    expect(decodeEntities("no references")).toBe("no references");
  });

  it("reads a reference at a place, and none where there is no '&'", () => {
    expect(referenceAt("R&amp;D", 1)).toEqual({ text: "&", length: 5 });
    expect(referenceAt("R&D", 1)).toBeUndefined();
    expect(referenceAt("R&amp;D", 0)).toBeUndefined();
    expect(referenceAt("&toString;", 0)).toEqual({ text: "&toString;", length: 10 });
    expect(referenceAt("&constructor;", 0)).toBeUndefined();
  });

  it("finds a reference exactly where the pattern for HTML references matches (property)", () => {
    const pattern = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z]{2,8}));/y;
    const piece = fc.constantFrom("&", "#", "x", "X", ";", "1", "12345", "1234567", "3bB", "fF", "g", "amp", "eacute", "abcdefgh", "Z", " ", "é");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        const text = pieces.join("");
        for (let at = 0; at < text.length; at++) {
          pattern.lastIndex = at;
          const match = pattern.exec(text);
          expect(referenceAt(text, at)?.length).toBe(match?.[0].length);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("decodes as the pattern for HTML references does (property)", () => {
    const piece = fc.constantFrom("&", "amp", "#", "x", "X", ";", "39", "3bb", "1234567", "12345678", "eacute", "constructor", "__proto__", "a", "Z", " ", "é", "0");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join("");
        expect(decodeEntities(text)).toBe(decodeByPattern(text));
      }),
      { numRuns: 2000 },
    );
  });
});
