import type { Paper } from "../model/paper.js";
import { buildSink, type Stage } from "./_lib/pipeline.js";
import { groupBy as groupPapers, type GroupKey, type GroupKeys } from "./group-by.js";
import { checkCount } from "./_lib/count.js";
import { orderBy as makeOrder, type Comparator, type OrderOptions, type SortDirection, type SortKey } from "./order-by.js";
import type { Predicate } from "./predicate.js";

/**
 * A lazy query over an iterable of papers, built by `from`. Each method
 * returns a new query and leaves this one unchanged; nothing is read until a
 * terminal method (`toArray`, `first`, `count`, `groupBy`) or a `for...of`
 * runs, and each run reads the source again.
 *
 * @example
 * // Ten newest papers with code
 * const q: PaperQuery<Paper> = from(papers).where(hasCode()).orderBy("date", "desc").take(10);
 */
export interface PaperQuery<T extends Paper> extends Iterable<T> {
  /** Keeps the papers a type guard accepts, narrowing their type. */
  where<U extends T>(guard: (paper: T) => paper is U): PaperQuery<U>;
  /** Keeps the papers a predicate matches (a `Predicate`, or a test of your own paper type, returning a boolean: not a Promise, which would keep every paper). */
  where(predicate: Predicate | ((paper: T) => boolean)): PaperQuery<T>;
  /** Sorts (stably) by a key or comparator; this stage buffers what reaches it. */
  orderBy(order: SortKey | Comparator<T>, direction?: SortDirection, options?: OrderOptions): OrderedPaperQuery<T>;
  /** Keeps the first `count` papers and stops reading the source after them. */
  take(count: number): PaperQuery<T>;
  /** Drops the first `count` papers. */
  skip(count: number): PaperQuery<T>;
  /** Runs the query and collects the papers. */
  toArray(): T[];
  /** Runs the query until its first paper. */
  first(): T | undefined;
  /** Runs the query and counts the papers. */
  count(): number;
  /** Runs the query and groups the papers (see the `groupBy` function). */
  groupBy<K extends GroupKey>(key: K): Map<GroupKeys[K], T[]>;
}

/**
 * A sorted `PaperQuery`, which alone can break ties with `thenBy`: calling
 * `thenBy` without an `orderBy` before it is a compile error.
 *
 * @example
 * // Newest first, then by title
 * const q: OrderedPaperQuery<Paper> = from(papers).orderBy("date", "desc").thenBy("title");
 */
export interface OrderedPaperQuery<T extends Paper> extends PaperQuery<T> {
  /** Orders papers that the sort so far calls equal. */
  thenBy(order: SortKey | Comparator<T>, direction?: SortDirection, options?: OrderOptions): OrderedPaperQuery<T>;
}

/**
 * The same query over an async iterable (a stream of papers): the same
 * methods, with terminal methods returning promises and `for await...of`
 * instead of `for...of`.
 *
 * @example
 * // The first paper with code in a stream
 * const paper: Paper | undefined = await from(stream).where(hasCode()).first();
 */
export interface AsyncPaperQuery<T extends Paper> extends AsyncIterable<T> {
  /** Keeps the papers a type guard accepts, narrowing their type. */
  where<U extends T>(guard: (paper: T) => paper is U): AsyncPaperQuery<U>;
  /** Keeps the papers a predicate matches (a `Predicate`, or a test of your own paper type, returning a boolean: not a Promise, which would keep every paper). */
  where(predicate: Predicate | ((paper: T) => boolean)): AsyncPaperQuery<T>;
  /** Sorts (stably) by a key or comparator; this stage buffers what reaches it. */
  orderBy(order: SortKey | Comparator<T>, direction?: SortDirection, options?: OrderOptions): OrderedAsyncPaperQuery<T>;
  /** Keeps the first `count` papers and stops reading the source after them. */
  take(count: number): AsyncPaperQuery<T>;
  /** Drops the first `count` papers. */
  skip(count: number): AsyncPaperQuery<T>;
  /** Runs the query and collects the papers. */
  toArray(): Promise<T[]>;
  /** Runs the query until its first paper. */
  first(): Promise<T | undefined>;
  /** Runs the query and counts the papers. */
  count(): Promise<number>;
  /** Runs the query and groups the papers (see the `groupBy` function). */
  groupBy<K extends GroupKey>(key: K): Promise<Map<GroupKeys[K], T[]>>;
}

