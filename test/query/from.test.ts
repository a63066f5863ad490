import { describe, expect, it } from "vitest";
import type { Paper } from "../../src/model/paper.js";
import { author, from, hasCode, orderBy, type PaperQuery } from "../../src/query/index.js";
import { goldPapers, makePaper } from "./support.js";

/** An endless source that counts how many papers were read. */
function counting(papers: readonly Paper[]) {
  const state = { read: 0 };
  function* source() {
    for (let i = 0; ; i++) {
      state.read++;
      yield papers[i % papers.length]!;
    }
  }
  return { state, source };
}

/** The same papers as an async stream, one per microtask. */
async function* stream(papers: readonly Paper[], state = { read: 0 }) {
  for (const paper of papers) {
    await Promise.resolve();
    state.read++;
    yield paper;
  }
}

const gold = goldPapers();

describe("from (sync)", () => {
  it("filters, sorts and takes", () => {
    const titles = from(gold).where(author("jaderberg")).orderBy("date", "desc").take(2).toArray().map((p) => p.title);
    expect(titles).toEqual([
      "Human-level performance in first-person multiplayer games with population-based deep reinforcement learning",
      "Population Based Training of Neural Networks",
    ]);
  });

  it("stays lazy: where and take stop reading an endless source", () => {
    const { state, source } = counting(gold);
    const found = from(source()).where(author("oord")).take(3).toArray();
    expect(found).toHaveLength(3);
    // The third van den Oord paper is the 24th of the sample; nothing after it is read.
    expect(state.read).toBe(gold.indexOf(found[2]!) + 1);
  });

  it("iterates lazily with for...of and stops when the loop breaks", () => {
    const { state, source } = counting(gold);
    for (const paper of from(source()).where(hasCode())) {
      expect(paper.hasCode).toBe(true);
      break;
    }
    expect(state.read).toBe(gold.findIndex((p) => p.hasCode) + 1);
  });

  it("runs stages in the order they are written", () => {
    const firstTen = from(gold).take(10).where(author("jaderberg")).count();
    const tenOfAll = from(gold).where(author("jaderberg")).take(10).count();
    expect([firstTen, tenOfAll]).toEqual([0, 6]);
  });

  it("keeps take(n) after orderBy stable with a bounded buffer", () => {
    const many = Array.from({ length: 5000 }, (_, i) => makePaper({ title: `P${i}`, published: `20${10 + (i % 7)}-01-01` }));
    const top = from(many).orderBy("date", "desc").take(5).toArray().map((p) => p.title);
    const expected = [...many].sort(orderBy("date", "desc")).slice(0, 5).map((p) => p.title);
    expect(top).toEqual(expected);
    expect(top).toEqual(["P6", "P13", "P20", "P27", "P34"]);
  });

  it("breaks ties with thenBy", () => {
    const [x, y] = [makePaper({ title: "B", published: "2016-06-15" }), makePaper({ title: "A", published: "2016-06-15" })];
    expect(from([x, y]).orderBy("date").thenBy("title").toArray()).toEqual([y, x]);
    expect(from([x, y]).orderBy("date").thenBy("title", "desc").toArray()).toEqual([x, y]);
  });

  it("skips, counts, finds the first and groups", () => {
    const q = from(gold).where(author("oord"));
    expect(q.count()).toBe(6);
    expect(q.skip(4).count()).toBe(2);
    expect(q.first()?.title).toBe("Parallel WaveNet: Fast High-Fidelity Speech Synthesis");
    expect(from([]).first()).toBeUndefined();
    expect([...q.groupBy("year").keys()]).toEqual([2017, 2016]);
  });

  it("can be run twice over an array, and is not changed by chaining", () => {
    const q = from(gold).where(hasCode());
    q.take(0);
    expect(q.toArray()).toEqual(q.toArray());
    expect(q.count()).toBe(1);
  });

  it("narrows the type through a type guard", () => {
    const withId = from([makePaper({ arxivId: "1711.09846" }), makePaper()])
      .where((p): p is Paper & { arxivId: string } => p.arxivId !== undefined)
      .toArray();
    expect(withId.map((p) => p.arxivId.length)).toEqual([10]);
  });

  it("reads nothing after take(0), even when a sort comes before it", async () => {
    for (const query of [(q: PaperQuery<Paper>) => q.take(0), (q: PaperQuery<Paper>) => q.orderBy("date").take(0)]) {
      const { state, source } = counting(gold);
      expect(query(from(source())).toArray()).toEqual([]);
      expect([...query(from(source()))]).toEqual([]);
      expect(state.read).toBe(0);
    }
    const state = { read: 0 };
    expect(await from(stream(gold, state)).orderBy("date").take(0).toArray()).toEqual([]);
    expect(state.read).toBe(0);
  });

  it("refuses what is not iterable and bad counts", () => {
    // @ts-expect-error: a number is not a source of papers
    expect(() => from(42)).toThrow(TypeError);
    expect(() => from(gold).take(-1)).toThrow(RangeError);
    expect(() => from(gold).skip(0.5)).toThrow(RangeError);
  });
});

describe("from (async)", () => {
  it("runs the same query over a stream", async () => {
    const q = from(stream(gold)).where(author("jaderberg")).orderBy("date", "desc").take(2);
    expect((await q.toArray()).map((p) => p.published)).toEqual(["2018-07-03", "2017-11-27"]);
  });

  it("stops reading the stream once take has enough", async () => {
    const state = { read: 0 };
    const first = await from(stream(gold, state)).where(author("jaderberg")).first();
    expect(first?.title).toBe("Human-level performance in first-person multiplayer games with population-based deep reinforcement learning");
    expect(state.read).toBe(gold.indexOf(first!) + 1);
  });

  it("iterates with for await...of", async () => {
    const seen: string[] = [];
    for await (const paper of from(stream(gold)).where(author("oord")).take(2)) seen.push(paper.published);
    expect(seen).toEqual(["2017-11-28", "2017-11-02"]);
  });

  it("counts, skips and groups", async () => {
    expect(await from(stream(gold)).where(author("oord")).count()).toBe(6);
    expect(await from(stream(gold)).where(author("oord")).skip(5).count()).toBe(1);
    const byYear = await from(stream(gold)).orderBy("date").thenBy("title").groupBy("year");
    expect([...byYear.keys()].slice(0, 2)).toEqual([2015, 2016]);
  });
});
