import remarkParse from "remark-parse";
import { unified } from "unified";
import { VFile } from "vfile";
import { reporter } from "vfile-reporter";
import { describe, expect, it } from "vitest";
import { parseMarkdownListing, remarkPaperlist } from "../../src/markdown/index.js";
import type { Paper } from "../../src/model/paper.js";
import { readFixture, SAMPLE_REFERENCE_DATE } from "../support/sample.js";

const OPTIONS = { referenceDate: SAMPLE_REFERENCE_DATE } as const;

/** Runs the plugin in a remark pipeline over a file, as docs/markdown-and-streaming.md shows. */
async function run(path: string, value: string): Promise<VFile> {
  const file = new VFile({ path, value });
  const processor = unified().use(remarkParse).use(remarkPaperlist, OPTIONS);
  await processor.run(processor.parse(file), file);
  return file;
}

describe("remarkPaperlist", () => {
  it("puts the papers on file.data, as parseMarkdownListing reads them", async () => {
    const value = readFixture("markdown/reading-list.md");
    const file = await run("reading-list.md", value);
    expect((file.data as { papers?: Paper[] }).papers).toEqual(parseMarkdownListing(value, OPTIONS).papers);
  });

  it("files every diagnostic as a vfile message with its place, code and severity", async () => {
    const value = readFixture("markdown/reading-list.md");
    const file = await run("reading-list.md", value);
    const { diagnostics } = parseMarkdownListing(value, OPTIONS);
    expect(file.messages).toHaveLength(diagnostics.length);
    const wrapped = file.messages.find((m) => m.ruleId === "wrapped-abstract")!;
    expect(wrapped).toMatchObject({ source: "paperlist", line: 27, column: 4, fatal: undefined });
    const ignored = file.messages.find((m) => m.ruleId === "ignored-text")!;
    expect(ignored.place).toEqual({ start: { line: 1, column: 1 }, end: { line: 1, column: 49 } });
  });

  it("makes errors fatal and warnings not, so vfile-reporter prints them like any lint", async () => {
    const value = "# Papers\n\nCLFeb 30, 2024\n**A Title**Jane Doe, John Roe\nAbstract.\n\nCLFeb 3, 2024\nA Title\n";
    const file = await run("note.md", value);
    expect(file.messages.map((m) => [m.ruleId, m.fatal])).toEqual([
      ["ignored-text", undefined],
      ["invalid-date", true],
      ["no-authors", false],
      ["missing-abstract", false],
    ]);
    const report = reporter(file);
    expect(report).toContain("note.md");
    expect(report).toMatch(/3:3\s+error\s+"Feb 30, 2024" is not a date; the entry is skipped\s+invalid-date\s+paperlist/);
    expect(report).toMatch(/4 messages \(✖ 1 error, ⚠ 2 warnings\)/);
  });

  it("reads a file whose value is bytes", async () => {
    const value = readFixture("markdown/clipped-page.md");
    const file = await run("clipped-page.md", new TextEncoder().encode(value) as unknown as string);
    expect((file.data as { papers?: Paper[] }).papers).toEqual(parseMarkdownListing(value, OPTIONS).papers);
  });

  it("leaves the tree unchanged", async () => {
    const processor = unified().use(remarkParse);
    const value = readFixture("markdown/note-with-listing.md");
    const before = processor.parse(value);
    const after = await unified().use(remarkParse).use(remarkPaperlist, OPTIONS).run(processor.parse(value), new VFile(value));
    expect(after).toEqual(before);
  });
});
