// One entry's lines as grouped, before they are read into a paper.

import type { PreparedByline } from "./byline.js";
import type { HeaderParts } from "./header.js";
import type { SourceLine } from "./lines.js";

/**
 * The lines of one entry, before interpretation.
 *
 * @example
 * // The sample's first entry, as grouped
 * const entry: RawEntry = { index: 0, header, headerParts, body: [byline, abstract], afterBlank: [false, false] };
 *
 * @internal
 */
export interface RawEntry {
  readonly index: number;
  readonly header: SourceLine;
  readonly headerParts: HeaderParts;
  /** Non-blank lines after the header, up to the next header. */
  readonly body: SourceLine[];
  /** For each body line, whether a blank line came before it. */
  readonly afterBlank: boolean[];
  /** The last line of a byline wrapped over two lines or more, joined into `body[0]`. */
  readonly wrappedByline?: SourceLine;
  /**
   * A subject code alone on the line before a header that has none ("LG" +
   * "Oct 13, 2022"): the header's, if its byline names someone cleanly.
   */
  readonly codeLine?: SourceLine;
  /**
   * Lines of printed page breaks and chat messages' heads cut out of the body, one run per
   * break, in the order of their lines (see `cutCopyBreaks`; `splitAbstract` searches them so).
   */
  readonly copyBreaks?: SourceLine[][];
  /** More than two of the listing's earlier bylines showed a space where title meets authors (see `bylineStyle`). */
  readonly spacedListing?: true;
  /** The abstract was glued to the byline's end, and was read apart into `body[1]` (see `partGluedAbstract`). */
  readonly abstractGlued?: true;
  /** The line whose header completed the entry, when the entry was handed on later than that line (held until a terminal's width was known). */
  readonly completedAt?: number;
  /** `body[0]` taken apart once, when the entry completes (see `bylineStyle`), or by the pass that reads it first after a change. */
  prepared?: PreparedByline;
}
