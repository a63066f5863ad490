import { describe, expect, it } from "vitest";
import type { Paper } from "../../src/model/paper.js";
import { compileQuery, QuerySyntaxError, type QueryErrorCode } from "../../src/query/index.js";
import { cat, goldPapers, makePaper, person } from "./support.js";

const gold = goldPapers(["Population Based Training of Neural Networks", "Decoupled Neural Interfaces using Synthetic Gradients"]);
const titles = (query: string, papers: readonly Paper[] = gold) => papers.filter(compileQuery(query)).map((p) => p.title);
const count = (query: string) => gold.filter(compileQuery(query)).length;

describe("compileQuery fields", () => {
  it("runs the issue's example", () => {
    expect(titles("au:jaderberg AND cat:cs.LG AND year:2016..2018 AND has:code")).toEqual([
      "Population Based Training of Neural Networks",
      "Decoupled Neural Interfaces using Synthetic Gradients",
    ]);
  });

  it("au matches authors, ignoring diacritics, and takes a phrase", () => {
    expect(titles("au:trebacz")).toEqual(["Improving alignment of dialogue agents via targeted human judgements"]);
    expect(count("au:oord")).toBe(6);
    expect(count('au:"van den oord"')).toBe(6);
    expect(count("au:van-den-oord")).toBe(6);
    expect(count("au:swirszcz")).toBe(1);
    expect(count("au:jader")).toBe(0);
    expect(count("au:jader*")).toBe(6);
  });

  it("ti, abs, all and a bare term search their fields", () => {
    expect(titles("ti:wavenet")).toEqual(["Parallel WaveNet: Fast High-Fidelity Speech Synthesis", "WaveNet: A Generative Model for Raw Audio"]);
    expect(count('ti:"neural networks"')).toBe(7);
    expect(count("abs:gemma")).toBe(count("abs:GEMMA"));
    expect(count("all:jaderberg")).toBe(6);
    expect(count("jaderberg")).toBe(6);
    expect(count('"max jaderberg"')).toBe(6);
    expect(titles("baidu")).toEqual(titles("aff:baidu"));
    expect(titles("baidu")).toHaveLength(1);
  });

  it("aff matches affiliation slugs", () => {
    expect(count("aff:deepmind")).toBe(5);
    expect(titles("aff:amazon")).toEqual(["Gemini 2.5: Pushing the Frontier with Advanced Reasoning, Multimodality, Long Context, and Next Generation Agentic Capabilities"]);
  });

  it("cat takes an id, an archive or a code", () => {
    expect(count("cat:cs.LG")).toBe(22);
    expect(count("cat:LG")).toBe(22);
    expect(count("cat:stat")).toBe(2);
    expect(count("cat:cs")).toBe(48);
  });

  it("year takes a year, a range and open ranges", () => {
    expect(count("year:2016")).toBe(17);
    expect(count("year:2016..2016")).toBe(17);
    expect(count("year:2015..2016")).toBe(count("year:2015") + 17);
    expect(count("year:2024..")).toBe(count("date:2024-01-01.."));
    expect(count("year:..2015")).toBe(count("year:2015"));
  });

  it("date takes a day and ranges of days, both ends included", () => {
    expect(titles("date:2016-06-15")).toEqual(["Strategic Attentive Writer for Learning Macro-Actions", "Progressive Neural Networks"]);
    expect(count("date:2016-06-13..2016-06-15")).toBe(3);
    expect(count("date:..2015-06-05")).toBe(2);
    expect(count("date:2026-02-10..")).toBe(1);
  });

  it("has:code matches papers with code, in any case", () => {
    expect(count("has:code")).toBe(3);
    expect(count("HAS:Code")).toBe(3);
  });
});

