import { describe, expect, it } from "vitest";
import { parseListing } from "../../src/parse/parse-listing.js";
import { SAMPLE_GOLD, SAMPLE_REFERENCE_DATE, SAMPLE_TEXT } from "../support/sample.js";

const { papers, diagnostics } = parseListing(SAMPLE_TEXT, { referenceDate: SAMPLE_REFERENCE_DATE });

describe("the bundled sample listing", () => {
  it("yields one paper per entry", () => {
    expect(papers).toHaveLength(SAMPLE_GOLD.length);
  });

  describe.each(SAMPLE_GOLD.map((gold, index) => ({ gold, index })))("entry $index", ({ gold, index }) => {
    const paper = papers[index]!;

    it("matches the hand-checked gold field by field", () => {
      expect(paper.category.code).toBe(gold.category);
      expect(paper.published).toBe(gold.published);
      expect(paper.yearInferred).toBe(gold.yearInferred);
      expect(paper.hasCode).toBe(gold.hasCode);
      expect(paper.title).toBe(gold.title);
      expect(paper.authorsTruncated).toBe(gold.authorsTruncated);
      expect(paper.affiliations).toEqual(gold.affiliations);
      expect(paper.abstract.startsWith(gold.abstractStart)).toBe(true);
      expect(paper.abstract.endsWith(gold.abstractEnd)).toBe(true);
      if (gold.acceptAuthors) {
        const readings = [gold.authors.map((a) => a.name), ...gold.acceptAuthors];
        expect(readings).toContainEqual(paper.authors.map((a) => a.name));
      } else {
        expect(paper.authors).toEqual(gold.authors);
      }
    });

    it("points back at its three lines", () => {
      expect(paper.source).toEqual({ startLine: 3 * index + 1, endLine: 3 * index + 3 });
    });
  });

  it("reports the inferred year and the repaired author, and nothing else", () => {
    expect(diagnostics.map((d) => [d.line, d.code])).toEqual([
      [31, "year-inferred"],
      [116, "author-repaired"],
    ]);
    expect(diagnostics[1]!.column).toBe(54);
    expect(diagnostics[1]!.entry).toEqual({ index: 38, startLine: 115, endLine: 117 });
  });

  it("resolves every code to its arXiv category", () => {
    expect(papers[47]!.category).toEqual({ code: "ML", id: "stat.ML", name: "Machine Learning", archive: "stat" });
    expect(papers[19]!.category.id).toBe("cs.SD");
  });
});
