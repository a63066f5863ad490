import { describe, expect, it } from "vitest";
import { parseListing } from "../../src/parse/parse-listing.js";

const OPTIONS = { referenceDate: "2026-11-26" };
const ABSTRACT = "We give an alternative proof of Faltings's theorem using p-adic Hodge structures.";
const BYLINE = "Diophantine problems and $p$-adic period mappingsBrian Lawrence, Akshay Venkatesh · stanford";

describe("printed page breaks", () => {
  it("cuts a page break out from between a header and its byline, as Safari prints it", () => {
    const text = ["NTJul 16, 2018", "https://paperscope.io/c/mathematics/latest", "1/7", "Latest · Mathematics · PaperScope", "11/27/26, 6:05 PM", BYLINE, ABSTRACT].join("\n");
    const { papers, diagnostics } = parseListing(text, OPTIONS);
    expect(papers).toHaveLength(1);
    expect(papers[0]).toMatchObject({ title: "Diophantine problems and $p$-adic period mappings", affiliations: ["stanford"], abstract: ABSTRACT });
    expect(papers[0]!.authors.map((a) => a.name)).toEqual(["Brian Lawrence", "Akshay Venkatesh"]);
    expect(diagnostics).toEqual([expect.objectContaining({ code: "ignored-text", line: 2, endLine: 5, entry: { index: 0, startLine: 1, endLine: 7 } })]);
  });

  it("cuts one from between a title and its author line, blank lines and all, as Chromium prints it", () => {
    const text = [
      "DLJan 24, 2023 Code",
      "",
      "The Semantic Scholar Open Data Platform",
      "http://paperscope.io/c/econ-society/latest/",
      "",
      "1/5",
      "",
      "11/27/26, 12:20 PM",
      "",
      "Latest · Economics & Society · PaperScope",
      "",
      "Rodney Kinney, Chloe Anastasiades, Russell Authur et al. · allenai",
      "The volume of scientific output is creating an urgent need for automated tools.",
    ].join("\n");
    const [paper] = parseListing(text, OPTIONS).papers;
    expect(paper).toMatchObject({ title: "The Semantic Scholar Open Data Platform", authorsTruncated: true, affiliations: ["allenai"], hasCode: true });
    expect(paper!.authors.map((a) => a.name)).toEqual(["Rodney Kinney", "Chloe Anastasiades", "Russell Authur"]);
  });

  it("cuts one out of an abstract, which goes on after it", () => {
    const text = ["NTJul 16, 2018", BYLINE, "We give an alternative proof of Faltings's theorem", "https://site.example/latest 2/7", "11/27/26, 6:05 PM", "using p-adic Hodge structures."].join("\n");
    expect(parseListing(text, OPTIONS).papers[0]!.abstract).toBe(ABSTRACT);
  });

  it("keeps a link alone in an abstract, and a page count with no link before it", () => {
    const link = ["NTJul 16, 2018", BYLINE, "We give an alternative proof. Code:", "https://github.com/x/y", "It runs in 2/7 of the time."].join("\n");
    expect(parseListing(link, OPTIONS).papers[0]!.abstract).toContain("https://github.com/x/y");
    const count = ["NTJul 16, 2018", BYLINE, "We give an alternative proof,", "1/7", "of it."].join("\n");
    expect(parseListing(count, OPTIONS).papers[0]!.abstract).toContain("1/7");
  });
});
