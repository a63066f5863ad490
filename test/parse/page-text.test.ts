import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { endsSentence, endsWithOneOf, isChrome, isPageText, isShortTrailingText } from "../../src/parse/page-text.js";

describe("page text", () => {
  it("tells site chrome and short lines of navigation from prose", () => {
    expect(["Load more", "Read more →", "Show less", "Sort by: Recent", "PDF · BibTeX", "## Trending", "About · Privacy · Terms", "Upvote 312 · Comments (48) · Share"].every(isPageText)).toBe(true);
    expect(["We evaluate on the LHC at two energies.", "We study things, and report", "See Table (2)."].some(isPageText)).toBe(false);
    expect(isChrome("Read more…")).toBe(true);
    expect(isChrome("read more papers on the topic")).toBe(false);
  });

  it("tells a short bare line and a sentence's end", () => {
    expect(isShortTrailingText("Try PaperPilot Pro free for 30 days")).toBe(true);
    expect(isShortTrailingText("Code at https://github.com/x/y")).toBe(false);
    expect(["It works.", "Does it?", "We train it (Fig. 2).", 'He said "yes."'].every(endsSentence)).toBe(true);
    expect(endsSentence("We list the following:")).toBe(false);
  });

  it("reads a line's last character as the pattern it replaces does, on any text", () => {
    // (The checks read the end of a line back instead of running a pattern ending in `$`,
    // which is tried from every character of a long abstract.)
    const text = fc.string({ unit: fc.constantFrom("a", " ", ".", "!", "?", ")", "]", '"', "”", "’", "'", ":", "é", "\n") });
    fc.assert(
      fc.property(text, (line) => {
        expect(endsSentence(line)).toBe(/[.!?)\]"”]$/.test(line));
        expect(endsWithOneOf(line, ".!?")).toBe(/[.!?]$/.test(line));
      }),
      { numRuns: 2000 },
    );
    expect(endsWithOneOf("", ".")).toBe(false);
  });
});