/**
 * A sorted `AsyncPaperQuery`, which alone has `thenBy`.
 *
 * @example
 * const q: OrderedAsyncPaperQuery<Paper> = from(stream).orderBy("date", "desc").thenBy("title");
 */
export interface OrderedAsyncPaperQuery<T extends Paper> extends AsyncPaperQuery<T> {
  /** Orders papers that the sort so far calls equal. */
  thenBy(order: SortKey | Comparator<T>, direction?: SortDirection, options?: OrderOptions): OrderedAsyncPaperQuery<T>;
}

/**
 * Starts a fluent, lazy query over papers: an array, any iterable (a
 * generator), or an async iterable (a stream).
 *
 * `where`, `take` and `skip` stream: each paper flows through and `take`
 * stops reading the source once it has enough, so `from(stream).take(10)`
 * reads ten papers. `orderBy` cannot stream, because the last paper read
 * may sort first: it buffers every paper that reaches it, or only `n` of
 * them (O(n) memory) when `take(n)` follows it. Stages run in the order they
 * are written: `take(10).where(p)` filters the first ten papers.
 *
 * @param source - the papers, sync or async
 * @returns a `PaperQuery` for an iterable, an `AsyncPaperQuery` for an async iterable
 * @throws {TypeError} when `source` is neither iterable nor async iterable
 *
 * @example
 * // The two newest cs.LG papers by Jaderberg from 2016 to 2017 (over the sample listing)
 * from(papers)
 *   .where(and(author("jaderberg"), category("cs.LG"), between("2016-01-01", "2017-12-31")))
 *   .orderBy("date", "desc")
 *   .take(2)
 *   .toArray()
 *   .map((p) => p.published);
 * //=> ["2017-11-27", "2017-03-01"]
 */
export function from<T extends Paper>(source: Iterable<T>): PaperQuery<T>;
export function from<T extends Paper>(source: AsyncIterable<T>): AsyncPaperQuery<T>;
export function from<T extends Paper>(source: Iterable<T> | AsyncIterable<T>): PaperQuery<T> | AsyncPaperQuery<T>;
export function from<T extends Paper>(source: Iterable<T> | AsyncIterable<T>): PaperQuery<T> | AsyncPaperQuery<T> {
  if (source != null && typeof (source as Iterable<T>)[Symbol.iterator] === "function") {
    return syncQuery(source as Iterable<T>, []);
  }
  if (source != null && typeof (source as AsyncIterable<T>)[Symbol.asyncIterator] === "function") {
    return asyncQuery(source as AsyncIterable<T>, []);
  }
  throw new TypeError("from: expected an iterable or async iterable of papers");
}

/** Appends a sort stage, or merges a `thenBy` into the sort stage before it. */
function withSort<T extends Paper>(
  stages: readonly Stage<T>[],
  order: SortKey | Comparator<T>,
  direction: SortDirection | undefined,
  options: OrderOptions | undefined,
  tieBreak: boolean,
): Stage<T>[] {
  const compare: Comparator<T> = typeof order === "function" ? order : makeOrder(order, direction, options);
  const last = stages[stages.length - 1];
  if (tieBreak && last?.kind === "sort") {
    const first = last.compare;
    return [...stages.slice(0, -1), { kind: "sort", compare: (a, b) => first(a, b) || compare(a, b) }];
  }
  return [...stages, { kind: "sort", compare }];
}

