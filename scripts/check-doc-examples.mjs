// Type-checks every ```ts block of README.md and docs/*.md against the built
// package, so that the examples cannot rot.
//
// Usage: node scripts/check-doc-examples.mjs [package-dir]
//   package-dir: the package the examples import as "paperlist" (default:
//   this repository, which must be built: its exports point into dist/).
//
// A page is read as a reader reads it: its blocks in order form one module,
// each block in its own scope, the imports of any block usable in the later
// ones; `papers`, `paper`, `text`, `listing` and `markdown` are given (see
// PRELUDE); anything else a block assumes it declares
// (`declare const stream: ReadableStream<Uint8Array>;`). Strict TypeScript,
// moduleResolution "bundler", DOM and Node types, top-level await. Errors are
// reported at the Markdown file's own line numbers.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** The Markdown files whose examples are checked. */
export function documents(dir = root) {
  const docs = existsSync(join(dir, "docs"))
    ? readdirSync(join(dir, "docs")).filter((f) => f.endsWith(".md")).sort().map((f) => join(dir, "docs", f))
    : [];
  return [join(dir, "README.md"), ...docs].filter((f) => existsSync(f));
}

/** The ```ts / ```typescript blocks of a Markdown text, with the line (1-based) of their first code line. */
export function extractBlocks(markdown) {
  const blocks = [];
  const lines = markdown.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*(ts|typescript)(?:\s.*)?$/.exec(lines[i]);
    if (!open) continue;
    const [, indent, fence] = open;
    const body = [];
    let j = i + 1;
    for (; j < lines.length && !new RegExp(`^\\s*${fence[0]}{${fence.length},}\\s*$`).test(lines[j]); j++) body.push(lines[j].slice(indent.length));
    blocks.push({ line: i + 2, code: body.join("\n") });
    i = j;
  }
  return blocks;
}

/**
 * What every page may take as given, like the fixtures of a test: a page's
 * blocks can use `papers` or `paper` without showing where they came from.
 */
const PRELUDE = `import type { Paper } from "paperlist";
declare const papers: Paper[];
declare const paper: Paper;
declare const text: string;
declare const listing: string;
declare const markdown: string;`;

const IMPORT = /^import\s+(type\s+)?(?:([\w$]+)\s*,?\s*)?(?:\{([^}]*)\}\s*|\*\s+as\s+([\w$]+)\s*)?from\s*(["'][^"']+["']);?[ \t]*$|^import\s*(["'][^"']+["']);?[ \t]*$/gm;

/**
 * One module for a page: its blocks in order, each in its own `{ }` scope (so
 * two blocks may both declare `result`), their imports hoisted and merged (a
 * page imports once and uses the names in later blocks, as a reader would).
 */
function pageModule(blocks) {
  const named = new Map(); // specifier -> Map(name -> type-only?)
  const other = new Set();
  const firstSeen = new Map(); // specifier -> Markdown line of its first import
  const take = (code, line) => code.replace(IMPORT, (all, typeOnly, defaultName, names, namespace, quoted, bare, offset) => {
    const from = (quoted ?? bare).slice(1, -1);
    if (!firstSeen.has(from)) firstSeen.set(from, line === undefined ? undefined : line + code.slice(0, offset).split("\n").length - 1);
    if (bare) other.add(`import ${bare};`);
    else if (names !== undefined && !defaultName && !namespace) {
      const into = named.get(from) ?? named.set(from, new Map()).get(from);
      for (const raw of names.split(",").map((n) => n.trim()).filter(Boolean)) {
        const inlineType = raw.startsWith("type ");
        const name = inlineType ? raw.slice(5).trim() : raw;
        const isType = Boolean(typeOnly) || inlineType;
        into.set(name, (into.get(name) ?? true) && isType);
      }
    } else other.add(all.trim().endsWith(";") ? all.trim() : `${all.trim()};`);
    // Keep the line count, so that errors map back to the page's lines.
    return all.replace(/[^\n]/g, "").replace(/^/, "");
  });
  const bodies = blocks.map((block) => ({ ...block, code: take(block.code, block.line) }));
  const declared = take(PRELUDE);
  const imports = [...named].map(([from, names]) => [from, `import { ${[...names].map(([n, t]) => (t ? `type ${n}` : n)).join(", ")} } from ${JSON.stringify(from)};`]);
  const others = [...other].map((text) => [/["']([^"']+)["']/.exec(text)[1], text]);
  const lines = [];
  const map = [];
  for (const [from, text] of [...imports, ...others]) {
    lines.push(text);
    map.push(firstSeen.get(from));
  }
  for (const text of declared.split("\n").filter(Boolean)) {
    lines.push(text);
    map.push(undefined);
  }
  for (const block of bodies) {
    lines.push("{");
    map.push(undefined);
    block.code.split("\n").forEach((line, i) => {
      lines.push(line);
      map.push(block.line + i);
    });
    lines.push("}");
    map.push(undefined);
  }
  lines.push("export {};");
  return { text: `${lines.join("\n")}\n`, map, specifiers: [...firstSeen.keys()] };
}