describe("compileQuery operators", () => {
  const p = (title: string, family: string, published = "2017-01-01") =>
    makePaper({ title, authors: [person("X", family)], published, category: cat("cs.LG") });
  const papers = [p("alpha", "a"), p("beta", "b"), p("gamma", "c"), p("alpha beta", "b")];
  const q = (query: string) => titles(query, papers);

  it("AND, OR, NOT and ANDNOT combine terms", () => {
    expect(q("ti:alpha AND au:b")).toEqual(["alpha beta"]);
    expect(q("ti:alpha OR ti:gamma")).toEqual(["alpha", "gamma", "alpha beta"]);
    expect(q("NOT ti:alpha")).toEqual(["beta", "gamma"]);
    expect(q("ti:alpha ANDNOT au:b")).toEqual(["alpha"]);
  });

  it("reads adjacent terms as AND", () => {
    expect(q("ti:alpha au:b")).toEqual(q("ti:alpha AND au:b"));
    expect(q("alpha beta")).toEqual(["alpha beta"]);
  });

  it("binds NOT tighter than AND, and AND tighter than OR", () => {
    expect(q("ti:gamma OR ti:alpha AND au:b")).toEqual(["gamma", "alpha beta"]);
    expect(q("ti:alpha AND au:b OR ti:gamma")).toEqual(["gamma", "alpha beta"]);
    expect(q("NOT ti:alpha AND NOT ti:gamma")).toEqual(["beta"]);
    expect(q("NOT ti:alpha OR au:a")).toEqual(["alpha", "beta", "gamma"]);
    expect(q("ti:alpha OR ti:beta ANDNOT au:b")).toEqual(["alpha", "alpha beta"]);
  });

  it("groups with parentheses", () => {
    expect(q("(ti:gamma OR ti:alpha) AND au:b")).toEqual(["alpha beta"]);
    expect(q("NOT (ti:alpha OR ti:gamma)")).toEqual(["beta"]);
    expect(q("((ti:alpha))")).toEqual(["alpha", "alpha beta"]);
    expect(q("ti:alpha ANDNOT (au:a OR au:c)")).toEqual(["alpha beta"]);
  });

  it("chains ANDNOT and NOT NOT", () => {
    expect(q("ti:alpha ANDNOT au:a ANDNOT au:b")).toEqual([]);
    expect(q("NOT NOT ti:gamma")).toEqual(["gamma"]);
  });

  it("ignores white space of any kind around tokens", () => {
    expect(q("  ti:alpha\tAND\n au:b  ")).toEqual(["alpha beta"]);
    expect(q("(ti:alpha)au:b")).toEqual(["alpha beta"]);
  });

  it("keeps lower-case and, or and not inside a phrase or a field value", () => {
    const war = makePaper({ title: "War and Peace" });
    expect(titles('ti:"war and peace"', [war])).toEqual(["War and Peace"]);
    expect(titles("ti:and", [war])).toEqual(["War and Peace"]);
  });

  it("takes operators only in capitals, so a word such as OR needs quotes", () => {
    const or = makePaper({ title: "OR gates" });
    expect(titles('"OR" gates', [or])).toEqual(["OR gates"]);
  });
});

/** Catches the error a query throws. */
function errorOf(query: string): QuerySyntaxError {
  try {
    compileQuery(query);
  } catch (error) {
    if (error instanceof QuerySyntaxError) return error;
    throw error;
  }
  throw new Error(`no error for ${query}`);
}

