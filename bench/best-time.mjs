// Shared by the benchmark scripts (bench/run.mjs runs only *.bench.mjs files).
import { performance } from "node:perf_hooks";

/** Best of `runs` timings of `fn`, in milliseconds, with the last result. */
export function best(fn, runs = 5) {
  let min = Infinity;
  let result;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = fn();
    min = Math.min(min, performance.now() - start);
  }
  return { ms: min, result };
}
