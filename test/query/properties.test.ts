import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Paper } from "../../src/model/paper.js";
import {
  abstract, affiliation, after, and, author, before, between, category, compileQuery, from, hasCode, inYear,
  not, or, orderBy, text, thenBy, title, type Predicate, type SortKey,
} from "../../src/query/index.js";
import { papersArb } from "./support.js";

/** A query as data, printed to text on one side and built from combinators on the other. */
type Ast =
  | { kind: "term"; field: string; value: string }
  | { kind: "not"; operand: Ast }
  | { kind: "and" | "andnot" | "juxtaposed" | "or"; left: Ast; right: Ast; parens: boolean };

const NAMES = ["jaderberg", "trebacz", "oord", "van den oord", "o'donoghue", "swirszcz", "gemma team", "lukasz", "jader*", "puigdomenech badia", "altche"];
const TEXT = ["neural", "networks", "network*", "generalisation", "mixture of experts", "deep rl", "zurich", "gemma", "learning", "net*"];

const year = fc.integer({ min: 2014, max: 2026 });
const day = fc
  .record({ y: year, m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);

const termArb: fc.Arbitrary<Ast> = fc.oneof(
  fc.record({ field: fc.constant("au"), value: fc.constantFrom(...NAMES) }),
  fc.record({ field: fc.constantFrom("ti", "abs", "all"), value: fc.constantFrom(...TEXT) }),
  fc.record({ field: fc.constant("all"), value: fc.constantFrom(...NAMES) }),
  fc.record({ field: fc.constant("aff"), value: fc.constantFrom("deepmind", "amazon", "amazon-science", "mit", "mil*") }),
  fc.record({ field: fc.constant("cat"), value: fc.constantFrom("cs.LG", "cs", "CV", "math", "stat.ML", "hep-th", "LG") }),
  fc.record({ field: fc.constant("has"), value: fc.constant("code") }),
  fc.record({ field: fc.constant("year"), value: year.map(String) }),
  fc.record({ field: fc.constant("year"), value: fc.tuple(year, year).map(([a, b]) => `${Math.min(a, b)}..${Math.max(a, b)}`) }),
  fc.record({ field: fc.constant("year"), value: year.map((y) => `${y}..`) }),
  fc.record({ field: fc.constant("year"), value: year.map((y) => `..${y}`) }),
  fc.record({ field: fc.constant("date"), value: day }),
  fc.record({ field: fc.constant("date"), value: fc.tuple(day, day).map(([a, b]) => (a <= b ? `${a}..${b}` : `${b}..${a}`)) }),
  fc.record({ field: fc.constant("date"), value: day.map((d) => `${d}..`) }),
  fc.record({ field: fc.constant("date"), value: day.map((d) => `..${d}`) }),
).map((term) => ({ kind: "term" as const, ...term }));

const astArb: fc.Arbitrary<Ast> = fc.letrec<{ ast: Ast }>((tie) => ({
  ast: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    termArb,
    fc.record({ kind: fc.constant("not" as const), operand: tie("ast") }),
    fc.record({
      kind: fc.constantFrom("and" as const, "andnot" as const, "juxtaposed" as const, "or" as const),
      left: tie("ast"),
      right: tie("ast"),
      parens: fc.boolean(),
    }),
  ),
})).ast;

const LEVEL = { or: 1, and: 2, andnot: 2, juxtaposed: 2, not: 3, term: 4 } as const;

/** Prints a query with only the parentheses precedence needs (plus the ones the AST asks for). */
function print(ast: Ast, context = 0): string {
  if (ast.kind === "term") return `${ast.field}:${ast.value.includes(" ") ? `"${ast.value}"` : ast.value}`;
  if (ast.kind === "not") return `NOT ${print(ast.operand, LEVEL.not)}`;
  const level = LEVEL[ast.kind];
  const operator = { or: " OR ", and: " AND ", andnot: " ANDNOT ", juxtaposed: " " }[ast.kind];
  const body = `${print(ast.left, level)}${operator}${print(ast.right, level + 1)}`;
  return ast.parens || level < context ? `(${body})` : body;
}

/** Reads a year/date range value into its bounds. */
function bounds(value: string): [string | undefined, string | undefined, boolean] {
  const [low, high] = value.split("..");
  return [low || undefined, high || undefined, value.includes("..")];
}

