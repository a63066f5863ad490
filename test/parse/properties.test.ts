import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Paper } from "../../src/model/paper.js";
import { PaperSchema } from "../../src/model/paper.js";
import { formatListing } from "../../src/parse/format-listing.js";
import { parseHeader } from "../../src/parse/header.js";
import { splitLines } from "../../src/parse/lines.js";
import { parseListing } from "../../src/parse/parse-listing.js";
import { SAMPLE_REFERENCE_DATE, SAMPLE_TEXT } from "../support/sample.js";

const options = { referenceDate: SAMPLE_REFERENCE_DATE };
const sampleLines = SAMPLE_TEXT.split("\n");
const withoutSource = (papers: Paper[]) => papers.map(({ source: _source, ...rest }) => rest);

/** Damage a copy and paste can do to one line. */
const damage = fc.oneof(
  fc.constant((l: string) => l),
  fc.constant((l: string) => `${l}\r`),
  fc.constant((l: string) => `${l} \t`),
  fc.constant((l: string) => l.replace(" ", "\u00a0")),
  fc.constant((l: string) => `\n${l}`),
  fc.constant((_l: string) => ""),
  fc.constant((l: string) => l.slice(0, Math.floor(l.length / 2))),
  fc.constant((l: string) => l.replace(/, /g, ",")),
  // Codes glued before a header's, as a page showing every category writes them ("AICLJul 31").
  fc.constant((l: string) => `AI${l}`),
  fc.constant((l: string) => `SOC-PH${l}`),
);

/** Real entries, shuffled, with their lines damaged, dropped or cut, and stray real lines between them. */
const damagedListing = fc
  .array(
    fc.tuple(fc.nat(sampleLines.length / 3 - 1), damage, damage, damage, fc.option(fc.nat(sampleLines.length - 1), { freq: 5 })),
    { maxLength: 12 },
  )
  .map((picks) =>
    picks
      .flatMap(([entry, h, b, a, stray]) => [
        h(sampleLines[3 * entry]!),
        b(sampleLines[3 * entry + 1]!),
        a(sampleLines[3 * entry + 2]!),
        ...(stray === null ? [] : [sampleLines[stray]!]),
      ])
      .join("\n"),
  );

