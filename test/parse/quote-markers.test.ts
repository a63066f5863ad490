import { describe, expect, it } from "vitest";
import { splitLines } from "../../src/parse/lines.js";
import { parseListing } from "../../src/parse/parse-listing.js";
import { createQuoteReader } from "../../src/parse/quote-markers.js";
import { SAMPLE_REFERENCE_DATE, SAMPLE_TEXT } from "../support/sample.js";

const OPTIONS = { referenceDate: SAMPLE_REFERENCE_DATE };

/** The texts the quote reader leaves of each line of `text`, and the runs it reports. */
function readQuotes(text: string) {
  const reader = createQuoteReader();
  const runs: unknown[] = [];
  const texts = splitLines(text).lines.map((line) => {
    const read = reader.read(line);
    if (reader.closed) runs.push(reader.closed);
    return read.text;
  });
  const open = reader.end();
  if (open) runs.push(open);
  return { texts, runs };
}

describe("e-mail quote markers", () => {
  it("cuts the markers of a quoted run, blank quoted lines and nested markers too", () => {
    expect(readQuotes("Jana wrote:\n\n> CLJul 31, 2024\n>\n>> Title\n> > Abstract.\n\nThanks").texts).toEqual([
      "Jana wrote:",
      "",
      "CLJul 31, 2024",
      "",
      "Title",
      "Abstract.",
      "",
      "Thanks",
    ]);
  });

  it("keeps a wrapped line's own '>' after a line of text, and more markers than the run's in the middle of its text", () => {
    expect(readQuotes("accuracy of\n> 90% on it").texts).toEqual(["accuracy of", "> 90% on it"]);
    expect(readQuotes("> with $\\theta\n> > 0.82$.").texts).toEqual(["with $\\theta", "> 0.82$."]);
    expect(readQuotes("> with $\\theta\n>> 0.82$.").texts).toEqual(["with $\\theta", "> 0.82$."]);
  });

  it("opens a quote after a line of text when a header follows the markers, and a deeper one after a line of markers alone", () => {
    expect(readQuotes("Jana wrote:\n> CLJul 31, 2024").texts).toEqual(["Jana wrote:", "CLJul 31, 2024"]);
    expect(readQuotes("> Jana wrote:\n> > CLJul 31, 2024\n> > Title").texts).toEqual(["Jana wrote:", "CLJul 31, 2024", "Title"]);
    expect(readQuotes("> Jana wrote:\n>\n> > Hi all,").texts).toEqual(["Jana wrote:", "", "Hi all,"]);
  });

  it("goes on over a quoted line wrapped again without markers, and ends at text after a blank line", () => {
    expect(readQuotes("> CLJul 31, 2024\n> Title\n> Abstract, first\npart.\n> LGFeb 10\n\nBest\n> 90%").texts).toEqual([
      "CLJul 31, 2024",
      "Title",
      "Abstract, first",
      "part.",
      "LGFeb 10",
      "",
      "Best",
      "> 90%",
    ]);
    expect(readQuotes("> a\nb\n> c\nd\ne\n> f").runs).toEqual([{ startLine: 1, endLine: 3, column: 1 }]);
  });

  it("reports each run with its lines and the column of its first marker", () => {
    expect(readQuotes("  > a\n> b\nplain\n\n> c").runs).toEqual([
      { startLine: 1, endLine: 2, column: 3 },
      { startLine: 5, endLine: 5, column: 1 },
    ]);
  });

  it("reads a listing quoted in a reply as the listing itself, with one diagnostic for the run", () => {
    const quoted = `On Tue, Nov 24, 2026 at 10:02, Jana wrote:\n\n${SAMPLE_TEXT.split("\n")
      .map((line) => `> ${line}`)
      .join("\n")}\n\nBest,\nMarta`;
    const plain = parseListing(SAMPLE_TEXT, OPTIONS);
    const read = parseListing(quoted, OPTIONS);
    expect(read.papers.map(({ source: _s, ...paper }) => paper)).toEqual(plain.papers.map(({ source: _s, ...paper }) => paper));
    expect(read.papers[0]!.source).toEqual({ startLine: 3, endLine: 5 });
    const run = read.diagnostics.find((d) => d.code === "quote-markers");
    expect(run).toMatchObject({ severity: "info", line: 3, column: 1, endLine: 152 });
    expect(run!.message).toBe('read lines 3–152 without their e-mail quote markers (">")');
    // Columns still count the input: the date of the first card's header is after its marker.
    const inferred = read.diagnostics.find((d) => d.code === "year-inferred")!;
    const original = plain.diagnostics.find((d) => d.code === "year-inferred")!;
    expect([inferred.line, inferred.column]).toEqual([original.line + 2, original.column + 2]);
  });
});

describe("cards as the items of a list", () => {
  it("reports a number or bullet before a header as ignored text, not as the end of the abstract before it", () => {
    const cards = SAMPLE_TEXT.split("\n").slice(0, 9);
    for (const marker of ["1.", "1)", "(1)", "[1]", "•", "-"]) {
      let n = 0;
      const listed = cards.map((line, i) => (i % 3 === 0 ? `${marker.replace("1", String(++n))} ${line}` : `   ${line}`)).join("\n");
      const { papers, diagnostics } = parseListing(listed, OPTIONS);
      expect(papers.map((p) => p.abstract)).toEqual(parseListing(cards.join("\n"), OPTIONS).papers.map((p) => p.abstract));
      expect(diagnostics.filter((d) => d.code === "ignored-text").map((d) => d.message)).toEqual(
        [1, 2, 3].map((k) => `ignored the list marker "${marker.replace("1", String(k))}" before the header`),
      );
      expect(diagnostics.some((d) => d.code === "merged-lines")).toBe(false);
    }
  });

  it("still reads text glued before a header as the end of the line before", () => {
    const { papers, diagnostics } = parseListing(`${SAMPLE_TEXT.split("\n").slice(0, 3).join("\n")}\nthe end.LGSep 28, 2022\n${SAMPLE_TEXT.split("\n").slice(4, 6).join("\n")}`, OPTIONS);
    expect(papers[0]!.abstract.endsWith("community. the end.")).toBe(true);
    expect(diagnostics.some((d) => d.code === "merged-lines")).toBe(true);
  });
});
