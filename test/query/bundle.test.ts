import { build } from "esbuild";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const queryDir = fileURLToPath(new URL("../../src/query/", import.meta.url));

/** Bundles a one-line consumer of src/query for the browser and returns the minified code. */
async function bundle(source: string): Promise<string> {
  const result = await build({
    stdin: { contents: source, resolveDir: queryDir, loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0]!.text;
}

/** Every source file under src/query. */
function sources(dir = queryDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(`${dir}${entry.name}/`) : [readFileSync(`${dir}${entry.name}`, "utf8")],
  );
}

describe("src/query in a browser", () => {
  it("imports nothing from node:", () => {
    for (const text of sources()) expect(text).not.toMatch(/from\s+["']node:/);
  });

  it("bundles for the browser, and a consumer of one combinator leaves the query language out", async () => {
    const small = await bundle('import { author } from "./index.js"; console.log(author("x"));');
    expect(small).not.toContain("QuerySyntaxError");
    expect(small).not.toContain("ANDNOT");
    expect(small.length).toBeLessThan(4_000);
    const full = await bundle('import { compileQuery } from "./index.js"; console.log(compileQuery("au:x"));');
    expect(full).toContain("QuerySyntaxError");
  });
});
