// Parse throughput on synthetic listings of at least 50 MB built from the
// bundled fixtures, against JSON.parse of the same papers as JSON, measured in
// the same run. Three listings: the sample with every damage fixture (about one
// entry in four damaged), the clean real listings (the sample and the
// hand-checked holdout listings), and the same clean listings with the authors'
// family names made unique in every copy. Copies of the same few hundred
// entries repeat every name, which the parser's name memos turn into cheap
// look-ups; a real 50 MB listing repeats few names, so the third listing is the
// closest to one. Usage:
//   node --expose-gc bench/parse.bench.mjs [sizeMB]   (run `npm run build` first)
import { randomBytes } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { best } from "./best-time.mjs";
import { parseListing } from "../dist/index.js";

const targetMB = Number(process.argv[2] ?? 50);
const fixtures = new URL("../fixtures/", import.meta.url);
const read = (path) => readFileSync(new URL(path, fixtures), "utf8").replace(/^\ufeff/, "");
const damaged = ["sample.txt", ...readdirSync(new URL("damage/", fixtures)).filter((n) => n.endsWith(".txt")).map((n) => `damage/${n}`)];
const clean = ["sample.txt", ...readdirSync(new URL("holdout/", fixtures)).filter((n) => /^real-.*\.txt$/.test(n)).map((n) => `holdout/${n}`)];
const listings = {
  "sample + damage fixtures": [damaged, false],
  "clean listings (sample + holdout real-*)": [clean, false],
  "clean listings, names unique in every copy": [clean, true],
};
const options = { referenceDate: "2026-11-26" };

/**
 * A listing of at least `targetMB` made of copies of the given fixtures. With
 * `unique`, copy n appends the letters of n in base 26 ("b", "c", … "ba") to
 * every capitalized word that ends a name in a byline ("Riviere" → "Rivierec"),
 * so no name repeats from one copy to the next.
 */
function build(paths, unique) {
  const unit = paths.map(read).join("\n");
  const copies = Math.ceil((targetMB * 1024 * 1024) / Buffer.byteLength(unit));
  if (!unique) return Array.from({ length: copies }, () => unit).join("\n");
  const lines = unit.split("\n");
  const out = [];
  for (let copy = 0; copy < copies; copy++) {
    const suffix = letters(copy);
    for (const line of lines) out.push(suffix && line.length < 400 && line.includes(", ") ? line.replace(NAME_END, `$1${suffix}`) : line);
  }
  return out.join("\n");
}

/** A capitalized word that ends a name: before ", ", " et al.", " ·" or the end of the line. */
const NAME_END = /(\p{Lu}\p{Ll}+)(?=, | et al\.| ·|\r?$)/gu;

/**
 * Lines of 10 MB made of what makes a line costly: characters that each need
 * a repair or a look, set against the first 10 MB of the listing.
 */
function junkLines(real) {
  const size = real.length;
  const realMs = best(() => parseListing(real, options), 3).ms;
  const kinds = {
    "random bytes read as UTF-8": new TextDecoder().decode(randomBytes(size)).replace(/[\r\n]/g, " "),
    "one CJK character repeated": "中".repeat(size),
    "one accented letter repeated": "é".repeat(size),
    "a letter and a no-break space": "a\u00a0".repeat(size / 2),
    "a letter and two spaces": "a  ".repeat(size / 3),
    "zero-width spaces": "a\u200b".repeat(size / 2),
    // Each kind of odd and zero-width space in one line: a split per kind would copy it each time.
    "odd and zero-width spaces mixed": "a\u00a0b\u2009c\u200bd\u00ad".repeat(size / 8),
    '" · " repeated': " · ".repeat(size / 3),
    '"&amp;" repeated': "&amp;".repeat(size / 5),
    '"Jan1" repeated': "Jan1".repeat(size / 4),
    // A spreadsheet's separators and quotes: cells to split and quotes to close.
    "a letter, a tab and a quote": 'a\t"'.repeat(size / 3),
    "a letter, a semicolon and a quote": 'a;"'.repeat(size / 3),
    // A byline of one long word with capitals and lost letters inside: glue points everywhere.
    "a header, then a byline of aB?c": `LGFeb 10\n${"aB?c".repeat(size / 4)}`,
    // An abstract of lines a terminal cut, all as wide: joined back piece by piece.
    "a card, then lines a terminal cut": `LGFeb 10\nA TitleJane Doe, John Roe\n${`${"abcdefghijklmnopqrst".repeat(5)}\n`.repeat(size / 101)}`,
    // A byline of lines a terminal cut, each opening with a capital: where the byline ends is asked at each join.
    "a header, then cut lines opening with a capital": `LGFeb 10\n${`${"Abcdefghij".repeat(10)}\n`.repeat(size / 101)}`,
  };
  const rows = [];
  for (const [name, line] of Object.entries(kinds)) {
    const ms = best(() => parseListing(line, options), 3).ms;
    rows.push([name, `${ms.toFixed(0)} ms (${(ms / realMs).toFixed(2)}x)`]);
  }
  console.log(` lines of junk, ${(size / 1048576).toFixed(0)} M characters each, against the same length of the listing (${realMs.toFixed(0)} ms)`);
  for (const [k, v] of rows) console.log(`  ${k.padEnd(34)} ${v}`);
}

/** `n` in base 26 written with the letters a–z ("" for 0). */
function letters(n) {
  let text = "";
  for (; n > 0; n = Math.floor(n / 26)) text = String.fromCharCode(97 + (n % 26)) + text;
  return text;
}

console.log("parse benchmark");
let first = true;
for (const [name, [paths, unique]] of Object.entries(listings)) {
  const text = build(paths, unique);
  const megabytes = Buffer.byteLength(text) / (1024 * 1024);
  const parsed = best(() => parseListing(text, options));
  const json = JSON.stringify(parsed.result.papers);
  const jsonParsed = best(() => JSON.parse(json));
  const rows = [
    ["listing size", `${megabytes.toFixed(1)} MB, ${parsed.result.papers.length} papers`],
    ["parseListing", `${parsed.ms.toFixed(0)} ms, ${(megabytes / (parsed.ms / 1000)).toFixed(0)} MB/s`],
    ["JSON.parse of the same papers", `${jsonParsed.ms.toFixed(0)} ms (${(Buffer.byteLength(json) / 1048576).toFixed(0)} MB of JSON)`],
    ["ratio parseListing / JSON.parse", `${(parsed.ms / jsonParsed.ms).toFixed(2)}x (target <= 1.5x)`],
  ];
  if (first) {
    // Linear time: one line of junk as long as the listing.
    const junk = best(() => parseListing("x".repeat(text.length), options), 3);
    rows.push(["one line of junk, same size", `${junk.ms.toFixed(0)} ms (${(junk.ms / parsed.ms).toFixed(2)}x the real listing)`]);
    junkLines(text.slice(0, 10 * 1024 * 1024));
    global.gc?.();
    const before = process.memoryUsage().heapUsed;
    const keep = parseListing(text, options);
    global.gc?.();
    const heldMB = (process.memoryUsage().heapUsed - before) / (1024 * 1024);
    rows.push(["heap held by the result", `${heldMB.toFixed(0)} MB for ${megabytes.toFixed(0)} MB of input${global.gc ? "" : " (run with --expose-gc for an exact figure)"}${keep.papers.length ? "" : ""}`]);
    first = false;
  }
  console.log(` ${name}`);
  for (const [k, v] of rows) console.log(`  ${k.padEnd(34)} ${v}`);
}
