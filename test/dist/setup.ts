// Global setup of the dist suite: pack the built package once and install the
// tarball into a consumer project that every test file then builds on.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { TestProject } from "vitest/node";
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

/** Every file the exports map, `main`, `types` and `bin` point at. */
function targets(manifest: Record<string, unknown>): string[] {
  const found = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === "string") found.add(value.replace(/^\.\//, ""));
    else if (value && typeof value === "object") Object.values(value).forEach(walk);
  };
  walk([manifest.exports, manifest.main, manifest.module, manifest.types, manifest.bin]);
  return [...found];
}

/**
 * Packs the package and checks that the tarball holds every file its
 * package.json points at. A build running at the same moment (another
 * terminal's `npm run build` empties dist/ first) gives a short tarball:
 * wait and pack again before calling it a failure.
 */
function pack(work: string): string {
  for (let attempt = 1; ; attempt++) {
    const [packed] = JSON.parse(
      execFileSync("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", work], { cwd: root, encoding: "utf8" }),
    ) as { filename: string; files: { path: string }[] }[];
    const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as Record<string, unknown>;
    const files = new Set(packed!.files.map((f) => f.path));
    const missing = targets(manifest).filter((path) => !files.has(path));
    if (missing.length === 0) return join(work, packed!.filename);
    if (attempt === 4) throw new Error(`the packed tarball lacks ${missing.join(", ")}: run \`npm run build\``);
    execFileSync("sleep", ["10"]);
  }
}

export default function setup(project: TestProject): () => void {
  if (!existsSync(join(root, "dist/index.js")) || !existsSync(join(root, "dist/bin.js"))) {
    throw new Error("dist tests run against the built package: run `npm run build` first");
  }
  const work = mkdtempSync(join(tmpdir(), "paperlist-dist-"));
  const tarball = pack(work);
  const consumer = join(work, "consumer");
  const installed = createConsumer(tarball, consumer);
  project.provide("tarball", tarball);
  project.provide("consumer", consumer);
  project.provide("installed", installed);
  project.provide("work", work);
  return () => {
    if (process.env.PAPERLIST_KEEP_DIST_WORK) console.log(`dist: kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  };
}
