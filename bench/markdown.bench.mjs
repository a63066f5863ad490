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
import { best } from "./best-time.mjs";
import { fileURLToPath, pathToFileURL } from "node:url";
import remarkParse from "remark-parse";
import { unified } from "unified";

const args = process.argv.slice(2);
const sizeMB = Number(args.find((a) => /^\d+(\.\d+)?$/.test(a)) ?? 4);
const root = fileURLToPath(new URL("..", import.meta.url));
const dist = process.env.PAPERLIST_DIST ?? join(root, "dist");
const { parseMarkdownListing, remarkPaperlist } = args.includes("--src")
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


const remark = unified().use(remarkParse);
console.log("markdown benchmark");
for (const [name, text] of Object.entries(inputs)) {
  const mb = Buffer.byteLength(text) / 1048576;
  // Interleave, best of each, so none gets all the warm-up or all the quiet moments.
  // "Our work" is timed on its own: the plugin's transformer on a tree remark has
  // already made, which is everything parseMarkdownListing adds to remark's parse.
  const transform = remarkPaperlist(OPTIONS);
  const file = { value: text, data: {}, message: () => ({}) };
  let remarkMs = Infinity;
  let oursMs = Infinity;
  let totalMs = Infinity;
  let papers = 0;
  for (let round = 0; round < 5; round++) {
    const parsed = best(() => remark.parse(text), 1);
    remarkMs = Math.min(remarkMs, parsed.ms);
    oursMs = Math.min(oursMs, best(() => transform(parsed.result, file), 1).ms);
    const total = best(() => parseMarkdownListing(text, OPTIONS), 1);
    totalMs = Math.min(totalMs, total.ms);
    papers = total.result.papers.length;
  }
  console.log(`  ${name}: ${mb.toFixed(1)} MB, ${papers} papers`);
  console.log(`    unified().use(remarkParse).parse   ${remarkMs.toFixed(0)} ms, ${(mb / (remarkMs / 1000)).toFixed(2)} MB/s`);
  console.log(`    our work on remark's tree          ${oursMs.toFixed(0)} ms = ${(oursMs / remarkMs).toFixed(2)}x remark's parse (target < 1x)`);
  console.log(`    parseMarkdownListing, in all       ${totalMs.toFixed(0)} ms, ${(mb / (totalMs / 1000)).toFixed(2)} MB/s`);
}
