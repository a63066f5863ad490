// Every export of every entry has a summary and an @example in its doc
// comment (typedoc's own validation only asks for a summary).
//
// Usage: node scripts/check-api-docs.mjs [docs/api/api.json]   (after `npm run docs`)
// Exits 1 and lists the exports that fall short.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The comment that documents an export: a function's is on its (first documented) signature. */
function commentOf(reflection) {
  if (reflection.comment) return reflection.comment;
  for (const signature of reflection.signatures ?? []) if (signature.comment) return signature.comment;
  return undefined;
}

/** Every reflection of the project by id. */
function index(node, byId = new Map()) {
  byId.set(node.id, node);
  for (const child of node.children ?? []) index(child, byId);
  return byId;
}

const REFERENCE = 4194304;

/** Lists `entry.name: problem` for each export without a summary or an @example. */
export function findUndocumented(project) {
  const byId = index(project);
  const modules = project.children?.some((c) => c.kind === 2) ? project.children.filter((c) => c.kind === 2) : [project];
  const problems = [];
  for (const module of modules) {
    for (const reflection of module.children ?? []) {
      // A name that a second entry re-exports points at the reflection that carries the docs.
      const target = reflection.kind === REFERENCE ? byId.get(reflection.target) ?? reflection : reflection;
      const comment = commentOf(target);
      const where = `${module.name === project.name ? "" : `${module.name}.`}${reflection.name}`;
      const summary = (comment?.summary ?? []).map((part) => part.text).join("").trim();
      if (!summary) problems.push(`${where}: no summary`);
      if (!(comment?.blockTags ?? []).some((tag) => tag.tag === "@example")) problems.push(`${where}: no @example`);
    }
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = process.argv[2] ?? "docs/api/api.json";
  const problems = findUndocumented(JSON.parse(readFileSync(file, "utf8")));
  for (const problem of problems) console.error(`api docs: ${problem}`);
  if (problems.length > 0) {
    console.error(`api docs: ${problems.length} problem(s); every export needs a summary and an @example`);
    process.exitCode = 1;
  } else {
    console.log("api docs: every export has a summary and an @example");
  }
}
