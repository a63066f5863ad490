// Test support: the bundled sample listing and its hand-checked gold.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Absolute path of a file under fixtures/. */
export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url));
}

/** Reads a fixture as UTF-8 text. */
export function readFixture(name: string): string {
  return readFileSync(fixturePath(name), "utf8");
}

/** One gold record (see shared/seeds/README.md). */
export interface GoldEntry {
  category: string;
  published: string;
  yearInferred: boolean;
  hasCode: boolean;
  title: string;
  authors: { name: string; given?: string; family?: string; literal?: boolean }[];
  authorsTruncated: boolean;
  affiliations: string[];
  abstractStart: string;
  abstractEnd: string;
  acceptAuthors?: string[][];
  /** Every badge after the date, in order, "Code" included (only in golds that record them: real-80, damaged-69). */
  badges?: string[];
}

/** The sample listing's text. */
export const SAMPLE_TEXT = readFixture("sample.txt");
/** The sample listing's hand-checked gold, one record per entry. */
export const SAMPLE_GOLD: GoldEntry[] = JSON.parse(readFixture("sample.gold.json"));
/** The reference date the sample was captured on (its year-less entry is 2026-02-10). */
export const SAMPLE_REFERENCE_DATE = "2026-11-26";
