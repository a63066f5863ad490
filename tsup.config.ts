import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

// Two builds: the library entries (ESM + CJS, each with its own .d.ts / .d.cts)
// and the CLI, which only Node runs and so ships as ESM alone.
export default defineConfig([
  {
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    treeshake: true,
    target: "es2022",
    platform: "neutral",
    outDir: "dist",
  },
  {
    entry: { bin: "src/bin.ts" },
    format: ["esm"],
    dts: false,
    sourcemap: true,
    target: "node20",
    platform: "node",
    outDir: "dist",
    banner: { js: "#!/usr/bin/env node" },
    define: { __PAPERLIST_VERSION__: JSON.stringify(version) },
  },
]);
