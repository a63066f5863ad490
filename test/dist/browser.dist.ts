// A browser app: bundled from the installed package with esbuild, run in
// headless Chromium (Debian's, driven by playwright-core), which parses the
// sample listing and renders its APA reference list; the test reads it back.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { chromium } from "playwright-core";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { entries, ok, readManifest, run } from "./support.js";

const consumer = inject("consumer");
const installed = inject("installed");
const manifest = readManifest(installed);
const dir = join(consumer, "browser");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Chromium with nothing that reaches for the network (there is none). */
const ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

const hasMarkdown = entries(manifest).some((e) => e.subpath === "./markdown");

/** The app: what a user would write. Renders HTML references into `#refs`. */
const APP = `
import { parseListing, apaReferenceList } from "paperlist";
${hasMarkdown ? 'import { parseMarkdownListing } from "paperlist/markdown";' : ""}
import sample from "./sample.txt";

const { papers, diagnostics } = parseListing(sample, { referenceDate: "2026-11-26" });
const list = apaReferenceList(papers, { format: "html" });
document.querySelector("#count").textContent = papers.length + " papers, " + diagnostics.length + " diagnostics";
const ol = document.querySelector("#refs");
for (const reference of list.references) {
  const li = document.createElement("li");
  li.innerHTML = reference.text;
  ol.append(li);
}
${hasMarkdown ? `
const md = parseMarkdownListing("# Reading list\\n\\n" + sample.split("\\n").slice(0, 40).join("\\n"), { referenceDate: "2026-11-26" });
document.querySelector("#markdown").textContent = String(md.papers.length);` : ""}
document.body.dataset.done = "true";
`;

const HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>paperlist in a browser</title></head>
<body><p id="count"></p><p id="markdown"></p><ol id="refs"></ol><script src="app.js"></script></body></html>
`;

interface Rendered {
  count: string;
  markdown: string;
  refs: string[];
  refsHtml: string[];
  errors: string[];
}

let rendered: Rendered;
let expected: { text: string[]; html: string[]; count: string };

beforeAll(async () => {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "consumer-browser", private: true, type: "module" }));
  writeFileSync(join(dir, "app.js"), APP.replace("./sample.txt", "../node_modules/paperlist/fixtures/sample.txt"));
  writeFileSync(join(dir, "index.html"), HTML);
  await build({
    entryPoints: [join(dir, "app.js")],
    outfile: join(dir, "dist/app.js"),
    bundle: true,
    minify: true,
    format: "iife",
    platform: "browser",
    target: "es2022",
    loader: { ".txt": "text" },
    logLevel: "silent",
  });
  writeFileSync(join(dir, "dist/index.html"), HTML);

  // What Node makes of the same sample, through the same installed package.
  const node = ok(await run(process.execPath, ["--input-type=module", "-e", `
    import { parseListing, apaReferenceList } from "paperlist";
    import { readFileSync } from "node:fs";
    const { papers, diagnostics } = parseListing(readFileSync("node_modules/paperlist/fixtures/sample.txt", "utf8"), { referenceDate: "2026-11-26" });
    console.log(JSON.stringify({
      count: papers.length + " papers, " + diagnostics.length + " diagnostics",
      text: apaReferenceList(papers).references.map((r) => r.text),
      html: apaReferenceList(papers, { format: "html" }).references.map((r) => r.text),
    }));`], { cwd: consumer }), "Node reference run");
  expected = JSON.parse(node.stdout) as typeof expected;

  const context = await chromium.launchPersistentContext(mkdtempSync(join(inject("work"), "chromium-profile-")), {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(String(error)));
    page.on("console", (message) => { if (message.type() === "error") errors.push(message.text()); });
    await page.goto(pathToFileURL(join(dir, "dist/index.html")).href);
    await page.waitForSelector("body[data-done]", { timeout: 30_000 }).catch(() => undefined);
    rendered = {
      count: await page.locator("#count").innerText(),
      markdown: await page.locator("#markdown").innerText(),
      refs: await page.locator("#refs > li").allTextContents(),
      refsHtml: await page.locator("#refs > li").evaluateAll((items) => items.map((li) => li.innerHTML)),
      errors,
    };
  } finally {
    await context.close();
  }
}, 90_000);

describe("a browser app bundled with esbuild", () => {
  it("runs without errors in headless Chromium", () => {
    expect(rendered.errors).toEqual([]);
  });

  it("parses the 50 papers of the sample listing in the page", () => {
    expect(rendered.count).toBe(expected.count);
    expect(rendered.count).toMatch(/^50 papers/);
  });

  it("renders the APA reference list that Node renders, reference by reference", () => {
    expect(rendered.refs).toHaveLength(50);
    expect(rendered.refs).toEqual(expected.text);
    expect(rendered.refsHtml.every((html) => html.includes("<i>"))).toBe(true);
  });

  it.runIf(hasMarkdown)("parses Markdown with paperlist/markdown in the page", () => {
    expect(Number(rendered.markdown)).toBeGreaterThan(0);
  });

  it("needs no Node built-ins in the bundle", () => {
    expect(readFileSync(join(dir, "dist/app.js"), "utf8")).not.toMatch(/require\(["']node:/);
  });
});
