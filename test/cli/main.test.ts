import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import type { CliIo } from "../../src/cli/io.js";
import { SAMPLE_TEXT, fixturePath } from "../support/sample.js";
import { readFile } from "node:fs/promises";

/** Runs the CLI against a fake world and collects what it prints. */
async function run(argv: string[], { stdin = "", env = {}, tty = false } = {}) {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    readFile: (path) => readFile(path, "utf8"),
    readStdin: async () => stdin,
    env,
    stderrIsTTY: tty,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

const sample = fixturePath("sample.txt");
const date = ["--reference-date", "2026-11-26"];

describe("paperlist parse", () => {
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

  it("exits 1 with --strict when the listing has errors", async () => {
    const { code, stdout } = await run(["parse", "-", "--strict", ...date], { stdin: "CLFeb 30, 2024\nA TitleJohn Smith\nText." });
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual([]);
  });

  it("exits 2 with a one-line error on bad usage", async () => {
    for (const argv of [["parse"], ["parse", sample, "--format", "yaml"], ["parse", sample, "--nope"], ["parse", sample, "--reference-date", "26/11/2026"], ["frobnicate"]]) {
      const { code, stderr } = await run(argv);
      expect(code).toBe(2);
      expect(stderr.startsWith("paperlist: ")).toBe(true);
    }
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

  it("shows help and the version", async () => {
    expect((await run(["--help"])).stdout).toContain("Usage: paperlist <command>");
    expect((await run(["parse", "--help"])).stdout).toContain("Usage: paperlist parse <file|->");
    expect((await run(["--version"])).stdout).toMatch(/^\d+\.\d+\.\d+/);
  });
});
