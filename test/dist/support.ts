// Helpers of the dist suite: the package's exports map, and running commands.
import { execFile, type ExecFileOptions } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";

/** The repository root. */
export const root = resolve(import.meta.dirname, "../..");

/** The repository's node_modules, for tools (tsc, esbuild) that the consumers borrow. */
export const tools = join(root, "node_modules");

/** The parts of package.json these tests read. */
export interface Manifest {
  name: string;
  version: string;
  bin: Record<string, string>;
  exports: Record<string, unknown>;
  dependencies?: Record<string, string>;
}

/** Reads a package.json. */
export function readManifest(dir: string): Manifest {
  return JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as Manifest;
}

/** One code entry point of the package: `"."` is `paperlist`, `"./markdown"` is `paperlist/markdown`. */
export interface Entry {
  readonly subpath: string;
  readonly specifier: string;
}

/**
 * The package's code entry points, read from its exports map at run time so
 * that a new entry is tested the day it is added (`./package.json` is not code).
 */
export function entries(manifest: Manifest): Entry[] {
  return Object.keys(manifest.exports)
    .filter((subpath) => subpath !== "./package.json" && !subpath.includes("*"))
    .map((subpath) => ({ subpath, specifier: subpath === "." ? manifest.name : `${manifest.name}/${subpath.slice(2)}` }));
}

/** What a finished command left. */
export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a command to completion (never rejects on a non-zero exit). */
export function run(
  file: string,
  args: readonly string[],
  options: ExecFileOptions & { input?: string } = {},
): Promise<RunResult> {
  return new Promise((done) => {
    const child = execFile(file, args, { maxBuffer: 64 * 1024 * 1024, encoding: "utf8", ...options }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
      done({ code, stdout: String(stdout), stderr: String(stderr) });
    });
    if (options.input !== undefined) child.stdin?.end(options.input);
    else child.stdin?.end();
  });
}

/** Fails with the command's output when it did not exit 0. */
export function ok(result: RunResult, what: string): RunResult {
  if (result.code !== 0) throw new Error(`${what} exited ${result.code}\n${result.stdout}\n${result.stderr}`);
  return result;
}
