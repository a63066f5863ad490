// Golden files: the sample listing in every citation format. Run with
// UPDATE_GOLDEN=1 to rewrite them after a deliberate change, then review the diff.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { apaReferenceList, toBibtex, toCslJson } from "../../src/cite/index.js";
import { fixturePath } from "../support/sample.js";
import { samplePapers } from "./support.js";

const papers = samplePapers();

const outputs: Record<string, () => string> = {
  "sample.bib": () => toBibtex(papers).text,
  "sample.ascii.bib": () => toBibtex(papers, { ascii: true }).text,
  "sample.article.bib": () => toBibtex(papers, { entryType: "article", abstract: true, affiliations: true }).text,
  "sample.apa.txt": () => apaReferenceList(papers).text,
  "sample.apa.html": () => apaReferenceList(papers, { format: "html" }).text,
  "sample.apa.md": () => apaReferenceList(papers, { format: "markdown" }).text,
  "sample.citations.txt": () =>
    apaReferenceList(papers).references.map((r) => `${r.parenthetical}\t${r.narrative}`).join("\n") + "\n",
  "sample.csl.json": () => `${JSON.stringify(toCslJson(papers), null, 2)}\n`,
};

describe("golden files for the sample listing", () => {
  for (const [name, make] of Object.entries(outputs)) {
    it(`writes ${name} exactly as the golden file`, () => {
      const path = fixturePath(`cite/${name}`);
      const actual = make();
      if (process.env.UPDATE_GOLDEN || !existsSync(path)) writeFileSync(path, actual);
      expect(actual).toBe(readFileSync(path, "utf8"));
    });
  }

  it("gives the same output for the same papers in any order", () => {
    const shuffled = [...papers].reverse();
    const keys = new Map(toBibtex(papers).entries.map((e, i) => [papers[i]!.title, e.key]));
    for (const [i, entry] of toBibtex(shuffled).entries.entries()) expect(entry.key).toBe(keys.get(shuffled[i]!.title));
    expect(apaReferenceList(shuffled).text).toBe(apaReferenceList(papers).text);
  });
});
