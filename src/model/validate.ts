import * as z from "zod/mini";
import { AuthorSchema } from "./author.js";
import { CategorySchema } from "./category.js";
import { type Paper, PaperSchema, SourceSpanSchema } from "./paper.js";

/**
 * One reason untrusted data is not a valid list of papers.
 *
 * @example
 * // The second paper's date is impossible
 * const issue: ValidationIssue = { path: "[1].published", message: 'expected a calendar date written "YYYY-MM-DD"' };
 */
export interface ValidationIssue {
  /** Where the problem is, written like a JavaScript accessor (`[1].authors[0].name`). */
  readonly path: string;
  /** What is wrong, in words. */
  readonly message: string;
}

/**
 * The outcome of `validatePapers`: the papers, or every issue found.
 *
 * @example
 * // Branch on success
 * const result: ValidationResult = validatePapers(data);
 * if (!result.success) console.error(result.issues);
 */
export type ValidationResult =
  | { readonly success: true; readonly papers: Paper[] }
  | { readonly success: false; readonly issues: ValidationIssue[] };

const PaperListSchema = /* @__PURE__ */ (() =>
  z.array(PaperSchema))();

/**
 * Validates untrusted data (e.g. a saved `papers.json`) as a list of papers.
 *
 * Never throws: bad data gives `success: false` and one issue per problem,
 * each with a path and a message a person can act on. Defaults are filled in
 * (missing `badges` become `[]`, a missing `hasCode` becomes `false`). A
 * field the model does not have is an issue, not dropped in silence (a
 * mistyped `hascode` names `hasCode`); so are a title or a name of blanks, an
 * `arxivId` with its `arXiv:` prefix or a version, the year 0000, and a
 * source span that ends before it starts. The papers' texts come back
 * composed (NFC), as the parser writes them, so a name saved with its
 * accents apart cites as the same name composed.
 *
 * @param data - anything, typically the result of `JSON.parse`
 * @returns the papers, or the issues that stop them from being papers
 *
 * @example
 * // A date that does not exist is reported with its path
 * const result = validatePapers([{ title: "T", authors: [], category: cl, published: "2023-02-30" }]);
 * result.success; //=> false
 * result.issues[0]; //=> { path: "[0].published", message: 'expected a calendar date written "YYYY-MM-DD"' }
 */
export function validatePapers(data: unknown): ValidationResult {
  const result = PaperListSchema.safeParse(data);
  if (result.success) return { success: true, papers: result.data.map(inNfc) };
  return { success: false, issues: result.error.issues.map((issue) => toValidationIssue(issue, data)) };
}

/**
 * Renders validation issues as lines of text, one per issue (`[0].title: a paper needs a title that is not blank`).
 *
 * @param issues - the issues from a failed `validatePapers`
 * @returns one line per issue, joined by newlines
 *
 * @example
 * // Print what is wrong with a file
 * formatValidationIssues([{ path: "[0].title", message: "expected a string" }]);
 * //=> "[0].title: expected a string"
 */
export function formatValidationIssues(issues: readonly ValidationIssue[]): string {
  return issues.map((issue) => `${issue.path || "(root)"}: ${issue.message}`).join("\n");
}

/** Turns one zod issue into a path and a readable message. */
function toValidationIssue(issue: z.core.$ZodIssue, data: unknown): ValidationIssue {
  return { path: formatPath(issue.path), message: describeIssue(issue, valueAt(data, issue.path)) };
}

/** The value found at a path, or `undefined` where the path leads nowhere. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Writes a zod path as a JavaScript accessor. */
function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    out += typeof key === "number" ? `[${key}]` : out === "" ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** Gives each issue a message; zod/mini only says "Invalid input" unless a locale is loaded globally. */
function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  if (issue.message && issue.message !== "Invalid input") return issue.message;
  switch (issue.code) {
    case "invalid_type":
      return value === undefined
        ? `missing; expected ${issue.expected}`
        : `expected ${issue.expected === "int" ? "a whole number" : issue.expected}, got ${describeValue(value)}`;
    case "invalid_value":
      return `expected ${issue.values.map((v) => JSON.stringify(v)).join(" or ")}`;
    case "too_small":
      return `too small: expected ${issue.inclusive ? "at least" : "more than"} ${String(issue.minimum)}`;
    case "too_big":
      return `too big: expected ${issue.inclusive ? "at most" : "less than"} ${String(issue.maximum)}`;
    case "unrecognized_keys":
      return issue.keys.map(unknownField).join("; ");
    default:
      return "invalid value";
  }
}

/** Names the JSON type of a value for a message. */
function describeValue(value: unknown): string {
  if (value === null) return "null";
  // (A number the check refused: NaN, an infinity, a fraction where a whole number is wanted.)
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return "array";
  return typeof value;
}

/** A key no field of the model has, and the field of its objects it may have meant ("hascode", "hasCode"). */
function unknownField(key: string): string {
  const fields = [PaperSchema, AuthorSchema, CategorySchema, SourceSpanSchema].flatMap((schema) => Object.keys(schema.shape));
  const meant = fields.find((field) => field.toLowerCase() === key.toLowerCase());
  return `unknown field ${JSON.stringify(key)}${meant ? `; did you mean ${JSON.stringify(meant)}?` : ""}`;
}

/**
 * A validated paper with its texts composed as the parser writes them (NFC): saved JSON may
 * hold letters and accents apart ("Tre\u0328bacz"), which citations would tell apart from the
 * same name composed.
 */
function inNfc<T>(value: T): T {
  if (typeof value === "string") return value.normalize("NFC") as T;
  if (Array.isArray(value)) return value.map(inNfc) as T;
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(value)) out[key] = inNfc(field);
    return out as T;
  }
  return value;
}
