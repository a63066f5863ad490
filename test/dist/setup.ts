// Global setup of the dist suite: pack the built package once and install the
// tarball into a consumer project that every test file then builds on.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { TestProject } from "vitest/node";
// @ts-expect-error -- a plain .mjs script, shared with `npm run consumer`
import { createConsumer } from "../../scripts/consumer.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    /** The packed `paperlist-x.y.z.tgz`. */
    tarball: string;
    /** The consumer project the tarball is installed in; consumers of each kind are folders inside it. */
    consumer: string;
    /** `<consumer>/node_modules/paperlist`: the package as a user gets it. */
    installed: string;
    /** The folder of scratch work for this run. */
    work: string;
  }
}

const root = resolve(import.meta.dirname, "../..");

export default function setup(project: TestProject): () => void {
  if (!existsSync(join(root, "dist/index.js")) || !existsSync(join(root, "dist/bin.js"))) {
    throw new Error("dist tests run against the built package: run `npm run build` first");
  }
  const work = mkdtempSync(join(tmpdir(), "paperlist-dist-"));
  const packed = JSON.parse(
    execFileSync("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", work], { cwd: root, encoding: "utf8" }),
  ) as { filename: string }[];
  const tarball = join(work, packed[0]!.filename);
  const consumer = join(work, "consumer");
  const installed = (createConsumer as (tarball: string, dir: string) => string)(tarball, consumer);
  project.provide("tarball", tarball);
  project.provide("consumer", consumer);
  project.provide("installed", installed);
  project.provide("work", work);
  return () => {
    if (process.env.PAPERLIST_KEEP_DIST_WORK) console.log(`dist: kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  };
}