describe("compileQuery errors", () => {
  it("tells an error of another copy of the package (its ESM or CommonJS build) by its name, and nothing else", () => {
    class ForeignQuerySyntaxError extends SyntaxError {
      override readonly name = "QuerySyntaxError";
    }
    expect(new ForeignQuerySyntaxError("x") instanceof QuerySyntaxError).toBe(true);
    expect(errorOf("(au:x OR)") instanceof QuerySyntaxError).toBe(true);
    expect(new SyntaxError("x") instanceof QuerySyntaxError).toBe(false);
    expect(Object.assign(new Error("x"), { name: "QuerySyntaxError" }) instanceof QuerySyntaxError).toBe(false);
    expect((undefined as unknown) instanceof QuerySyntaxError).toBe(false);
    class Mine extends QuerySyntaxError {}
    expect(new ForeignQuerySyntaxError("x") instanceof Mine).toBe(false);
    expect(errorOf("(au:x OR)") instanceof Mine).toBe(false);
  });

  it("gives the issue's message for a dangling operator", () => {
    const error = errorOf("(au:jaderberg OR)");
    expect(error).toBeInstanceOf(QuerySyntaxError);
    expect(error).toBeInstanceOf(SyntaxError);
    expect(error.name).toBe("QuerySyntaxError");
    expect(error.message).toBe('unexpected ")" at column 17; expected a term');
    expect(error).toMatchObject({ code: "unexpected-token", column: 17, endColumn: 18, found: ")", expected: "a term", query: "(au:jaderberg OR)" });
  });

  const cases: [query: string, code: QueryErrorCode, column: number, found: string, message: string][] = [
    ["", "unexpected-token", 1, "end of query", "unexpected end of query at column 1; expected a term"],
    ["   ", "unexpected-token", 4, "end of query", "unexpected end of query at column 4; expected a term"],
    ["au:x AND", "unexpected-token", 9, "end of query", "unexpected end of query at column 9; expected a term"],
    ["au:x OR OR au:y", "unexpected-token", 9, "OR", 'unexpected "OR" at column 9; expected a term'],
    ["AND au:x", "unexpected-token", 1, "AND", 'unexpected "AND" at column 1; expected a term'],
    ["au:x ANDNOT", "unexpected-token", 12, "end of query", "unexpected end of query at column 12; expected a term"],
    ["NOT", "unexpected-token", 4, "end of query", "unexpected end of query at column 4; expected a term"],
    ["NOT )", "unexpected-token", 5, ")", 'unexpected ")" at column 5; expected a term'],
    ["()", "unexpected-token", 2, ")", 'unexpected ")" at column 2; expected a term'],
    [")", "unexpected-token", 1, ")", 'unexpected ")" at column 1; expected a term'],
    ["(au:x", "unexpected-token", 6, "end of query", 'unexpected end of query at column 6; expected an operator or ")"'],
    ["((au:x) OR ti:y", "unexpected-token", 16, "end of query", 'unexpected end of query at column 16; expected an operator or ")"'],
    ["au:x)", "unexpected-token", 5, ")", 'unexpected ")" at column 5; expected an operator or the end of the query'],
    ["au:x) OR (ti:y", "unexpected-token", 5, ")", 'unexpected ")" at column 5; expected an operator or the end of the query'],
    [":x", "unexpected-token", 1, ":", 'unexpected ":" at column 1; expected a term'],
    ["au:", "missing-value", 4, "end of query", 'unexpected end of query at column 4; expected a value right after "au:"'],
    ["au: jaderberg", "missing-value", 4, " ", 'unexpected " " at column 4; expected a value right after "au:"'],
    ["(ti:)", "missing-value", 5, ")", 'unexpected ")" at column 5; expected a value right after "ti:"'],
    ['ti:"neural', "unterminated-phrase", 4, '"neural', 'unterminated phrase at column 4; expected a closing " at the end of the phrase'],
    ['au:x "neural', "unterminated-phrase", 6, '"neural', 'unterminated phrase at column 6; expected a closing " at the end of the phrase'],
    ["xx:foo", "unknown-field", 1, "xx", 'unknown field "xx" at column 1; expected one of the fields au, ti, abs, all, aff, cat, year, date, has'],
    ["au:x AND arXiv:1711.09846", "unknown-field", 10, "arxiv", 'unknown field "arxiv" at column 10; expected one of the fields au, ti, abs, all, aff, cat, year, date, has'],
    ['""', "invalid-value", 1, "", 'invalid value "" at column 1; expected words to search for (letters or digits)'],
    ['ti:""', "invalid-value", 4, "", 'invalid value "" at column 4; expected words to search for (letters or digits)'],
    ["au:!!!", "invalid-value", 4, "!!!", 'invalid value "!!!" at column 4; expected words to search for (letters or digits)'],
    ["cat:cs.XX", "invalid-value", 5, "cs.XX", 'invalid value "cs.XX" at column 5; expected an arXiv category id, archive or code (cs.LG, cs, LG)'],
    ["has:pdf", "invalid-value", 5, "pdf", 'invalid value "pdf" at column 5; expected "code"'],
    ["year:16", "invalid-value", 6, "16", 'invalid value "16" at column 6; expected a year (2016) or a range of years (2016..2018, 2016.., ..2018)'],
    ["year:..", "invalid-value", 6, "..", 'invalid value ".." at column 6; expected a year (2016) or a range of years (2016..2018, 2016.., ..2018)'],
    ["year:20162018", "invalid-value", 6, "20162018", 'invalid value "20162018" at column 6; expected a year (2016) or a range of years (2016..2018, 2016.., ..2018)'],
    ["year:2016-2018", "invalid-value", 6, "2016-2018", 'invalid value "2016-2018" at column 6; expected a year (2016) or a range of years (2016..2018, 2016.., ..2018)'],
    ["year:2018..2016", "invalid-value", 6, "2018..2016", 'invalid value "2018..2016" at column 6; expected a range whose start is not after its end'],
    ["date:2016-02-30", "invalid-value", 6, "2016-02-30", 'invalid value "2016-02-30" at column 6; expected a date that exists on the calendar, written YYYY-MM-DD'],
    ["date:2016", "invalid-value", 6, "2016", 'invalid value "2016" at column 6; expected a date YYYY-MM-DD or a range of dates (2016-01-01..2016-06-30)'],
    ["date:2016-06-30..2016-01-01", "invalid-value", 6, "2016-06-30..2016-01-01", 'invalid value "2016-06-30..2016-01-01" at column 6; expected a range whose start is not after its end'],
    ["au:x or au:y", "lowercase-operator", 6, "or", 'unexpected "or" at column 6; expected an operator in capitals (OR), or "or" in quotes to search for the word'],
    ["not au:x", "lowercase-operator", 1, "not", 'unexpected "not" at column 1; expected an operator in capitals (NOT), or "not" in quotes to search for the word'],
    ["au:x And au:y", "lowercase-operator", 6, "And", 'unexpected "And" at column 6; expected an operator in capitals (AND), or "And" in quotes to search for the word'],
    ["au:x andnot au:y", "lowercase-operator", 6, "andnot", 'unexpected "andnot" at column 6; expected an operator in capitals (ANDNOT), or "andnot" in quotes to search for the word'],
    // Signs other search boxes read as operators would quietly search for the word.
    ["-reinforcement", "unexpected-token", 1, "-", 'unexpected "-" at column 1; expected NOT before a term to leave out the papers it matches (or the term in quotes to search for it as written)'],
    ['au:x !"deep rl"', "unexpected-token", 6, "!", 'unexpected "!" at column 6; expected NOT before a term to leave out the papers it matches (or the term in quotes to search for it as written)'],
    ["+au:hinton", "unexpected-token", 1, "+", 'unexpected "+" at column 1; expected a term with no "+": terms side by side must all match already (or the term in quotes to search for it as written)'],
    ["ti:-net", "unexpected-token", 4, "-", 'unexpected "-" at column 4; expected NOT before a term to leave out the papers it matches (or the term in quotes to search for it as written)'],
    ["--reinforcement", "unexpected-token", 1, "-", 'unexpected "-" at column 1; expected NOT before a term to leave out the papers it matches (or the term in quotes to search for it as written)'],
    ["au:x –rl", "unexpected-token", 6, "–", 'unexpected "–" at column 6; expected NOT before a term to leave out the papers it matches (or the term in quotes to search for it as written)'],
    ["-\u{1d401}\u{1d404}", "unexpected-token", 1, "-", 'unexpected "-" at column 1; expected NOT before a term to leave out the papers it matches (or the term in quotes to search for it as written)'],
    ["year:-2020", "invalid-value", 6, "-2020", 'invalid value "-2020" at column 6; expected a year (2016) or a range of years (2016..2018, 2016.., ..2018)'],
    // A star that ends no word would quietly be a word break.
    ["ti:*net", "invalid-value", 4, "*net", 'invalid value "*net" at column 4; expected a "*" only at the end of a word, asking for the words it begins (reinforc*)'],
    ['ti:"ne*t works"', "invalid-value", 4, "ne*t works", 'invalid value "ne*t works" at column 4; expected a "*" only at the end of a word, asking for the words it begins (reinforc*)'],
    ["“neural", "unterminated-phrase", 1, "“neural", "unterminated phrase at column 1; expected a closing ” at the end of the phrase"],
  ];

  it.each(cases)("refuses %j with %s at column %i", (query, code, column, found, message) => {
    const error = errorOf(query);
    expect(error.message).toBe(message);
    expect({ code: error.code, column: error.column, found: error.found }).toEqual({ code, column, found });
  });

  it("refuses a value longer than a needle is searched for, when it is compiled, not while it filters", () => {
    const long = `ti:"${"deep ".repeat(6000)}"`;
    expect(errorOf(long)).toMatchObject({ code: "invalid-value", column: 4, message: expect.stringContaining("at most 4000 characters of words to search for") });
    expect(errorOf(`ti:${"x".repeat(40_000)}`)).toMatchObject({ code: "invalid-value", column: 4 });
    // As long as is searched for at most: compiled, and it filters.
    const papers = [makePaper({ title: `${"deep ".repeat(799)}deep`, category: cat("cs.LG") })];
    expect(papers.filter(compileQuery(`ti:"${"deep ".repeat(799)}deep"`))).toHaveLength(1);
    expect(papers.filter(compileQuery(`ti:${"x".repeat(4000)}`))).toHaveLength(0);
    expect(papers.filter(compileQuery(`ti:"${"deep ".repeat(799)}de*"`))).toHaveLength(1);
  });

  it("quotes a phrase with typographic quotes too", () => {
    const papers = [makePaper({ title: "Learning to learn by gradient descent" }), makePaper({ title: "Learning and to" })];
    const titles = (query: string) => papers.filter(compileQuery(query)).map((p) => p.title);
    expect(titles("ti:“learning to”")).toEqual(["Learning to learn by gradient descent"]);
    expect(titles("„learning to“")).toEqual(["Learning to learn by gradient descent"]);
    expect(titles("ti:«learning to»")).toEqual(["Learning to learn by gradient descent"]);
    expect(titles('ti:"learning to"')).toEqual(["Learning to learn by gradient descent"]);
    // A closing quote alone is punctuation, as before.
    expect(titles("ti:to”")).toEqual(["Learning to learn by gradient descent", "Learning and to"]);
  });

  it("reports the first mistake from the left", () => {
    expect(errorOf("year:20x6 AND )").column).toBe(6);
    expect(errorOf("au:x AND ) AND year:20x6").column).toBe(10);
  });

  it("gives the span of the mistake in endColumn", () => {
    expect(errorOf("cat:cs.XX AND au:x")).toMatchObject({ column: 5, endColumn: 10 });
    expect(errorOf("au:x AND")).toMatchObject({ column: 9, endColumn: 9 });
  });

  it("refuses a query that is not a string", () => {
    // @ts-expect-error: a query is a string
    expect(() => compileQuery(undefined)).toThrow(TypeError);
  });

  it("refuses nesting deep enough to overflow the stack, with a typed error", () => {
    expect(errorOf(`${"(".repeat(300)}au:x${")".repeat(300)}`)).toMatchObject({ code: "too-deep", column: 257, found: "(" });
    expect(errorOf(`${"NOT ".repeat(300)}au:x`)).toMatchObject({ code: "too-deep", column: 1025, found: "NOT" });
    expect(errorOf(`${"(".repeat(300)}au:x${")".repeat(300)}`).message).toBe('nesting too deep: "(" at column 257; expected at most 256 nested parentheses and NOTs');
    expect(() => compileQuery(`${"(".repeat(256)}au:x${")".repeat(256)}`)).not.toThrow();
  });

  it("compiles runs of a hundred thousand terms and more without overflowing the stack (its time is measured by npm run bench)", () => {
    const papers = [makePaper({ title: "w7 and more", category: cat("cs.LG") })];
    for (const joiner of [" OR ", " AND ", " "]) {
      const terms = Array.from({ length: 150_000 }, (_, i) => (joiner === " OR " ? `ti:w${i}` : i % 2 ? "cat:LG" : "ti:w7"));
      expect(papers.filter(compileQuery(terms.join(joiner)))).toHaveLength(1);
    }
  });
});

