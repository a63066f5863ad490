// The package as a registry sees it: publint, are-the-types-wrong, a dry-run
// publish, and the changesets release flow.
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { entries, readManifest, root, run, tools } from "./support.js";

const tarball = inject("tarball");
const installed = inject("installed");
const work = inject("work");
const manifest = readManifest(installed);
const bin = (name: string): string => join(tools, ".bin", name);

describe("the packed package", () => {
  it("passes publint --strict as installed", async () => {
    const result = await run(bin("publint"), ["--strict", "--pack", "false", installed]);
    expect(result.stdout + result.stderr).toContain("All good!");
    expect(result.code).toBe(0);
  });

  it("has no problem in are-the-types-wrong for any entry point or resolution", async () => {
    const report = join(work, "attw.json");
    // attw exits before a pipe drains: write the report to a file.
    const result = await run("sh", ["-c", `"$0" "$1" --format json > "$2"`, bin("attw"), tarball, report]);
    const { problems, analysis } = JSON.parse(readFileSync(report, "utf8")) as {
      problems: Record<string, { entrypoint: string; resolutionKind: string }[]>;
      analysis: { entrypoints: Record<string, unknown> };
    };
    const checked = Object.keys(analysis.entrypoints);
    for (const { subpath } of entries(manifest)) expect(checked).toContain(subpath);
    const found = Object.entries(problems).flatMap(([kind, list]) => list.map((p) => `${kind}: ${p.entrypoint} under ${p.resolutionKind} resolution`));
    expect(found, `attw: ${found.join("; ")}`).toEqual([]);
    expect(result.code).toBe(0);
  });

  it("ships what its package.json promises and nothing from the repository's insides", () => {
    for (const file of ["README.md", "LICENSE", "package.json", "fixtures/sample.txt", "dist/bin.js"]) {
      expect(existsSync(join(installed, file)), file).toBe(true);
    }
    for (const inside of ["src", "test", "node_modules", ".changeset", "tsconfig.json", "docs/api"]) expect(existsSync(join(installed, inside)), inside).toBe(false);
  });

  it("ships the guides the README links to, so its links work where the package is installed", () => {
    const readme = readFileSync(join(installed, "README.md"), "utf8");
    const targets = [...readme.matchAll(/\]\((?!https?:|#)([^)#\s]+)/g)].map((match) => match[1]!);
    expect(targets.length).toBeGreaterThan(3);
    for (const target of targets) expect(existsSync(join(installed, target)), target).toBe(true);
  });

  it("publishes in a dry run", async () => {
    const result = await run("npm", ["publish", "--dry-run", "--ignore-scripts"], { cwd: root });
    expect(result.stderr).toContain(`${manifest.name}@${manifest.version}`);
    expect(result.code).toBe(0);
  });
});

describe("the release flow", () => {
  it("has npm run release build, test, then version with changesets", () => {
    const scripts = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
    expect(scripts.release).toMatch(/npm run build.*npm test.*changeset version/);
  });

  it("versions the package and writes CHANGELOG.md from the pending changesets", async () => {
    // In a copy, so that the repository's changesets are not consumed; with
    // one more changeset of its own, so the flow runs even when none is pending.
    const dir = join(work, "release");
    mkdirSync(dir, { recursive: true });
    cpSync(join(root, "package.json"), join(dir, "package.json"));
    cpSync(join(root, ".changeset"), join(dir, ".changeset"), { recursive: true });
    if (existsSync(join(root, "CHANGELOG.md"))) cpSync(join(root, "CHANGELOG.md"), join(dir, "CHANGELOG.md"));
    symlinkSync(tools, join(dir, "node_modules"));
    writeFileSync(join(dir, ".changeset/release-flow-check.md"), `---\n"${manifest.name}": patch\n---\n\nThe release flow works.\n`);
    const config = JSON.parse(readFileSync(join(root, ".changeset/config.json"), "utf8")) as Record<string, unknown>;
    expect(config.baseBranch).toBe("main");
    const result = await run(bin("changeset"), ["version"], { cwd: dir });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const after = readManifest(dir);
    expect(after.version).not.toBe(manifest.version);
    const changelog = readFileSync(join(dir, "CHANGELOG.md"), "utf8");
    expect(changelog).toContain(`## ${after.version}`);
    expect(changelog).toContain("The release flow works.");
    // The changesets are consumed; the README stays.
    expect(existsSync(join(dir, ".changeset/release-flow-check.md"))).toBe(false);
    expect(existsSync(join(dir, ".changeset/README.md"))).toBe(true);
  });
});
