import * as z from "zod/mini";

// Each schema is built inside a pure IIFE: a bundler may then drop it, and zod with it,
// from consumers that never validate (nested calls in a plain pure call would be kept).
import { readIsoDate } from "../_lib/calendar.js";
import { AuthorSchema } from "./author.js";
import { CategorySchema } from "./category.js";
import { checkArxivId, notBlank } from "./text-checks.js";

/**
 * Schema of a calendar date written `YYYY-MM-DD`, the only form a `Paper` date takes in JSON.
 *
 * @example
 * // A real day passes, an impossible one fails
 * IsoDateSchema.safeParse("2024-07-31").success; //=> true
 * IsoDateSchema.safeParse("2023-02-30").success; //=> false
 */
export const IsoDateSchema = /* @__PURE__ */ (() =>
  z.string().check(checkIsoDate))();

// The checks below are plain check functions, which zod/mini runs without
// bundling a check class: they raise the very issues `z.refine`, `z.int()`
// and `z.positive()` raise (same codes, fields and messages), for about 2 KB
// less of zod in every bundle that validates.

/** `z.refine(readIsoDate)` with our message: a custom issue. */
function checkIsoDate(payload: z.core.ParsePayload<string>): void {
  // (Not year 0000, which no calendar of citations has: citeproc drops such a date.)
  if ((readIsoDate(payload.value)?.year ?? 0) > 0) return;
  payload.issues.push({
    code: "custom",
    input: payload.value,
    path: [],
    continue: true,
    message: 'expected a calendar date written "YYYY-MM-DD"',
  });
}

/** `z.int().check(z.positive())`: a safe integer, then greater than 0. */
function checkLineNumber(payload: z.core.ParsePayload<number>): void {
  const input = payload.value;
  if (!Number.isInteger(input)) {
    payload.issues.push({ expected: "int", format: "safeint", code: "invalid_type", continue: false, input });
    return;
  }
  if (!Number.isSafeInteger(input)) {
    const note = "Integers must be within the safe integer range.";
    payload.issues.push(
      input > 0
        ? { input, code: "too_big", maximum: Number.MAX_SAFE_INTEGER, note, origin: "int", inclusive: true, continue: true }
        : { input, code: "too_small", minimum: Number.MIN_SAFE_INTEGER, note, origin: "int", inclusive: true, continue: true },
    );
  }
  if (input <= 0) payload.issues.push({ origin: "number", code: "too_small", minimum: 0, input, inclusive: false, continue: true });
}

/**
 * Schema of the place in the input a paper came from (1-based, inclusive lines).
 *
 * @example
 * // The first entry of a listing spans lines 1 to 3
 * SourceSpanSchema.parse({ startLine: 1, endLine: 3 });
 * //=> { startLine: 1, endLine: 3 }
 */
export const SourceSpanSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      /** First line of the entry (its header), 1-based. */
      startLine: z.number().check(checkLineNumber),
      /** Last line of the entry, 1-based and inclusive. */
      endLine: z.number().check(checkLineNumber),
    })
    .check(checkSpanOrder))();

/** An entry ends on or after the line it starts on. */
function checkSpanOrder(payload: z.core.ParsePayload<{ startLine: number; endLine: number }>): void {
  const { startLine, endLine } = payload.value;
  if (!(endLine < startLine)) return;
  payload.issues.push({ code: "custom", input: payload.value, path: ["endLine"], continue: true, message: `the entry ends (line ${endLine}) before it starts (line ${startLine})` });
}

/**
 * Where in the input a paper came from.
 *
 * @example
 * // The lines of the second entry of a listing without blank lines
 * const span: SourceSpan = { startLine: 4, endLine: 6 };
 */
export type SourceSpan = z.infer<typeof SourceSpanSchema>;

/**
 * Schema of one paper: the single source of the `Paper` type, and the way to
 * validate untrusted JSON such as a saved `papers.json` (see `validatePapers`).
 *
 * Optional lists and flags default to empty or `false`, so a hand-written
 * object only needs a title, authors, category and date.
 *
 * @example
 * // Validate one paper from JSON
 * const paper = PaperSchema.parse(JSON.parse(text));
 */
export const PaperSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The title as written. */
    title: z.string().check(notBlank("a paper needs a title that is not blank")),
    /** The authors the listing shows, in order. */
    authors: z.array(AuthorSchema),
    /** The listing said "et al.": more authors exist than `authors` holds. */
    authorsTruncated: z._default(z.boolean(), false),
    /** Affiliation slugs after the ` · ` ("deepmind", "amazon-science"). */
    affiliations: z._default(z.array(z.string()), []),
    /** The primary arXiv category. */
    category: CategorySchema,
    /**
     * The other categories the paper is cross-listed in, when the listing
     * shows them (a header with every code glued, primary first:
     * `DLCLFeb 3, 2025`).
     */
    crossLists: z.optional(z.array(CategorySchema)),
    /** Publication date, `YYYY-MM-DD`. */
    published: IsoDateSchema,
    /** The listing gave no year; it was inferred from the reference date. */
    yearInferred: z._default(z.boolean(), false),
    /** The paper links to its source code (the `Code` badge). */
    hasCode: z._default(z.boolean(), false),
    /** Every badge after the date, as written ("Code"). */
    badges: z._default(z.array(z.string()), []),
    /** The abstract as one line of text (may be empty when the listing had none). */
    abstract: z._default(z.string(), ""),
    /** arXiv identifier ("2408.00118", "hep-th/9901001"), when known. */
    arxivId: z.optional(z.string().check(checkArxivId)),
    /** Link to the paper's page, when known. */
    url: z.optional(z.string()),
    /** Link to the paper's source code, when known. */
    codeUrl: z.optional(z.string()),
    /** The lines of the input the paper came from. */
    source: z.optional(SourceSpanSchema),
  }))();

/**
 * One paper of a listing, as parsed or as validated from JSON.
 *
 * @example
 * // Read the first author's family name
 * const first: string | undefined = paper.authors[0]?.family;
 */
export type Paper = z.infer<typeof PaperSchema>;

/**
 * What `PaperSchema` accepts: a `Paper` whose defaulted fields may be left out.
 *
 * @example
 * // The least a hand-written paper needs
 * const input: PaperInput = {
 *   title: "Attention Is All You Need",
 *   authors: [{ name: "Ashish Vaswani", given: "Ashish", family: "Vaswani" }],
 *   category: { code: "CL", id: "cs.CL", name: "Computation and Language", archive: "cs" },
 *   published: "2017-06-12",
 * };
 */
export type PaperInput = z.input<typeof PaperSchema>;
