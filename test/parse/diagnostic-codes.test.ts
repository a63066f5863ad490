import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");

describe("the diagnostic codes", () => {
  it("are each documented in the codes table of docs/listing-format.md", () => {
    // The codes `DiagnosticCode` names, as its source lists them, one `| "code"` a line.
    const union = /export type DiagnosticCode =([^;]*);/.exec(read("src/parse/diagnostic.ts"))![1]!;
    const codes = [...union.matchAll(/\| "([a-z0-9-]+)"/g)].map((match) => match[1]!);
    expect(codes.length).toBeGreaterThan(30);
    const docs = read("docs/listing-format.md");
    const table = docs.slice(docs.indexOf("## Diagnostics"), docs.indexOf("## Writing listings back"));
    const documented = new Set([...table.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((match) => match[1]!));
    expect(codes.filter((code) => !documented.has(code))).toEqual([]);
    expect([...documented].filter((code) => !codes.includes(code))).toEqual([]);
  });
});
