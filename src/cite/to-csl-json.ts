import type { Paper } from "../model/paper.js";
import { nameParts } from "./_lib/names.js";
import { arxivDoi, arxivUrl, dateParts, squeezeSpace } from "./_lib/text.js";
import { assignCitationKeys } from "./assign-citation-keys.js";
import type { CitationKeyOptions } from "./citation-key.js";
import { toSentenceCase } from "./to-sentence-case.js";

/**
 * One name in CSL-JSON: a person, or a group as `literal`.
 *
 * @example
 * // A particle kept apart, as CSL wants it
 * const name: CslName = { family: "Oord", given: "Aaron", "non-dropping-particle": "van den" };
 */
export interface CslName {
  readonly family?: string;
  readonly given?: string;
  readonly "non-dropping-particle"?: string;
  readonly suffix?: string;
  readonly literal?: string;
}

/**
 * One CSL-JSON item, as the CSL project's schema (csl-data.json) defines it,
 * limited to the fields paperlist fills.
 *
 * @example
 * // Feed it to citeproc-js, Pandoc or Zotero
 * const items: CslItem[] = toCslJson(papers);
 */
export interface CslItem {
  readonly id: string;
  readonly type: "article";
  readonly title: string;
  readonly author?: CslName[];
  readonly issued: { readonly "date-parts": [[number, number, number]] };
  /** "Preprint": APA's CSL style prints it as `[Preprint]`. */
  readonly genre: "Preprint";
  /** The repository, which APA prints as the publisher: "arXiv". */
  readonly publisher: "arXiv";
  /** `arXiv:<id>`, when the id is known. */
  readonly number?: string;
  readonly DOI?: string;
  readonly URL?: string;
  readonly abstract?: string;
  readonly keyword?: string;
}

/**
 * Options of `toCslJson`.
 *
 * @example
 * // Camel-case ids and no abstracts
 * const options: ToCslJsonOptions = { keyStyle: "camel", abstract: false };
 */
export interface ToCslJsonOptions extends CitationKeyOptions {
  /** Include the abstract; default `true`. */
  readonly abstract?: boolean;
  /** Words known to be proper nouns, kept capitalised in the sentence-case title. */
  readonly properNouns?: Iterable<string>;
}

/**
 * Writes papers as CSL-JSON items that validate against the CSL schema, for
 * citeproc-js, Zotero, Pandoc and the thousands of CSL styles.
 *
 * Each item is an `article` with `genre: "Preprint"` and
 * `publisher: "arXiv"` (what the APA CSL style expects of a preprint); with
 * an arXiv id also `number: "arXiv:<id>"`, the arXiv DOI and URL. Titles
 * are stored in sentence case, as CSL expects (styles that want title case
 * convert from it, never the other way). Ids are the citation keys of
 * `assignCitationKeys`, so they match the BibTeX keys. Particles are kept
 * apart (`non-dropping-particle`); groups are `literal`. CSL has no way to
 * say "et al." in data, so a truncated list holds the known authors only
 * (`toBibtex` and `toApa` report it).
 *
 * @param papers - the papers
 * @param options - key style, abstract, proper nouns
 * @returns one item per paper, in input order
 * @throws {RangeError} when a key template names an unknown field
 *
 * @example
 * // The item of a paper with an arXiv id
 * toCslJson([gemma2])[0];
 * //=> { id: "gemmateam2024gemma", type: "article", title: "Gemma 2: Improving open language models at a practical size",
 * //     author: [{ literal: "Gemma Team" }, { family: "Riviere", given: "Morgane" }, { family: "Pathak", given: "Shreya" }],
 * //     issued: { "date-parts": [[2024, 7, 31]] }, genre: "Preprint", publisher: "arXiv", number: "arXiv:2408.00118",
 * //     DOI: "10.48550/arXiv.2408.00118", URL: "https://arxiv.org/abs/2408.00118", abstract: "In this work, ...", keyword: "cs.CL" }
 */
export function toCslJson(papers: readonly Paper[], options: ToCslJsonOptions = {}): CslItem[] {
  const { keys } = assignCitationKeys(papers, options);
  return papers.map((paper, i) => {
    const { year, month, day } = dateParts(paper.published);
    const item: Record<string, unknown> = {
      id: keys[i]!,
      type: "article",
      title: toSentenceCase(squeezeSpace(paper.title), { abstract: paper.abstract, properNouns: options.properNouns }),
    };
    if (paper.authors.length > 0) item.author = paper.authors.map(cslName);
    item.issued = { "date-parts": [[year, month, day]] };
    item.genre = "Preprint";
    item.publisher = "arXiv";
    if (paper.arxivId) {
      item.number = `arXiv:${paper.arxivId}`;
      item.DOI = arxivDoi(paper.arxivId);
      item.URL = arxivUrl(paper.arxivId);
    } else if (paper.url) item.URL = paper.url;
    if ((options.abstract ?? true) && paper.abstract.trim() !== "") item.abstract = paper.abstract;
    item.keyword = paper.category.id;
    return item as unknown as CslItem;
  });
}

/** A paper's author as a CSL name: leading lower-case words of the family name become the particle. */
function cslName(author: Paper["authors"][number]): CslName {
  const parts = nameParts(author);
  if (!parts) return { literal: squeezeSpace(author.name) };
  const words = parts.family.split(" ");
  let k = 0;
  while (k < words.length - 1 && /^\p{Ll}/u.test(words[k]!)) k += 1;
  const name: Record<string, string> = { family: words.slice(k).join(" ") };
  if (parts.given !== "") name.given = parts.given;
  if (k > 0) name["non-dropping-particle"] = words.slice(0, k).join(" ");
  const suffix = squeezeSpace(author.suffix ?? "");
  if (suffix !== "") name.suffix = suffix;
  return name as CslName;
}
