// Installs a packed paperlist tarball into a throwaway consumer project, offline.
//
// `npm install --offline <tarball>` needs the registry's package documents to
// resolve `zod@^4`, and a fresh CI machine only has what `npm ci` put in the
// cache: tarballs, no documents. So the consumer gets a lockfile made from
// ours (the same versions, `resolved` and `integrity` we test with) and is
// installed with `npm ci --offline`, which needs only the cached tarballs.
//
// Usage: node scripts/consumer.mjs <tarball> <dir>
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const registry = "https://registry.npmjs.org/";

/** The lockfile keys of `name`'s whole production closure, found as Node would from `from`. */
function closure(packages, deps, from, seen = new Set()) {
  for (const name of Object.keys(deps ?? {})) {
    const key = locate(packages, name, from);
    if (key === undefined) throw new Error(`consumer: ${name} (needed by ${from || "paperlist"}) is not in package-lock.json`);
    if (seen.has(key)) continue;
    seen.add(key);
    closure(packages, { ...packages[key].dependencies, ...packages[key].optionalDependencies }, key, seen);
  }
  return seen;
}

/** Walks up `node_modules` folders from `from` like Node's resolver; returns the lockfile key. */
function locate(packages, name, from) {
  let base = from;
  for (;;) {
    const key = base ? `${base}/node_modules/${name}` : `node_modules/${name}`;
    if (packages[key]) return key;
    if (!base) return undefined;
    const at = base.lastIndexOf("node_modules/");
    base = at <= 0 ? "" : base.slice(0, at - 1);
  }
}

/**
 * Writes a consumer project at `dir` whose only dependency is the tarball,
 * installs it offline, and returns the installed package's folder.
 */
export function createConsumer(tarball, dir, { lockfile = join(root, "package-lock.json") } = {}) {
  mkdirSync(dir, { recursive: true });
  const lock = JSON.parse(readFileSync(lockfile, "utf8"));
  const manifest = JSON.parse(execFileSync("tar", ["-xOzf", tarball, "package/package.json"], { encoding: "utf8" }));
  const spec = `file:${relative(dir, tarball).split("\\").join("/") || basename(tarball)}`;
  const integrity = `sha512-${createHash("sha512").update(readFileSync(tarball)).digest("base64")}`;
  const packages = {
    "": { name: "paperlist-consumer", version: "0.0.0", dependencies: { paperlist: spec } },
    "node_modules/paperlist": {
      version: manifest.version,
      resolved: spec,
      integrity,
      license: manifest.license,
      dependencies: manifest.dependencies,
      bin: manifest.bin,
      engines: manifest.engines,
    },
  };
  const keys = [...closure(lock.packages, manifest.dependencies, "")].sort();
  for (const key of keys) {
    const { dev, devOptional, peer, ...entry } = lock.packages[key];
    // Our lockfile may omit registry URLs (omit-lockfile-registry-resolved);
    // without one, npm asks the registry for the package document.
    const name = entry.name ?? key.slice(key.lastIndexOf("node_modules/") + "node_modules/".length);
    entry.resolved ??= `${registry}${name}/-/${name.split("/").pop()}-${entry.version}.tgz`;
    packages[key] = entry;
  }
  writeFileSync(join(dir, "package.json"), `${JSON.stringify({ name: "paperlist-consumer", version: "0.0.0", private: true, dependencies: { paperlist: spec } }, null, 2)}\n`);
  writeFileSync(join(dir, "package-lock.json"), `${JSON.stringify({ name: "paperlist-consumer", version: "0.0.0", lockfileVersion: 3, requires: true, packages }, null, 2)}\n`);
  execFileSync("npm", ["ci", "--offline", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"], { cwd: dir, stdio: ["ignore", "ignore", "pipe"] });
  return join(dir, "node_modules", "paperlist");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [tarball, dir] = process.argv.slice(2);
  if (!tarball || !dir) {
    console.error("usage: node scripts/consumer.mjs <tarball> <dir>");
    process.exit(2);
  }
  console.log(createConsumer(resolve(tarball), resolve(dir)));
}
