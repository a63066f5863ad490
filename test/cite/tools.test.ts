// Real tools nobody on the team wrote: Debian's bibtex and biber read our output.
// CI installs them (texlive-binaries, texlive-base, biber); locally a missing tool
// skips these tests, but under CI it fails them.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { toBibtex } from "../../src/cite/index.js";
import { hostilePapers, paper, samplePapers } from "./support.js";

const have = (tool: string): boolean => spawnSync(tool, ["--version"], { encoding: "utf8" }).status === 0;
const missing = ["bibtex", "biber"].filter((tool) => !have(tool));
if (missing.length > 0 && process.env.CI) {
  throw new Error(`${missing.join(" and ")} not found: CI must apt-get install texlive-binaries texlive-base biber`);
}

const dir = mkdtempSync(join(tmpdir(), "paperlist-bibtex-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs bibtex with plain.bst over a .bib and returns its log and the .bbl. */
function runBibtex(name: string, bib: string): { status: number | null; log: string; bbl: string } {
  writeFileSync(join(dir, `${name}.bib`), bib);
  writeFileSync(join(dir, `${name}.aux`), `\\citation{*}\n\\bibdata{${name}}\n\\bibstyle{plain}\n`);
  const run = spawnSync("bibtex", [name], { cwd: dir, encoding: "utf8" });
  return { status: run.status, log: readFileSync(join(dir, `${name}.blg`), "utf8"), bbl: readFileSync(join(dir, `${name}.bbl`), "utf8") };
}

/** Runs biber in tool mode with data-model validation over a .bib and returns its output. */
function runBiber(name: string, bib: string): { status: number | null; log: string } {
  writeFileSync(join(dir, `${name}.bib`), bib);
  const run = spawnSync("biber", ["--tool", "--validate-datamodel", `--output-file=${name}.out.bib`, `${name}.bib`], { cwd: dir, encoding: "utf8" });
  return { status: run.status, log: `${run.stdout}${run.stderr}` };
}

const papers = samplePapers();
const cases = {
  "sample-ascii": toBibtex(papers, { ascii: true }).text,
  "sample-utf8": toBibtex(papers).text,
  "sample-article": toBibtex(papers, { ascii: true, entryType: "article", abstract: true }).text,
  hostile: toBibtex(hostilePapers(), { ascii: true, abstract: true }).text,
  "hostile-utf8": toBibtex(hostilePapers(), { abstract: true }).text,
  // Works with no author: plain.bst sorts them by their key field ("to sort, need author or key").
  "no-author": toBibtex([paper({ title: "The alpha paper", authors: [] }), paper({ title: "Zebra stripes of $\\alpha$ & Świrszcz", authors: [] })], { ascii: true }).text,
};

describe.skipIf(missing.includes("bibtex"))("real bibtex (plain.bst)", () => {
  for (const [name, bib] of Object.entries(cases)) {
    it(`reads ${name} with no error and no warning`, () => {
      const { status, log, bbl } = runBibtex(name, bib);
      expect(log).not.toMatch(/error message|Warning--|I'm skipping|I was expecting/u);
      expect(status).toBe(0);
      expect(bbl.match(/\\bibitem/gu)?.length).toBe(bib.match(/^@/gmu)?.length);
    });
  }

  it("keeps \\input and unbalanced braces of the data inert in the .bbl", () => {
    const { bbl } = runBibtex("inert", cases.hostile);
    expect(bbl).not.toMatch(/\\input\{/u);
    expect(bbl).toContain("\\textbackslash{}input");
  });
});

describe.skipIf(missing.includes("biber"))("real biber (tool mode, data-model validation)", () => {
  for (const name of ["sample-utf8", "sample-ascii", "hostile-utf8"] as const) {
    it(`reads ${name} with no error and no warning`, () => {
      const { status, log } = runBiber(name, cases[name]);
      expect(log).not.toMatch(/\b(?:WARN|ERROR)\b/u);
      expect(status).toBe(0);
    });
  }
});
