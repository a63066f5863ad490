// Markdown parsing: parseMarkdownListing against plain unified().use(remarkParse)
// on the same text, in the same run. Our work on top of remark (walking the
// tree, rendering lines, the listing parser, mapping places back) should cost
// less than remark's own parse.
//
//   node bench/markdown.bench.mjs [sizeMB=4]     against dist/ (run `npx tsup` first)
//   node --import tsx bench/markdown.bench.mjs 4 --src    against src/
//   PAPERLIST_DIST=/path/to/dist node bench/markdown.bench.mjs
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import remarkParse from "remark-parse";
import { unified } from "unified";

const args = process.argv.slice(2);
const sizeMB = Number(args.find((a) => /^\d+(\.\d+)?$/.test(a)) ?? 4);
const root = fileURLToPath(new URL("..", import.meta.url));
const dist = process.env.PAPERLIST_DIST ?? join(root, "dist");
const { parseMarkdownListing } = args.includes("--src")
  ? await import("../src/markdown/index.ts")
  : await import(pathToFileURL(join(dist, "markdown.js")).href);
const OPTIONS = { referenceDate: "2026-11-26" };

/** Repeats a document until it reaches the target size. */
function grow(unit) {
  const copies = Math.max(1, Math.ceil((sizeMB * 1048576) / Buffer.byteLength(unit)));
  return Array.from({ length: copies }, () => unit).join("\n\n");
}

const markdownDir = join(root, "fixtures/markdown");
const inputs = {
  "Markdown fixtures (lists, links, prose)": grow(readdirSync(markdownDir).filter((f) => f.endsWith(".md")).map((f) => readFileSync(join(markdownDir, f), "utf8")).join("\n\n")),
  "plain sample.txt read as Markdown": grow(readFileSync(join(root, "fixtures/sample.txt"), "utf8")),
};

/** Best of `runs` timings of `fn`, in milliseconds. */
function best(fn, runs = 5) {
  let min = Infinity;
  let result;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = fn();
    min = Math.min(min, performance.now() - start);
  }
  return { ms: min, result };
}

const remark = unified().use(remarkParse);
console.log("markdown benchmark");
for (const [name, text] of Object.entries(inputs)) {
  const mb = Buffer.byteLength(text) / 1048576;
  // Interleave the two, best of each, so neither gets all the warm-up or all the quiet moments.
  let remarkMs = Infinity;
  let ours = { ms: Infinity, result: undefined };
  for (let round = 0; round < 5; round++) {
    remarkMs = Math.min(remarkMs, best(() => remark.parse(text), 1).ms);
    const run = best(() => parseMarkdownListing(text, OPTIONS), 1);
    if (run.ms < ours.ms) ours = run;
  }
  const extra = ours.ms - remarkMs;
  console.log(`  ${name}: ${mb.toFixed(1)} MB, ${ours.result.papers.length} papers`);
  console.log(`    unified().use(remarkParse).parse   ${remarkMs.toFixed(0)} ms, ${(mb / (remarkMs / 1000)).toFixed(2)} MB/s`);
  console.log(`    parseMarkdownListing               ${ours.ms.toFixed(0)} ms, ${(mb / (ours.ms / 1000)).toFixed(2)} MB/s`);
  console.log(`    our work on top of remark          ${extra.toFixed(0)} ms = ${(extra / remarkMs).toFixed(2)}x remark's parse (target < 1x)`);
}
