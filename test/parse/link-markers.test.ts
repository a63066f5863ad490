import { describe, expect, it } from "vitest";
import { splitLines } from "../../src/parse/lines.js";
import { createLinkMarkerReader } from "../../src/parse/link-markers.js";
import { parseListing } from "../../src/parse/parse-listing.js";
import { SAMPLE_REFERENCE_DATE, SAMPLE_TEXT } from "../support/sample.js";

const OPTIONS = { referenceDate: SAMPLE_REFERENCE_DATE };

/** The texts the link-marker reader leaves of each line of `text`, and where it began. */
function readMarkers(text: string) {
  const opened: string[] = [];
  const read = createLinkMarkerReader((line, column) => opened.push(`${line}:${column}`));
  return { texts: splitLines(text).lines.map((line) => read(line).text), opened };
}

/** The papers of `text`, without their line numbers. */
function papersOf(text: string) {
  return parseListing(text, OPTIONS).papers.map(({ source: _s, ...paper }) => paper);
}

describe("a text browser's link markers", () => {
  it("reads markers off from the first pair numbered one after the other, then those that go on counting", () => {
    expect(readMarkers("see [3]here\n[1]PaperNest [2]Channels\n[4]Title[5]Jane Doe, [9]John Roe\nas in [2]Smith and [10]Code")).toEqual({
      texts: ["see [3]here", "PaperNest Channels", "TitleJane Doe, John Roe", "as in [2]Smith and Code"],
      opened: ["2:1"],
    });
  });

  it("begins at a marker right after a card's date, before its badge", () => {
    expect(readMarkers("LGOct 13, 2022[6]Code\n[7]PDEBench[8]Makoto Takamoto").texts).toEqual(["LGOct 13, 2022Code", "PDEBenchMakoto Takamoto"]);
    expect(readMarkers("2. LGOct 13, 2022[6]Code").texts).toEqual(["2. LGOct 13, 2022Code"]);
  });

  it("leaves citations alone: markers glued to punctuation or to one another, and any before the count begins", () => {
    const abstract = "We extend earlier methods[1][2][3]. As shown in [4] and [5], it works[6].";
    expect(readMarkers(abstract).texts).toEqual([abstract]);
    expect(readMarkers(`[1]Nav [2]Bar\n${abstract}`).texts[1]).toBe(abstract);
  });

  it("reads a lynx dump of cards as the listing itself", () => {
    const lines = SAMPLE_TEXT.split("\n").slice(0, 9);
    const titles = parseListing(lines.join("\n"), OPTIONS).papers.map((p) => p.title);
    let link = 3;
    // Each title and author a link, numbered in page order; a blank line around each abstract.
    const numbered = (byline: string, title: string) => {
      const [authors, affiliations] = byline.slice(title.length).split(" · ");
      const links = `[${++link}]${title}${authors!.split(", ").map((author) => `[${++link}]${author}`).join(", ")}`;
      return affiliations === undefined ? links : `${links} · ${affiliations}`;
    };
    const dump = [
      "   [1]PaperNest [2]Trending [3]Sign in",
      "",
      ...lines.map((line, i) => (i % 3 === 0 ? `   ${line}` : i % 3 === 1 ? `   ${numbered(line, titles[(i - 1) / 3]!)}` : `\n   ${line}\n`)),
      "   (BUTTON) Load more",
      "",
      "References",
      "",
      "   1. https://papernest.example/",
    ].join("\n");
    expect(dump).toContain("[4]Gemma 2: Improving Open Language Models at a Practical Size[5]Gemma Team, [6]Morgane Riviere");
    const { papers, diagnostics } = parseListing(dump, OPTIONS);
    expect(papersOf(dump)).toEqual(papersOf(lines.join("\n")));
    expect(papers).toHaveLength(3);
    expect(diagnostics.find((d) => d.code === "link-markers")).toMatchObject({ severity: "info", line: 1, column: 4 });
  });
});

describe("a title wrapped twice before its authors", () => {
  it("joins two lines of title words to the line that glues the title's end to its authors", () => {
    const text = [
      "NAOct 2, 2017",
      "Machine learning approximation algorithms for high-dimensional fully nonlinear partial",
      "differential equations and second-order backward stochastic differential",
      "equationsChristian Beck, Weinan E, Arnulf Jentzen · ethz, princeton",
      "",
      "High-dimensional partial differential equations appear in finance.",
    ].join("\n");
    const [paper] = parseListing(text, OPTIONS).papers;
    expect(paper!.title).toBe(
      "Machine learning approximation algorithms for high-dimensional fully nonlinear partial differential equations and second-order backward stochastic differential equations",
    );
    expect(paper!.authors.map((a) => a.name)).toEqual(["Christian Beck", "Weinan E", "Arnulf Jentzen"]);
    expect(paper!.abstract).toBe("High-dimensional partial differential equations appear in finance.");
  });

  it("leaves a title-only byline and its wrapped abstract apart", () => {
    const text = ["NAOct 2, 2017", "A title with no authors", "We prove finite-time blowup of the equations in", "a domain with a solid boundary, as Euler Lagrange showed."].join("\n");
    const { papers } = parseListing(text, OPTIONS);
    expect(papers[0]!.title).toBe("A title with no authors");
    expect(papers[0]!.abstract).toBe("We prove finite-time blowup of the equations in a domain with a solid boundary, as Euler Lagrange showed.");
  });
});
