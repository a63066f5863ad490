import { describe, expect, it } from "vitest";
import { createAngleLinkReader } from "../../src/parse/angle-links.js";
import { splitLines } from "../../src/parse/lines.js";
import { parseListing } from "../../src/parse/parse-listing.js";
import { SAMPLE_GOLD, SAMPLE_REFERENCE_DATE, SAMPLE_TEXT } from "../support/sample.js";

const OPTIONS = { referenceDate: SAMPLE_REFERENCE_DATE };
const withoutSource = (papers: { source?: unknown }[]) => papers.map(({ source: _source, ...paper }) => paper);

/** The texts the reader leaves of each line of `text`, and where it said the reading opened. */
function readLinks(text: string) {
  const opened: string[] = [];
  const read = createAngleLinkReader((line, column) => opened.push(`${line}:${column}`));
  return { texts: splitLines(text).lines.map((line) => read(line).text), opened };
}

describe("link targets in angle brackets", () => {
  it("opens at a card's link target and cuts every target off from there on", () => {
    const { texts, opened } = readLinks(["see <https://example.org> for more", "CLJul 31, 2024Code <https://github.com/google/gemma>", "Gemma 2 <https://arxiv.org/abs/2408.00118>Gemma Team, Morgane Riviere", "Code at <https://github.com/x/y>.", "sam@example.org <mailto:sam@example.org>"].join("\n"));
    expect(texts).toEqual(["see <https://example.org> for more", "CLJul 31, 2024Code", "Gemma 2Gemma Team, Morgane Riviere", "Code at.", "sam@example.org"]);
    expect(opened).toEqual(["2:20"]);
    // A title's target at the end of its line opens it too (a title set apart from its authors).
    expect(readLinks("Gemma 2 <https://arxiv.org/abs/2408.00118>\nGemma Team").texts).toEqual(["Gemma 2", "Gemma Team"]);
  });

  it("leaves a plain listing alone: a target in prose opens no reading", () => {
    const lines = ["CLJul 31, 2024", "A Study of ThingsJane Doe", "The code is at <https://github.com/x/y> and the data too.", "Compare <https://example.org>, which differs."];
    expect(readLinks(lines.join("\n")).texts).toEqual(lines);
  });

  it("reads the sample as Outlook's plain text of an HTML mail writes it as the sample itself", () => {
    const titles = SAMPLE_GOLD.map((entry) => entry.title);
    const mail = SAMPLE_TEXT.split("\n")
      .map((line, i) => (i % 3 === 0 && line.endsWith("Code") ? `${line} <https://github.com/lab/repo${i}>` : i % 3 === 1 && line.startsWith(titles[(i - 1) / 3]!) ? `${titles[(i - 1) / 3]} <https://arxiv.org/abs/2401.${String(i).padStart(5, "0")}>${line.slice(titles[(i - 1) / 3]!.length)}` : line))
      .join("\r\n");
    const { papers, diagnostics } = parseListing(`Hi all,\r\n\r\n${mail}\r\n\r\nSam\r\nsam@example.org <mailto:sam@example.org>`, OPTIONS);
    expect(withoutSource(papers)).toEqual(withoutSource(parseListing(SAMPLE_TEXT, OPTIONS).papers));
    expect(diagnostics.filter((d) => d.code === "link-targets")).toHaveLength(1);
  });
});
