/** The APA reference of a prepared paper: the body of `toApa`, shared with `apaReferenceList`. */
import type { Diagnostic } from "../../parse/diagnostic.js";
import type { ApaResult, ToApaOptions } from "../to-apa.js";
import { toSentenceCase } from "../to-sentence-case.js";
import { authorElement, escapeFor, isUnparsed, italicFor, linkOf, type PreparedPaper } from "./apa.js";
import { type CiteDiagnosticCode, paperDiagnostic } from "./diagnostic.js";
import { typographicQuotes } from "./quotes.js";

/** Writes one reference (see `toApa`) from a paper whose names are already worked out. */
export function apaReference(prepared: PreparedPaper, options: ToApaOptions): ApaResult {
  const paper = prepared.paper;
  const format = options.format ?? "text";
  const diagnostics: Diagnostic[] = [];
  const warn = (code: CiteDiagnosticCode, message: string): void => {
    diagnostics.push(paperDiagnostic(paper, options.index, "warning", code, message));
  };
  const title = typographicQuotes(toSentenceCase(paper.title, { abstract: paper.abstract, properNouns: options.properNouns }));
  const date = `(${prepared.year}${options.yearSuffix ?? ""}).`;
  const link = linkOf(paper);
  const linkText = link ? ` ${escapeFor(format, link)}` : "";
  let text: string;
  if (paper.authors.length === 0) {
    warn("no-authors", "the paper has no authors; APA moves the title to the author position");
    text = `${italicFor(format, title)}${escapeFor(format, ` [Preprint]. ${date} arXiv.`)}${linkText}`;
  } else {
    const authors = authorElement(prepared);
    text = `${escapeFor(format, `${authors}${authors.endsWith(".") ? "" : "."} ${date}`)} ${italicFor(format, title)}${escapeFor(format, " [Preprint]. arXiv.")}${linkText}`;
  }
  if (paper.authorsTruncated) {
    warn("authors-truncated",
      `the listing shows ${paper.authors.length} authors and "et al."; APA wants every author (up to 20), so the reference ends in "et al." until the full list is looked up`);
  }
  for (const author of paper.authors) if (isUnparsed(author)) {
    warn("unparsed-author", `author "${author.name}" has no given/family split; its last word is taken as the family name`);
  }
  return { text, diagnostics };
}
