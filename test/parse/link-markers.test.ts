import { describe, expect, it } from "vitest";
import { splitLines } from "../../src/parse/lines.js";
import { createLinkMarkerReader, type LinePlace } from "../../src/parse/link-markers.js";
import { parseListing } from "../../src/parse/parse-listing.js";
import { SAMPLE_REFERENCE_DATE, SAMPLE_TEXT } from "../support/sample.js";

const OPTIONS = { referenceDate: SAMPLE_REFERENCE_DATE };

/**
 * The texts the link-marker reader leaves of each line of `text`, and where it began; each
 * line's place is given by its first character: `^` a byline, `.` the body, else before the cards.
 */
function readMarkers(text: string) {
  const opened: string[] = [];
  const read = createLinkMarkerReader((line, column) => opened.push(`${line}:${column}`));
  const places: Record<string, LinePlace> = { "^": "byline", ".": "body" };
  const texts = splitLines(text).lines.map((line) => {
    const place = places[line.text[0]!] ?? "before";
    const bare = place === "before" ? line : { ...line, text: line.text.slice(1) };
    return read(bare, place).text;
  });
  return { texts, opened };
}

/** The papers of `text`, without their line numbers. */
function papersOf(text: string) {
  return parseListing(text, OPTIONS).papers.map(({ source: _s, ...paper }) => paper);
}

describe("a text browser's link markers", () => {
  it("begins at a pair numbered one after the other above the cards or in a byline, then reads those that go on counting", () => {
    expect(readMarkers("see [3]here\n[1]PaperNest [2]Channels\n^[4]Title[5]Jane Doe, [9]John Roe\n.as in [2]Smith and [10]Code")).toEqual({
      texts: ["see [3]here", "PaperNest Channels", "TitleJane Doe, John Roe", "as in [2]Smith and Code"],
      opened: ["2:1"],
    });
    expect(readMarkers("^A title[7]Jane Doe, [8]John Roe").texts).toEqual(["A titleJane Doe, John Roe"]);
    // A byline opening with a marker: a page copied from its middle.
    expect(readMarkers("^[16]Gemini 2.5: Pushing the Frontier\n.Agentic Capabilities[17]Gheorghe Comanici, [18]Eric Bieber").texts).toEqual([
      "Gemini 2.5: Pushing the Frontier",
      "Agentic CapabilitiesGheorghe Comanici, Eric Bieber",
    ]);
  });

  it("never begins in an abstract: citations numbered one after the other stay", () => {
    const abstract = ".We make two points: [1]First point is scaling. [2]Second point is data. Prior work [12]Smith et al. showed [13]Jones";
    expect(readMarkers(`${abstract}\n.Arrays a[0]x and a[1]y`).texts).toEqual([abstract.slice(1), "Arrays a[0]x and a[1]y"]);
  });

  it("takes the count up where a byline's markers run ahead of it, past links whose markers it did not read", () => {
    const dump = ["^[3]Title One[4]Ann Lee, [5]Bo Chen", ".We study things.", ".[6]★ Save [7]↗ PDF [8]⋯ More [9]· Share [10]Cite [11]Export", "^[12]Title Two[13]Max Power, [14]Jo Kim"].join("\n");
    expect(readMarkers(dump).texts).toEqual(["Title OneAnn Lee, Bo Chen", "We study things.", "★ Save ↗ PDF ⋯ More · Share Cite Export", "Title TwoMax Power, Jo Kim"]);
    expect(readMarkers("^[3]Title One[4]Ann Lee\n.[40]x\n^[52]Title Two[53]Max Power").texts).toEqual(["Title OneAnn Lee", "[40]x", "Title TwoMax Power"]);
  });

  it("begins at a marker right after a card's date, before its badge", () => {
    expect(readMarkers(".LGOct 13, 2022[6]Code\n^[7]PDEBench[8]Makoto Takamoto").texts).toEqual(["LGOct 13, 2022Code", "PDEBenchMakoto Takamoto"]);
    expect(readMarkers(".2. LGOct 13, 2022[6]Code").texts).toEqual(["2. LGOct 13, 2022Code"]);
  });

  it("leaves citations alone: markers glued to punctuation or to one another, and any before the count begins", () => {
    const abstract = "We extend earlier methods[1][2][3]. As shown in [4] and [5], it works[6].";
    expect(readMarkers(`^${abstract}`).texts).toEqual([abstract]);
    expect(readMarkers(`[1]Nav [2]Bar\n.${abstract}`).texts[1]).toBe(abstract);
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

  it("leaves a title-only byline and its wrapped abstract apart, names and 'et al.' in the abstract too", () => {
    const names = ["CLJul 31, 2024", "A Survey of Deep Learning for Vision", "We revisit the architectures proposed by the pioneers of the field and in", "particular the networks of Yann LeCun, Geoffrey Hinton et al.", "and show that they still matter."].join("\n");
    expect(parseListing(names, OPTIONS).papers.map((p) => [p.title, p.authors.length, p.abstract.slice(-32)])).toEqual([["A Survey of Deep Learning for Vision", 0, "and show that they still matter."]]);
    const text = ["NAOct 2, 2017", "A title with no authors", "We prove finite-time blowup of the equations in", "a domain with a solid boundary, as Euler Lagrange showed."].join("\n");
    const { papers } = parseListing(text, OPTIONS);
    expect(papers[0]!.title).toBe("A title with no authors");
    expect(papers[0]!.abstract).toBe("We prove finite-time blowup of the equations in a domain with a solid boundary, as Euler Lagrange showed.");
  });
});
