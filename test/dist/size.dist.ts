// Size budgets of each entry's browser bundle, and tree-shaking: what a
// consumer does not import is not in its bundle.
import { describe, expect, inject, it } from "vitest";
import { BUDGETS, bundle, measureEntries, measureImports, sizes } from "../../scripts/size.mjs";
import { entries, readManifest } from "./support.js";


const consumer = inject("consumer");
const installed = inject("installed");
const manifest = readManifest(installed);

/** Strings only the query language holds (its error codes, class name and messages): minifying keeps strings. */
const QUERY_LANGUAGE = ["unterminated-phrase", "lowercase-operator", "QuerySyntaxError", "an operator or the end of the query"];

/** Strings only the citation formatters hold (their diagnostic codes). */
const CITATIONS = ["key-deduplicated", "authors-truncated", "non-ascii-kept"];

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

describe("the browser bundle of each entry, minified and gzipped", async () => {
  const rows = await measureEntries(installed, consumer);
  console.log(rows.map((r) => `size: ${r.specifier} ${kb(r.minified)} minified, ${kb(r.gzipped)} gzipped (budget ${r.budget === undefined ? "none" : kb(r.budget)})`).join("\n"));

  it("has a budget for every entry of the exports map", () => {
    expect(Object.keys(BUDGETS).sort()).toEqual(entries(manifest).map((e) => e.subpath).sort());
  });

  it.each(rows)("keeps $specifier within its budget", (row) => {
    expect(row.budget, `no budget for ${row.subpath}`).toBeDefined();
    expect(row.gzipped, `${row.specifier}: ${kb(row.gzipped)} gzipped, budget ${kb(row.budget ?? 0)}`).toBeLessThanOrEqual(row.budget!);
  });
});

describe("the browser bundle of what typical apps import, minified and gzipped", async () => {
  const rows = await measureImports(consumer);
  console.log(rows.map((r) => `size: import ${r.label} ${kb(r.gzipped)} gzipped (budget ${kb(r.budget)})`).join("\n"));

  it.each(rows)("keeps import $label within its budget", (row) => {
    expect(row.gzipped, `${row.label}: ${kb(row.gzipped)} gzipped, budget ${kb(row.budget)}`).toBeLessThanOrEqual(row.budget);
  });
});

describe("tree-shaking", () => {
  it("declares the package free of side effects", () => {
    expect((readManifest(installed) as unknown as { sideEffects: unknown }).sideEffects).toBe(false);
  });

  it("keeps the query language out of a consumer that imports only toBibtex", async () => {
    const code = await bundle('import { toBibtex } from "paperlist";\nconsole.log(toBibtex([]).text);', consumer);
    const whole = await bundle('export * from "paperlist";', consumer);
    // The probe strings must be in the whole entry, or their absence proves nothing.
    for (const probe of QUERY_LANGUAGE) expect(whole, `"${probe}" is not in the package any more: pick another probe`).toContain(probe);
    for (const probe of QUERY_LANGUAGE) expect(code).not.toContain(probe);
    const { gzipped } = sizes(code);
    console.log(`size: import { toBibtex } ${kb(gzipped)} gzipped`);
    expect(gzipped).toBeLessThan(sizes(whole).gzipped);
  });

  it("keeps zod out of a consumer that never validates (parseListing, toBibtex)", async () => {
    // zod's issue codes: present wherever a schema is built.
    const probes = ["invalid_type", "too_small"];
    const whole = await bundle('export * from "paperlist";', consumer);
    for (const probe of probes) expect(whole, `"${probe}" is not in zod's bundle any more: pick another probe`).toContain(probe);
    for (const only of ["parseListing", "toBibtex"]) {
      const code = await bundle(`import { ${only} } from "paperlist";\nconsole.log(${only});`, consumer);
      // Schemas are module-level calls: every zod call in them must be marked /* @__PURE__ */,
      // the inner ones too (z.string(), z.optional(), .check(...)), or the bundler keeps them all.
      for (const probe of probes) expect(code, `import { ${only} } carries zod`).not.toContain(probe);
    }
  });

  it("bundles the parser once in an ESM app that imports both entries", async () => {
    const one = await bundle('import { parseListing } from "paperlist";\nconsole.log(parseListing);', consumer);
    const both = await bundle(
      'import { parseListing } from "paperlist";\nimport { parseMarkdownListing } from "paperlist/markdown";\nconsole.log(parseListing, parseMarkdownListing);',
      consumer,
    );
    // A diagnostic code only the parser writes: a second copy of the parser would double it.
    const count = (code: string): number => code.split("year-inferred").length - 1;
    expect(count(one)).toBeGreaterThan(0);
    expect(count(both)).toBe(count(one));
    console.log(`size: import { parseListing } and { parseMarkdownListing } ${kb(sizes(both).gzipped)} gzipped`);
  });

  it("keeps the citation formatters and the query language out of a consumer that imports only parseListing", async () => {
    const code = await bundle('import { parseListing } from "paperlist";\nconsole.log(parseListing("").papers);', consumer);
    const whole = await bundle('export * from "paperlist";', consumer);
    for (const probe of [...CITATIONS, ...QUERY_LANGUAGE]) {
      expect(whole).toContain(probe);
      expect(code).not.toContain(probe);
    }
    console.log(`size: import { parseListing } ${kb(sizes(code).gzipped)} gzipped`);
  });
});
