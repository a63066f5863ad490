import { own } from "../_lib/own.js";
import type { Category } from "./category.js";
import { ARCHIVE_NAMES, ARXIV_TAXONOMY, type TaxonomyEntry } from "./arxiv-taxonomy.js";

/**
 * The archives tried, in order, when a listing's code exists in several
 * (`CV` is cs.CV and math.CV; `CO` is stat.CO, math.CO and astro-ph.CO).
 * Listing sites are mostly about computer science and machine learning, so
 * computer science comes first, then statistics and electrical engineering,
 * then mathematics and the rest.
 *
 * @example
 * // CO resolves to stat.CO before math.CO
 * DEFAULT_ARCHIVE_PRIORITY.indexOf("stat") < DEFAULT_ARCHIVE_PRIORITY.indexOf("math"); //=> true
 */
export const DEFAULT_ARCHIVE_PRIORITY: readonly string[] = [
  "cs", "stat", "eess", "math", "q-bio", "q-fin", "econ", "physics", "quant-ph",
  "astro-ph", "cond-mat", "nlin", "math-ph", "gr-qc", "hep-th", "hep-ph", "hep-ex",
  "hep-lat", "nucl-th", "nucl-ex",
];

/**
 * Options of `resolveCategory`.
 *
 * @example
 * // Prefer mathematics for shared codes
 * const options: ResolveCategoryOptions = { archivePriority: ["math", "cs"] };
 */
export interface ResolveCategoryOptions {
  /**
   * Archives to try first, in order, for a code that several archives share.
   * Archives left out keep `DEFAULT_ARCHIVE_PRIORITY` order after them.
   */
  readonly archivePriority?: readonly string[];
}

/** Archives arXiv retired, and the subject class that took their papers. */
const LEGACY_ARCHIVES: Readonly<Record<string, string>> = {
  "q-alg": "math.QA", "alg-geom": "math.AG", "dg-ga": "math.DG", "funct-an": "math.FA",
  "chao-dyn": "nlin.CD", "solv-int": "nlin.SI", "patt-sol": "nlin.PS", "adap-org": "nlin.AO",
  "comp-gas": "nlin.CG", "cmp-lg": "cs.CL", "mtrl-th": "cond-mat.mtrl-sci", "supr-con": "cond-mat.supr-con",
  "acc-phys": "physics.acc-ph", "ao-sci": "physics.ao-ph", "atom-ph": "physics.atom-ph",
  "bayes-an": "physics.data-an", "chem-ph": "physics.chem-ph", "plasm-ph": "physics.plasm-ph",
};

let byCode: Map<string, TaxonomyEntry[]> | undefined;
let byId: Map<string, TaxonomyEntry> | undefined;

/** Builds the look-up tables on first use, so importing the module costs nothing. */
function tables(): { byCode: Map<string, TaxonomyEntry[]>; byId: Map<string, TaxonomyEntry> } {
  if (!byCode || !byId) {
    byCode = new Map();
    byId = new Map();
    for (const entry of ARXIV_TAXONOMY) {
      byId.set(entry.id.toLowerCase(), entry);
      const key = entry.code.toLowerCase();
      const list = byCode.get(key);
      if (list) list.push(entry);
      else byCode.set(key, [entry]);
    }
  }
  return { byCode, byId };
}

/**
 * Resolves a listing's subject code (`CL`) or a full arXiv id (`cs.CL`,
 * `hep-th`) to its category. A bare archive (`astro-ph`, as papers from
 * before its subject classes have) resolves to the archive itself, and a
 * retired archive (`q-alg`, `cmp-lg`) to the class that took its papers.
 *
 * A code that several archives share resolves by `archivePriority`, then by
 * `DEFAULT_ARCHIVE_PRIORITY`. Case is ignored. Unknown codes give `undefined`
 * (bad data does not throw).
 *
 * @param code - a listing code ("CL", "ML"), or a full id ("cs.CL", "quant-ph")
 * @param options - which archives win for shared codes
 * @returns the category, or `undefined` when no arXiv category has that code
 *
 * @example
 * // A plain code, a shared code with a changed priority, and an unknown one
 * resolveCategory("CL"); //=> { code: "CL", id: "cs.CL", name: "Computation and Language", archive: "cs" }
 * resolveCategory("CV", { archivePriority: ["math"] })?.id; //=> "math.CV"
 * resolveCategory("ZZ"); //=> undefined
 */
