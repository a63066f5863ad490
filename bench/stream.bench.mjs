// Streaming parse: throughput and peak memory of parseListingStream against
// parseListing on the same generated listing, each in its own process so one
// does not inflate the other's peak RSS.
//
//   node bench/stream.bench.mjs [sizeMB=200]          in-process figures (library)
//   node bench/stream.bench.mjs 1024 --cli            also `paperlist parse <file> --format ndjson`
//                                                     under /usr/bin/time -v (needs dist/bin.js
//                                                     reading files through parseListingStream)
//   node bench/stream.bench.mjs 1024 --cli-only       the CLI alone
//   node bench/stream.bench.mjs --accuracy            the evidence window's effect on accuracy (gold files)
//   node --import tsx bench/stream.bench.mjs 200 --src   run against src/ instead of dist/
//   PAPERLIST_DIST=/path/to/dist node bench/stream.bench.mjs   a copy of dist/ (others may be rebuilding it)
//   BENCH_NODE_FLAGS="--optimize-for-size" node bench/stream.bench.mjs   V8 flags for the stream runs
//   BENCH_ROUNDS=3 (default)                          rounds; each mode keeps its best time and highest RSS
//
// The listing is fixtures/sample.txt repeated (with the year-less "LGFeb 10"
// kept), written once to the system temp directory and reused.
import { spawnSync } from "node:child_process";
import { createReadStream, createWriteStream, existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";

const OPTIONS = { referenceDate: "2026-11-26" };
const root = fileURLToPath(new URL("..", import.meta.url));
const dist = process.env.PAPERLIST_DIST ?? join(root, "dist");
const args = process.argv.slice(2);

if (args[0] === "--child") await child(args[1], args[2], args[3]);
else if (args.includes("--accuracy")) await accuracy();
else await parent();

/**
 * The effect of the evidence window on accuracy: for each listing with a
 * gold file, the entries read differently from the gold, by window size.
 */
async function accuracy() {
  const lib = args.includes("--src") ? await import("../src/index.ts") : await import(pathToFileURL(join(dist, "index.js")).href);
  const listings = [["fixtures/sample.txt", "fixtures/sample.gold.json"]];
  const holdout = join(root, "fixtures/holdout");
  if (existsSync(holdout)) {
    for (const name of readdirSync(holdout).sort()) {
      if (name.endsWith(".txt") && existsSync(join(holdout, name.replace(/\.txt$/, ".gold.json")))) {
        listings.push([`fixtures/holdout/${name}`, `fixtures/holdout/${name.replace(/\.txt$/, ".gold.json")}`]);
      }
    }
  }
  const windows = [0, 1, 2, 5, 10, 25, Infinity];
  console.log(`entries read differently from the gold, by evidence window (before = after = n)`);
  console.log(`  ${"listing".padEnd(36)} ${"entries".padStart(7)} ${windows.map((w) => `n=${w === Infinity ? "∞" : w}`.padStart(6)).join("")}  parseListing`);
  for (const [listing, goldFile] of listings) {
    const text = readFileSync(join(root, listing), "utf8");
    const gold = JSON.parse(readFileSync(join(root, goldFile), "utf8"));
    const counts = [];
    for (const n of windows) {
      const papers = [];
      for await (const event of lib.parseListingStream([text], { ...OPTIONS, evidenceWindow: { before: n, after: n } })) {
        if (event.type === "paper") papers.push(event.paper);
      }
      counts.push(gold.filter((g, i) => !matchesGold(papers[i], g)).length);
    }
    const whole = lib.parseListing(text, OPTIONS).papers;
    const base = gold.filter((g, i) => !matchesGold(whole[i], g)).length;
    console.log(`  ${listing.padEnd(36)} ${String(gold.length).padStart(7)} ${counts.map((c) => String(c).padStart(6)).join("")}  ${String(base).padStart(12)}`);
  }
}

/** Whether a paper agrees with its gold record (the fields /tmp/check.ts and the holdout checks compare). */
function matchesGold(p, g) {
  if (!p) return false;
  const names = JSON.stringify(p.authors.map((a) => a.name));
  const authorsOk = JSON.stringify(p.authors) === JSON.stringify(g.authors) || (g.acceptAuthors ?? []).some((a) => JSON.stringify(a) === names);
  return p.title === g.title && authorsOk && p.published === g.published && p.category.code === g.category && p.hasCode === g.hasCode &&
    p.yearInferred === g.yearInferred && p.authorsTruncated === g.authorsTruncated && JSON.stringify(p.affiliations) === JSON.stringify(g.affiliations) &&
    p.abstract.startsWith(g.abstractStart) && p.abstract.endsWith(g.abstractEnd);
}

/** Runs the measurements, each in a fresh process, and prints a table. */
async function parent() {
  const sizeMB = Number(args.find((a) => /^\d+(\.\d+)?$/.test(a)) ?? 200);
  const fromSrc = args.includes("--src");
  const file = await generate(sizeMB);
  const megabytes = statSync(file).size / 1048576;
  const rows = [
    ["listing", `${megabytes.toFixed(0)} MB (${file})`],
    ["code under test", fromSrc ? "src/ via tsx" : dist],
    ["node flags for the stream runs", process.env.BENCH_NODE_FLAGS || "(none)"],
    ["rounds (best time, highest RSS)", process.env.BENCH_ROUNDS ?? "3"],
  ];
  // Rounds interleave the modes and each keeps its best time: on a shared
  // machine one slow moment should not decide a comparison.
  const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
  const modes = ["stream", "stream-ndjson", "memory"];
  const results = {};
  const failures = {};
  if (args.includes("--cli-only")) modes.length = 0;
  for (let round = 0; round < rounds && modes.length > 0; round++) {
    for (const mode of modes) {
      // BENCH_NODE_FLAGS="--optimize-for-size" shows what V8's heap growth adds to the peak.
      const flags = mode === "memory" ? [] : (process.env.BENCH_NODE_FLAGS ?? "").split(" ").filter(Boolean);
      const run = spawnSync(process.execPath, [...flags, ...(fromSrc ? ["--import", "tsx"] : []), fileURLToPath(import.meta.url), "--child", mode, file, fromSrc ? "src" : "dist"], {
        cwd: root,
        encoding: "utf8",
        maxBuffer: 1 << 20,
      });
      if (run.status !== 0) {
        const output = (run.stderr || run.stdout).trim().split("\n");
        failures[mode] = output.find((line) => /Error/.test(line))?.trim() ?? output.slice(-3).join(" | ");
        continue;
      }
      const r = JSON.parse(run.stdout.trim().split("\n").at(-1));
      const prev = results[mode];
      results[mode] = prev ? { ...r, ms: Math.min(prev.ms, r.ms), firstMs: Math.min(prev.firstMs, r.firstMs), maxRssMB: Math.max(prev.maxRssMB, r.maxRssMB) } : r;
    }
  }
  for (const mode of modes) {
    const label = { stream: "parseListingStream (file stream)", "stream-ndjson": "  … and JSON.stringify per paper", memory: "readFileSync + parseListing" }[mode];
    const r = results[mode];
    rows.push([
      label,
      r
        ? `${(r.ms / 1000).toFixed(1)} s, ${(megabytes / (r.ms / 1000)).toFixed(1)} MB/s, peak RSS ${r.maxRssMB.toFixed(0)} MB, ${r.papers} papers, first paper after ${r.firstMs.toFixed(0)} ms`
        : `failed: ${failures[mode]}`,
    ]);
  }
  if (results.stream && results.memory) {
    rows.push(["stream time / in-memory time", `${(results.stream.ms / results.memory.ms).toFixed(2)}x (target <= 1.5x)`]);
    rows.push(["same papers", String(results.stream.papers === results.memory.papers && results.stream.checksum === results.memory.checksum)]);
  }
  if (args.includes("--cli") || args.includes("--cli-only")) rows.push(["CLI parse --format ndjson", cli(file, megabytes)]);
  console.log("stream benchmark");
  for (const [k, v] of rows) console.log(`  ${k.padEnd(36)} ${v}`);
}

/** One measurement, printed as a JSON line. */
async function child(mode, file, from) {
  const lib = from === "src" ? await import("../src/index.ts") : await import(pathToFileURL(join(dist, "index.js")).href);
  const start = performance.now();
  let papers = 0;
  let checksum = 0;
  let firstMs = -1;
  const count = (paper) => {
    if (firstMs < 0) firstMs = performance.now() - start;
    papers += 1;
    checksum = (checksum + paper.title.length * 31 + paper.authors.length) % 1_000_000_007;
  };
  if (mode === "memory") {
    const { papers: all } = lib.parseListing(readFileSync(file, "utf8"), OPTIONS);
    all.forEach(count);
  } else {
    let bytes = 0;
    for await (const event of lib.parseListingStream(createReadStream(file, { highWaterMark: 1 << 16 }), OPTIONS)) {
      if (event.type !== "paper") continue;
      count(event.paper);
      if (mode === "stream-ndjson") bytes += JSON.stringify(event.paper).length + 1;
    }
    if (bytes < 0) console.log(bytes);
  }
  const ms = performance.now() - start;
  console.log(JSON.stringify({ ms, firstMs, papers, checksum, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
}

/** Writes the generated listing once (streamed, so the generator holds little memory). */
async function generate(sizeMB) {
  const file = join(tmpdir(), `paperlist-bench-${sizeMB}MB.txt`);
  const target = sizeMB * 1048576;
  if (existsSync(file) && statSync(file).size >= target) return file;
  const unit = `${readFileSync(join(root, "fixtures/sample.txt"), "utf8")}\n`;
  const out = createWriteStream(file);
  for (let written = 0; written < target; written += Buffer.byteLength(unit)) {
    if (!out.write(unit)) await new Promise((resolve) => out.once("drain", resolve));
  }
  await new Promise((resolve, reject) => out.end((error) => (error ? reject(error) : resolve())));
  return file;
}

/** Runs the CLI under /usr/bin/time -v and reports its wall time, throughput and peak RSS. */
function cli(file, megabytes) {
  const bin = join(dist, "bin.js");
  if (!existsSync(bin)) return "skipped: dist/bin.js not built";
  // Run the command as users get it: with the node flags its shebang line passes
  // (`#!/usr/bin/env -S node --max-semi-space-size=2 …`), unless BENCH_NODE_FLAGS says otherwise.
  const shebang = /^#!\S+ -S node (.*)$/m.exec(readFileSync(bin, "utf8").split("\n", 1)[0] ?? "");
  const flags = (process.env.BENCH_NODE_FLAGS ?? shebang?.[1] ?? "").split(" ").filter(Boolean);
  const run = spawnSync("/usr/bin/time", ["-v", process.execPath, ...flags, bin, "parse", file, "--format", "ndjson", "--quiet", "--reference-date", OPTIONS.referenceDate], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "ignore", "pipe"],
    maxBuffer: 64 << 20,
  });
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr ?? "");
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):(\d+(?:\.\d+)?)/.exec(run.stderr ?? "");
  if (run.status !== 0 || !rss || !wall) return `failed (exit ${run.status}): ${(run.stderr ?? "").trim().split("\n").slice(0, 2).join(" | ")}`;
  const seconds = Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]);
  const peak = Number(rss[1]) / 1024;
  return `${seconds.toFixed(1)} s, ${(megabytes / seconds).toFixed(1)} MB/s, peak RSS ${peak.toFixed(0)} MB (target < 100 MB)`;
}
