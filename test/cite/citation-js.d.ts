// The little of citation-js 0.8 the tests use; the package ships no types.
declare module "@citation-js/core" {
  export class Cite {
    constructor(data: unknown);
    format(format: "bibliography" | "citation" | "bibtex" | "data", options?: Record<string, unknown>): string;
  }
}
declare module "@citation-js/plugin-csl";
declare module "@citation-js/plugin-bibtex";
