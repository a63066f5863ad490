// Damage that loses nothing must change nothing in Markdown either: every
// Markdown listing the project holds (fixtures/markdown and the Markdown
// holdouts), saved again with other line ends, a byte-order mark, white space
// padding its lines, no-break or zero-width spaces in its dates and around
// its dots, must give the papers its clean copy gives, but for line numbers.
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseMarkdownListing } from "../../src/markdown/parse-markdown-listing.js";
import type { Paper } from "../../src/model/paper.js";
import { fixturePath } from "../support/sample.js";

const OPTIONS = { referenceDate: "2026-11-26" } as const;
const withoutSource = (papers: Paper[]) => papers.map(({ source: _source, ...paper }) => paper);
const paths = ["markdown", "holdout"].flatMap((dir) =>
  readdirSync(fixturePath(dir))
    .filter((name) => name.endsWith(".md"))
    .map((name) => `${dir}/${name}`),
);
const listings = paths.map((path) => {
  const text = readFileSync(fixturePath(path), "utf8");
  return { path, text, papers: withoutSource(parseMarkdownListing(text, OPTIONS).papers) };
});

const MONTH = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (?=\d)/g;

/** What one save did, chosen at random. */
const damage = fc.record({
  listing: fc.nat(listings.length - 1),
  lineEnd: fc.constantFrom("\n", "\r\n", "\r"),
  bom: fc.boolean(),
  // Spaces or a tab after the text of every line (a copy from a terminal or a PDF pads lines).
  padding: fc.constantFrom("", " ", "\t", "  \t"),
  nbspInDates: fc.boolean(),
  zeroWidthInDates: fc.boolean(),
  nbspAroundDot: fc.boolean(),
  ending: fc.constantFrom("", "\n", "\n\n\n"),
});

function damaged(text: string, d: typeof damage extends fc.Arbitrary<infer T> ? T : never): string {
  let out = text.replace(/\s*$/u, d.ending);
  if (d.nbspInDates) out = out.replace(MONTH, "$1\u00a0");
  if (d.zeroWidthInDates) out = out.replace(MONTH, "\u200b$1 ");
  if (d.nbspAroundDot) out = out.replaceAll(" · ", "\u00a0·\u00a0");
  if (d.padding !== "") out = out.replace(/(\S)(?=\r?\n)/gu, `$1${d.padding}`);
  out = out.replace(/\r?\n/gu, d.lineEnd);
  return d.bom ? `\ufeff${out}` : out;
}

describe("Markdown damage that loses nothing", () => {
  it("every Markdown fixture is read", () => {
    expect(listings.length).toBeGreaterThan(35);
    expect(listings.every((listing) => listing.papers.length > 0)).toBe(true);
  });

  it("leaves the papers of every Markdown listing as its clean copy gives them", () => {
    fc.assert(
      fc.property(damage, (d) => {
        const listing = listings[d.listing]!;
        expect(withoutSource(parseMarkdownListing(damaged(listing.text, d), OPTIONS).papers), listing.path).toEqual(listing.papers);
      }),
      { numRuns: 40 },
    );
  });
});