/** Checks the examples; returns the problems as `file:line:col message` lines. */
export function checkExamples({ packageDir = root, files = documents(), keep = false } = {}) {
  const work = mkdtempSync(join(tmpdir(), "paperlist-examples-"));
  try {
    mkdirSync(join(work, "node_modules"), { recursive: true });
    symlinkSync(resolve(packageDir), join(work, "node_modules", "paperlist"), "dir");
    writeFileSync(join(work, "package.json"), JSON.stringify({ name: "doc-examples", private: true, type: "module" }));
    const sources = new Map();
    const linked = new Set(["paperlist"]);
    for (const file of files) {
      const blocks = extractBlocks(readFileSync(file, "utf8"));
      if (blocks.length === 0) continue;
      const name = `${basename(file, ".md")}.ts`;
      const page = pageModule(blocks);
      sources.set(name, { file, map: page.map });
      writeFileSync(join(work, name), page.text);
      // Other packages a page imports (unified, vfile-reporter) are what a
      // user would install beside paperlist: borrow ours.
      for (const specifier of page.specifiers) {
        if (!specifier || specifier.startsWith(".") || specifier.startsWith("node:")) continue;
        const pkg = specifier.startsWith("@") ? specifier.split("/").slice(0, 2).join("/") : specifier.split("/")[0];
        if (linked.has(pkg) || !existsSync(join(root, "node_modules", pkg))) continue;
        linked.add(pkg);
        mkdirSync(dirname(join(work, "node_modules", pkg)), { recursive: true });
        symlinkSync(join(root, "node_modules", pkg), join(work, "node_modules", pkg), "dir");
      }
    }
    if (sources.size === 0) return [];
    writeFileSync(join(work, "tsconfig.json"), JSON.stringify({
      compilerOptions: {
        target: "ES2022", module: "esnext", moduleResolution: "bundler", lib: ["ES2022", "DOM", "DOM.Iterable"],
        strict: true, noEmit: true, skipLibCheck: true,
        typeRoots: [join(root, "node_modules/@types")], types: ["node"],
      },
      files: [...sources.keys()],
    }));
    let output = "";
    try {
      execFileSync(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-p", work, "--pretty", "false"], { cwd: work, encoding: "utf8" });
    } catch (error) {
      output = `${error.stdout ?? ""}${error.stderr ?? ""}`;
    }
    return output.split("\n").filter((line) => line && !line.startsWith(" ")).map((line) => {
      const at = /^(.+?\.ts)\((\d+),(\d+)\): (.*)$/.exec(line);
      const source = at && sources.get(at[1]);
      if (!source) return line;
      const mdLine = source.map[Number(at[2]) - 1];
      return `${relative(process.cwd(), source.file)}:${mdLine ?? "(prelude)"}${mdLine === undefined ? "" : `:${at[3]}`} ${at[4]}`;
    });
  } finally {
    if (keep) console.error(`examples: kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = documents();
  const count = files.reduce((n, f) => n + extractBlocks(readFileSync(f, "utf8")).length, 0);
  const problems = checkExamples({ packageDir: process.argv[2] ?? root, files });
  for (const problem of problems) console.error(problem);
  if (problems.length > 0) process.exitCode = 1;
  else console.log(`examples: ${count} TypeScript blocks in ${files.length} files typecheck against the package`);
}
