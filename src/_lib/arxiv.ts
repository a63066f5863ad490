// arXiv identifiers: new style "2408.00118" (with an optional version) and old
// style "hep-th/9901001".

import { isWhiteSpace } from "./white-space.js";

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

// One piece of a line that only points at a paper on arXiv: an id ("arXiv:2408.00118v2",
// "hep-th/9901001"), an arXiv link (bare or as a Markdown link "[PDF](https://arxiv.org/pdf/…)"),
// a category in brackets ("[cs.CL]"), or the separators and link words around them.
const ID_PIECE = /^(?:arxiv:\s?)?((?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?)$/i;
const LINK_PIECE = /^\[[^\]]{0,40}\]\((https?:\/\/[^()\s]+)\)$/;
const FILLER_PIECE = /^(?:arxiv:?|abs|pdf|html|paper|preprint|link|id:?|[·|•,;:-]|\[[a-z-]+(?:\.[a-z-]+)?\]|\([a-z-]+(?:\.[a-z-]+)?\))$/i;

/**
 * The arXiv id (without version) of a line that does nothing but point at one
 * paper on arXiv, such as the "arXiv:2408.00118v2 [cs.CL]" or
 * "[arXiv](https://arxiv.org/abs/2408.00118)" lines that pages and clippers add
 * to a card; `undefined` for any other line. Ids inside prose are not taken:
 * an abstract that says "we build on arXiv:1706.03762" cites another paper.
 */
export function arxivIdOfLine(text: string): string | undefined {
  // Most lines are prose far longer than an id line: no need to trim those first.
  if (text.length > 300 && !isWhiteSpace(text.charCodeAt(0)) && !isWhiteSpace(text.charCodeAt(text.length - 1))) return undefined;
  const line = text.trim();
  // Every form holds a new-style number or an old-style "/" and seven digits; most lines hold neither.
  if (line.length === 0 || line.length > 300 || !/\d{4}\.\d{4}|\/\d{7}/.test(line)) return undefined;
  let found: string | undefined;
  for (const piece of line.split(/\s+(?![^[]*\])/)) {
    if (piece === "" || FILLER_PIECE.test(piece)) continue;
    const link = LINK_PIECE.exec(piece);
    const id = link ? arxivIdFromUrl(link[1]!) : ID_PIECE.test(piece) ? normalizeArxivId(piece) : arxivIdFromUrl(piece);
    if (link && !id && /^\[(?:code|github|project|website|demo|video|blog|slides)\]/i.test(piece)) continue;
    if (!id || (found !== undefined && found !== id)) return undefined;
    found = id;
  }
  return found;
}
