// Citation throughput: our APA and BibTeX against citation-js 0.8 (citeproc-js with
// the official APA style; its BibTeX output) on the same papers, in the same run,
// then a check for superlinear cost when many authors share a family name.
// Usage: npx tsup && node bench/cite.bench.mjs
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-csl";
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { Bench } from "tinybench";
import { apaReferenceList, parseListing, toBibtex, toCslJson } from "../dist/index.js";

const text = readFileSync(new URL("../fixtures/sample.txt", import.meta.url), "utf8");
const { papers } = parseListing(text, { referenceDate: "2026-11-26" });
const items = toCslJson(papers);
const cite = new Cite(items);
const n = papers.length;

// tinybench measures each task; the rounds interleave ours and theirs and keep
// each one's best round, so a burst of load on a shared machine hits both alike.
const tasks = {
  "paperlist apaReferenceList": () => apaReferenceList(papers),
  "citation-js apa bibliography": () => cite.format("bibliography", { format: "text", template: "apa", lang: "en-US" }),
  "paperlist toBibtex": () => toBibtex(papers),
  "citation-js bibtex": () => cite.format("bibtex"),
};
const best = new Map();
for (let round = 0; round < 5; round++) {
  const bench = new Bench({ time: 400, warmupTime: round === 0 ? 300 : 50 });
  for (const [name, fn] of Object.entries(tasks)) bench.add(name, fn);
  await bench.run();
  for (const task of bench.tasks) {
    const hz = task.result?.throughput?.mean ?? task.result?.hz ?? 0;
    best.set(task.name, Math.max(best.get(task.name) ?? 0, hz));
  }
}
const perSecond = (name) => (best.get(name) ?? 0) * n;
const ours = { apa: perSecond("paperlist apaReferenceList"), bibtex: perSecond("paperlist toBibtex") };
const theirs = { apa: perSecond("citation-js apa bibliography"), bibtex: perSecond("citation-js bibtex") };
const fmt = (x) => Math.round(x).toLocaleString("en-US").padStart(12);

console.log(`citation benchmark (${n} papers of fixtures/sample.txt per operation; references per second, best of 5 interleaved rounds)`);
console.log(`  APA     paperlist ${fmt(ours.apa)}   citation-js ${fmt(theirs.apa)}   ratio ${(ours.apa / theirs.apa).toFixed(0)}x (target >= 100x)`);
console.log(`  BibTeX  paperlist ${fmt(ours.bibtex)}   citation-js ${fmt(theirs.bibtex)}   ratio ${(ours.bibtex / theirs.bibtex).toFixed(1)}x (target >= 5x)`);

// Many papers whose authors all share one family name: the case that makes
// citeproc's disambiguation slow. Time per reference must stay flat as the list grows.
function sameFamily(count) {
  return Array.from({ length: count }, (_, i) => ({
    ...papers[i % n],
    title: `${papers[i % n].title} ${i}`,
    published: `${2000 + (i % 25)}-0${1 + (i % 9)}-1${i % 10}`,
    authors: Array.from({ length: 3 }, (_, j) => ({ name: `A${(i * 7 + j) % 97} Wang`, given: `A${(i * 7 + j) % 97}`, family: "Wang" })),
    authorsTruncated: i % 2 === 0,
  }));
}
/** Best of three timings, in microseconds per reference. */
function usPerRef(fn, count) {
  let min = Infinity;
  for (let r = 0; r < 3; r++) {
    const start = performance.now();
    fn();
    min = Math.min(min, performance.now() - start);
  }
  return (min * 1000) / count;
}
console.log("  same family name for every author (microseconds per reference):");
console.log(`    ${"papers".padStart(7)} ${"paperlist APA".padStart(14)} ${"paperlist BibTeX".padStart(17)} ${"citation-js APA".padStart(16)}`);
for (const count of [100, 1000, 10000]) {
  const list = sameFamily(count);
  const apa = usPerRef(() => apaReferenceList(list), count);
  const bib = usPerRef(() => toBibtex(list), count);
  // citeproc gets only the two smaller lists: it needs minutes for the largest.
  const theirsApa = count <= 1000 ? usPerRef(() => new Cite(toCslJson(list)).format("bibliography", { template: "apa" }), count) : NaN;
  console.log(`    ${String(count).padStart(7)} ${apa.toFixed(1).padStart(14)} ${bib.toFixed(1).padStart(17)} ${(Number.isNaN(theirsApa) ? "-" : theirsApa.toFixed(0)).padStart(16)}`);
}