/** Short strings over an alphabet rich in what the parser looks at. */
const listingish = fc
  .array(
    fc.oneof(
      fc.constantFrom("CL", "LG", "ZZ", "DL", "SOC-PH", "Jan", "Feb 29", "Feb 30", "Mar 3, 2020", " · ", ", ", " et al.", "[", "](", ")", "Code", "\n", "\r\n", "\ufeff", "\u00a0", "-", "'", "O'", "van ", "A. "),
      fc.string({ maxLength: 6 }),
      fc.string({ unit: "binary", maxLength: 4 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(""));

describe("parseListing properties", () => {
  it("never throws in the default mode, whatever the input", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 300 }), listingish, damagedListing), (text) => {
        const result = parseListing(text, options);
        expect(Array.isArray(result.papers)).toBe(true);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 400) },
    );
  });

  it("reads no input from untyped JavaScript as an empty listing, and other values as their text", () => {
    for (const nothing of [null, undefined]) expect(parseListing(nothing as unknown as string, options)).toEqual({ papers: [], diagnostics: [] });
    const line = { toString: () => SAMPLE_TEXT.split("\n").slice(0, 3).join("\n") };
    expect(parseListing(line as unknown as string, options).papers).toHaveLength(1);
  });

  it("gives every header a paper or an error at its line", () => {
    fc.assert(
      fc.property(fc.oneof(listingish, damagedListing), (text) => {
        const headers = splitLines(text).lines.filter((l) => l.text !== "" && parseHeader(l.text));
        const { papers, diagnostics } = parseListing(text, options);
        const errorLines = new Set(diagnostics.filter((d) => d.severity === "error").map((d) => d.entry?.startLine));
        // A date alone on its line, with no card after it, may be page text: reported as such at its
        // line, or in a run of page text that holds it ("CL" + "Mar 3, 2020": lines 1 to 2).
        const pageTextLines = new Set(diagnostics.filter((d) => d.code === "ignored-text" && !d.entry).flatMap((d) => Array.from({ length: (d.endLine ?? d.line) - d.line + 1 }, (_, i) => d.line + i)));
        for (const { line, text: header } of headers) {
          const hasPaper = papers.some((p) => p.source?.startLine === line);
          const dateAlone = parseHeader(header)!.code === "" && pageTextLines.has(line);
          expect(hasPaper || errorLines.has(line) || dateAlone).toBe(true);
        }
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 300) },
    );
  });

  it("puts every diagnostic on a real line and column", () => {
    fc.assert(
      fc.property(fc.oneof(listingish, damagedListing), (text) => {
        const lineCount = splitLines(text).lines.length;
        for (const d of parseListing(text, options).diagnostics) {
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.line).toBeLessThanOrEqual(lineCount);
          expect(d.column).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 200) },
    );
  });

  it("makes papers that the schema accepts", () => {
    fc.assert(
      fc.property(damagedListing, (text) => {
        for (const paper of parseListing(text, options).papers) {
          expect(PaperSchema.safeParse(JSON.parse(JSON.stringify(paper))).success).toBe(true);
        }
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 100) },
    );
  });

  it("takes no evidence from a copy of the byline read into the abstract (fast-check seed 74)", () => {
    // The card pasted twice, the second copy's header lost but for its code: its lines run on
    // into the first abstract, which then "names" the byline's glued "TechnologyGemma Team".
    const byline = "Gemma: Open Models Based on Gemini Research and TechnologyGemma Team, Thomas Mesnard, Cassidy Hardin et al. · deepmind";
    const abstract = "This work introduces Gemma, a family of open models built from the research and technology used to create Gemini models.";
    const text = `CLMar 13, 2024\n${byline}\n${abstract}\n\nSOC-PH${byline}\n${abstract}`;
    const [paper] = parseListing(text, options).papers;
    expect([paper!.title, paper!.authors[0]!.name]).toEqual(["Gemma: Open Models Based on Gemini Research and Technology", "Gemma Team"]);
    const again = parseListing(formatListing(parseListing(text, options).papers), options).papers;
    expect(again.map((p) => [p.title, p.authors[0]!.name])).toEqual([[paper!.title, "Gemma Team"]]);
  });

  it("reads a byline that ends in its affiliations as whole above a wrapped abstract (damage-invariance seeds 11041 and on)", () => {
    // A sole group author above an abstract wrapped at 98 columns whose second line ends "…scaled
    // by muP. Supervised": the byline and two lines were read as a title wrapped twice above a
    // glued "P. Supervised".
    const wrapped = [
      "HyperCLOVA X THINK is the first reasoning-focused model of the HyperCLOVA X family, pre-trained on",
      "about six trillion Korean and English tokens with a Peri-LN Transformer scaled by muP. Supervised",
      "fine-tuning and reinforcement learning from verifiable rewards give it long and short answer",
      "modes, and it performs strongly on Korean benchmarks at modest training cost.",
    ];
    for (const lines of [[wrapped.join(" ")], wrapped]) {
      const [paper] = parseListing(["CLJun 27, 2025", "HyperCLOVA X THINK Technical ReportNAVER Cloud HyperCLOVA X Team · naver", ...lines].join("\n"), options).papers;
      expect([paper!.title, paper!.authors.map((a) => a.name), paper!.affiliations]).toEqual(["HyperCLOVA X THINK Technical Report", ["NAVER Cloud HyperCLOVA X Team"], ["naver"]]);
    }
  });

  it("is stable through parse, format, parse", () => {
    fc.assert(
      fc.property(fc.oneof(damagedListing, listingish), (text) => {
        const first = parseListing(text, options).papers;
        const second = parseListing(formatListing(first), options).papers;
        expect(withoutSource(second)).toEqual(withoutSource(first));
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 300) },
    );
  });
});

describe("formatListing", () => {
  it("writes the sample back byte for byte", () => {
    expect(formatListing(parseListing(SAMPLE_TEXT, options).papers)).toBe(
      // The one repaired byline is written in its repaired form.
      SAMPLE_TEXT.replace("Alexander, Vezhnevets", "Alexander Vezhnevets"),
    );
  });
});
