// Listings written independently of the parser (fixtures/holdout: real papers
// chosen for hard title/author splits, a damaged copy, a Markdown clip), each
// with hand-checked gold in the format of the bundled sample's gold.
import { describe, expect, it } from "vitest";
import { parseListing } from "../../src/parse/parse-listing.js";
import { type GoldEntry, readFixture } from "../support/sample.js";

const listings = ["real-01.txt", "damaged-01.txt", "real-02.txt", "real-03.txt", "real-04.txt", "damaged-02.txt", "real-05.txt", "damaged-03.txt", "real-06.txt", "damaged-04.txt"];

// Three-word names whose middle word opens a double family name ("Shayan Oveis
// Gharan", "Ioane Muni Toke") read, with nothing in the text to tell, like a
// middle given name ("Matthew Koichi Grimes"). (A Spanish or Portuguese given
// name before such a word does tell: "Manoel Horta Ribeiro".) For these entries
// the names and the title/author split are checked, not given/family.
const UNDECIDABLE_NAME_SPLITS: Record<string, number[]> = {
  "real-03.txt": [12, 22],
  "real-04.txt": [42],
  "damaged-02.txt": [42],
  // "Christian Schroeder de Witt": a double surname joined by a particle, like "Christian Schroeder" + "de Witt".
  "real-05.txt": [26],
  "damaged-03.txt": [26],
};

describe.each(listings)("fixtures/holdout/%s", (name) => {
  const gold: GoldEntry[] = JSON.parse(readFixture(`holdout/${name.replace(/\.txt$/, ".gold.json")}`));
  const { papers, diagnostics } = parseListing(readFixture(`holdout/${name}`), { referenceDate: "2026-11-26" });

  it("yields one paper per entry, with no error", () => {
    expect(papers).toHaveLength(gold.length);
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it.each(gold.map((entry, index) => ({ entry, index })))("entry $index: $entry.title", ({ entry, index }) => {
    const paper = papers[index]!;
    const undecidable = UNDECIDABLE_NAME_SPLITS[name]?.includes(index) === true;
    const authors = (list: { name: string; literal?: boolean }[]) => (undecidable ? list.map((a) => ({ name: a.name, literal: a.literal })) : list);
    expect({
      category: paper.category.code,
      published: paper.published,
      yearInferred: paper.yearInferred,
      hasCode: paper.hasCode,
      title: paper.title,
      authors: authors(paper.authors),
      authorsTruncated: paper.authorsTruncated,
      affiliations: paper.affiliations,
    }).toEqual({
      category: entry.category,
      published: entry.published,
      yearInferred: entry.yearInferred,
      hasCode: entry.hasCode,
      title: entry.title,
      authors: authors(entry.authors),
      authorsTruncated: entry.authorsTruncated,
      affiliations: entry.affiliations,
    });
    expect(paper.abstract.startsWith(entry.abstractStart)).toBe(true);
    expect(paper.abstract.endsWith(entry.abstractEnd)).toBe(true);
  });
});
