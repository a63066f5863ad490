import { defineConfig } from "vitest/config";

// The dist suite: runs against the packed, installed package (`npm run build`
// first). Its files end in `.dist.ts` so that `npm test` never picks them up.
export default defineConfig({
  test: {
    include: ["test/dist/**/*.dist.ts"],
    globalSetup: ["test/dist/setup.ts"],
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
