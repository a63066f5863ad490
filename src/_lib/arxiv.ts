// arXiv identifiers: new style "2408.00118" (with an optional version) and old
// style "hep-th/9901001".

const NEW_ID = /^(\d{4}\.\d{4,5})(v\d+)?$/;
const OLD_ID = /^([a-z-]+(?:\.[A-Z]{2})?\/\d{7})(v\d+)?$/;
const URL_ID = /^https?:\/\/(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf|html)\/([^?#\s]+?)(?:\.pdf)?\/?(?:[?#].*)?$/i;

/** The arXiv id (without version) in an arXiv URL, or `undefined`. */
export function arxivIdFromUrl(url: string): string | undefined {
  const match = URL_ID.exec(url.trim());
  return match ? normalizeArxivId(match[1]!) : undefined;
}

/** An arXiv id without its version, or `undefined` when the text is not one. */
export function normalizeArxivId(text: string): string | undefined {
  const id = text.trim().replace(/^arxiv:/i, "");
  const match = NEW_ID.exec(id) ?? OLD_ID.exec(id);
  return match ? match[1] : undefined;
}