/** Validates a `take`/`skip` count and appends its stage. */
function withCount<T>(stages: readonly Stage<T>[], kind: "take" | "skip", count: number): Stage<T>[] {
  checkCount(count, kind);
  return [...stages, { kind, count }];
}

/** Builds the sync query object over `stages`. */
function syncQuery<T extends Paper>(source: Iterable<T>, stages: readonly Stage<T>[]): OrderedPaperQuery<T> {
  /** Feeds the source through the stages into `output`. */
  const run = (output: (item: T) => boolean): void => {
    const sink = buildSink(stages, output);
    if (sink.open) for (const item of source) if (!sink.push(item)) break;
    sink.end();
  };
  const query: OrderedPaperQuery<T> = {
    where: ((test: (paper: T) => unknown) => syncQuery(source, [...stages, { kind: "where", test }])) as PaperQuery<T>["where"],
    orderBy: (order, direction, options) => syncQuery(source, withSort(stages, order, direction, options, false)),
    thenBy: (order, direction, options) => syncQuery(source, withSort(stages, order, direction, options, true)),
    take: (count) => syncQuery(source, withCount(stages, "take", count)),
    skip: (count) => syncQuery(source, withCount(stages, "skip", count)),
    toArray: () => {
      const out: T[] = [];
      run((item) => (out.push(item), true));
      return out;
    },
    first: () => {
      let found: T | undefined;
      run((item) => ((found = item), false));
      return found;
    },
    count: () => {
      let n = 0;
      run(() => (n++, true));
      return n;
    },
    groupBy: (key) => groupPapers(query.toArray(), key),
    *[Symbol.iterator]() {
      // Pull on top of push: each source item is pushed through, and whatever
      // reaches the end is yielded before the next item is read.
      const ready: T[] = [];
      const sink = buildSink(stages, (item) => (ready.push(item), true));
      if (sink.open) for (const item of source) {
        const more = sink.push(item);
        yield* ready.splice(0);
        if (!more) break;
      }
      sink.end();
      yield* ready.splice(0);
    },
  };
  return query;
}

/** Builds the async query object over `stages`. */
function asyncQuery<T extends Paper>(source: AsyncIterable<T>, stages: readonly Stage<T>[]): OrderedAsyncPaperQuery<T> {
  /** Feeds the source through the stages into `output`. */
  const run = async (output: (item: T) => boolean): Promise<void> => {
    const sink = buildSink(stages, output);
    if (sink.open) for await (const item of source) if (!sink.push(item)) break;
    sink.end();
  };
  const query: OrderedAsyncPaperQuery<T> = {
    where: ((test: (paper: T) => unknown) => asyncQuery(source, [...stages, { kind: "where", test }])) as AsyncPaperQuery<T>["where"],
    orderBy: (order, direction, options) => asyncQuery(source, withSort(stages, order, direction, options, false)),
    thenBy: (order, direction, options) => asyncQuery(source, withSort(stages, order, direction, options, true)),
    take: (count) => asyncQuery(source, withCount(stages, "take", count)),
    skip: (count) => asyncQuery(source, withCount(stages, "skip", count)),
    toArray: async () => {
      const out: T[] = [];
      await run((item) => (out.push(item), true));
      return out;
    },
    first: async () => {
      let found: T | undefined;
      await run((item) => ((found = item), false));
      return found;
    },
    count: async () => {
      let n = 0;
      await run(() => (n++, true));
      return n;
    },
    groupBy: async (key) => groupPapers(await query.toArray(), key),
    async *[Symbol.asyncIterator]() {
      const ready: T[] = [];
      const sink = buildSink(stages, (item) => (ready.push(item), true));
      if (sink.open) for await (const item of source) {
        const more = sink.push(item);
        yield* ready.splice(0);
        if (!more) break;
      }
      sink.end();
      yield* ready.splice(0);
    },
  };
  return query;
}
