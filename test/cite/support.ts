// Test support for citations: the sample's papers, from the listing parser (which must
// reproduce the gold) and, for the gold's own reading of damaged entries, from the gold.
import type { Paper } from "../../src/model/paper.js";
import { resolveCategory } from "../../src/model/categories.js";
import { parseListing } from "../../src/parse/parse-listing.js";
import { SAMPLE_GOLD, SAMPLE_REFERENCE_DATE, SAMPLE_TEXT } from "../support/sample.js";

/** The sample's 50 papers, built from the gold; abstracts are each entry's third line. */
export function samplePapersFromGold(): Paper[] {
  const lines = SAMPLE_TEXT.split(/\r?\n/u);
  return SAMPLE_GOLD.map((gold, i) => {
    const category = resolveCategory(gold.category);
    if (!category) throw new Error(`unknown category ${gold.category}`);
    const abstract = lines[i * 3 + 2] ?? "";
    if (!abstract.startsWith(gold.abstractStart)) throw new Error(`abstract of entry ${i} does not match the gold`);
    return {
      title: gold.title,
      authors: gold.authors.map((a) => ({ ...a, literal: a.literal ? (true as const) : undefined })).map(dropUndefined),
      authorsTruncated: gold.authorsTruncated,
      affiliations: gold.affiliations,
      category,
      published: gold.published,
      yearInferred: gold.yearInferred,
      hasCode: gold.hasCode,
      badges: gold.hasCode ? ["Code"] : [],
      abstract,
      source: { startLine: i * 3 + 1, endLine: i * 3 + 3 },
    };
  });
}

/** Removes keys whose value is undefined, so objects compare like parsed JSON. */
function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** A hand-made paper for examples: Gemma 2 with its real arXiv id. */
export function gemma2(): Paper {
  return {
    title: "Gemma 2: Improving Open Language Models at a Practical Size",
    authors: [
      { name: "Gemma Team", literal: true },
      { name: "Morgane Riviere", given: "Morgane", family: "Riviere" },
      { name: "Shreya Pathak", given: "Shreya", family: "Pathak" },
    ],
    authorsTruncated: true,
    affiliations: ["deepmind"],
    category: { code: "CL", id: "cs.CL", name: "Computation and Language", archive: "cs" },
    published: "2024-07-31",
    yearInferred: false,
    hasCode: false,
    badges: [],
    abstract: "In this work, we introduce Gemma 2, a new addition to the Gemma family of lightweight, state-of-the-art open models.",
    arxivId: "2408.00118",
  };
}

/** A minimal paper with the given overrides. */
export function paper(overrides: Partial<Paper> = {}): Paper {
  return {
    title: "Neural Discrete Representation Learning",
    authors: [
      { name: "Aaron van den Oord", given: "Aaron", family: "van den Oord" },
      { name: "Oriol Vinyals", given: "Oriol", family: "Vinyals" },
      { name: "Koray Kavukcuoglu", given: "Koray", family: "Kavukcuoglu" },
    ],
    authorsTruncated: false,
    affiliations: [],
    category: { code: "LG", id: "cs.LG", name: "Machine Learning", archive: "cs" },
    published: "2017-11-02",
    yearInferred: false,
    hasCode: false,
    badges: [],
    abstract: "",
    ...overrides,
  };
}

/** The sample's papers as the listing parser reads them (the parser reproduces the gold). */
export function samplePapers(): Paper[] {
  return parseListing(SAMPLE_TEXT, { referenceDate: SAMPLE_REFERENCE_DATE }).papers;
}

/** Papers whose every field tries to break a .bib file or inject LaTeX. */
export function hostilePapers(): Paper[] {
  return [
    paper({
      title: "Unbalanced { braces and 100% $money$ #1 a_b ~x^y \\input{/etc/passwd} --- ``quoted'' <html> | pipe}",
      authors: [
        { name: "Ab}c D{ef", given: "Ab}c", family: "D{ef" },
        { name: "Back\\slash Name", given: "Back\\slash", family: "Name" },
        { name: "R&D Team, Inc.", literal: true },
        { name: "Jane and John", given: "Jane", family: "and John" },
        { name: "Иван Иванов", given: "Иван", family: "Иванов" },
        { name: "王 小明", given: "小明", family: "王" },
        { name: "others", family: "others" },
      ],
      abstract: "We \\input{secret} and \\write18{rm -rf /} with }}} and {{{ and % comments # and $x$ \\emph{y}.",
      arxivId: "2401.00001",
    }),
    paper({ title: "Trębacz, Świrszcz, Puigdomènech, Ǘ, Œuvre, Øresund, Łódź, ß — “Quotes” …", published: "2020-01-01" }),
  ];
}