/** Builds the same query from combinators, by a different route for ranges than compileQuery takes. */
function build(ast: Ast): Predicate {
  switch (ast.kind) {
    case "not":
      return not(build(ast.operand));
    case "and":
    case "juxtaposed":
      return and(build(ast.left), build(ast.right));
    case "andnot":
      return and(build(ast.left), not(build(ast.right)));
    case "or":
      return or(build(ast.left), build(ast.right));
    case "term":
      break;
  }
  const { field, value } = ast;
  switch (field) {
    case "au":
      return author(value);
    case "ti":
      return title(value);
    case "abs":
      return abstract(value);
    case "all":
      return text(value);
    case "aff":
      return affiliation(value);
    case "cat":
      return category(value);
    case "has":
      return hasCode();
    case "year": {
      const [low, high, range] = bounds(value);
      if (!range) return inYear(Number(low));
      if (low && high) return between(`${low}-01-01`, `${high}-12-31`);
      if (low) return after(`${Number(low) - 1}-12-31`);
      return before(`${Number(high) + 1}-01-01`);
    }
    case "date": {
      const [low, high, range] = bounds(value);
      if (!range) return between(low!, low!);
      if (low && high) return between(low, high);
      if (low) return not(before(low));
      return not(after(high!));
    }
  }
  throw new Error(`no field ${field}`);
}

describe("properties", () => {
  it("compileQuery agrees with the equivalent combinators", () => {
    fc.assert(
      fc.property(astArb, papersArb, (ast, papers) => {
        const query = print(ast);
        expect(papers.map(compileQuery(query)), query).toEqual(papers.map(build(ast)));
      }),
      { numRuns: 500 },
    );
  });

  it("printing with all parentheses or with the fewest gives the same query", () => {
    const parenthesised = (ast: Ast): Ast =>
      ast.kind === "term" ? ast
      : ast.kind === "not" ? { ...ast, operand: parenthesised(ast.operand) }
      : { ...ast, left: parenthesised(ast.left), right: parenthesised(ast.right), parens: true };
    const bare = (ast: Ast): Ast =>
      ast.kind === "term" ? ast
      : ast.kind === "not" ? { ...ast, operand: bare(ast.operand) }
      : { ...ast, left: bare(ast.left), right: bare(ast.right), parens: false };
    fc.assert(
      fc.property(astArb, papersArb, (ast, papers) => {
        expect(papers.map(compileQuery(print(parenthesised(ast))))).toEqual(papers.map(compileQuery(print(bare(ast)))));
      }),
      { numRuns: 200 },
    );
  });

  it("not(not(p)) equals p", () => {
    fc.assert(
      fc.property(astArb, papersArb, (ast, papers) => {
        const p = build(ast);
        expect(papers.map(not(not(p)))).toEqual(papers.map(p));
      }),
      { numRuns: 300 },
    );
  });

  it("De Morgan: not(and(p, q)) equals or(not(p), not(q))", () => {
    fc.assert(
      fc.property(astArb, astArb, papersArb, (a, b, papers) => {
        const [p, q] = [build(a), build(b)];
        expect(papers.map(not(and(p, q)))).toEqual(papers.map(or(not(p), not(q))));
      }),
      { numRuns: 200 },
    );
  });

  it("a query never matches every paper by accident: NOT of it matches the rest", () => {
    fc.assert(
      fc.property(astArb, papersArb, (ast, papers) => {
        const query = print(ast);
        const hits = papers.filter(compileQuery(query)).length;
        const misses = papers.filter(compileQuery(`NOT (${query})`)).length;
        expect(hits + misses).toBe(papers.length);
      }),
      { numRuns: 200 },
    );
  });

  const keyArb = fc.constantFrom<SortKey>("date", "title", "firstAuthor", "category");
  const dirArb = fc.constantFrom("asc" as const, "desc" as const);

  it("from().where().orderBy().thenBy().take() equals filter, stable sort and slice", () => {
    fc.assert(
      fc.property(astArb, papersArb, keyArb, dirArb, keyArb, fc.integer({ min: 0, max: 40 }), (ast, papers, k1, d1, k2, n) => {
        const p = build(ast);
        const expected = papers.filter(p).sort(thenBy(orderBy(k1, d1), k2)).slice(0, n);
        expect(from(papers).where(p).orderBy(k1, d1).thenBy(k2).take(n).toArray()).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it("the async form gives what the sync form gives", async () => {
    async function* stream(papers: readonly Paper[]) {
      for (const paper of papers) yield paper;
    }
    await fc.assert(
      fc.asyncProperty(astArb, papersArb, keyArb, fc.integer({ min: 0, max: 40 }), async (ast, papers, key, n) => {
        const p = build(ast);
        const sync = from(papers).where(p).orderBy(key, "desc").take(n).toArray();
        expect(await from(stream(papers)).where(p).orderBy(key, "desc").take(n).toArray()).toEqual(sync);
      }),
      { numRuns: 100 },
    );
  });
});
