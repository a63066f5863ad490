// Checks of the model's text fields, as plain check functions (see paper.ts): a
// text that must say something, and an arXiv identifier.

import type * as z from "zod/mini";
import { normalizeArxivId } from "../_lib/arxiv.js";

/**
 * A check that a text holds something besides white space, with `message` when it does not
 * (a title of spaces printed as `. (2024).` in APA, a name of spaces as an empty author).
 *
 * @example
 * z.string().check(notBlank("a paper needs a title")).safeParse("   ").success; //=> false
 */
export function notBlank(message: string): (payload: z.core.ParsePayload<string>) => void {
  return (payload) => {
    if (payload.value.trim() !== "") return;
    payload.issues.push({ code: "custom", input: payload.value, path: [], continue: true, message });
  };
}

/**
 * Checks an arXiv identifier as the model holds it: new style or old, without the `arXiv:`
 * prefix or a version, as citations build its DOI (`10.48550/arXiv.2408.00118`) and address
 * from it.
 *
 * @example
 * z.string().check(checkArxivId).safeParse("arXiv:2408.00118v2").success; //=> false
 */
export function checkArxivId(payload: z.core.ParsePayload<string>): void {
  if (normalizeArxivId(payload.value) === payload.value) return;
  payload.issues.push({
    code: "custom",
    input: payload.value,
    path: [],
    continue: true,
    message: `expected an arXiv identifier without prefix or version ("2408.00118", "hep-th/9901001")${suggestion(payload.value)}`,
  });
}

/** `: "2408.00118"`, naming the identifier the value holds with a prefix or a version, when it holds one. */
function suggestion(value: string): string {
  const id = normalizeArxivId(value);
  return id ? `: "${id}"` : "";
}
