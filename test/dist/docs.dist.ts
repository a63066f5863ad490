// The documentation against the package: the examples of README.md and
// docs/*.md typecheck against the installed tarball, and the API reference
// covers every entry point.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { checkExamples, documents, extractBlocks } from "../../scripts/check-doc-examples.mjs";
import { entries, readManifest, root } from "./support.js";


const installed = inject("installed");
const manifest = readManifest(installed);

describe("the documentation", () => {
  it("has its guide pages and an index of them", () => {
    const files = documents().map((f) => f.slice(root.length + 1));
    for (const page of ["README.md", "docs/README.md", "docs/getting-started.md", "docs/diagnostics.md", "docs/browser.md", "docs/cli.md"]) {
      expect(files).toContain(page);
    }
    const index = readFileSync(join(root, "docs/README.md"), "utf8");
    for (const page of files.filter((f) => f.startsWith("docs/") && f !== "docs/README.md")) expect(index).toContain(`(${page.slice(5)})`);
  });

  it("links only to files that exist", () => {
    const broken: string[] = [];
    for (const file of documents()) {
      const text = readFileSync(file, "utf8").replace(/```[\s\S]*?```/g, "");
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^(?:[a-z]+:|#)/i.test(target!)) continue;
        const path = decodeURIComponent(target!.split("#")[0]!);
        if (!existsSync(resolve(dirname(file), path))) broken.push(`${file.slice(root.length + 1)} → ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("has TypeScript examples, and they typecheck against the installed package", () => {
    const files = documents();
    expect(files.reduce((n, f) => n + extractBlocks(readFileSync(f, "utf8")).length, 0)).toBeGreaterThan(5);
    expect(checkExamples({ packageDir: installed, files })).toEqual([]);
  });

  it("builds the API reference from every entry point of the exports map", () => {
    const config = JSON.parse(readFileSync(join(root, "typedoc.json"), "utf8")) as { entryPoints: string[]; treatWarningsAsErrors: boolean };
    expect(config.treatWarningsAsErrors).toBe(true);
    const expected = entries(manifest).map((e) => (e.subpath === "." ? "src/index.ts" : `src/${e.subpath.slice(2)}/index.ts`));
    expect([...config.entryPoints].sort()).toEqual(expected.sort());
  });
});
