// Listings written independently of the parser (fixtures/holdout: real papers
// chosen for hard title/author splits, a damaged copy, a Markdown clip), each
// with hand-checked gold in the format of the bundled sample's gold.
import { describe, expect, it } from "vitest";
import { parseListing } from "../../src/parse/parse-listing.js";
import { type GoldEntry, readFixture } from "../support/sample.js";

const listings = ["real-01.txt", "damaged-01.txt", "real-02.txt"];

describe.each(listings)("fixtures/holdout/%s", (name) => {
  const gold: GoldEntry[] = JSON.parse(readFixture(`holdout/${name.replace(/\.txt$/, ".gold.json")}`));
  const { papers, diagnostics } = parseListing(readFixture(`holdout/${name}`), { referenceDate: "2026-11-26" });

  it("yields one paper per entry, with no error", () => {
    expect(papers).toHaveLength(gold.length);
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it.each(gold.map((entry, index) => ({ entry, index })))("entry $index: $entry.title", ({ entry, index }) => {
    const paper = papers[index]!;
    expect({
      category: paper.category.code,
      published: paper.published,
      yearInferred: paper.yearInferred,
      hasCode: paper.hasCode,
      title: paper.title,
      authors: paper.authors,
      authorsTruncated: paper.authorsTruncated,
      affiliations: paper.affiliations,
    }).toEqual({
      category: entry.category,
      published: entry.published,
      yearInferred: entry.yearInferred,
      hasCode: entry.hasCode,
      title: entry.title,
      authors: entry.authors,
      authorsTruncated: entry.authorsTruncated,
      affiliations: entry.affiliations,
    });
    expect(paper.abstract.startsWith(entry.abstractStart)).toBe(true);
    expect(paper.abstract.endsWith(entry.abstractEnd)).toBe(true);
  });
});
