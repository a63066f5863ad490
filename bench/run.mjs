// Runs every benchmark script (bench/*.bench.mjs) one after another against
// the built package, each in its own process so one cannot warm or starve
// another. Usage: npm run bench [-- name-filter]
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const dir = fileURLToPath(new URL(".", import.meta.url));
const filter = process.argv[2] ?? "";
const scripts = readdirSync(dir).filter((f) => f.endsWith(".bench.mjs") && f.includes(filter)).sort();
// The sizes the issues set their targets at: a 1 GB listing through the CLI for
// streaming, a 4 MB Markdown file against remark; the others use their defaults.
const ARGS = { "stream.bench.mjs": ["1024", "--cli"], "markdown.bench.mjs": ["4"] };
let failed = 0;
for (const script of scripts) {
  console.log(`\n# ${script}`);
  const result = spawnSync(process.execPath, ["--expose-gc", `${dir}/${script}`, ...(ARGS[script] ?? [])], { stdio: "inherit" });
  if (result.status !== 0) failed += 1;
}
process.exitCode = failed > 0 ? 1 : 0;
