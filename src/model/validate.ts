import * as z from "zod/mini";
import { type Paper, PaperSchema } from "./paper.js";

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
 * (missing `badges` become `[]`, a missing `hasCode` becomes `false`).
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
  if (result.success) return { success: true, papers: result.data };
  return { success: false, issues: result.error.issues.map((issue) => toValidationIssue(issue, data)) };
}

/**
 * Renders validation issues as lines of text, one per issue (`[0].title: a paper needs a non-empty title`).
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
        : `expected ${issue.expected}, got ${describeValue(value)}`;
    case "invalid_value":
      return `expected ${issue.values.map((v) => JSON.stringify(v)).join(" or ")}`;
    case "too_small":
      return `too small: expected at least ${String(issue.minimum)}`;
    case "unrecognized_keys":
      return `unexpected keys ${issue.keys.join(", ")}`;
    default:
      return "invalid value";
  }
}

/** Names the JSON type of a value for a message. */
function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}
