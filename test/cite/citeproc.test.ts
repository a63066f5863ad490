// Cross-check: our APA references against citeproc-js running the official APA 7
// CSL style (citation-js's "apa" template is http://www.zotero.org/styles/apa) over
// our own CSL-JSON. Every difference allowed here is documented in docs/citations.md.
import { readdirSync, readFileSync } from "node:fs";
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-csl";
import { describe, expect, it } from "vitest";
import { apaReferenceList, formatApaName, toApa, toCslJson } from "../../src/cite/index.js";
import type { Author } from "../../src/model/author.js";
import type { Paper } from "../../src/model/paper.js";
import { fixturePath } from "../support/sample.js";
import { cslSchemaErrors } from "./csl-schema.js";
import { gemma2, hostilePapers, paper, samplePapers, samplePapersFromGold } from "./support.js";

/** citeproc's APA reference for one CSL item, as plain text. */
function citeproc(item: object): string {
  return new Cite([item]).format("bibliography", { format: "text", template: "apa", lang: "en-US" }).trim();
}

/**
 * What citeproc prints where we are knowingly different (docs/citations.md,
 * "Differences from citeproc-js"):
 * 1. a truncated list: citeproc writes the known authors as if complete;
 * 2. apostrophes: citeproc turns ' into ’ in names;
 * 3. a known arXiv id: citeproc prints the number, "(Preprint arXiv:<id>)";
 * 4. 21+ authors: citeproc writes the ellipsis as "…", the APA Manual as ". . .";
 * 5. two names: citeproc puts a comma before "&" when the second name ends in
 *    initials, the APA Manual when the first does.
 */
function asCiteprocWouldWrite(ours: string, p: Paper): string {
  let out = ours;
  if (p.authors.length === 2 && !p.authorsTruncated) {
    const [first, second] = p.authors.map(formatApaName) as [string, string];
    const inverted = (name: string) => /, \S/u.test(name);
    out = out.replace(`${first}${inverted(first) ? "," : ""} & ${second}`, `${first}${inverted(second) ? "," : ""} & ${second}`);
  }
  if (p.authorsTruncated) {
    const names = p.authors.map(formatApaName);
    const last = names[names.length - 1] ?? "";
    const ending = `${last}${last.endsWith(".") ? "" : "."}`;
    out = names.length === 1 ? out.replace(`${last}, et al. (`, `${ending} (`) : out.replace(`, ${last}, et al. (`, `, & ${ending} (`);
  }
  out = out.replace(/'/gu, "’").replace(", . . . ", ", … ");
  if (p.arxivId) out = out.replace(" [Preprint]. arXiv.", ` (Preprint arXiv:${p.arxivId}). arXiv.`);
  return out;
}

describe("APA references against citeproc-js with the official APA style", () => {
  const people = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `Given${i} Family${i}`, given: `Given${i}`, family: `Family${i}` }));
  const papers = [
    ...samplePapers(),
    ...samplePapersFromGold().slice(38, 39), // the gold's reading of a damaged byline: three unanalysed names
    gemma2(),
    paper(),
    ...hostilePapers(),
    paper({ title: "One known author", authors: people(1), authorsTruncated: true }),
    paper({ title: "Two known authors", authors: people(2), authorsTruncated: true }),
    paper({ title: "Two authors", authors: people(2) }),
    paper({ title: "One author", authors: people(1) }),
    paper({ title: "A group alone", authors: [{ name: "Gemma Team", literal: true }] }),
    paper({ title: "Twenty authors", authors: people(20) }),
    paper({ title: "Twenty-one authors", authors: people(21) }),
    paper({ title: "Forty authors", authors: people(40) }),
    paper({ title: "Suffix and hyphen", authors: [{ name: "Jean-Bastien Grill Jr.", given: "Jean-Bastien", family: "Grill", suffix: "Jr." }] }),
    paper({ title: "Two groups", authors: [{ name: "The LIGO Scientific Collaboration", literal: true }, { name: "the Virgo Collaboration", literal: true }] }),
    paper({ title: "A person and a group", authors: [people(1)[0]!, { name: "Gemma Team", literal: true }] }),
    paper({ title: "A group and a person", authors: [{ name: "Gemma Team", literal: true }, people(1)[0]!] }),
    paper({ title: '"Why Should I Trust You?": Explaining the Predictions of Any Classifier' }),
    paper({ title: `R1-Zero's "Aha Moment" in Visual Reasoning on a 2B Non-SFT Model` }),
    paper({ title: `"Nested 'Inner' Quotes", Students' Work and the '90s` }),
  ];
  const items = toCslJson(papers);

  it("feeds citeproc valid CSL-JSON", () => {
    expect(cslSchemaErrors(JSON.parse(JSON.stringify(items)))).toEqual([]);
  });

  papers.forEach((p, i) => {
    it(`matches citeproc for "${p.title.slice(0, 50)}", apart from documented differences`, () => {
      expect(asCiteprocWouldWrite(toApa(p).text, p)).toBe(citeproc(items[i]!));
    });
  });

  it("initialises a given name of every shape the hand-checked golds hold as citeproc does", () => {
    // One author per shape of given name, letters by case ("Yu. A." is "Aa. A.", "Li-yao" "Aa-a"):
    // initials glued with dots, abbreviations, particles, lower-case parts after a hyphen.
    const shapes = new Map<string, Author>();
    for (const file of readdirSync(fixturePath("holdout")).filter((name) => name.endsWith(".gold.json"))) {
      const gold = JSON.parse(readFileSync(fixturePath(`holdout/${file}`), "utf8")) as { authors?: Author[] }[];
      for (const author of gold.flatMap((entry) => entry.authors ?? [])) {
        const shape = author.given?.replace(/\p{Lu}/gu, "A").replace(/\p{Ll}+/gu, "a").replace(/\p{Lo}+/gu, "o");
        if (shape !== undefined && !shapes.has(shape)) shapes.set(shape, author);
      }
    }
    expect(shapes.size).toBeGreaterThan(30);
    for (const author of shapes.values()) {
      const p = paper({ authors: [author] });
      expect(toApa(p).text, author.name).toBe(citeproc(toCslJson([p])[0]!));
    }
  });

  it("orders the sample's reference list as citeproc does", () => {
    const sample = samplePapers();
    const ours = apaReferenceList(sample).references.map((r) => asCiteprocWouldWrite(r.text, r.paper));
    const theirs = new Cite(toCslJson(sample)).format("bibliography", { format: "text", template: "apa", lang: "en-US" }).trim().split("\n");
    expect(ours).toEqual(theirs);
  });
});
