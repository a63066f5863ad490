// A compiled query over 1,000,000 generated papers against a hand-written
// Array.prototype.filter with the same logic, measured in the same run.
// Usage: npx tsup && node bench/query.bench.mjs [papers]
//
// "Same logic" means the same matching rules: the author test is a whole-word
// match that ignores case and diacritics, as `au:` is, so the hand-written
// filter folds names itself. Two figures per query: a cold pass (the first
// run of each, before the JIT has warmed up) and warm passes (tinybench, the
// mean of later runs over the same papers). Neither side caches anything
// between runs.
import { Bench } from "tinybench";
import { compileQuery, resolveCategory } from "../dist/index.js";

const COUNT = Number(process.argv[2] ?? 1_000_000);

/** Deterministic pseudo-random numbers (mulberry32), so every run sees the same papers. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rand = random(42);
const pick = (list) => list[Math.floor(rand() * list.length)];
const GIVEN = ["Max", "Maja", "Aaron", "Grzegorz", "Adrià", "Florent", "Karen", "Oriol", "Koray", "Nal", "Łukasz", "Volodymyr", "Wei-Hung", "Sander", "Razvan"];
const FAMILY = ["Jaderberg", "Trębacz", "van den Oord", "Świrszcz", "Puigdomènech Badia", "Altché", "Simonyan", "Vinyals", "Kavukcuoglu", "Kalchbrenner", "Kaiser", "Mnih", "Weng", "Dieleman", "Pascanu", "O'Donoghue", "Munos", "Heess", "Graves", "Silver"];
const WORDS = ["neural", "networks", "learning", "reinforcement", "deep", "scalable", "generative", "audio", "pixel", "models", "language", "training", "population", "policy", "gradient", "attention", "memory", "synthesis", "agents", "vision"];
// Categories come from the taxonomy, as the parser's do: every cs.LG paper
// shares one "cs.LG" string, which compiled and hand-written tests alike compare.
const CATEGORIES = ["cs.LG", "cs.CV", "cs.CL", "cs.AI", "stat.ML", "cs.SD"].map((id) => resolveCategory(id));
const ABSTRACTS = Array.from({ length: 500 }, () => Array.from({ length: 25 }, () => pick(WORDS)).join(" ") + ".");

/**
 * Flattens a string built by concatenation, as parsed text is: otherwise
 * whichever side runs first pays for flattening, and the other looks faster.
 */
function flat(text) {
  Number(text);
  return text;
}

const papers = [];
for (let i = 0; i < COUNT; i++) {
  const authors = Array.from({ length: 1 + Math.floor(rand() * 5) }, () => {
    const given = pick(GIVEN);
    const family = pick(FAMILY);
    return { name: flat(`${given} ${family}`), given, family };
  });
  const year = 2012 + Math.floor(rand() * 14);
  const month = String(1 + Math.floor(rand() * 12)).padStart(2, "0");
  const day = String(1 + Math.floor(rand() * 28)).padStart(2, "0");
  papers.push({
    title: flat(Array.from({ length: 3 + Math.floor(rand() * 6) }, () => pick(WORDS)).join(" ")),
    authors,
    authorsTruncated: false,
    affiliations: rand() < 0.2 ? ["deepmind"] : [],
    category: pick(CATEGORIES),
    published: `${year}-${month}-${day}`,
    yearInferred: false,
    hasCode: rand() < 0.3,
    badges: [],
    abstract: pick(ABSTRACTS),
  });
}

// The hand-written side: what a careful programmer writes for the same rules.
const NON_ASCII = /[^\u0000-\u007f]/;
/** Words of a name, lower-cased and without diacritics. */
function words(text) {
  const lower = text.toLowerCase();
  const folded = NON_ASCII.test(lower) ? lower.normalize("NFKD").replace(/\p{M}+/gu, "").replace(/ł/g, "l") : lower;
  return folded.split(/[^\p{L}\p{N}]+/u);
}

