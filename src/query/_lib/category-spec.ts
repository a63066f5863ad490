import { ARCHIVE_NAMES, ARXIV_TAXONOMY } from "../../model/arxiv-taxonomy.js";

/** Which part of `Paper.category` a category argument names, and its canonical spelling. */
export interface CategorySpec {
  readonly key: "id" | "archive" | "code";
  readonly value: string;
}

/**
 * Reads a category argument: a dotted id ("cs.lg" → id "cs.LG"), an archive
 * ("cs", and standalone archives such as "hep-th"), or a listing code ("lg" →
 * code "LG"). `undefined` when arXiv has none of these.
 */
export function readCategorySpec(name: string): CategorySpec | undefined {
  const key = name.trim().toLowerCase();
  if (key === "") return undefined;
  if (key.includes(".")) {
    const entry = ARXIV_TAXONOMY.find((e) => e.id.toLowerCase() === key);
    return entry && { key: "id", value: entry.id };
  }
  const archive = Object.keys(ARCHIVE_NAMES).find((a) => a.toLowerCase() === key);
  if (archive !== undefined) return { key: "archive", value: archive };
  const entry = ARXIV_TAXONOMY.find((e) => e.code.toLowerCase() === key);
  return entry && { key: "code", value: entry.code };
}
