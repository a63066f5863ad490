// Parse throughput on a synthetic listing of at least 50 MB built from the
// bundled fixtures, against JSON.parse of the same papers as JSON, measured in
// the same run. Usage: node bench/parse.bench.mjs [sizeMB] (run `npm run build` first).
import { readFileSync, readdirSync } from "node:fs";
import { best } from "./best-time.mjs";
import { parseListing } from "../dist/index.js";

const targetMB = Number(process.argv[2] ?? 50);
const fixtures = new URL("../fixtures/", import.meta.url);
const pieces = [readFileSync(new URL("sample.txt", fixtures), "utf8")];
for (const name of readdirSync(new URL("damage/", fixtures))) {
  if (name.endsWith(".txt")) pieces.push(readFileSync(new URL(`damage/${name}`, fixtures), "utf8").replace(/^\ufeff/, ""));
}
const unit = pieces.join("\n");
const copies = Math.ceil((targetMB * 1024 * 1024) / Buffer.byteLength(unit));
const text = Array.from({ length: copies }, () => unit).join("\n");
const megabytes = Buffer.byteLength(text) / (1024 * 1024);
const options = { referenceDate: "2026-11-26" };


const parsed = best(() => parseListing(text, options));
const json = JSON.stringify(parsed.result.papers);
const jsonParsed = best(() => JSON.parse(json));
const junkLine = "x".repeat(text.length);
const junk = best(() => parseListing(junkLine, options), 3);

global.gc?.();
const before = process.memoryUsage().heapUsed;
const keep = parseListing(text, options);
global.gc?.();
const heldMB = (process.memoryUsage().heapUsed - before) / (1024 * 1024);

const rows = [
  ["listing size", `${megabytes.toFixed(1)} MB, ${keep.papers.length} papers`],
  ["parseListing", `${parsed.ms.toFixed(0)} ms, ${(megabytes / (parsed.ms / 1000)).toFixed(0)} MB/s`],
  ["JSON.parse of the same papers", `${jsonParsed.ms.toFixed(0)} ms (${(Buffer.byteLength(json) / 1048576).toFixed(0)} MB of JSON)`],
  ["ratio parseListing / JSON.parse", `${(parsed.ms / jsonParsed.ms).toFixed(2)}x (target <= 1.5x)`],
  ["one line of junk, same size", `${junk.ms.toFixed(0)} ms (${(junk.ms / parsed.ms).toFixed(2)}x the real listing)`],
  ["heap held by the result", `${heldMB.toFixed(0)} MB for ${megabytes.toFixed(0)} MB of input${global.gc ? "" : " (run with --expose-gc for an exact figure)"}`],
];
console.log("parse benchmark");
for (const [k, v] of rows) console.log(`  ${k.padEnd(34)} ${v}`);
