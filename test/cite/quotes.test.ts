import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { typographicQuotes } from "../../src/cite/_lib/quotes.js";

describe("typographicQuotes", () => {
  it.each([
    ['"Why should I trust you?": Explaining', "“Why should I trust you?”: Explaining"],
    ["A 'quoted' word", "A “quoted” word"],
    [`On the "dark side" of 'helpfulness'`, "On the “dark side” of ‘helpfulness’"],
    [`'Helpful' and "harmless"`, "“Helpful” and ‘harmless’"],
    [`Hip-hop in the '90s and "conscious" rap`, "Hip-hop in the ’90s and “conscious” rap"],
    [`A "'quoted' in quotes" case`, "A “‘quoted’ in quotes” case"],
    ["The 'x'-axis", "The ’x’-axis"],
    ['Hi-"res" images', 'Hi-"res" images'],
    [`"Nested 'inner' quote" here`, "“Nested ‘inner’ quote” here"],
    ["It's a model's world", "It’s a model’s world"],
    ["The '90s revival", "The ’90s revival"],
    ["The 5' end", "The 5’ end"],
    ["Students' work", "Students’ work"],
    ["An 'a don't b' pair", "An “a don’t b” pair"],
    ['An "unbalanced quote', 'An "unbalanced quote'],
    ['x"y"z', 'x"y"z'],
    ["Quotes “already curly”", "Quotes “already curly”"],
  ])("sets %j as %j", (title, expected) => {
    expect(typographicQuotes(title)).toBe(expected);
  });

  it("changes only straight quotes, one character for one, and sets a title once for all (property)", () => {
    const text = fc.string({ unit: fc.constantFrom("a", "B", "9", " ", '"', "'", "(", ")", ",", ".", "-", "“", "’"), maxLength: 40 });
    fc.assert(
      fc.property(text, (title) => {
        const set = typographicQuotes(title);
        expect(set).toHaveLength(title.length);
        for (let i = 0; i < title.length; i++) if (set[i] !== title[i]) expect(`"'`).toContain(title[i]);
        expect(typographicQuotes(set)).toBe(set);
      }),
      { numRuns: 500 },
    );
  });
});