const cases = [
  {
    name: "issue example (author first)",
    query: "au:jaderberg AND cat:cs.LG AND year:2016..2018 AND has:code",
    hand: (p) =>
      p.authors.some((a) => words(a.name).includes("jaderberg")) &&
      p.category.id === "cs.LG" &&
      p.published >= "2016-01-01" &&
      p.published <= "2018-12-31" &&
      p.hasCode === true,
  },
  {
    // The compiler runs an AND's field tests first (they are pure, so the result
    // is the same); this is the hand-written filter given the same advantage.
    name: "issue example, hand-written with the field tests first",
    query: "au:jaderberg AND cat:cs.LG AND year:2016..2018 AND has:code",
    hand: (p) =>
      p.category.id === "cs.LG" &&
      p.published >= "2016-01-01" &&
      p.published <= "2018-12-31" &&
      p.hasCode === true &&
      p.authors.some((a) => words(a.name).includes("jaderberg")),
  },
  {
    name: "diacritics and a phrase",
    query: 'au:trebacz OR au:"van den oord"',
    hand: (p) =>
      p.authors.some((a) => words(a.name).includes("trebacz")) ||
      p.authors.some((a) => ` ${words(a.name).join(" ")} `.includes(" van den oord ")),
  },
  {
    name: "title prefix and abstract word",
    query: "ti:reinforc* AND abs:memory",
    hand: (p) => words(p.title).some((w) => w.startsWith("reinforc")) && words(p.abstract).includes("memory"),
  },
  {
    name: "no text (fields only)",
    query: "cat:cs.LG AND year:2016..2018 AND has:code",
    hand: (p) => p.category.id === "cs.LG" && p.published >= "2016-01-01" && p.published <= "2018-12-31" && p.hasCode === true,
  },
];

/** Milliseconds one call of `fn` takes. */
function time(fn) {
  const start = performance.now();
  const result = fn();
  return { ms: performance.now() - start, result };
}

console.log(`${COUNT.toLocaleString("en")} papers, node ${process.version}`);
const rows = [];
for (const c of cases) {
  const predicate = compileQuery(c.query);
  // Cold: the very first pass of each (fresh code, nothing warmed up).
  const handCold = time(() => papers.filter(c.hand));
  const compiledCold = time(() => papers.filter(predicate));
  if (handCold.result.length !== compiledCold.result.length) {
    throw new Error(`${c.name}: the hand-written filter found ${handCold.result.length}, the query ${compiledCold.result.length}`);
  }
  // Medians rather than means: a shared machine's hiccups land in the mean.
  const bench = new Bench({ iterations: 9, warmupIterations: 2, time: 0 });
  bench.add("hand-written", () => papers.filter(c.hand)).add("compiled", () => papers.filter(predicate));
  await bench.run();
  const [hand, compiled] = bench.tasks.map((task) => task.result.latency.p50);
  rows.push({
    case: c.name,
    matches: compiledCold.result.length,
    "hand cold ms": handCold.ms.toFixed(0),
    "compiled cold ms": compiledCold.ms.toFixed(0),
    "cold ratio": (compiledCold.ms / handCold.ms).toFixed(2),
    "hand warm ms (median)": hand.toFixed(0),
    "compiled warm ms (median)": compiled.toFixed(0),
    "warm ratio": (compiled / hand).toFixed(2),
  });
}
console.table(rows);
for (const c of cases) console.log(`${c.name}: ${c.query}`);
console.log("ratio = compiled / hand-written (target <= 1.5)");

// Compiling is linear in the query's length: four times the terms take about four times as long.
const compileRows = [];
for (const [name, term, joiner] of [
  ["OR of title words", (i) => `ti:w${i}`, " OR "],
  ["AND of one category", () => "cat:LG", " AND "],
  ["words side by side", (i) => `w${i}`, " "],
]) {
  const query = (n) => Array.from({ length: n }, (_, i) => term(i)).join(joiner);
  const [small, large] = [query(20_000), query(80_000)];
  const best = (q) => Math.min(...Array.from({ length: 5 }, () => time(() => compileQuery(q)).ms));
  const [a, b] = [best(small), best(large)];
  compileRows.push({ query: name, "20,000 terms ms": a.toFixed(1), "80,000 terms ms": b.toFixed(1), ratio: (b / a).toFixed(2) });
}
console.table(compileRows);
console.log("ratio = compile time of 80,000 terms / of 20,000 (linear: about 4)");
