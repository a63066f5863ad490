import { describe, expect, expectTypeOf, it } from "vitest";
import type { Author } from "../../src/model/author.js";
import type { Category } from "../../src/model/category.js";
import { type Paper, PaperSchema, type PaperInput, SourceSpanSchema } from "../../src/model/paper.js";
import { formatValidationIssues, validatePapers } from "../../src/model/validate.js";
import { parseListing } from "../../src/parse/parse-listing.js";
import { SAMPLE_REFERENCE_DATE, SAMPLE_TEXT } from "../support/sample.js";

const cl: Category = { code: "CL", id: "cs.CL", name: "Computation and Language", archive: "cs" };

describe("validatePapers", () => {
  it("accepts the parser's own output after a JSON round trip", () => {
    const { papers } = parseListing(SAMPLE_TEXT, { referenceDate: SAMPLE_REFERENCE_DATE });
    const result = validatePapers(JSON.parse(JSON.stringify(papers)));
    expect(result).toEqual({ success: true, papers });
  });

  it("fills in defaults for the optional fields", () => {
    const result = validatePapers([{ title: "T", authors: [], category: cl, published: "2024-07-31" }]);
    expect(result.success && result.papers[0]).toEqual({
      title: "T",
      authors: [],
      category: cl,
      published: "2024-07-31",
      authorsTruncated: false,
      affiliations: [],
      yearInferred: false,
      hasCode: false,
      badges: [],
      abstract: "",
    });
  });

  it("names the path and the problem of every bad field", () => {
    const result = validatePapers([
      { title: "ok", authors: [], category: cl, published: "2024-07-31" },
      { title: "", authors: [{ name: "" }], category: { code: "CL" }, published: "2023-02-30", hasCode: "yes" },
    ]);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues).toEqual([
      { path: "[1].title", message: "a paper needs a title that is not blank" },
      { path: "[1].authors[0].name", message: "an author needs a name that is not blank" },
      { path: "[1].category.id", message: "missing; expected string" },
      { path: "[1].category.name", message: "missing; expected string" },
      { path: "[1].category.archive", message: "missing; expected string" },
      { path: "[1].published", message: 'expected a calendar date written "YYYY-MM-DD"' },
      { path: "[1].hasCode", message: "expected boolean, got string" },
    ]);
    expect(formatValidationIssues(result.issues.slice(0, 1))).toBe("[1].title: a paper needs a title that is not blank");
  });

  it("wants source lines that are positive whole numbers, with zod's own issues", () => {
    const at = (startLine: unknown, endLine: unknown) => ({ title: "T", authors: [], category: cl, published: "2024-07-31", source: { startLine, endLine } });
    const result = validatePapers([at(1.5, 0), at(2 ** 60, "3"), at(4, 4)]);
    expect(result.success || result.issues).toEqual([
      { path: "[0].source.startLine", message: "expected a whole number, got 1.5" },
      { path: "[0].source.endLine", message: "too small: expected more than 0" },
      { path: "[1].source.startLine", message: "too big: expected at most 9007199254740991" },
      { path: "[1].source.endLine", message: "expected number, got string" },
    ]);
    const raw = SourceSpanSchema.safeParse({ startLine: -(2 ** 60), endLine: 1.5 }).error?.issues;
    expect(raw).toEqual([
      { code: "too_small", origin: "int", minimum: Number.MIN_SAFE_INTEGER, inclusive: true, note: "Integers must be within the safe integer range.", path: ["startLine"], message: "Invalid input" },
      { code: "too_small", origin: "number", minimum: 0, inclusive: false, path: ["startLine"], message: "Invalid input" },
      { code: "invalid_type", expected: "int", format: "safeint", path: ["endLine"], message: "Invalid input" },
    ]);
  });

  it("names fields the model does not have, blank texts, arXiv ids with a prefix or version, year 0000 and a span backwards", () => {
    // (Found by a reviewing helper: each passed, and a mistyped "hascode" was dropped in silence.)
    const paper = { title: "T", authors: [{ name: "Ada Lovelace", given: "Ada", family: "Lovelace" }], category: cl, published: "2024-07-31" };
    const result = validatePapers([
      { ...paper, hascode: true, arxivID: "2408.00118" },
      { ...paper, title: "   ", authors: [{ name: " \t" }] },
      { ...paper, arxivId: "arXiv:2408.00118v2" },
      { ...paper, arxivId: "not an id ../../?x=<b>" },
      { ...paper, published: "0000-01-01", source: { startLine: 10, endLine: 3 } },
      { ...paper, authors: [{ ...paper.authors[0], nmae: "x" }], category: { ...cl, colour: "red" } },
      { ...paper, source: { startLine: Number.NaN, endLine: Number.POSITIVE_INFINITY } },
    ]);
    expect(result.success || result.issues).toEqual([
      { path: "[0]", message: 'unknown field "hascode"; did you mean "hasCode"?; unknown field "arxivID"; did you mean "arxivId"?' },
      { path: "[1].title", message: "a paper needs a title that is not blank" },
      { path: "[1].authors[0].name", message: "an author needs a name that is not blank" },
      { path: "[2].arxivId", message: 'expected an arXiv identifier without prefix or version ("2408.00118", "hep-th/9901001"): "2408.00118"' },
      { path: "[3].arxivId", message: 'expected an arXiv identifier without prefix or version ("2408.00118", "hep-th/9901001")' },
      { path: "[4].published", message: 'expected a calendar date written "YYYY-MM-DD"' },
      { path: "[4].source.endLine", message: "the entry ends (line 3) before it starts (line 10)" },
      { path: "[5].authors[0]", message: 'unknown field "nmae"' },
      { path: "[5].category", message: 'unknown field "colour"' },
      { path: "[6].source.startLine", message: "expected number, got NaN" },
      { path: "[6].source.endLine", message: "expected number, got Infinity" },
    ]);
  });

  it("gives texts back composed (NFC), as the parser writes them", () => {
    const paper = { title: "Cafe\u0301", authors: [{ name: "Maja Tre\u0328bacz", given: "Maja", family: "Tre\u0328bacz" }], category: cl, published: "2024-07-31" };
    const result = validatePapers([paper]);
    expect(result.success && [result.papers[0]!.title, result.papers[0]!.authors[0]!.family]).toEqual(["Café", "Trębacz"]);
  });

  it("rejects what is not a list", () => {
    expect(validatePapers({ papers: [] })).toEqual({ success: false, issues: [{ path: "", message: "expected array, got object" }] });
  });
});

describe("the inferred types", () => {
  it("come from the schemas", () => {
    expectTypeOf<Paper["published"]>().toEqualTypeOf<string>();
    expectTypeOf<Paper["authors"]>().toEqualTypeOf<Author[]>();
    expectTypeOf<Paper["hasCode"]>().toEqualTypeOf<boolean>();
    expectTypeOf<PaperInput["hasCode"]>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<Paper["arxivId"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Author["literal"]>().toEqualTypeOf<true | undefined>();
    expectTypeOf(PaperSchema.parse).returns.toEqualTypeOf<Paper>();
  });
});
