import type { Comparator } from "../order-by.js";

/** One step of a fluent query, in the order the user wrote it. */
export type Stage<T> =
  | { readonly kind: "where"; readonly test: (item: T) => unknown }
  | { readonly kind: "sort"; readonly compare: Comparator<T> }
  | { readonly kind: "take"; readonly count: number }
  | { readonly kind: "skip"; readonly count: number };

/**
 * Receives items one at a time. `push` answers whether it wants more, so a
 * `take` can stop the source early; `end` flushes what a sort has buffered.
 */
export interface Sink<T> {
  push(item: T): boolean;
  end(): void;
  /** Whether it takes any item at all: not after a `take(0)`, so the source is not read. */
  readonly open: boolean;
}

/**
 * Chains the stages into one push-based sink ending in `output`. Pushing
 * avoids a generator per stage, and the same chain serves sync and async
 * sources: only the loop that feeds it differs.
 */
export function buildSink<T>(stages: readonly Stage<T>[], output: (item: T) => boolean): Sink<T> {
  let sink: Sink<T> = { push: output, end: () => {}, open: true };
  for (let i = stages.length - 1; i >= 0; i--) {
    const stage = stages[i]!;
    const next = sink;
    switch (stage.kind) {
      case "where": {
        const test = stage.test;
        sink = { push: (item) => (test(item) ? next.push(item) : true), end: () => next.end(), open: next.open };
        break;
      }
      case "take": {
        const count = stage.count;
        let taken = 0;
        sink = {
          push: (item) => {
            if (taken >= count) return false;
            taken++;
            return next.push(item) && taken < count;
          },
          end: () => next.end(),
          open: count > 0 && next.open,
        };
        break;
      }
      case "skip": {
        const count = stage.count;
        let skipped = 0;
        sink = {
          push: (item) => {
            if (skipped < count) {
              skipped++;
              return true;
            }
            return next.push(item);
          },
          end: () => next.end(),
          open: next.open,
        };
        break;
      }
      case "sort": {
        const following = stages[i + 1];
        const keep = following?.kind === "take" ? following.count : Infinity;
        sink = sortSink(stage.compare, keep, next);
        break;
      }
    }
  }
  return sink;
}

/**
 * Buffers items and sorts them at the end. When only the first `keep` will
 * be used (a `take` follows), the buffer is cut back to `keep` whenever it
 * doubles, so memory stays O(keep) while the result stays stable: survivors
 * are sorted and sit before every later arrival.
 */
function sortSink<T>(compare: Comparator<T>, keep: number, next: Sink<T>): Sink<T> {
  let buffer: T[] = [];
  const limit = keep === Infinity ? Infinity : Math.max(2 * keep, 1024);
  return {
    open: next.open,
    push: (item) => {
      buffer.push(item);
      if (buffer.length >= limit) buffer = buffer.sort(compare).slice(0, keep);
      return true;
    },
    end: () => {
      const sorted = buffer.sort(compare);
      buffer = [];
      for (const item of sorted) if (!next.push(item)) break;
      next.end();
    },
  };
}
