// TypeScript consumers: node16 (ESM and CJS packages) and bundler resolution
// typecheck a use of every entry point against the installed package.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { entries, readManifest, run, tools } from "./support.js";

const consumer = inject("consumer");
const installed = inject("installed");
const manifest = readManifest(installed);
const tsc = join(tools, "typescript/bin/tsc");

/** Uses of the public API, each written only when its entry exports the names it needs. */
const USES: { specifier: string; needs: string[]; code: string }[] = [
  {
    specifier: "paperlist",
    needs: ["parseListing", "formatListing", "formatDiagnostic", "ListingParseError"],
    code: `
const result: ParseResult = parseListing("CLJul 31, 2024\\nA Title\\nMaja Trębacz\\nAbstract.\\n", { referenceDate: "2026-11-26", strict: false });
const firstPaper: Paper | undefined = result.papers[0];
const diagnostic: Diagnostic | undefined = result.diagnostics[0];
const severity: Severity | undefined = diagnostic?.severity;
const lines: string = result.diagnostics.map((d) => formatDiagnostic(d, "papers.txt")).join("\\n");
const listing: string = formatListing(result.papers);
try { parseListing("", { strict: true }); } catch (error) { if (error instanceof ListingParseError) console.log(error.message); }
void [firstPaper, severity, lines, listing];`,
  },
  {
    specifier: "paperlist",
    needs: ["PaperSchema", "AuthorSchema", "validatePapers"],
    code: `
const parsed: Paper = PaperSchema.parse(JSON.parse("{}"));
const author: Author = AuthorSchema.parse({ name: "Gemma Team", literal: true });
const checked = validatePapers(JSON.parse("[]"));
const category: Category = parsed.category;
void [author, checked, category];`,
  },
  {
    specifier: "paperlist",
    needs: ["toBibtex", "toApa", "apaReferenceList", "toCslJson"],
    code: `
const bib: string = toBibtex(papers).text;
const apa: string = toApa(papers[0]!, { format: "html" }).text;
const list: string[] = apaReferenceList(papers).references.map((r) => r.text);
const csl = toCslJson(papers);
void [bib, apa, list, csl];`,
  },
  {
    specifier: "paperlist",
    needs: ["compileQuery", "from", "author", "and", "inYear"],
    code: `
const matches: Paper[] = papers.filter(compileQuery('au:"van den Oord" AND cat:cs.LG'));
const alsoMatches: Paper[] = papers.filter(and(author("Vinyals"), inYear(2024)));
const fluent = from(papers).where(author("Vinyals"));
void [matches, alsoMatches, fluent];`,
  },
  {
    specifier: "paperlist",
    needs: ["parseListingStream"],
    code: `
async function collect(chunks: Iterable<string>): Promise<Paper[]> {
  const out: Paper[] = [];
  for await (const event of parseListingStream(chunks, { referenceDate: "2026-11-26" })) {
    if (event.type === "paper") out.push(event.paper);
  }
  return out;
}
void collect;`,
  },
  {
    specifier: "paperlist/markdown",
    needs: ["parseMarkdownListing", "remarkPaperlist"],
    code: `
const fromMarkdown = parseMarkdownListing("# Reading list\\n\\nCLJul 31, 2024\\n", { referenceDate: "2026-11-26" });
const mdPapers: MdPaper[] = fromMarkdown.papers;
const plugin = remarkPaperlist({ referenceDate: "2026-11-26" });
void [mdPapers, plugin];`,
  },
];

/** Type names each use relies on, imported with `import type` when the entry has them (checked by tsc). */
const TYPES: Record<string, string[]> = {
  paperlist: ["Paper", "Author", "Category", "Diagnostic", "Severity", "ParseResult"],
  "paperlist/markdown": ["Paper as MdPaper"],
};