describe("compileQuery field fusion", () => {
  const on = (published: string, id: string, hasCode = false) => makePaper({ published, category: cat(id), hasCode });
  const papers = [on("2016-05-01", "cs.LG", true), on("2017-07-01", "cs.LG"), on("2017-07-01", "cs.CV", true), on("2018-01-01", "math.CV", true)];
  const q = (query: string) => papers.filter(compileQuery(query)).map((p) => `${p.published} ${p.category.id}`);

  it("intersects date ranges of one AND", () => {
    expect(q("year:2016..2018 date:2017-06-01..")).toEqual(["2017-07-01 cs.LG", "2017-07-01 cs.CV", "2018-01-01 math.CV"]);
    expect(q("year:2016 AND year:2018")).toEqual([]);
  });

  it("keeps every category test of one AND", () => {
    expect(q("cat:cs.LG AND cat:cs.CV")).toEqual([]);
    expect(q("cat:cs AND cat:CV")).toEqual(["2017-07-01 cs.CV"]);
    expect(q("cat:CV AND cat:math AND has:code")).toEqual(["2018-01-01 math.CV"]);
    expect(q("cat:cs.LG cat:cs.LG has:code")).toEqual(["2016-05-01 cs.LG"]);
  });

  it("leaves negated field terms alone", () => {
    expect(q("cat:cs ANDNOT has:code year:2017")).toEqual(["2017-07-01 cs.LG"]);
    expect(q("NOT cat:cs has:code")).toEqual(["2018-01-01 math.CV"]);
  });
});
