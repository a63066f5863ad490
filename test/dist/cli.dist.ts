// The CLI as a citizen, tested by running the installed binary
// (`node_modules/.bin/paperlist` → dist/bin.js through its shebang).
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { readManifest, root, run, type RunResult } from "./support.js";

const consumer = inject("consumer");
const installed = inject("installed");
const manifest = readManifest(installed);
const paperlist = join(consumer, "node_modules/.bin/paperlist");
const sample = join(installed, "fixtures/sample.txt");
/** A listing with error-level diagnostics (an invalid date, a byline with no author). */
const broken = join(root, "fixtures/damage/bad-entries.txt");
const DATE = ["--reference-date", "2026-11-26"];

/** Runs the binary without a terminal and without colour settings from the caller. */
function cli(args: readonly string[], input?: string, env: Record<string, string> = {}): Promise<RunResult> {
  const { NO_COLOR: _n, FORCE_COLOR: _f, ...rest } = process.env;
  return run(paperlist, args, { cwd: consumer, env: { ...rest, ...env }, ...(input === undefined ? {} : { input }) });
}

/** Runs a shell command under a pseudo-terminal (util-linux `script`), returning what the terminal showed. */
function onTerminal(command: string, env: Record<string, string> = {}): Promise<RunResult> {
  const { NO_COLOR: _n, FORCE_COLOR: _f, ...rest } = process.env;
  return run("script", ["-qec", command, "/dev/null"], { cwd: consumer, env: { ...rest, ...env } });
}

