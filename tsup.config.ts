import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

// unified, remark-parse and everything they import, for the CJS markdown build.
const MARKDOWN_BUNDLED = [
  /^unified$/, /^remark-parse$/, /^mdast-util-/, /^micromark/, /^unist-util-/, /^vfile/, /^decode-named-character-reference$/,
  /^character-entities/, /^devlop$/, /^bail$/, /^trough$/, /^is-plain-obj$/, /^extend$/, /^ccount$/, /^zwitch$/,
  /^longest-streak$/, /^trim-lines$/, /^debug$/, /^ms$/,
];

// What every runtime build of the library entries shares.
const LIBRARY = { sourcemap: true, treeshake: true, target: "es2022", platform: "neutral", outDir: "dist" } as const;

/** A build of one entry's ESM types (.d.ts) alone, so that no entry declares its types in a chunk. */
const typesOnly = (name: string, path: string) => ({ entry: { [name]: path }, format: ["esm" as const], dts: { only: true }, outDir: "dist" });

// Builds: the library entries (ESM + CJS, each with its own .d.ts / .d.cts)
// and the CLI, which only Node runs and so ships as ESM alone.
export default defineConfig([
  // ESM runtime of both library entries in one build with code splitting: the
  // parser, models and helpers they share go to a chunk that dist/index.js and
  // dist/markdown.js both import, so an app that uses both entries bundles the
  // parser once (and `ListingParseError` is one class). unified and remark stay
  // imports, left to the consumer's install (they are dependencies).
  {
    entry: { index: "src/index.ts", markdown: "src/markdown/index.ts" },
    format: ["esm"],
    splitting: true,
    dts: false,
    clean: true,
    ...LIBRARY,
  },
  typesOnly("index", "src/index.ts"),
  typesOnly("markdown", "src/markdown/index.ts"),
  { entry: { index: "src/index.ts" }, format: ["cjs"], dts: true, ...LIBRARY },
  // "paperlist/markdown" for CJS: it bundles its own copy of the parser, and
  // unified, remark-parse and everything they import, since they ship as ESM
  // only and require(esm) is not everywhere (bundlers, test runners, older
  // Node 20). Its types describe mdast and vfile with local interfaces, so
  // neither .d.ts imports them.
  {
    entry: { markdown: "src/markdown/index.ts" },
    format: ["cjs"],
    dts: true,
    ...LIBRARY,
    noExternal: MARKDOWN_BUNDLED,
    esbuildOptions(options) {
      // remark's packages resolve through "exports"; "default" is their browser-safe build.
      options.mainFields = ["module", "main"];
      options.conditions = ["import", "default"];
    },
  },
  {
    entry: { bin: "src/bin.ts" },
    format: ["esm"],
    dts: false,
    sourcemap: true,
    target: "node20",
    platform: "node",
    outDir: "dist",
    // A small young generation and slow heap growth keep the streaming CLI under
    // 100 MB on a 1 GB listing (bench/stream.bench.mjs); env -S passes the flags.
    banner: { js: "#!/usr/bin/env -S node --max-semi-space-size=2 --heap-growing-percent=10" },
    define: { __PAPERLIST_VERSION__: JSON.stringify(version) },
  },
]);
