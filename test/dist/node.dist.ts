// Node consumers: ESM `import` and CJS `require` of every entry in the exports map.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { entries, ok, readManifest, run } from "./support.js";

const consumer = inject("consumer");
const installed = inject("installed");
const manifest = readManifest(installed);
const sample = join(installed, "fixtures/sample.txt");

/** Each script prints `{ [specifier]: sorted export names }` and, for the main entry, a parse of the sample. */
const ESM = `
const specifiers = JSON.parse(process.argv[2]);
const out = {};
for (const s of specifiers) out[s] = Object.keys(await import(s)).sort();
const { parseListing } = await import("paperlist");
const { readFileSync } = await import("node:fs");
const { papers } = parseListing(readFileSync(process.argv[3], "utf8"), { referenceDate: "2026-11-26" });
// Runs of terms far longer than anyone types, which a spread into arguments overflowed in plain Node.
const { compileQuery } = await import("paperlist");
const long = [" ", " OR "].map((joiner) => papers.filter(compileQuery(Array(200000).fill("learning").join(joiner))).length);
// Errors of the CommonJS copy, loaded beside this one (a dependency that requires the package), caught here.
const required = (await import("node:module")).createRequire(import.meta.url)("paperlist");
const { QuerySyntaxError, ListingParseError } = await import("paperlist");
const caught = (f) => { try { f(); } catch (error) { return error; } };
const queryError = caught(() => required.compileQuery("(au:x OR)"));
const parseError = caught(() => required.parseListing("LGFeb 10, 2025", { referenceDate: "2026-11-26", strict: true }));
const crossCopy = [required.QuerySyntaxError !== QuerySyntaxError, queryError instanceof QuerySyntaxError, parseError instanceof ListingParseError];
console.log(JSON.stringify({ exports: out, papers: papers.length, first: papers[0].title, long, crossCopy }));
`;
const CJS = `
const specifiers = JSON.parse(process.argv[2]);
const out = {};
for (const s of specifiers) out[s] = Object.keys(require(s)).sort();
const { parseListing } = require("paperlist");
const { papers } = parseListing(require("node:fs").readFileSync(process.argv[3], "utf8"), { referenceDate: "2026-11-26" });
console.log(JSON.stringify({ exports: out, papers: papers.length, first: papers[0].title }));
`;

interface Loaded {
  exports: Record<string, string[]>;
  papers: number;
  first: string;
  long?: number[];
  crossCopy?: boolean[];
}

const specifiers = entries(manifest).map((e) => e.specifier);
let esm: Loaded;
let cjs: Loaded;

beforeAll(async () => {
  for (const [name, type, file, body] of [["esm", "module", "index.js", ESM], ["cjs", "commonjs", "index.js", CJS]] as const) {
    mkdirSync(join(consumer, name), { recursive: true });
    writeFileSync(join(consumer, name, "package.json"), JSON.stringify({ name: `consumer-${name}`, private: true, type }));
    writeFileSync(join(consumer, name, file), body);
  }
  const [a, b] = await Promise.all([
    run(process.execPath, ["index.js", JSON.stringify(specifiers), sample], { cwd: join(consumer, "esm") }),
    run(process.execPath, ["index.js", JSON.stringify(specifiers), sample], { cwd: join(consumer, "cjs") }),
  ]);
  esm = JSON.parse(ok(a, "ESM consumer").stdout) as Loaded;
  cjs = JSON.parse(ok(b, "CJS consumer").stdout) as Loaded;
});

describe("a Node consumer", () => {
  it("finds an entry point for every subpath of the exports map", () => {
    expect(specifiers).toContain("paperlist");
    expect(Object.keys(esm.exports).sort()).toEqual([...specifiers].sort());
  });

  it.each(specifiers)("imports %s from ESM with named exports", (specifier) => {
    expect(esm.exports[specifier]!.length).toBeGreaterThan(0);
    expect(esm.exports[specifier]).not.toContain("default");
  });

  it.each(specifiers)("requires %s from CJS with the same names as ESM", (specifier) => {
    expect(cjs.exports[specifier]).toEqual(esm.exports[specifier]);
  });

  it("parses the bundled sample listing from both module systems", () => {
    expect(esm.papers).toBe(50);
    expect(cjs.papers).toBe(50);
    expect(cjs.first).toBe(esm.first);
  });

  it("compiles runs of 200,000 terms side by side and ORed in plain Node, whose stack a spread of them into arguments overflowed", () => {
    const learning = esm.long![1]!;
    expect(learning).toBeGreaterThan(0);
    expect(esm.long).toEqual([learning, learning]);
  });

  it("tells the errors of its CommonJS copy, loaded beside the ESM one, as its own", () => {
    // Two copies of each class, and an error of one is an instance of the other.
    expect(esm.crossCopy).toEqual([true, true, true]);
  });

  it("exposes its package.json", async () => {
    const result = ok(
      await run(process.execPath, ["-p", 'require("paperlist/package.json").version'], { cwd: join(consumer, "cjs") }),
      "require package.json",
    );
    expect(result.stdout.trim()).toBe(manifest.version);
  });
});