const hasScript = (() => {
  try {
    execFileSync("script", ["-V"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

const ESC = "\u001b[";

describe("paperlist --version", () => {
  it.each(["--version", "-v"])("prints the package version for %s", async (flag) => {
    const result = await cli([flag]);
    expect(result).toEqual({ code: 0, stdout: `${manifest.version}\n`, stderr: "" });
  });
});

describe("paperlist --help", async () => {
  const main = await cli(["--help"]);
  const commands = [...main.stdout.matchAll(/^Commands:\n((?: {2}\S.*\n)+)/gm)]
    .flatMap((m) => m[1]!.split("\n"))
    .map((line) => line.trim().split(/\s+/)[0])
    .filter((name): name is string => Boolean(name));

  it("describes the commands and the exit codes, on stdout, exit 0", () => {
    expect(main.code).toBe(0);
    expect(main.stderr).toBe("");
    expect(main.stdout).toMatch(/^Usage: paperlist /);
    expect(commands).toContain("parse");
    expect(main.stdout).toMatch(/Exit codes?:[^\n]*\b0\b[^\n]*\b1\b[^\n]*\b2\b/);
  });

  it.each(["-h", "help"])("also answers %s", async (flag) => {
    expect(await cli([flag])).toEqual(main);
  });

  it("has help for each command it lists", async () => {
    for (const command of commands) {
      for (const flag of ["--help", "-h"]) {
        const result = await cli([command, flag]);
        expect(result.code, `${command} ${flag}`).toBe(0);
        expect(result.stderr).toBe("");
        expect(result.stdout).toMatch(new RegExp(`^Usage: paperlist ${command}\\b`));
      }
    }
  });

  it("prints the help and exits 2 when given no command", async () => {
    const result = await cli([]);
    expect(result.code).toBe(2);
    expect(result.stdout + result.stderr).toContain("Usage: paperlist");
  });
});

describe("paperlist parse", () => {
  it("reads standard input when the file is -", async () => {
    const text = readFileSync(sample, "utf8");
    const [fromFile, fromStdin] = await Promise.all([
      cli(["parse", sample, "--format", "ndjson", ...DATE]),
      cli(["parse", "-", "--format", "ndjson", ...DATE], text),
    ]);
    expect(fromStdin.code).toBe(0);
    expect(fromStdin.stdout).toBe(fromFile.stdout);
    expect(fromStdin.stdout.trim().split("\n")).toHaveLength(50);
    // Diagnostics name standard input rather than a file.
    expect(fromStdin.stderr.split("\n").filter(Boolean).every((line) => line.startsWith("<stdin>:"))).toBe(true);
    expect(fromStdin.stderr.replaceAll("<stdin>", sample)).toBe(fromFile.stderr);
  });

  it("reads Markdown from standard input with --markdown, as from a .md file", async () => {
    const file = join(root, "fixtures/markdown/reading-list.md");
    const [fromFile, fromStdin] = await Promise.all([
      cli(["parse", file, "--format", "ndjson", ...DATE]),
      cli(["parse", "-", "--markdown", "--format", "ndjson", ...DATE], readFileSync(file, "utf8")),
    ]);
    expect(fromFile.code).toBe(0);
    expect(fromStdin.code).toBe(0);
    expect(fromStdin.stdout).toBe(fromFile.stdout);
    expect(fromStdin.stdout.length).toBeGreaterThan(0);
  });

  it("treats a reader that closes the pipe early as success", async () => {
    // 100 copies of the sample: far more output than a pipe holds, so the writer meets the closed pipe.
    const big = join(inject("work"), "big-listing.txt");
    writeFileSync(big, readFileSync(sample, "utf8").repeat(100));
    const result = await run("bash", ["-c", `"$0" parse "$1" --format ndjson --quiet --reference-date 2026-11-26 | head -n 1 > /dev/null; exit \${PIPESTATUS[0]}`, paperlist, big]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  });

  it("writes JSON papers to stdout and diagnostics as file:line:col severity code message to stderr", async () => {
    const result = await cli(["parse", sample, ...DATE]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toHaveLength(50);
    for (const line of result.stderr.trim().split("\n")) expect(line).toMatch(/^\S+:\d+:\d+ (error|warning|info) [a-z]+(-[a-z]+)* \S/);
  });
});

describe("colours", () => {
  it("never colours diagnostics when stderr is not a terminal", async () => {
    const result = await cli(["parse", broken, ...DATE]);
    expect(result.stderr).toMatch(/ error /);
    expect(result.stderr).not.toContain(ESC);
  });

  it.runIf(hasScript)("colours diagnostics on a terminal", async () => {
    const result = await onTerminal(`"${paperlist}" parse "${broken}" --reference-date 2026-11-26 > /dev/null`);
    expect(result.stdout).toMatch(/ error /);
    expect(result.stdout).toContain(ESC);
  });

  it.runIf(hasScript)("respects NO_COLOR on a terminal", async () => {
    const result = await onTerminal(`"${paperlist}" parse "${broken}" --reference-date 2026-11-26 > /dev/null`, { NO_COLOR: "1" });
    expect(result.stdout).toMatch(/ error /);
    expect(result.stdout).not.toContain(ESC);
  });

  it("keeps colour out of standard output, even with FORCE_COLOR", async () => {
    const result = await cli(["parse", sample, ...DATE], undefined, { FORCE_COLOR: "1" });
    expect(result.stdout).not.toContain(ESC);
  });
});

describe("exit codes and errors", () => {
  it("exits 0 on a listing with warnings only", async () => {
    expect((await cli(["parse", sample, "--strict", ...DATE])).code).toBe(0);
  });

  it("exits 0 without --strict and 1 with it when the listing has errors", async () => {
    expect((await cli(["parse", broken, ...DATE])).code).toBe(0);
    expect((await cli(["parse", broken, "--strict", ...DATE])).code).toBe(1);
  });

  it("reports a missing file in one line and exits 1", async () => {
    const result = await cli(["parse", "no-such-listing.txt"]);
    expect(result).toEqual({ code: 1, stdout: "", stderr: "paperlist: cannot read no-such-listing.txt: no such file\n" });
  });

  it.each([
    ["an unknown option", ["parse", sample, "--bogus"], /--bogus/],
    ["an unknown command", ["frobnicate"], /frobnicate/],
    ["an unknown format", ["parse", sample, "--format", "yaml"], /yaml/],
    ["a malformed reference date", ["parse", sample, "--reference-date", "26/11/2026"], /26\/11\/2026/],
    ["a missing file argument", ["parse"], /file/],
  ] as const)("reports %s in one line, with a pointer to --help, and exits 2", async (_what, args, named) => {
    const result = await cli(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    const [first, ...rest] = result.stderr.trimEnd().split("\n");
    expect(first).toMatch(/^paperlist: /);
    expect(first).toMatch(named);
    // The rest is the usage line and a hint, never a stack trace.
    expect(rest.every((line) => /^(Usage: paperlist|Try .*--help)/.test(line))).toBe(true);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });
});
