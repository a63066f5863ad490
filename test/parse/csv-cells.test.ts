import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Paper } from "../../src/model/paper.js";
import { createCsvReader } from "../../src/parse/csv-cells.js";
import type { LinePlace } from "../../src/parse/link-markers.js";
import { parseListing } from "../../src/parse/parse-listing.js";
import { parseListingStream } from "../../src/stream/parse-listing-stream.js";
import { readFixture } from "../support/sample.js";

const options = { referenceDate: "2026-11-26" };
const withoutSource = (papers: Paper[]) => papers.map(({ source: _source, ...paper }) => paper);

/** A line as a spreadsheet saves it: quoted when it holds a comma or a quote, its quotes doubled. */
const cell = (text: string) => (/[",]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/** The texts the reader leaves of each line, each told its place, and what it reported. */
function read(lines: [string, LinePlace][]) {
  const reports: string[] = [];
  const reader = createCsvReader({
    opened: (line, column) => reports.push(`opened ${line}:${column}`),
    otherColumns: (line, column, text) => reports.push(`other ${line}:${column} ${text}`),
  });
  const texts = lines.map(([text, place], i) => reader({ line: i + 1, offset: 0, text }, place).text);
  return { texts, reports };
}

describe("a spreadsheet's rows saved as CSV", () => {
  it("begins at a quoted header, then reads each row's first cell, undoing the quotes", () => {
    expect(
      read([
        ['"Papers, sorted"', "before"],
        ['"LGJul 31, 2024",read', "before"],
        ['"Say ""Hi"": A TitleJane Doe, John Roe",', "byline"],
        ["We study it.,cite?", "body"],
        ['"We study it, and more.","read, cite"', "body"],
      ]),
    ).toEqual({
      texts: ['"Papers, sorted"', "LGJul 31, 2024", 'Say "Hi": A TitleJane Doe, John Roe', "We study it.", "We study it, and more."],
      reports: ["opened 2:2", "other 2:18 read", "other 4:14 cite?", 'other 5:26 "read, cite"'],
    });
  });

  it("begins at a bare header with a note, or a card's line quoted as a spreadsheet quotes, but not before the cards", () => {
    expect(read([["LGFeb 10,read", "before"]]).texts).toEqual(["LGFeb 10"]);
    expect(read([['"We study it, and more.",read', "body"]]).texts).toEqual(["We study it, and more."]);
    expect(read([['"A TitleJane Doe, John Roe"', "byline"]]).texts).toEqual(["A TitleJane Doe, John Roe"]);
    expect(read([['"Hello, world",read', "before"]]).texts).toEqual(['"Hello, world",read']);
  });

  it("begins at no lone quoted note, nor at a header glued to its byline with a comma in the title", () => {
    // (Each would cut later lines at their first comma: "$L(s,\\chi)$", "1,000".)
    expect(read([['"Read this, later"', "body"], ["Let $L(s,\\chi)$ be a sum, and more.", "body"]]).texts).toEqual(['"Read this, later"', "Let $L(s,\\chi)$ be a sum, and more."]);
    const glued = "COJun 6The asymptotics of $r(4,t)$Sam Mattheus, Jacques Verstraete";
    expect(read([[glued, "before"]]).texts).toEqual([glued]);
  });

  it("leaves plain listings alone: a header with a comma in its date, quotes in titles, commas and spaces", () => {
    const lines: [string, LinePlace][] = [
      ["CLJul 31,2024", "before"],
      ['"Why Should I Trust You?": Explaining the PredictionsMarco Tulio Ribeiro, Sameer Singh', "byline"],
      ['We say "hi", then go.', "body"],
    ];
    expect(read(lines).texts).toEqual(lines.map(([text]) => text));
  });

  it("reads again a first card whose abstract was wrapped into short quoted pieces, once the reading begins", () => {
    const lines = ["Following", "CLJul 2", "Gemma 4 Technical ReportGemma Team · deepmind", "\"We introduce Gemma 4, a new\"", "\"generation of open, natively\"", "multimodal Gemma models.", "LGMar 5", "Another TitleJane Doe · mit", "We study it."];
    const result = parseListing(lines.join("\n"), options);
    expect(result.papers.map((p) => p.abstract)).toEqual(["We introduce Gemma 4, a new generation of open, natively multimodal Gemma models.", "We study it."]);
    expect(result.diagnostics.filter((d) => d.code === "csv-cells")).toEqual([expect.objectContaining({ line: 4, column: 2 })]);
    // (Seed 23: a piece a wrap ended at its comma, `"…a Mahlo cardinal,"`, counts as quoted for its comma.)
    const cut = ["CLJul 2", "A TitleJane Doe · mit", "Ditor showed that a lattice", "\"has aleph_{n-1} elements, and\"", "asked whether the bound holds.", "\"Relative to a Mahlo cardinal,\"", "the answer is independent.", "LGMar 5", "\"Another Title, AgainJane Doe\""];
    expect(parseListing(cut.join("\n"), options).papers[0]!.abstract).toBe("Ditor showed that a lattice has aleph_{n-1} elements, and asked whether the bound holds. Relative to a Mahlo cardinal, the answer is independent.");
    // One quoted line with a comma in a card begins nothing: a quotation, not a spreadsheet.
    const quotation = ["CLJul 2", "A TitleJane Doe", "\"Attention, please\" is what we study.", "\"Cells, rows\"", "LGMar 5"];
    expect(parseListing(quotation.join("\n"), options).diagnostics.filter((d) => d.code === "csv-cells")).toEqual([]);
  });

  it("begins at an author list alone in quotes right under a card's title, as a card set out as paragraphs and saved as CSV has it", () => {
    // (Seed 11307: real-106's first card, its abstract with no comma, read its authors' quoted line as the abstract.)
    const lines = ["quant-phApr 16", "", "Constraints on phantom codes from automorphism group bounds", "", '"Arthur S. Morris, Daniel Malz"', "", "Binary codes obey a bound unless $k=4$.", "PEMar 16", "", "Geometric framework for biological evolution", "", "Vitaly Vanchurin", "", '"Evolution, written covariantly, is learning."'];
    const result = parseListing(lines.join("\n"), options);
    expect(result.papers.map((p) => [p.authors.map((a) => a.name), p.abstract])).toEqual([
      [["Arthur S. Morris", "Daniel Malz"], "Binary codes obey a bound unless $k=4$."],
      [["Vitaly Vanchurin"], "Evolution, written covariantly, is learning."],
    ]);
    // Not further down a card, nor a line that is no author list.
    expect(read([["A Title", "byline"], ["We study it.", "body"], ['"Jane Doe, John Roe"', "body"]]).texts).toEqual(["A Title", "We study it.", '"Jane Doe, John Roe"']);
    expect(read([["A Title", "byline"], ['"Read this, later"', "body"]]).texts).toEqual(["A Title", '"Read this, later"']);
    // A title with commas of its own is no author list: the reading still begins under it.
    const commas = lines.map((line) => (line.startsWith("Constraints") ? "Sharpness-Aware Minimization, Revisited" : line));
    expect(parseListing(commas.join("\n"), options).papers[0]!.authors.map((a) => a.name)).toEqual(["Arthur S. Morris", "Daniel Malz"]);
    // Nor under a card's first line that holds its authors already: a quotation, not a row.
    const quoted = parseListing('CLJul 29, 2024\nSome Title About ThingsJane Doe, John Roe\n"Geoffrey Hinton, Yann LeCun"', options).papers[0]!;
    expect([quoted.authors.map((a) => a.name), quoted.abstract]).toEqual([["Jane Doe", "John Roe"], '"Geoffrey Hinton, Yann LeCun"']);
  });

  it("stops at a bare line with a comma and a space, which no spreadsheet writes", () => {
    expect(read([['"LGJul 31, 2024"', "before"], ["A TitleJane Doe, John Roe", "byline"], ["We study it.,x", "body"]]).texts).toEqual([
      "LGJul 31, 2024",
      "A TitleJane Doe, John Roe",
      "We study it.,x",
    ]);
  });

  it("reads a card pasted into one cell, its lines as line breaks inside the quoted cell", () => {
    const { texts, reports } = read([
      ["Paper,Notes", "before"],
      ['"CLJul 31, 2024', "before"],
      ["Gemma 2Gemma Team, Morgane Riviere", "byline"],
      ['We say ""hi"", and more.",read first', "body"],
      ['"LGFeb 10', "before"],
      ["A TitleJane Doe", "byline"],
      ["We study things.", "body"],
      ['",', "body"],
    ]);
    expect(texts).toEqual(["Paper,Notes", "CLJul 31, 2024", "Gemma 2Gemma Team, Morgane Riviere", 'We say "hi", and more.', "LGFeb 10", "A TitleJane Doe", "We study things.", ""]);
    expect(reports).toEqual(["opened 2:2", "other 4:27 read first"]);
    // The sample, a card to a cell, notes beside some, saved as Excel saves CSV (rows CRLF, breaks in a cell LF).
    const text = readFixture("sample.txt");
    const lines = text.split("\n");
    const rows = Array.from({ length: lines.length / 3 }, (_, i) => `"${lines.slice(3 * i, 3 * i + 3).join("\n").replaceAll('"', '""')}",${i % 4 === 0 ? "read" : ""}`);
    const result = parseListing(`\ufeffPaper,Notes\r\n${rows.join("\r\n")}\r\n`, options);
    const plain = parseListing(text, options);
    expect(withoutSource(result.papers)).toEqual(withoutSource(plain.papers));
    // (No warning but the sample's own: its comma-cut name.)
    const warnings = (diagnostics: { severity: string; code: string }[]) => diagnostics.filter((d) => d.severity !== "info").map((d) => d.code);
    expect(warnings(result.diagnostics)).toEqual(warnings(plain.diagnostics));
  });

  it("reads the sample saved as CSV, with one column or with notes beside it, as the sample", () => {
    const text = readFixture("sample.txt");
    const clean = withoutSource(parseListing(text, options).papers);
    const notes = ["", "read", "cite?", 'see "II", III'];
    const oneColumn = text.split("\n").map(cell).join("\r\n");
    const twoColumns = text
      .split("\n")
      .map((line, i) => `${cell(line)},${cell(notes[i % notes.length]!)}`)
      .join("\r\n");
    for (const csv of [oneColumn, twoColumns]) {
      const result = parseListing(csv, options);
      expect(withoutSource(result.papers)).toEqual(clean);
      expect(result.diagnostics.filter((d) => d.code === "csv-cells")).toEqual([expect.objectContaining({ severity: "info", line: 1, column: 2 })]);
      expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    }
    // The notes are reported, not lost.
    expect(parseListing(twoColumns, options).diagnostics.filter((d) => d.code === "ignored-text" && d.message.includes("cite?")).length).toBeGreaterThan(10);
  });

  it("reads rows whose first cell ends in a tab the copy kept as a comma's CSV, not as a sheet's tab-parted rows", () => {
    // (`Trending\t,read` + `CLFeb 11Code \t,` + `"…stepfun \t",`: a tab then a comma, after the
    // cell's closing quote or not, is no note after a tab. Read as one, the third line began a
    // reading of tabs, and the quoted cells after it were read as their raw text.)
    // (A listing of this year's cards: headers with no comma in their dates, left bare, and no
    // note beside a header, which would begin the comma's reading there.)
    const text = readFixture("holdout/real-33.txt");
    const HEADER = /^[A-Z]{2}[A-Z][a-z]{2} \d/;
    const notes = ["", "read", "cite?", 'see "II", III'];
    const csv = text
      .split("\n")
      .map((line, i) => `${cell(`${line} \t`)},${cell(HEADER.test(line) ? "" : notes[i % notes.length]!)}`)
      .join("\n");
    const result = parseListing(csv, options);
    expect(withoutSource(result.papers)).toEqual(withoutSource(parseListing(text, options).papers));
    expect(result.diagnostics.filter((d) => d.code === "sheet-cells")).toEqual([]);
    expect(result.diagnostics.filter((d) => d.code === "csv-cells")).toHaveLength(1);
  });

  it("joins no lines of a spreadsheet's rows as a terminal's cuts, though a wrap ended them at the same column", () => {
    // (Seed 10330: an abstract wrapped at 89 columns and saved in a sheet, four of its lines 89
    // wide by chance, was read as a terminal's cuts and glued "theory" + "underlying".)
    const lines = ["adaptive robust linear matrix smooth layer model", "graph models noisy compact method matrix shallow", "linear feature tensor noisy samples random layer", "signal greedy layers stable method global vector", "model neural kernel sample shallow matrix sparse", "dense feature kernel convex kernel sample sparse", "We end here."];
    const card = ["LGFeb 10, 2024", "A Short TitleJane Doe, John Roe", ...lines];
    // (As plain text, the lines all 48 wide are a terminal's cuts at 48: it is the text's one reading.)
    expect(parseListing(card.join("\n"), options).diagnostics.map((d) => d.code)).toContain("terminal-cuts");
    const notes = ["", "read", "cite?"];
    const result = parseListing(card.map((line, i) => `${cell(line)},${notes[i % 3]}`).join("\n"), options);
    expect(result.papers[0]!.abstract).toBe(lines.join(" "));
    expect(result.diagnostics.map((d) => d.code)).not.toContain("terminal-cuts");
    // (So with tabs or semicolons between the cells, and in one column, every line in quotes: a review's cases.)
    const quoted = (line: string) => `"${line.replaceAll('"', '""')}"`;
    for (const rows of [card.map((line, i) => `${line}\t${notes[(i % 2) + 1]}`), card.map((line, i) => `${line};${notes[(i % 2) + 1]}`), card.map(quoted)]) {
      const read = parseListing(rows.join("\n"), options);
      expect(read.papers[0]!.abstract).toBe(lines.join(" "));
      expect(read.diagnostics.map((d) => d.code)).not.toContain("terminal-cuts");
    }
  });

  it("joins the pieces of a CSV file's rows a terminal cut at its width, as of a plain listing's lines", () => {
    // (A review's case: rows cut inside their cells, whose pieces hold no cell's end and separator.)
    const lines = readFixture("sample.txt").split("\n").slice(0, 27);
    const notes = ["", "read", "cite?", "skim"];
    const fold = (row: string) => Array.from({ length: Math.ceil(row.length / 80) }, (_, i) => row.slice(i * 80, i * 80 + 80));
    const clean = withoutSource(parseListing(lines.join("\n"), options).papers);
    for (const rows of [lines.map((line, i) => `${cell(line)},${notes[i % 4]}`), lines.map((line, i) => `${line}\t${notes[i % 4]}`)]) {
      const result = parseListing(rows.flatMap(fold).join("\n"), options);
      expect(withoutSource(result.papers)).toEqual(clean);
      expect(result.diagnostics.map((d) => d.code)).toContain("terminal-cuts");
    }
  });

  it("reads any card's lines, quoted as a spreadsheet quotes them, as the plain card", () => {
    const text = readFixture("sample.txt").split("\n").slice(0, 24);
    fc.assert(
      fc.property(fc.array(fc.constantFrom("", "read", "a, b", 'say "x"'), { minLength: 24, maxLength: 24 }), fc.boolean(), (notes, twoColumns) => {
        const csv = text.map((line, i) => (twoColumns ? `${cell(line)},${cell(notes[i]!)}` : cell(line))).join("\n");
        expect(withoutSource(parseListing(csv, options).papers)).toEqual(withoutSource(parseListing(text.join("\n"), options).papers));
      }),
      { numRuns: 200 },
    );
  });

  it("reads a stream as it reads the whole text", async () => {
    const csv = readFixture("sample.txt").split("\n").map(cell).join("\r\n");
    const papers: Paper[] = [];
    for await (const event of parseListingStream([csv.slice(0, 3001), csv.slice(3001)], options)) if (event.type === "paper") papers.push(event.paper);
    expect(papers).toEqual(parseListing(csv, options).papers);
  });
});
