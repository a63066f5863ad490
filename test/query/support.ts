// Test support for queries: hand-made papers, fast-check arbitraries, and the sample gold as papers.
import fc from "fast-check";
import type { Author } from "../../src/model/author.js";
import type { Category } from "../../src/model/category.js";
import type { Paper } from "../../src/model/paper.js";
import { resolveCategory } from "../../src/model/categories.js";
import { SAMPLE_GOLD } from "../support/sample.js";

/** A category by id or code, as the parser would resolve it. */
export function cat(code: string): Category {
  const category = resolveCategory(code);
  if (!category) throw new Error(`no category ${code}`);
  return category;
}

/** A person as the parser splits them. */
export function person(given: string, family: string): Author {
  return { name: `${given} ${family}`, given, family };
}

/** A paper with defaults for everything the test does not set. */
export function makePaper(overrides: Partial<Paper> = {}): Paper {
  return {
    title: "Untitled",
    authors: [],
    authorsTruncated: false,
    affiliations: [],
    category: cat("cs.LG"),
    published: "2017-01-01",
    yearInferred: false,
    hasCode: false,
    badges: [],
    abstract: "",
    ...overrides,
  };
}

/**
 * The 50 hand-checked papers of fixtures/sample.txt as `Paper` values. The
 * gold keeps only the start and end of each abstract, so the abstract here
 * is the two joined. The sample has a single paper with code, so the recipes
 * mark the listed ones as having code too (see `withCode`).
 */
export function goldPapers(withCode: readonly string[] = []): Paper[] {
  return SAMPLE_GOLD.map((entry) =>
    makePaper({
      title: entry.title,
      authors: entry.authors.map(({ literal, ...rest }): Author => (literal ? { ...rest, literal: true } : rest)),
      authorsTruncated: entry.authorsTruncated,
      affiliations: entry.affiliations,
      category: cat(entry.category),
      published: entry.published,
      yearInferred: entry.yearInferred,
      hasCode: entry.hasCode || withCode.includes(entry.title),
      abstract: `${entry.abstractStart} … ${entry.abstractEnd}`,
    }),
  );
}

/** Authors whose names exercise diacritics, particles, apostrophes and groups. */
export const AUTHORS: readonly Author[] = [
  person("Max", "Jaderberg"),
  person("Maja", "Trębacz"),
  person("Aaron", "van den Oord"),
  person("Grzegorz", "Świrszcz"),
  person("Adrià", "Puigdomènech Badia"),
  person("Florent", "Altché"),
  person("Brendan", "O'Donoghue"),
  person("Karen", "Simonyan"),
  person("Łukasz", "Kaiser"),
  { name: "Gemma Team", literal: true },
];

/** Title and abstract words, some with diacritics or shared prefixes. */
export const WORDS: readonly string[] = [
  "neural", "networks", "network", "learning", "reinforcement", "Gemma", "pixel", "audio",
  "généralisation", "Mixture-of-Experts", "deep", "RL", "scaling", "laws", "Zürich",
];

export const CATEGORIES: readonly Category[] = ["cs.LG", "cs.CV", "math.CV", "stat.ML", "cs.CL", "hep-th"].map(cat);
export const AFFILIATIONS: readonly string[] = ["deepmind", "amazon-science", "mit", "mila"];

const day = fc
  .record({ year: fc.integer({ min: 2014, max: 2026 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
  .map(({ year, month, day }) => `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`);

const sentence = (max: number) => fc.array(fc.constantFrom(...WORDS), { maxLength: max }).map((w) => w.join(" "));

/** Arbitrary papers drawn from the pools above, so that queries over the pools often match. */
export const paperArb: fc.Arbitrary<Paper> = fc
  .record({
    title: sentence(6).map((t) => t || "Untitled"),
    authors: fc.array(fc.constantFrom(...AUTHORS), { maxLength: 4 }),
    affiliations: fc.subarray([...AFFILIATIONS]),
    category: fc.constantFrom(...CATEGORIES),
    published: day,
    hasCode: fc.boolean(),
    abstract: sentence(12),
  })
  .map((fields) => makePaper(fields));

export const papersArb: fc.Arbitrary<Paper[]> = fc.array(paperArb, { maxLength: 30 });
