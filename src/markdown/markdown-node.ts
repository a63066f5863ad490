// The little of mdast this entry reads, described locally so the public
// types never import `mdast` or `unist` (a CJS consumer may not have them).

/**
 * A point in the Markdown source: 1-based line and column, 0-based offset.
 *
 * @example
 * // The start of a document
 * const start: MarkdownPoint = { line: 1, column: 1, offset: 0 };
 */
export interface MarkdownPoint {
  readonly line: number;
  readonly column: number;
  readonly offset?: number | undefined;
}

/**
 * An mdast node as paperlist reads it; an mdast `Root` from remark-parse is one.
 *
 * @example
 * // A paragraph with one text node
 * const node: MarkdownNode = { type: "paragraph", children: [{ type: "text", value: "Papers" }] };
 */
export interface MarkdownNode {
  readonly type: string;
  readonly children?: readonly MarkdownNode[] | undefined;
  readonly value?: string | undefined;
  readonly url?: string | undefined;
  readonly identifier?: string | undefined;
  /** An image's alternative text. */
  readonly alt?: string | null | undefined;
  readonly depth?: number | undefined;
  readonly position?: { readonly start: MarkdownPoint; readonly end: MarkdownPoint } | undefined;
}
