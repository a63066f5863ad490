// Our APA references against citeproc-js running the official APA 7 CSL style
// (citation-js's "apa" template) on every paper of the real holdout listings,
// each read by the parser and cited as a complete author list. Prints the
// references that differ, beyond the differences docs/citations.md lists
// that the comparison undoes (the arXiv id's form, the ellipsis, apostrophes
// in names); then, for each listing as one document citing all its papers,
// the parenthetical citations that differ and whether the reference list's
// order does. Too slow for the test suite (citeproc takes about 3 ms a
// reference), so it is a script. Usage:
//   npm run build && node scripts/citeproc-audit.mjs
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-csl";
import { apaReferenceList, formatApaName, parseListing, toApa, toCslJson } from "../dist/index.js";

// citation-js's citeproc engine for a set of items, to cite them in one document.
const prepareEngine = createRequire(import.meta.url)("@citation-js/plugin-csl/lib/engines.js").default;

/** citeproc's parenthetical citation of each item, cited one by one in a document that cites them all. */
function citeprocCitations(items) {
  const engine = prepareEngine(items, "apa", "en-US", "text");
  const clusters = engine.rebuildProcessorState(items.map((item, i) => ({ citationID: `c${i}`, citationItems: [{ id: item.id }], properties: { noteIndex: 0 } })), "text", []);
  return clusters.map(([, , citation]) => citation);
}
let citations = 0;
let citationDifferences = 0;
let lists = 0;
let orderDifferences = 0;

const dir = new URL("../fixtures/holdout/", import.meta.url);
let papers = 0;
let differences = 0;
for (const name of readdirSync(dir).filter((n) => /^real-\d+\.txt$/.test(n)).sort()) {
  const listing = parseListing(readFileSync(new URL(name, dir), "utf8"), { referenceDate: "2026-11-26" });
  // The listing as one document: its in-text citations and its reference list's order.
  const complete = listing.papers.map((parsed) => ({ ...parsed, authorsTruncated: false }));
  const items = toCslJson(complete);
  const list = apaReferenceList(complete);
  const ours = new Map(list.references.map((r) => [r.index, r.parenthetical.replaceAll("'", "’")]));
  citeprocCitations(items).forEach((theirs, i) => {
    citations += 1;
    if (ours.get(i) !== theirs) {
      citationDifferences += 1;
      console.log(`${name} (in text)\n  ours:     ${ours.get(i)}\n  citeproc: ${theirs}`);
    }
  });
  const order = new Cite(items).format("bibliography", { format: "text", template: "apa", lang: "en-US", asEntryArray: true }).map(([id]) => id);
  lists += 1;
  const ourOrder = list.references.map((r) => items[r.index].id);
  const at = ourOrder.findIndex((id, i) => id !== order[i]);
  if (at >= 0) {
    orderDifferences += 1;
    console.log(`${name} (order)\n  ours:     ${ourOrder.slice(at, at + 2).join(", ")}\n  citeproc: ${order.slice(at, at + 2).join(", ")}`);
  }
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
// Every title cited as a work with no author's, in title case (8.14), one document per listing.
let titles = 0;
let titleDifferences = 0;
for (const name of readdirSync(dir).filter((n) => /^real-\d+\.txt$/.test(n)).sort()) {
  const listing = parseListing(readFileSync(new URL(name, dir), "utf8"), { referenceDate: "2026-11-26" });
  // (Each in a year of its own, so no two share year letters.)
  const untitled = listing.papers.map((p, i) => ({ ...p, authors: [], authorsTruncated: false, published: `${1000 + i}-01-01` }));
  const items = toCslJson(untitled);
  const ours = new Map(apaReferenceList(untitled).references.map((r) => [r.index, r.parenthetical.replaceAll("'", "’")]));
  citeprocCitations(items).forEach((theirs, i) => {
    titles += 1;
    if (ours.get(i) !== theirs) {
      titleDifferences += 1;
      console.log(`${name} (title case)\n  ours:     ${ours.get(i)}\n  citeproc: ${theirs}`);
    }
  });
}
console.log(`${papers} papers, ${differences} references differ`);
console.log(`${citations} in-text citations in ${lists} listings, ${citationDifferences} differ; ${orderDifferences} reference lists ordered differently`);
console.log(`${titles} titles cited as works with no author, ${titleDifferences} differ in title case`);
