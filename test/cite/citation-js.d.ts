// The little of citation-js 0.8 the tests use; the package ships no types.
declare module "@citation-js/core" {
  export class Cite {
    constructor(data: unknown);
    format(format: "bibliography" | "citation" | "bibtex" | "data", options?: Record<string, unknown>): string;
  }
}
declare module "@citation-js/plugin-csl";
declare module "@citation-js/plugin-bibtex";
declare module "@citation-js/plugin-csl/lib/engines.js" {
  /** A citeproc-js engine over the given items, for a style and locale (citation-js's cached engine). */
  const prepareEngine: (items: readonly object[], style: string, lang: string, format: string) => {
    rebuildProcessorState(citations: readonly object[], format: string, uncited: readonly string[]): [string, number, string][];
  };
  export default prepareEngine;
}
