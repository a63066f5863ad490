/** The Markdown files whose examples are checked (README.md, docs/*.md). */
export function documents(dir?: string): string[];
/** The ```ts blocks of a Markdown text, with the line of their first code line. */
export function extractBlocks(markdown: string): { line: number; code: string }[];
/** Typechecks the examples; returns the problems as `file:line:col message` lines. */
export function checkExamples(options?: { packageDir?: string; files?: string[]; keep?: boolean }): string[];