export function resolveCategory(code: string, options: ResolveCategoryOptions = {}): Category | undefined {
  if (options.archivePriority === undefined || options.archivePriority.length === 0) {
    // The default order answers the same every time: remember it per code (a copy each call).
    let known = defaultMemo.get(code);
    if (known === undefined) {
      known = lookUp(code, []) ?? null;
      if (defaultMemo.size < 1000) defaultMemo.set(code, known);
    }
    return known === null ? undefined : { ...known };
  }
  return lookUp(code, options.archivePriority);
}

const defaultMemo = new Map<string, Category | null>();

/** `resolveCategory` without the memo. */
function lookUp(code: string, priority: readonly string[]): Category | undefined {
  const { byCode, byId } = tables();
  const key = code.trim().toLowerCase();
  const exact = byId.get(key);
  if (exact && (key.includes(".") || exact.code === exact.archive)) return toCategory(exact);
  // A bare archive ("astro-ph" before it had subject classes, "cond-mat", "math").
  const archive = own(ARCHIVE_NAMES, key);
  if (archive !== undefined) return { code: key, id: key, name: archive, archive: key };
  // A retired archive, under the class arXiv moved its papers to ("q-alg" is math.QA).
  const legacy = own(LEGACY_ARCHIVES, key);
  if (legacy !== undefined) return toCategory(byId.get(legacy.toLowerCase())!);
  const candidates = byCode.get(key);
  if (!candidates || candidates.length === 0) return undefined;
  let best = candidates[0]!;
  let bestRank = rank(best.archive, priority);
  for (const candidate of candidates) {
    const r = rank(candidate.archive, priority);
    if (r < bestRank) {
      best = candidate;
      bestRank = r;
    }
  }
  return toCategory(best);
}

/**
 * Every category that has a given code, in default priority order.
 *
 * @param code - a listing code such as "CV"
 * @returns all matching categories (empty for an unknown code)
 *
 * @example
 * // CV exists in two archives
 * categoriesWithCode("CV").map((c) => c.id); //=> ["cs.CV", "math.CV"]
 */
export function categoriesWithCode(code: string): Category[] {
  const list = tables().byCode.get(code.trim().toLowerCase()) ?? [];
  return [...list]
    .sort((a, b) => rank(a.archive, []) - rank(b.archive, []))
    .map(toCategory);
}

/**
 * The English name of an arXiv archive.
 *
 * @param archive - an archive id such as "cs" or "astro-ph"
 * @returns its name, or `undefined` for an unknown archive
 *
 * @example
 * // The computer science archive
 * archiveName("cs"); //=> "Computer Science"
 */
export function archiveName(archive: string): string | undefined {
  return own(ARCHIVE_NAMES, archive);
}

/** Position of an archive in the caller's priority, then the default one. */
function rank(archive: string, priority: readonly string[]): number {
  const own = priority.indexOf(archive);
  if (own >= 0) return own;
  const fallback = DEFAULT_ARCHIVE_PRIORITY.indexOf(archive);
  return priority.length + (fallback >= 0 ? fallback : DEFAULT_ARCHIVE_PRIORITY.length);
}

/** Copies a taxonomy row into a fresh `Category`. */
function toCategory(entry: TaxonomyEntry): Category {
  return { code: entry.code, id: entry.id, name: entry.name, archive: entry.archive };
}
