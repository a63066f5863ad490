// Our APA references against citeproc-js running the official APA 7 CSL style
// (citation-js's "apa" template) on every paper of the real holdout listings,
// each read by the parser and cited as a complete author list. Prints the
// references that differ, beyond the differences docs/citations.md lists
// that the comparison undoes (the arXiv id's form, the ellipsis, apostrophes
// in names). Too slow for the test suite (citeproc takes about 3 ms a
// reference), so it is a script. Usage:
//   npm run build && node scripts/citeproc-audit.mjs
import { readdirSync, readFileSync } from "node:fs";
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-csl";
import { formatApaName, parseListing, toApa, toCslJson } from "../dist/index.js";

const dir = new URL("../fixtures/holdout/", import.meta.url);
let papers = 0;
let differences = 0;
for (const name of readdirSync(dir).filter((n) => /^real-\d+\.txt$/.test(n)).sort()) {
  const listing = parseListing(readFileSync(new URL(name, dir), "utf8"), { referenceDate: "2026-11-26" });
  for (const parsed of listing.papers) {
    const paper = { ...parsed, authorsTruncated: false };
    let theirs = new Cite(toCslJson([paper])).format("bibliography", { format: "text", template: "apa", lang: "en-US" }).trim();
    if (paper.arxivId) theirs = theirs.replace(` (Preprint arXiv:${paper.arxivId}). arXiv.`, " [Preprint]. arXiv.");
    theirs = theirs.replace(", … ", ", . . . ");
    let ours = toApa(paper).text;
    for (const author of paper.authors) {
      const written = formatApaName(author);
      if (written.includes("'")) ours = ours.replace(written, written.replaceAll("'", "’"));
    }
    papers += 1;
    if (ours !== theirs) {
      differences += 1;
      console.log(`${name}\n  ours:     ${ours}\n  citeproc: ${theirs}`);
    }
  }
}
console.log(`${papers} papers, ${differences} references differ`);
