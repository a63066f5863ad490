import { describe, expectTypeOf, it } from "vitest";
import type { Paper } from "../../src/model/paper.js";
import {
  compileQuery, compileSort, from, groupBy, orderBy, sortPapers, thenBy, type AsyncPaperQuery, type Comparator,
  type GroupKey, type OrderedPaperQuery, type PaperQuery, type Predicate, type SortKey,
} from "../../src/query/index.js";
import { goldPapers } from "./support.js";

const papers = goldPapers();

describe("types", () => {
  it("a predicate is a plain function of a paper", () => {
    expectTypeOf(compileQuery("au:x")).toEqualTypeOf<Predicate>();
    expectTypeOf<Predicate>().toEqualTypeOf<(paper: Paper) => boolean>();
    expectTypeOf(papers.filter(compileQuery("au:x"))).toEqualTypeOf<Paper[]>();
  });

  it("sort and group keys are closed unions", () => {
    expectTypeOf<SortKey>().toEqualTypeOf<"date" | "title" | "firstAuthor" | "category">();
    expectTypeOf<GroupKey>().toEqualTypeOf<"year" | "category" | "firstAuthor" | "affiliation">();
    expectTypeOf(compileSort("date")).toEqualTypeOf<Comparator<Paper>>();
  });

  it("a bad sort key is a compile error everywhere a key is taken", () => {
    // @ts-expect-error: "year" is not a sort key
    void (() => orderBy("year"));
    // @ts-expect-error: "published" is not a sort key (use "date")
    void (() => sortPapers(papers, "published"));
    // @ts-expect-error: "author" is not a sort key (use "firstAuthor")
    void (() => thenBy(orderBy("date"), "author"));
    // @ts-expect-error: "year" is not a sort key
    void (() => from(papers).orderBy("year"));
    // @ts-expect-error: "newest" is not a direction
    void (() => from(papers).orderBy("date", "newest"));
  });

  it("a bad group key is a compile error", () => {
    // @ts-expect-error: "month" is not a group key
    void (() => groupBy(papers, "month"));
    // @ts-expect-error: "date" is not a group key
    void (() => from(papers).groupBy("date"));
  });

  it("group keys type the Map's keys", () => {
    expectTypeOf(groupBy(papers, "year")).toEqualTypeOf<Map<number, Paper[]>>();
    expectTypeOf(groupBy(papers, "category")).toEqualTypeOf<Map<string, Paper[]>>();
    expectTypeOf(groupBy(papers, "affiliation")).toEqualTypeOf<Map<string, Paper[]>>();
    expectTypeOf(groupBy(papers, (p) => p.hasCode)).toEqualTypeOf<Map<boolean, Paper[]>>();
    expectTypeOf(from(papers).groupBy("year")).toEqualTypeOf<Map<number, Paper[]>>();
  });

  it("thenBy exists only after orderBy", () => {
    expectTypeOf(from(papers).orderBy("date")).toEqualTypeOf<OrderedPaperQuery<Paper>>();
    expectTypeOf(from(papers).orderBy("date").thenBy("title").take(3)).toEqualTypeOf<PaperQuery<Paper>>();
    // @ts-expect-error: nothing to break ties of
    void (() => from(papers).thenBy("title"));
    // @ts-expect-error: take ends the sort, so thenBy would be ambiguous
    void (() => from(papers).orderBy("date").take(3).thenBy("title"));
  });

  it("from keeps the element type, narrows through guards, and picks the async form for streams", () => {
    type Scored = Paper & { score: number };
    const scored: Scored[] = papers.map((p) => ({ ...p, score: 1 }));
    expectTypeOf(from(scored).toArray()).toEqualTypeOf<Scored[]>();
    expectTypeOf(from(scored).orderBy((a, b) => a.score - b.score).first()).toEqualTypeOf<Scored | undefined>();
    const withId = from(papers).where((p): p is Paper & { arxivId: string } => p.arxivId !== undefined);
    expectTypeOf(withId.toArray()).toEqualTypeOf<(Paper & { arxivId: string })[]>();
    async function* stream(): AsyncGenerator<Paper> {}
    expectTypeOf(from(stream())).toEqualTypeOf<AsyncPaperQuery<Paper>>();
    expectTypeOf(from(stream()).toArray()).toEqualTypeOf<Promise<Paper[]>>();
    expectTypeOf(from(stream()).groupBy("year")).toEqualTypeOf<Promise<Map<number, Paper[]>>>();
  });

  it("where takes a callback of the element type, or a predicate of papers, and from a source of either kind", () => {
    type Scored = Paper & { score: number };
    const scored: Scored[] = papers.map((p) => ({ ...p, score: 1 }));
    expectTypeOf(from(scored).where((p) => p.score > 1).toArray()).toEqualTypeOf<Scored[]>();
    // A callback returns a boolean: an async one, whose Promise is truthy, would keep every paper.
    // @ts-expect-error: a Promise is no boolean
    void (() => from(scored).where(async (p) => p.score > 1));
    expectTypeOf(from(scored).where(compileQuery("au:x")).toArray()).toEqualTypeOf<Scored[]>();
    const fromEither = (source: Iterable<Paper> | AsyncIterable<Paper>) => from(source);
    expectTypeOf(fromEither).returns.toEqualTypeOf<PaperQuery<Paper> | AsyncPaperQuery<Paper>>();
  });
});
