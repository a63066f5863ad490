/** Collapses every run of whitespace (including line breaks) to one space and trims, since no citation format keeps layout. */
export function squeezeSpace(text: string): string {
  return UNSQUEEZED.test(text) ? text.replace(/\s+/gu, " ").trim() : text;
}

// Whitespace other than single inner spaces: two in a row, a non-space whitespace, or at either end.
const UNSQUEEZED = /\s\s|[^\S ]|^\s|\s$/;

/** A title without a leading "A", "An" or "The", which APA and BibTeX's styles ignore when sorting. */
export function withoutArticle(title: string): string {
  return title.replace(/^(?:a|an|the)\s+/iu, "");
}

/** Year, month and day of a `YYYY-MM-DD` date; a malformed date gives NaN parts rather than throwing. */
export function dateParts(iso: string): { year: number; month: number; day: number } {
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
}

/** Letters and digits ASCII-folded for identifiers: accents stripped, ß → ss, ł → l; anything else removed. */
export function asciiFold(text: string): string {
  if (ALNUM.test(text)) return text;
  let out = "";
  for (const ch of text.normalize("NFD")) {
    if (/[a-z0-9]/iu.test(ch)) out += ch;
    else if (FOLD[ch] !== undefined) out += FOLD[ch];
  }
  return out;
}

const ALNUM = /^[A-Za-z0-9]*$/;

const FOLD: Record<string, string> = {
  ß: "ss", æ: "ae", Æ: "AE", œ: "oe", Œ: "OE", ø: "o", Ø: "O", ł: "l", Ł: "L", đ: "d", Đ: "D",
  ð: "d", Ð: "D", þ: "th", Þ: "Th", ı: "i", ŋ: "ng", Ŋ: "NG", ĸ: "q",
};

/** The year part of an arXiv identifier as a URL-safe string (`2408.00118`, `hep-th/9901001`). */
export function arxivUrl(id: string): string {
  return `https://arxiv.org/abs/${id}`;
}

/** The DOI arXiv registers for every paper since 2022 (backfilled for older ones): `10.48550/arXiv.<id>`. */
export function arxivDoi(id: string): string {
  return `10.48550/arXiv.${id}`;
}
