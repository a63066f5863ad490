import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileNeedle, needleProblem } from "../../src/query/_lib/needle.js";

/** The matching rules written the slow, obvious way: fold, split into words, look for the needle's words in a row. */
function reference(needle: string, value: string): boolean {
  const fold = (s: string) =>
    s.normalize("NFKD").toLowerCase().replace(/\p{M}+/gu, "").replace(/[łđðøßæœıþħŀς]/g, (c) => ({ ł: "l", đ: "d", ð: "d", ø: "o", ß: "ss", æ: "ae", œ: "oe", ı: "i", þ: "th", ħ: "h", ŀ: "l", ς: "σ" })[c]!);
  const parts = fold(needle).match(/[\p{L}\p{N}]+\*?/gu) ?? [];
  const words = fold(value).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  for (let start = 0; start + parts.length <= words.length; start++) {
    if (parts.every((part, i) => (part.endsWith("*") ? words[start + i]!.startsWith(part.slice(0, -1)) : words[start + i] === part))) return true;
  }
  return false;
}

const alphabet = fc.constantFrom(..."abcdeABCDE01 -'.,:é́ÉęłŁßØ*ℝ™".split(""), "e\u0301", "Σ", "σ", "ς", "𝐁", "𝐞");
const textArb = fc.array(alphabet, { maxLength: 14 }).map((chars) => chars.join(""));

describe("text matching", () => {
  it("the ASCII fast path and the folding path agree with the obvious rules", () => {
    fc.assert(
      fc.property(textArb, textArb, (needle, value) => {
        const problem = needleProblem(needle);
        if (problem === undefined) expect(compileNeedle(needle, "test")(value)).toBe(reference(needle, value));
        else {
          expect(() => compileNeedle(needle, "test")).toThrow(RangeError);
          // No words, or a star that ends none.
          if (problem === "no-words") expect(needle.normalize("NFKD").match(/[\p{L}\p{N}]/u)).toBeNull();
          else expect(needle).toMatch(/(?:^|[^\p{L}\p{M}\p{N}])\*|\*[\p{L}\p{M}\p{N}]/u);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it("agrees on needles taken from the value itself", () => {
    fc.assert(
      fc.property(textArb, fc.nat(), fc.nat(), fc.boolean(), (value, a, b, star) => {
        const [from, to] = [a % (value.length + 1), b % (value.length + 1)].sort((x, y) => x - y);
        const needle = value.slice(from!, to) + (star ? "*" : "");
        if (needleProblem(needle) === undefined) expect(compileNeedle(needle, "test")(value)).toBe(reference(needle, value));
      }),
      { numRuns: 5000 },
    );
  });
});
