import type { Paper } from "../../model/paper.js";
import { wordText, wordTexts } from "./fold.js";

/** Folded word texts of one paper, each computed on first use. */
interface Folded {
  title?: string;
  titleOf?: string;
  abstract?: string;
  abstractOf?: string;
  authors?: string;
  firstAuthor?: string;
  authorsOf?: readonly unknown[];
  affiliations?: string;
  affiliationsOf?: readonly string[];
}

/**
 * One cache for every query, keyed by the paper object: folding (NFKD, marks,
 * word splitting) costs far more than the match itself, and users run several
 * queries over the same list. A WeakMap lets papers be collected as usual.
 * Each entry remembers the value it was folded from, so a paper whose title
 * is reassigned is folded again rather than matched on stale text.
 */
const cache = new WeakMap<Paper, Folded>();

/** The cache entry of a paper, created empty on first use. */
function entry(paper: Paper): Folded {
  let folded = cache.get(paper);
  if (folded === undefined) {
    folded = {};
    cache.set(paper, folded);
  }
  return folded;
}

/** The title as word text. */
export function titleWords(paper: Paper): string {
  const folded = entry(paper);
  if (folded.titleOf !== paper.title || folded.title === undefined) {
    folded.title = wordText(paper.title);
    folded.titleOf = paper.title;
  }
  return folded.title;
}

/** The abstract as word text. */
export function abstractWords(paper: Paper): string {
  const folded = entry(paper);
  const abstract = paper.abstract ?? "";
  if (folded.abstractOf !== abstract || folded.abstract === undefined) {
    folded.abstract = wordText(abstract);
    folded.abstractOf = abstract;
  }
  return folded.abstract;
}

/** Fills the author texts; an author list is compared by identity and length. */
function authorEntry(paper: Paper): Folded {
  const folded = entry(paper);
  const authors = paper.authors;
  if (folded.authorsOf !== authors || folded.authors === undefined || folded.authorsOf.length !== authors.length) {
    const names = authors.map((author) => author.name);
    folded.authors = wordTexts(names);
    folded.firstAuthor = names.length === 0 ? " " : wordText(names[0]!);
    folded.authorsOf = authors;
  }
  return folded;
}

/** Every author's name as word text, "|" between authors. */
export function authorWords(paper: Paper): string {
  return authorEntry(paper).authors!;
}

/** The first author's name as word text (" " when there is none). */
export function firstAuthorWords(paper: Paper): string {
  return authorEntry(paper).firstAuthor!;
}

/** Every affiliation slug as word text ("amazon-science" gives " amazon science "). */
export function affiliationWords(paper: Paper): string {
  const folded = entry(paper);
  const affiliations = paper.affiliations ?? [];
  if (folded.affiliationsOf !== affiliations || folded.affiliations === undefined) {
    folded.affiliations = wordTexts(affiliations);
    folded.affiliationsOf = affiliations;
  }
  return folded.affiliations;
}
