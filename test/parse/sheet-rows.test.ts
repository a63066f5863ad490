import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Paper } from "../../src/model/paper.js";
import { splitLines } from "../../src/parse/lines.js";
import { parseListing } from "../../src/parse/parse-listing.js";
import { createSheetReader } from "../../src/parse/sheet-rows.js";
import { parseListingStream } from "../../src/stream/parse-listing-stream.js";
import { readFixture } from "../support/sample.js";

const options = { referenceDate: "2026-11-26" };
const withoutSource = (papers: Paper[]) => papers.map(({ source: _source, ...paper }) => paper);

/** A cell as a sheet copies it to the clipboard: quoted only when it holds a tab or a line break. */
const tabCell = (text: string) => (/[\t\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
/** A cell as Excel saves it in a ";" CSV: quoted when it holds a semicolon, a quote or a line break. */
const semicolonCell = (text: string) => (/[;"\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/** The texts the reader leaves of each line (cleaned as `splitLines` cleans them), and what it reported. */
function read(text: string) {
  const reports: string[] = [];
  const reader = createSheetReader({
    opened: (line, column, separator) => reports.push(`opened ${line}:${column} ${separator === "\t" ? "tab" : separator}`),
    otherColumns: (line, column, note) => reports.push(`other ${line}:${column} ${note}`),
  });
  const texts = splitLines(text).lines.map((line) => reader.read(line).text);
  return { texts, reports };
}

describe("a spreadsheet's rows parted by tabs or semicolons", () => {
  it("begins at the third row of a run holding a header and a note, then reads each row's first cell", () => {
    expect(read("Listing\tNotes\nTrending\t\nLGFeb 10\t\nA TitleJane Doe, John Roe\tread\nWe study it.\t\nLoad more\tdone")).toEqual({
      texts: ["Listing Notes", "Trending", "LGFeb 10", "A TitleJane Doe, John Roe", "We study it.", "Load more"],
      reports: ["opened 3:1 tab", "other 4:27 read", "other 6:11 done"],
    });
    expect(read("Zeile;Notiz\nTrending;\nA TitleJane Doe, John Roe;lesen\nLGFeb 10;").texts).toEqual(["Zeile;Notiz", "Trending;", "A TitleJane Doe, John Roe;lesen", "LGFeb 10"]);
  });

  it("begins at once at a header with a semicolon after it, or a tab and a note that is no badge", () => {
    expect(read("LGFeb 10;\nA TitleJane Doe;\n").texts).toEqual(["LGFeb 10", "A TitleJane Doe", ""]);
    expect(read("LGFeb 10\tread\t").texts).toEqual(["LGFeb 10"]);
    expect(read("LGFeb 10\tCode").texts).toEqual(["LGFeb 10 Code"]);
    expect(read("LGFeb 10\tLGFeb 11").texts).toEqual(["LGFeb 10 LGFeb 11"]);
  });

  it("reads quoted cells, their quotes doubled, over the lines they hold", () => {
    const text = ['LGFeb 10;', '"We study A; and ""B"".";read', '"We prove it.', 'We go on.";', "Plain;"].join("\r\n");
    expect(read(text)).toEqual({
      texts: ["LGFeb 10", 'We study A; and "B".', "We prove it.", "We go on.", "Plain"],
      reports: ["opened 1:1 ;", "other 2:26 read"],
    });
    const tabs = ["Listing\tNotes", "LGFeb 10\t", "A TitleJane Doe, John Roe\tread", '"We prove it.', 'We go on."\tdone'].join("\n");
    expect(read(tabs).texts).toEqual(["Listing Notes", "LGFeb 10", "A TitleJane Doe, John Roe", "We prove it.", "We go on."]);
  });

  it("begins at once at a line whose first cell, in quotes, holds a tab, and reads the open card again", () => {
    // (A byline indented with a tab, which the sheet quoted, in the first card, before any note.)
    const tabs = ["LGFeb 10\t", '"\tStable group theory and approximate subgroupsEhud Hrushovski"\t', "We study it.\t", "LGFeb 11\t"].join("\n");
    expect(read(tabs)).toEqual({ texts: ["LGFeb 10", "Stable group theory and approximate subgroupsEhud Hrushovski", "We study it.", "LGFeb 11"], reports: ["opened 2:2 tab"] });
    // Read whole, the card keeps nothing of the sheet's quotes.
    const paper = parseListing(tabs, options).papers[0]!;
    expect([paper.title, paper.authors.map((a) => a.name)]).toEqual(["Stable group theory and approximate subgroups", ["Ehud Hrushovski"]]);
  });

  it("reads a row whose first cell opens with the text's own quote, a tab and its note after it, as a row", () => {
    // (A sheet's copy quotes a cell that holds a line break, and its row goes on after the closing
    // quote, lines below: a quote opening a line that has the row's tabs is the text's own.)
    const tabs = ["Listing\tNotes", "LGFeb 10\t", "A TitleJane Doe, John Roe\tread", 'We map commands such as\tskim', '"get lots of reward within at\tread', 'most so much time!" to acts.\t'].join("\n");
    expect(read(tabs)).toEqual({
      texts: ["Listing Notes", "LGFeb 10", "A TitleJane Doe, John Roe", "We map commands such as", '"get lots of reward within at', 'most so much time!" to acts.'],
      reports: ["opened 3:1 tab", "other 3:27 read", "other 4:25 skim", "other 5:31 read"],
    });
  });

  it("reports a note in quotes that goes on over several lines whole, and reads the rows after it", () => {
    const semicolons = ["Zeile;Notiz", "LGSep 28, 2022;\"Notiz mit", "Zeilenumbruch\"", "A TitleJane Doe, John Roe;", "We study it.;"].join("\r\n");
    const tabs = ["Listing\tNotes", "LGSep 28, 2022\t", "A TitleJane Doe, John Roe\t\"ask Anna", "about the rules\"", "We study it.\t"].join("\n");
    for (const sheet of [semicolons, tabs]) {
      const result = parseListing(sheet, options);
      expect(result.papers.map((p) => [p.title, p.authors.map((a) => a.name), p.abstract])).toEqual([["A Title", ["Jane Doe", "John Roe"], "We study it."]]);
      expect(result.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    }
    // A note that is a quote alone opens nothing that swallows the rows after it.
    const lone = ["Listing\tNotes", "LGSep 28, 2022\tread", "A TitleJane Doe, John Roe\t\"", "We study it.\t", "LGSep 29, 2022\t", "B TitleJane Doe\t", "We go on.\t"].join("\n");
    expect(parseListing(lone, options).papers.map((p) => [p.title, p.abstract])).toEqual([
      ["A Title", "We study it."],
      ["B Title", "We go on."],
    ]);
  });

  it("reads a quoted cell over several lines whose first line holds the separator", () => {
    const text = ["Zeile;Notiz", "LGDec 20, 2013;", "Auto-Encoding Variational BayesDiederik P Kingma, Max Welling;", '"How can we infer $p_\\theta(z|x;\\phi)$ that is intractable?', 'We introduce an algorithm.";gelesen'].join("\n");
    const [paper] = parseListing(text, options).papers;
    expect(paper!.abstract).toBe("How can we infer $p_\\theta(z|x;\\phi)$ that is intractable? We introduce an algorithm.");
  });

  it("leaves an author list a tab parted from its title whole, not dropped as a note", () => {
    const text = ["Sort by:\tNewest", "CLJul 31, 2024 \t", "A TitleJane Doe, John Roe \t", "We study it. \t", "LGSep 28, 2022 \t", "Another TitleAmelia\tAmelia Glaese, Nat Mac et al.", "We study more."].join("\n");
    const result = parseListing(text, options);
    expect(result.diagnostics.some((d) => d.code === "sheet-cells")).toBe(true);
    expect(result.papers[1]!.authors.map((a) => a.name).join(", ")).toContain("Amelia Glaese");
    expect(result.diagnostics.filter((d) => d.code === "ignored-text" && d.message.includes("Glaese"))).toEqual([]);
  });

  it("ends a semicolon's reading at a line with a semicolon and a space, which the sheet would have quoted", () => {
    expect(read("LGFeb 10;\nWe study A; and B;x\nLGFeb 11;").texts).toEqual(["LGFeb 10", "We study A; and B;x", "LGFeb 11"]);
    // The runs start afresh: prose after it begins nothing again, line after line.
    const prose = ["Zeile;Notiz", "LGFeb 10;", "A TitleJane Doe, John Roe;", ...Array.from({ length: 50 }, (_, i) => (i % 2 ? "more text x;" : "we study a; and b"))].join("\n");
    expect(read(prose).reports.filter((r) => r.startsWith("opened"))).toEqual(["opened 2:1 ;"]);
  });

  it("ends a first cell's quote that never closes at the next whole row, which it reads", () => {
    const text = ["Listing\tNotes", "LGFeb 10\t", "A TitleJane Doe, John Roe\tread", '"Unbalanced opening quote in an abstract.\t', "LGFeb 12\t2026-11-20", "B TitleDan Black, Eve Adams\tread", "We study it.\t"].join("\n");
    const result = parseListing(text, options);
    expect(result.papers.map((p) => [p.title, p.authors.map((a) => a.name)])).toEqual([
      ["A Title", ["Jane Doe", "John Roe"]],
      ["B Title", ["Dan Black", "Eve Adams"]],
    ]);
  });

  it("leaves alone a program's lines, prose with semicolons, tab-indented lines and a title that opens with a quote", () => {
    const lines = ["import a from 'a';", "import b from 'b';", "import c from 'c';", "const d = 1;", "We study A;B and C;D.", "\tLGFeb 10", "\tA TitleJane Doe\tread", "\tWe study it."];
    expect(read(lines.join("\n")).texts).toEqual(lines.map((line) => line.trim().replaceAll("\t", " ")));
    expect(read('LGFeb 10;\n"Why Should I Trust You?": ExplainingMarco Tulio Ribeiro\nWe go on.;').texts).toEqual([
      "LGFeb 10",
      '"Why Should I Trust You?": ExplainingMarco Tulio Ribeiro',
      "We go on.",
    ]);
  });

  it("keeps the quotes of a line in quotes that a copied range had no cause to quote, not those of a sheet that quotes every cell", () => {
    // (A copied range quotes a cell only when it holds a tab, a line break or a quote; a text file may quote a comma too.)
    const copied = ["Listing\tNotes", "Trending\t", "LGFeb 10\t", "A TitleJane Doe, John Roe\tread", "We ask which model first finds\tskim", '"the singer of \'Superstition\'"\t', "as Stevie Wonder.\t", '"a, b"\tcite?'];
    expect(read(copied.join("\n")).texts).toEqual(["Listing Notes", "Trending", "LGFeb 10", "A TitleJane Doe, John Roe", "We ask which model first finds", '"the singer of \'Superstition\'"', "as Stevie Wonder.", "a, b"]);
    // LibreOffice's "Quote all text cells": every first cell's quotes are the sheet's, whatever a
    // line with a tab before the reading showed.
    const quotedAll = ['"Line"\t"Notes"', '"LGFeb 10"\t', '"A TitleJane Doe, John Roe"\t"read"', '"We ask which model first finds"\t', '"the singer"\t'];
    expect(read(quotedAll.join("\n")).texts).toEqual(['"Line" "Notes"', "LGFeb 10", "A TitleJane Doe, John Roe", "We ask which model first finds", "the singer"]);
    expect(read(["Reading list\tTuesday", "", ...quotedAll].join("\n")).texts.slice(2)).toEqual(['"Line" "Notes"', "LGFeb 10", "A TitleJane Doe, John Roe", "We ask which model first finds", "the singer"]);
  });

  it("reads a blank line of the paste with a note beside it, read again once the reading begins, as a blank line", () => {
    // (Seed 10098: the card's lines set out as paragraphs, the title's blank line with a note; the
    // reading begins at the author line, and the title and authors are not one wrapped byline.)
    const rows = ["CVApr 8, 2018Code\t", "\t", "YOLOv3: An Incremental Improvement\t", "\tcite?", "Joseph Redmon, Ali Farhadi\tread, cite", "\tread, cite", "We present some updates to YOLO! We made it better.\tskim", "LGDec 22, 2014\t"];
    const paper = parseListing(rows.join("\n"), options).papers[0]!;
    expect([paper.title, paper.authors.map((author) => author.name)]).toEqual(["YOLOv3: An Incremental Improvement", ["Joseph Redmon", "Ali Farhadi"]]);
  });

  it("takes no short piece of a wrapped sentence, a tab before it, for a note on a blank row (seed 11592)", () => {
    // Every line of a stretch with one tab, before or after its text, by chance: two short pieces
    // with a tab before them are no notes when the next line goes on from them in lower case.
    const lines = ["ROAug 10, 2021\t", "A Study of ThingsJane Doe, John Roe\t", "We study how a policy maps\t", "\tdepth to receding", "horizon trajectories at\t", "\thigh speed.", "GRApr 5, 2021\t", "Another StudyJane Doe, John Roe\t", "\tA complementary progress", "constraint lets a solver\t", "decide when."];
    const result = parseListing(lines.join("\n"), options);
    expect(result.diagnostics.filter((d) => d.code === "sheet-cells")).toEqual([]);
    expect(result.papers.map((p) => p.abstract)).toEqual(["We study how a policy maps depth to receding horizon trajectories at high speed.", "A complementary progress constraint lets a solver decide when."]);
  });

  it("begins at a card's second header when every line from the first ends in the same tabs and a blank row holds a note", () => {
    // (Seed 10191: the first card's only notes were on blank rows, `\tskim`, which a tab-indented
    // line has too; a reading that began at the second card's byline left them in its abstract.)
    const rows = ["ROOct 20, 2016Code\t", "ORB-SLAM2: an Open-Source SLAM SystemRaúl Mur-Artal, Juan D. Tardós\t", "We present ORB-SLAM2.\t", "\tskim", "\tcite?", "SEFeb 29, 2024Code\t", "StarCoder 2Anton Lozhkov, Raymond Li\tread, cite", "The BigCode project.\t"];
    const result = parseListing(rows.join("\n"), options);
    expect(result.papers.map((p) => p.abstract)).toEqual(["We present ORB-SLAM2.", "The BigCode project."]);
    expect(result.diagnostics.filter((d) => d.code === "sheet-cells")).toEqual([expect.objectContaining({ line: 6, column: 1 })]);
    // (Without the note, or with lines between that end otherwise, it is no sheet's.)
    const indented = ["ROOct 20, 2016Code\t", "ORB-SLAM2: an Open-Source SLAM SystemRaúl Mur-Artal, Juan D. Tardós\t", "We present ORB-SLAM2.\t", "\tskim", "SEFeb 29, 2024Code", "StarCoder 2Anton Lozhkov, Raymond Li", "The BigCode project."];
    expect(parseListing(indented.join("\n"), options).diagnostics.filter((d) => d.code === "sheet-cells")).toEqual([]);
    // (Nor with one such note, nor when the text after the tab is a card's line: trailing and leading white space.)
    expect(parseListing(rows.filter((row) => row !== "\tcite?").join("\n"), options).diagnostics.filter((d) => d.code === "sheet-cells")).toEqual([expect.objectContaining({ line: 6 })]);
    const blanks = ["KTMar 29, 2018 \t", "K-theory of henselian pairsDustin Clausen, Akhil Mathew\t", "Given a henselian pair.\t", "PRJul 3, 2017 \t", "Lectures on the Ising modelHugo Duminil-Copin \t", "Phase transitions.\t", "\tLOApr 17, 2017", "\tThe pebbling comonadSamson Abramsky"];
    expect(parseListing(blanks.join("\n"), options).diagnostics.filter((d) => d.code === "sheet-cells")).toEqual([]);
  });

  it("goes on with a run of rows over the lines a diff removed, which are none of the listing's", () => {
    // (Seed 10391: a diff's removed line and hunk header broke the run, and the reading began a card late.)
    const text = ["@@ -1,3 +1,5 @@", " AGJan 3, 2008\t", "+\tcite?", "-Sign in", "+Le lemme fondamental pour les algèbres de Lie\tskim", " \tread", "+Ngô Bảo Châu\t", "@@ -7,5 +6,7 @@", "+Nous démontrons le lemme fondamental.\t"].join("\n");
    const result = parseListing(text, options);
    expect(result.papers.map((p) => [p.title, p.authors.map((a) => a.name), p.abstract])).toEqual([["Le lemme fondamental pour les algèbres de Lie", ["Ngô Bảo Châu"], "Nous démontrons le lemme fondamental."]]);
    expect(result.diagnostics.filter((d) => d.code === "sheet-cells")).toEqual([expect.objectContaining({ line: 5 })]);
  });

  it("reads a semicolon's CSV whose first cells end in a tab the copy kept by its semicolons, not its tabs", () => {
    // (`Papers \t;` + `Trending \t;read` + `CLJul 31, 2024 \t;`: a semicolon right after a tab is
    // the row's separator, not a note's first character after a tab. Read as one, the header began
    // a reading of tabs, the third row of a run.)
    const text = readFixture("sample.txt");
    const notes = ["", "read", "cite?", 'see "II"; III'];
    const csv = `Papers\nTrending\n${text}`
      .split("\n")
      .map((line, i) => `${semicolonCell(`${line} \t`)};${semicolonCell(notes[(i + 3) % notes.length]!)}`)
      .join("\n");
    const result = parseListing(csv, options);
    expect(withoutSource(result.papers)).toEqual(withoutSource(parseListing(text, options).papers));
    expect(result.diagnostics.filter((d) => d.code === "sheet-cells")).toEqual([expect.objectContaining({ message: expect.stringContaining("semicolons") })]);
  });

  it("reads the open card's lines again once the reading begins", () => {
    const text = "LGFeb 10\t\nA TitleJane Doe, John Roe\tread\nWe study it.\tskim";
    const result = parseListing(text, options);
    expect(result.papers.map((p) => [p.title, p.authors.map((a) => a.name), p.abstract])).toEqual([["A Title", ["Jane Doe", "John Roe"], "We study it."]]);
    expect(result.diagnostics.filter((d) => d.code === "ignored-text").map((d) => [d.line, d.column, d.message])).toEqual([
      [2, 27, `ignored the text in the row's other columns: "read"`],
      [3, 14, `ignored the text in the row's other columns: "skim"`],
    ]);
    expect(result.diagnostics.filter((d) => d.code === "sheet-cells")).toEqual([expect.objectContaining({ severity: "info", line: 3, column: 1 })]);
  });

  it("reads the sample copied from a sheet, or saved as a semicolon's CSV, with notes beside it, as the sample", () => {
    const text = readFixture("sample.txt");
    const clean = withoutSource(parseListing(text, options).papers);
    const notes = ["", "read", "cite?", 'see "II"; III', "2026-11-20", ""];
    const lines = text.split("\n");
    const copied = ["Listing\tNotes\tStatus", ...lines.map((line, i) => `${tabCell(line)}\t${tabCell(notes[i % notes.length]!)}\t${i % 7 === 0 ? "todo" : ""}`)].join("\n");
    const saved = ["Zeile;Notiz", ...lines.map((line, i) => `${semicolonCell(line)};${semicolonCell(notes[i % notes.length]!)}`)].join("\r\n");
    for (const sheet of [copied, saved]) {
      const result = parseListing(sheet, options);
      expect(withoutSource(result.papers)).toEqual(clean);
      expect(result.diagnostics.filter((d) => d.code === "sheet-cells")).toHaveLength(1);
      expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      // The notes are reported, not lost.
      expect(result.diagnostics.filter((d) => d.code === "ignored-text" && d.message.includes("cite?")).length).toBeGreaterThan(10);
    }
  });

  it("reads any card's lines with any notes beside them as the plain card", () => {
    const text = readFixture("sample.txt").split("\n").slice(0, 24);
    const note = fc.constantFrom("", "", "read", "a, b", 'say "x"', "3", "2026-11-20", "x; y");
    fc.assert(
      fc.property(fc.array(note, { minLength: 24, maxLength: 24 }), fc.boolean(), fc.boolean(), (notes, tabs, header) => {
        const rows = text.map((line, i) => (tabs ? `${tabCell(line)}\t${tabCell(notes[i]!)}` : `${semicolonCell(line)};${semicolonCell(notes[i]!)}`));
        const sheet = (header ? [tabs ? "Listing\tNotes" : "Zeile;Notiz", ...rows] : rows).join("\n");
        const plain = text.join("\n");
        // (Notes only on lines with nothing after them in any row are trailing blanks: any run may begin late.)
        expect(withoutSource(parseListing(sheet, options).papers)).toEqual(withoutSource(parseListing(plain, options).papers));
      }),
      { numRuns: 200 },
    );
  });

  it("reads a stream as it reads the whole text", async () => {
    const sheet = readFixture("sample.txt")
      .split("\n")
      .map((line, i) => `${tabCell(line)}\t${i % 3 === 0 ? "read" : ""}`)
      .join("\n");
    const papers: Paper[] = [];
    for await (const event of parseListingStream([sheet.slice(0, 3001), sheet.slice(3001)], options)) if (event.type === "paper") papers.push(event.paper);
    expect(papers).toEqual(parseListing(sheet, options).papers);
  });

  it("keeps where each tab stood in a cleaned line", () => {
    const [line] = splitLines("\tA  \t b\t\tc \t").lines;
    expect(line).toMatchObject({ text: "A b c", tabs: [0, 1, 3, 3, 5] });
    fc.assert(
      fc.property(fc.array(fc.constantFrom("a", "b", " ", "\t", "é", "&amp;"), { maxLength: 30 }), (pieces) => {
        const cleaned = splitLines(pieces.join("")).lines[0]!;
        const tabs = pieces.filter((piece) => piece === "\t").length;
        expect(cleaned.tabs?.length ?? 0).toBe(tabs);
        // Each stands where the text has a space, or at either end.
        for (const at of cleaned.tabs ?? []) expect(at === 0 || at === cleaned.text.length || cleaned.text[at] === " ").toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