/** Writes the consumer's sources: every runtime export must exist in the types, and the uses above. */
async function sources(): Promise<{ exportsCheck: string; uses: string }> {
  const names = new Map<string, string[]>();
  for (const { specifier } of entries(manifest)) {
    const result = await run(process.execPath, ["--input-type=module", "-e", `console.log(JSON.stringify(Object.keys(await import(${JSON.stringify(specifier)}))))`], { cwd: consumer });
    names.set(specifier, JSON.parse(result.stdout) as string[]);
  }
  // Value exports at run time and in the types must be the same set.
  const exportsCheck = [...names].map(([specifier, keys], i) => {
    const union = keys.map((k) => JSON.stringify(k)).join(" | ") || "never";
    return [
      `import * as m${i} from ${JSON.stringify(specifier)};`,
      `type Runtime${i} = ${union};`,
      `export const present${i}: Runtime${i} extends keyof typeof m${i} ? true : false = true;`,
      `export const nothingElse${i}: Exclude<keyof typeof m${i}, Runtime${i}> extends never ? true : false = true;`,
    ].join("\n");
  }).join("\n");
  const chosen = USES.filter((use) => use.needs.every((name) => names.get(use.specifier)?.includes(name)));
  const imports = new Map<string, Set<string>>();
  for (const use of chosen) for (const name of use.needs) (imports.get(use.specifier) ?? imports.set(use.specifier, new Set()).get(use.specifier)!).add(name);
  const lines = [...imports].map(([specifier, set]) => `import { ${[...set].join(", ")} } from ${JSON.stringify(specifier)};`);
  for (const [specifier, types] of Object.entries(TYPES)) if (names.has(specifier)) lines.push(`import type { ${types.join(", ")} } from ${JSON.stringify(specifier)};`);
  lines.push("declare const papers: Paper[];");
  const uses = `${lines.join("\n")}\n${chosen.map((use, i) => `{${use.code}\n}`.replace(/^/, `// use ${i + 1}: ${use.needs.join(", ")}\n`)).join("\n")}\nexport {};\n`;
  return { exportsCheck, uses };
}

interface Variant {
  name: string;
  /** Checking every .d.ts takes ~13 s; the bundler variant reads the same .d.ts as node16-esm. */
  skipLibCheck: boolean;
  type: "module" | "commonjs";
  compilerOptions: Record<string, unknown>;
}

const VARIANTS: Variant[] = [
  { name: "ts-node16-esm", skipLibCheck: false, type: "module", compilerOptions: { module: "node16", moduleResolution: "node16", lib: ["ES2022"], types: ["node"] } },
  { name: "ts-node16-cjs", skipLibCheck: false, type: "commonjs", compilerOptions: { module: "node16", moduleResolution: "node16", lib: ["ES2022"], types: ["node"] } },
  { name: "ts-bundler", skipLibCheck: true, type: "module", compilerOptions: { module: "esnext", moduleResolution: "bundler", lib: ["ES2022", "DOM", "DOM.Iterable"], types: [] } },
];

describe("a TypeScript consumer", async () => {
  const { exportsCheck, uses } = await sources();

  it("uses the parser, the models and every other entry that exists", () => {
    expect(uses).toContain("parseListing(");
    if (entries(manifest).some((e) => e.subpath === "./markdown")) expect(uses).toContain("parseMarkdownListing(");
  });

  it.concurrent.each(VARIANTS)("typechecks with $name (skipLibCheck $skipLibCheck)", async (variant) => {
    const dir = join(consumer, variant.name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: variant.name, private: true, type: variant.type }));
    writeFileSync(join(dir, "exports-check.ts"), exportsCheck);
    writeFileSync(join(dir, "uses.ts"), uses);
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({
      compilerOptions: {
        target: "ES2022", strict: true, noEmit: true, skipLibCheck: variant.skipLibCheck, esModuleInterop: true,
        // Only @types/node comes from the repository (a Node consumer has it); the rest is the install.
        typeRoots: [join(tools, "@types"), "./node_modules/@types"],
        ...variant.compilerOptions,
      },
      files: ["exports-check.ts", "uses.ts"],
    }, null, 2));
    const result = await run(process.execPath, [tsc, "-p", dir, "--pretty", "false"], { cwd: dir });
    expect(result.stdout + result.stderr).toBe("");
    expect(result.code).toBe(0);
  });
});
