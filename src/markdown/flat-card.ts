// A card flattened into one line by a converter that puts a space between
// blocks (dom-to-semantic-markdown): "[Code](…) [Title](…) [Ann Lee](…),
// [Bo Chen](…) et al. · mit, ucla We study …". Its links say where each part
// ends, so the line is cut back into badge, byline and abstract.
import type { Piece, PieceLine } from "./piece-line.js";

/** The parts of a flattened card's line (see `splitFlatCard`). */
export interface FlatCard {
  /** The Code badge that opened the line. */
  readonly badge?: PieceLine;
  readonly byline: PieceLine;
  /** The abstract that followed the author list. */
  readonly abstract?: PieceLine;
}

/**
 * Cuts the line after a card's header into its badge, byline and abstract
 * when a converter flattened the card into one line: an optional `Code` link,
 * then the title's link, then authors that are links parted by `, `, then
 * after the last one `et al.`, ` · ` and affiliation slugs (words without
 * spaces) as the site writes them, and the abstract after a space. The line
 * is returned whole as the byline when it is anything else.
 *
 * @param line - the line after a card's header, as pieces
 * @returns its badge, byline and abstract
 *
 * @example
 * // "[Code](g) [PDEBench](a) [Makoto Takamoto](m) et al. · stuttgart Machine learning…"
 * const { badge, byline, abstract } = splitFlatCard(line);
 * // badge: "[Code](g)", byline: "[PDEBench](a) [Makoto Takamoto](m) et al. · stuttgart", abstract: "Machine learning…"
 *
 * @internal
 */
export function splitFlatCard(line: PieceLine): FlatCard {
  const pieces = line.pieces;
  let at = skipBlank(pieces, 0);
  let badge: PieceLine | undefined;
  const first = pieces[at];
  if (first?.kind === "link" && first.text.trim() === "Code" && isSpace(pieces[at + 1]) && pieces[at + 2]?.kind === "link") {
    badge = { pieces: [first], start: first.from };
    at += 2;
  }
  const title = at;
  if (pieces[title]?.kind !== "link" || !isSpace(pieces[title + 1])) return whole(line, badge, title);
  // The authors: links parted by ", ".
  let last = title + 2;
  if (pieces[last]?.kind !== "link") return whole(line, badge, title);
  while (pieces[last + 1]?.kind === "text" && AUTHOR_COMMA.test(pieces[last + 1]!.text) && pieces[last + 2]?.kind === "link") last += 2;
  const tail = pieces[last + 1];
  if (!tail || tail.kind !== "text") return whole(line, badge, title);
  const cut = bylineTailEnd(tail.text);
  if (cut < 0) return whole(line, badge, title);
  const byline: PieceLine = { pieces: [...pieces.slice(title, last + 1), slice(tail, 0, cut)], start: pieces[title]!.from };
  let from = cut;
  while (from < tail.text.length && /\s/.test(tail.text[from]!)) from += 1;
  const rest = slice(tail, from, tail.text.length);
  const abstract: PieceLine = { pieces: [rest, ...pieces.slice(last + 2)], start: rest.from };
  return badge ? { badge, byline, abstract } : { byline, abstract };
}

/**
 * Where the byline's end ends in the text after its last author: after
 * ` et al.`, then ` · ` and slugs, when a space and prose (two words or more,
 * opening with a capital, a digit or a formula) follow; -1 otherwise.
 */
function bylineTailEnd(text: string): number {
  const match = BYLINE_TAIL.exec(text);
  return match ? match[0].length : -1;
}

// " et al.", then " · slug, slug" (slugs have no spaces), then a space before prose; any white
// space where a space is written (a copy may hold no-break spaces around the dot).
const BYLINE_TAIL = /^(?:\s+et al\.)?(?:\s+·\s+[\w.-]+(?:,\s*[\w.-]+)*)?(?=\s+[\p{Lu}\d$\\(]\S*\s+\S)/u;
// The comma and space between two linked authors.
const AUTHOR_COMMA = /^,\s+$/;

/** The line whole: no flattened card, but the badge kept apart when there was one. */
function whole(line: PieceLine, badge: PieceLine | undefined, from: number): FlatCard {
  return badge ? { badge, byline: { ...line, pieces: line.pieces.slice(from), start: line.pieces[from]!.from } } : { byline: line };
}

/** The first index at or after `from` of a piece that is not blank text. */
function skipBlank(pieces: readonly Piece[], from: number): number {
  while (from < pieces.length && pieces[from]!.kind === "text" && pieces[from]!.text.trim() === "") from += 1;
  return from;
}

/** Whether a piece is white space alone (the space a converter put between two blocks). */
function isSpace(piece: Piece | undefined): boolean {
  return piece !== undefined && piece.kind === "text" && piece.text !== "" && piece.text.trim() === "";
}

/** A text piece's characters from `from` to `to`, with their offsets. */
function slice(piece: Piece, from: number, to: number): Piece {
  const offsets = piece.offsets.slice(from, to);
  return { kind: "text", text: piece.text.slice(from, to), offsets, from: offsets[0] ?? piece.from, to: (offsets.at(-1) ?? piece.from) + 1 };
}
