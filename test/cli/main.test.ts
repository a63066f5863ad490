import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import type { CliIo } from "../../src/cli/io.js";
import { SAMPLE_TEXT, fixturePath } from "../support/sample.js";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createReadStream } from "node:fs";

/** Runs the CLI against a fake world and collects what it prints. */
async function run(argv: string[], { stdin = "", env = {}, tty = false } = {}) {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    readFile: (path) => readFile(path),
    readStdin: async () => stdin,
    streamFile: (path) => createReadStream(path),
    streamStdin: async function* () {
      // Odd-sized chunks, so entries and lines arrive cut in two.
      for (let i = 0; i < stdin.length; i += 97) yield stdin.slice(i, i + 97);
    },
    env,
    stderrIsTTY: tty,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

const sample = fixturePath("sample.txt");
const date = ["--reference-date", "2026-11-26"];

describe("paperlist parse", () => {
  it("reads a file that is not UTF-8 as Windows-1252, with a warning, whole or streamed", async () => {
    const windows1252 = fixturePath("holdout/damaged-50.txt");
    const whole = await run(["parse", windows1252, ...date]);
    expect(whole.code).toBe(0);
    const papers = JSON.parse(whole.stdout);
    expect(papers).toHaveLength(44);
    expect(papers[0].authors.at(-1).name).toBe("Carola Straßer");
    expect(papers[0].affiliations).toEqual(["mpi-stuttgart"]);
    expect(whole.stderr).toContain(`${windows1252}:5:1 warning decoded-windows-1252 the input is not UTF-8: read it as Windows-1252 from here on (a file saved as "ANSI" by Notepad, or as plain text by Word)`);
    const streamed = await run(["parse", windows1252, ...date, "--format", "ndjson"]);
    expect(streamed.stdout.trim().split("\n").map((line) => JSON.parse(line))).toEqual(papers);
    expect(streamed.stderr).toContain("decoded-windows-1252");
  });

  it("reads a file written as UTF-16 (Windows PowerShell's `Get-Clipboard > listing.txt`) as its text, whole or streamed", async () => {
    const text = (await readFile(sample, "utf8")).replaceAll("\n", "\r\n");
    const dir = await mkdtemp(join(tmpdir(), "paperlist-"));
    const utf16 = join(dir, "listing.txt");
    await writeFile(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    try {
      const whole = await run(["parse", utf16, ...date]);
      const expected = await run(["parse", sample, ...date]);
      expect(whole.code).toBe(0);
      expect(JSON.parse(whole.stdout)).toEqual(JSON.parse(expected.stdout));
      expect(whole.stderr).toContain(`${utf16}:1:1 info byte-order-mark removed a byte-order mark at the start of the input`);
      const streamed = await run(["parse", utf16, ...date, "--format", "ndjson"]);
      expect(streamed.stdout.trim().split("\n").map((line) => JSON.parse(line))).toEqual(JSON.parse(expected.stdout));
    } finally {
      await rm(dir, { recursive: true });
    }
  });

  it("prints the papers as a JSON array in the model's shape", async () => {
    const { code, stdout, stderr } = await run(["parse", sample, ...date]);
    expect(code).toBe(0);
    const papers = JSON.parse(stdout);
    expect(papers).toHaveLength(50);
    expect(papers[10].published).toBe("2026-02-10");
    expect(stderr.split("\n")[0]).toBe(`${sample}:31:3 info year-inferred no year in "Feb 10"; read as 2026-02-10 from the reference date 2026-11-26`);
  });

  it("prints one JSON object per line with --format ndjson", async () => {
    const { stdout } = await run(["parse", sample, ...date, "--format", "ndjson"]);
    const lines = stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(50);
    expect(JSON.parse(lines[0]!).title).toBe("Gemma 2: Improving Open Language Models at a Practical Size");
  });

  it("writes the listing format back", async () => {
    const { stdout } = await run(["parse", "-", ...date, "--format", "listing"], { stdin: SAMPLE_TEXT });
    expect(stdout.split("\n").slice(0, 3)).toEqual(SAMPLE_TEXT.split("\n").slice(0, 3));
  });

  it("reads standard input with -, naming it in diagnostics", async () => {
    const { code, stderr } = await run(["parse", "-", ...date], { stdin: "ZZJan 5, 2020\nA TitleJohn Smith\nText." });
    expect(code).toBe(0);
    expect(stderr).toContain("<stdin>:1:1 error unknown-category");
  });

  it("prints the control characters a diagnostic quotes from the input as escapes, so the terminal obeys none", async () => {
    // (Page text that sets the terminal's title and colours, and a right-to-left override.)
    const stdin = `\u001b]0;pwned\u0007 \u001b[31mred\n${SAMPLE_TEXT}\n\u202eLoad more`;
    const { code, stderr } = await run(["parse", "-"], { stdin });
    expect(code).toBe(0);
    expect(stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(stderr).toContain("\\u001b]0;pwned\\u0007 \\u001b[31mred");
    expect(stderr).toContain("\\u202eLoad more");
  });

  it("exits 1 with --strict when the listing has errors", async () => {
    const { code, stdout } = await run(["parse", "-", "--strict", ...date], { stdin: "CLFeb 30, 2024\nA TitleJohn Smith\nText." });
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual([]);
  });

  it("exits 2 with a one-line error on bad usage", async () => {
    for (const argv of [["parse"], ["parse", sample, "--format", "yaml"], ["parse", sample, "--format", "constructor"], ["parse", sample, "--nope"], ["parse", sample, "--reference-date", "26/11/2026"], ["frobnicate"]]) {
      const { code, stderr } = await run(argv);
      expect(code).toBe(2);
      expect(stderr.startsWith("paperlist: ")).toBe(true);
    }
  });

  it("exits 2 before reading the input for a day that does not exist or a key style with a bad field", async () => {
    for (const [option, value, message] of [
      ["--reference-date", "2026-02-30", 'paperlist: --reference-date must be a day that exists, got "2026-02-30"'],
      ["--key-style", "{family}{year}{word}", "paperlist: --key-style: unknown citation key field {family}"],
      ["--key-style", "scholarr", 'paperlist: --key-style: citation key style "scholarr" is no preset'],
    ] as const) {
      const { code, stdout, stderr } = await run(["parse", "no/such/file.txt", "--format", "bibtex", option, value]);
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(stderr.split("\n")[0]).toContain(message);
      expect(stderr).not.toContain("    at ");
    }
  });

  it("says --sort does not change an APA list's order, which is APA's", async () => {
    const sorted = await run(["parse", sample, ...date, "--format", "apa-md", "--query", "au:jaderberg", "--sort", "date:desc"]);
    const plain = await run(["parse", sample, ...date, "--format", "apa-md", "--query", "au:jaderberg"]);
    expect(sorted.code).toBe(0);
    expect(sorted.stdout).toBe(plain.stdout);
    expect(sorted.stderr).toContain("paperlist: warning: --sort is ignored with --format apa-md");
    expect(plain.stderr).not.toContain("--sort");
  });

  it("exits 1 naming a missing file", async () => {
    const { code, stderr } = await run(["parse", "no/such/file.txt"]);
    expect(code).toBe(1);
    expect(stderr).toBe("paperlist: cannot read no/such/file.txt: no such file\n");
  });

  it("colours diagnostics only on a terminal, and never under NO_COLOR", async () => {
    const input = { stdin: "ZZJan 5, 2020\nA TitleJohn Smith\nText." };
    expect((await run(["parse", "-"], { ...input, tty: true })).stderr).toContain("\u001b[31m");
    expect((await run(["parse", "-"], { ...input, tty: true, env: { NO_COLOR: "1" } })).stderr).not.toContain("\u001b[");
    expect((await run(["parse", "-"], input)).stderr).not.toContain("\u001b[");
  });

  it("prints BibTeX, APA and CSL-JSON", async () => {
    const bib = await run(["parse", sample, ...date, "--format", "bibtex", "--ascii"]);
    expect(bib.code).toBe(0);
    expect(bib.stdout).toContain("@misc{");
    expect(bib.stdout).toContain("Tr{\\k{e}}bacz");
    const apa = await run(["parse", sample, ...date, "--format", "apa", "--query", "ti:gemma"]);
    expect(apa.stdout.trimEnd().split("\n").length).toBeGreaterThanOrEqual(3);
    expect(apa.stdout).toContain("[Preprint]. arXiv.");
    const csl = JSON.parse((await run(["parse", sample, ...date, "--format", "csl-json"])).stdout);
    expect(csl).toHaveLength(50);
  });

  it("filters with --query and orders with --sort", async () => {
    const { stdout } = await run(["parse", sample, ...date, "--format", "ndjson", "--query", "au:jaderberg AND year:2016..2018", "--sort", "date:desc"]);
    const papers = stdout.trimEnd().split("\n").map((l) => JSON.parse(l));
    expect(papers.map((p) => p.published)).toEqual([...papers.map((p) => p.published)].sort().reverse());
    expect(papers.length).toBeGreaterThan(2);
    for (const p of papers) expect(JSON.stringify(p.authors)).toContain("Jaderberg");
  });

  it("exits 2 naming the column of a bad query", async () => {
    const { code, stderr } = await run(["parse", sample, "--query", "au:x AND )"]);
    expect(code).toBe(2);
    expect(stderr.split("\n")[0]).toMatch(/^paperlist: --query: .*column/);
  });

  it("streams: json from a stream equals json from the whole text", async () => {
    const streamed = await run(["parse", "-", ...date], { stdin: SAMPLE_TEXT });
    const whole = await run(["parse", "-", ...date, "--sort", "date:desc"], { stdin: SAMPLE_TEXT });
    expect(JSON.parse(streamed.stdout)).toHaveLength(50);
    expect(new Set(JSON.parse(streamed.stdout).map((p: { title: string }) => p.title))).toEqual(new Set(JSON.parse(whole.stdout).map((p: { title: string }) => p.title)));
  });

  it("reads Markdown with --markdown", async () => {
    const md = "# Reading list\n\nCLJul 31, 2024\n[Gemma 2: Improving Open Language Models at a Practical Size](https://arxiv.org/abs/2408.00118)Gemma Team, Morgane Riviere, Shreya Pathak et al.\nIn this work, we introduce Gemma 2.\n";
    const { stdout } = await run(["parse", "-", "--markdown", ...date], { stdin: md });
    expect(JSON.parse(stdout)[0]).toMatchObject({ arxivId: "2408.00118", title: "Gemma 2: Improving Open Language Models at a Practical Size" });
  });

  it("shows help and the version", async () => {
    expect((await run(["--help"])).stdout).toContain("Usage: paperlist <command>");
    expect(await run([])).toMatchObject({ code: 2, stdout: "" });
    expect((await run(["parse", "--help"])).stdout).toContain("Usage: paperlist parse <file|->");
    expect((await run(["--version"])).stdout).toMatch(/^\d+\.\d+\.\d+/);
  });
});
