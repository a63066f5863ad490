import { describe, expect, it } from "vitest";
import { createDiffHunkReader } from "../../src/parse/diff-hunk.js";
import { splitLines } from "../../src/parse/lines.js";
import { parseListing } from "../../src/parse/parse-listing.js";
import { SAMPLE_GOLD, SAMPLE_REFERENCE_DATE, SAMPLE_TEXT } from "../support/sample.js";

const OPTIONS = { referenceDate: SAMPLE_REFERENCE_DATE };
const withoutSource = (papers: { source?: unknown }[]) => papers.map(({ source: _source, ...paper }) => paper);

/** The texts the reader leaves of each line of `text` (null for a dropped line), and what it reported. */
function readDiff(text: string) {
  const events: string[] = [];
  const read = createDiffHunkReader({ opened: (line) => events.push(`opened ${line.line}`), dropped: (line) => events.push(`dropped ${line.line}`) });
  return { texts: splitLines(text).lines.map((line) => read(line)?.text ?? null), events };
}

describe("a diff's hunks", () => {
  it("cuts the marks off a hunk's added and kept lines, for as many lines as its header counts, and drops the removed ones", () => {
    const { texts, events } = readDiff(["@@ -3,3 +3,3 @@ We study things.", " LGFeb 10", "-Load more", "+A TitleJane Doe", " We study.", "\\ No newline at end of file", "+not in a hunk", "- a list item"].join("\n"));
    expect(texts).toEqual([null, "LGFeb 10", null, "A TitleJane Doe", "We study.", null, "+not in a hunk", "- a list item"]);
    expect(events).toEqual(["opened 1", "dropped 3", "dropped 6"]);
    // A count left out is one; git's note may follow the hunk's last line.
    expect(readDiff("@@ -1 +1 @@\n-LGFeb 9\n+LGFeb 10\n\\ No newline at end of file\n+ after").texts).toEqual([null, null, "LGFeb 10", null, "+ after"]);
  });

  it("reads a kept line that opens with a mark's character as it is, and a blank kept line as blank", () => {
    // (A kept line's space mark is cut off as its indent: "- an item" was " - an item".)
    expect(readDiff("@@ -1,3 +1,3 @@\n - an item\n \n +1 more").texts).toEqual([null, "- an item", "", "+1 more"]);
  });

  it("leaves a plain listing alone: lines that open with + or - are read as they are outside a hunk", () => {
    const lines = ["CLJul 31, 2024", "A Study of ThingsJane Doe", "+12% over the baseline, -3 dB of noise.", "@@ is how a diff marks a hunk."];
    expect(readDiff(lines.join("\n")).texts).toEqual(lines);
  });

  it("reads the sample committed in two commits and shown by git log -p as the sample itself, a card kept as context coming twice", () => {
    const lines = SAMPLE_TEXT.split("\n");
    const first = lines.slice(0, 30);
    const rest = lines.slice(30);
    const paste = [
      "$ git log -p --reverse -- papers.txt",
      "commit 7571847784553704e33e73a8adc5a4c9785296fc",
      "Author: Mara Okafor <mara@example.org>",
      "Date:   Tue Nov 24 09:12:40 2026 +0100",
      "",
      "    First page",
      "",
      "diff --git a/papers.txt b/papers.txt",
      "new file mode 100644",
      "index 0000000..21a03fb",
      "--- /dev/null",
      "+++ b/papers.txt",
      `@@ -0,0 +1,${first.length + 1} @@`,
      ...first.map((line) => `+${line}`),
      "+Load more",
      "\\ No newline at end of file",
      "",
      "commit ff92b53ba2b4402e95fd70ecc01afb27851d3c41",
      "diff --git a/papers.txt b/papers.txt",
      "index 21a03fb..176238e 100644",
      "--- a/papers.txt",
      "+++ b/papers.txt",
      `@@ -28,4 +28,${3 + rest.length} @@ ${lines[26]!.slice(0, 40)}`,
      ...first.slice(27).map((line) => ` ${line}`),
      "-Load more",
      "\\ No newline at end of file",
      ...rest.map((line) => `+${line}`),
      "\\ No newline at end of file",
      "$",
    ];
    const { papers, diagnostics } = parseListing(paste.join("\n"), OPTIONS);
    const sample = withoutSource(parseListing(SAMPLE_TEXT, OPTIONS).papers);
    // Lines 28-30 of the sample are a card, shown once as added and once as the second hunk's context.
    expect(withoutSource(papers)).toEqual([...sample.slice(0, 10), sample[9], ...sample.slice(10)]);
    expect(papers).toHaveLength(SAMPLE_GOLD.length + 1);
    expect(diagnostics.filter((d) => d.code === "diff-hunks").map((d) => d.line)).toEqual([13, 52]);
    expect(diagnostics.filter((d) => d.code === "ignored-text" && d.message.includes("the diff removed")).map((d) => d.line)).toEqual([45, 56, 57, 58 + rest.length]);
    expect(diagnostics.some((d) => d.severity === "error")).toBe(false);
  });

  it("keeps a sheet's tabs on the lines it reads, so a patch of a copied range reads as the range", () => {
    // (A row with an empty first cell, a blank line of the paste beside a note, keeps its tab as a leading one.)
    const rows = ["Listing\tNotes", "LGFeb 10, 2025\t", "A Study of ThingsJane Doe, John Roe\tread", "We study things.\t", "\tskim", "CLMar 3, 2025\t", "Another StudyAda Roe\tcite?", "We prove it.\t"];
    const patch = ["diff --git a/list.tsv b/list.tsv", "new file mode 100644", "--- /dev/null", "+++ b/list.tsv", `@@ -0,0 +1,${rows.length} @@`, ...rows.map((row) => `+${row}`)].join("\n");
    const read = (text: string) => parseListing(text, OPTIONS).papers.map((paper) => [paper.title, paper.authors.map((author) => author.name), paper.abstract]);
    expect(read(patch)).toEqual(read(rows.join("\n")));
    expect(read(patch)).toEqual([
      ["A Study of Things", ["Jane Doe", "John Roe"], "We study things."],
      ["Another Study", ["Ada Roe"], "We prove it."],
    ]);
    expect(readDiff("@@ -0,0 +1 @@\n+\tskim").texts).toEqual([null, "skim"]);
  });
});
