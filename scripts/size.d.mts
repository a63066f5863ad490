/** Budgets in bytes, gzipped, by exports subpath. */
export const BUDGETS: Record<string, number>;

/** One entry's figures. */
export interface EntrySize {
  subpath: string;
  specifier: string;
  minified: number;
  gzipped: number;
  budget: number | undefined;
  ok: boolean;
}

/** Bundles an ES module for the browser (esbuild, minified); returns the code. */
export function bundle(contents: string, resolveDir: string): Promise<string>;
/** Minified and gzipped sizes of a bundle. */
export function sizes(code: string): { minified: number; gzipped: number };
/** Measures every code entry of the package in `packageDir`, resolved from `resolveDir`. */
export function measureEntries(packageDir: string, resolveDir?: string): Promise<EntrySize[]>;

/** Budgets in bytes, gzipped, for what typical apps import from "paperlist". */
export const IMPORT_BUDGETS: { names: string[]; budget: number }[];

/** One import's figures. */
export interface ImportSize {
  label: string;
  minified: number;
  gzipped: number;
  budget: number;
  ok: boolean;
}

/** Measures the bundle of each import in IMPORT_BUDGETS, resolving "paperlist" from `resolveDir`. */
export function measureImports(resolveDir: string): Promise<ImportSize[]>;
