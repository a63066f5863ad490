import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { endsSentence, endsWithOneOf, isChrome, isHeading, isPageText, isShortTrailingText } from "../../src/parse/page-text.js";
import { parseListing } from "../../src/parse/parse-listing.js";

describe("page text", () => {
  it("tells site chrome and short lines of navigation from prose", () => {
    expect(["Load more", "Read more →", "Show less", "Sort by: Recent", "PDF · BibTeX", "## Trending", "About · Privacy · Terms", "Upvote 312 · Comments (48) · Share"].every(isPageText)).toBe(true);
    expect(["We evaluate on the LHC at two energies.", "We study things, and report", "See Table (2)."].some(isPageText)).toBe(false);
    // A pager's page numbers count as no words.
    expect(["1 2 3 4 5 … 20", "« 1 2 3 … 14 »", "Page 2 of 14"].every(isPageText)).toBe(true);
    expect(["We train 3 7 and 12 layer models", "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26"].some(isPageText)).toBe(false);
    expect(isChrome("Read more…")).toBe(true);
    expect(isChrome("read more papers on the topic")).toBe(false);
    // As a web clipper's Markdown link (damaged-92), its label alone weighed.
    expect(isChrome("[Load more](https://papers.example.org/latest?page=2)")).toBe(true);
    expect(isChrome("[a study of more](https://arxiv.org/abs/1705.11123)")).toBe(false);
  });

  it("takes a line for a Markdown heading only when its hashes stand apart, as CommonMark has it", () => {
    expect(["# Papers", "## Trending", "######", "### Latest\tpage"].every(isHeading)).toBe(true);
    expect(["#Election2020 is a dataset of tweets.", "#P-hardness of counting is shown for …", "####### seven", "#1 paper of the week"].some(isHeading)).toBe(false);
    // An abstract that opens with a hashtag or a counting class is the card's abstract, not page text.
    for (const abstract of ["#Election2020 is a multilingual dataset of tweets about the 2020 US election, collected since 2019.", "#P-hardness of exact counting is shown for the permanent of 0/1 matrices and more."]) {
      const { papers, diagnostics } = parseListing(["SIOct 1, 2020Code", "#Election2020: A Twitter DatasetEmily Chen, Ashok Deb · usc", abstract].join("\n"), { referenceDate: "2026-11-26" });
      expect(papers[0]!.abstract).toBe(abstract);
      expect(diagnostics).toEqual([]);
    }
    // A heading under a card is still page text.
    const headed = parseListing(["SIOct 1, 2020", "A Twitter DatasetEmily Chen, Ashok Deb", "We release tweets.", "## More papers"].join("\n"), { referenceDate: "2026-11-26" });
    expect([headed.papers[0]!.abstract, headed.diagnostics.map((d) => d.code)]).toEqual(["We release tweets.", ["ignored-text"]]);
  });

  it("tells a short bare line and a sentence's end", () => {
    expect(isShortTrailingText("Try PaperPilot Pro free for 30 days")).toBe(true);
    expect(isShortTrailingText("Code at https://github.com/x/y")).toBe(false);
    expect(["It works.", "Does it?", "We train it (Fig. 2).", 'He said "yes."'].every(endsSentence)).toBe(true);
    expect(endsSentence("We list the following:")).toBe(false);
  });

  it("ends an abstract that ends in a link at the page text after it, as at a sentence's end", () => {
    const listing = (after: string) =>
      ["CLMar 3, 2021", "A Study of ThingsJane Doe, John Roe", "We release the code and the data at http://streetlearn.cc", after, "LGMar 4, 2021", "Another StudyAnn Lee", "We study more."].join("\n");
    for (const pageText of ["Hide abstract", "All categories", "Contact us", "1 2 3 4 5 … 20"]) {
      const result = parseListing(listing(pageText), { referenceDate: "2026-11-26" });
      expect(result.papers[0]!.abstract).toBe("We release the code and the data at http://streetlearn.cc");
      expect(result.diagnostics).toContainEqual(expect.objectContaining({ code: "ignored-text", line: 4 }));
    }
    // A line that runs on into the next one still goes on the abstract.
    const wrapped = ["CLMar 3, 2021", "A Study of ThingsJane Doe, John Roe", "The code is at http://streetlearn.cc", "and the data", "on our site."].join("\n");
    expect(parseListing(wrapped, { referenceDate: "2026-11-26" }).papers[0]!.abstract).toBe("The code is at http://streetlearn.cc and the data on our site.");
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
