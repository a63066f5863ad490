// Inline LaTeX in a paragraph, which CommonMark does not know: where its dollars pair, so that
// an emphasis mark inside it ("$\theta_{13}$ … $x_{i}$") is read as the text it is.

import type { Walk } from "./piece-line.js";

/**
 * Whether an emphasis mark at `at` stands inside inline LaTeX in its
 * paragraph or heading (math may wrap: "$_{\rm" + "th}$"), or else on its
 * source line: between a dollar with no space after it and the next dollar with no
 * space before it and no digit after it (Pandoc's rule, so "$5 and *only*
 * $10" holds no math), unescaped; "$$" counts as one dollar. CommonMark knows
 * no math, so "$\rho_{E}$ … $\theta_{13}$" pairs the two underscores as
 * emphasis and would drop them. The math of a paragraph is found once, in
 * one pass, however many marks it holds.
 *
 * @example
 * // walk.source: "$\\rho_{E}$ and $\\theta_{13}$"
 * opensInMath(walk, 5); //=> true
 *
 * @internal
 */
export function opensInMath(walk: Walk, at: number): boolean {
  const { source } = walk;
  const scan = walk.mathScan;
  if (at < scan.start || at >= scan.end) {
    if (at >= scan.blockFrom && at < scan.blockTo) {
      scan.start = scan.blockFrom;
      scan.end = scan.blockTo;
    } else {
      scan.start = source.lastIndexOf("\n", at - 1) + 1;
      const end = source.indexOf("\n", at);
      scan.end = end < 0 ? source.length : end;
    }
    scan.spans = mathSpans(source, scan.start, scan.end);
    scan.next = 0;
  }
  const spans = scan.spans;
  // Marks come in the order of the source: the spans before the last one asked about are passed.
  if (scan.next > 0 && at <= spans[scan.next - 1]!) scan.next = 0;
  while (scan.next < spans.length && spans[scan.next + 1]! < at) scan.next += 2;
  return scan.next < spans.length && at > spans[scan.next]!;
}

/**
 * Whether `at` lies inside inline LaTeX that its source line opens, read by
 * the rule `opensInMath` reads marks by (math may wrap onto the next line:
 * "$O(n\\, \\log n\\ " + "k)$"; "$5 Models" is a price).
 *
 * @param source - the Markdown
 * @param at - an offset in it
 * @returns whether a pair of dollars around `at` makes math
 *
 * @example
 * isInMath("We sort in $O(n\\ \nk)$ time.", 15); //=> true
 * isInMath("Costs of $5 Models\\ \nWe study.", 18); //=> false
 *
 * @internal
 */
export function isInMath(source: string, at: number): boolean {
  const from = source.lastIndexOf("\n", at - 1) + 1;
  const lineEnd = source.indexOf("\n", at);
  const next = lineEnd < 0 ? -1 : source.indexOf("\n", lineEnd + 1);
  const spans = mathSpans(source, from, lineEnd < 0 ? source.length : next < 0 ? source.length : next);
  for (let i = 0; i < spans.length; i += 2) if (spans[i]! < at && at < spans[i + 1]!) return true;
  return false;
}

/**
 * The inline math of a line of text, as offsets of its dollars, opening and
 * closing in turn: read once for a line whose every mark is then looked up.
 *
 * @param text - one line
 * @returns the offsets of each span's opening and closing dollar
 *
 * @example
 * mathSpansOf("a $x == y$ b"); //=> [2, 9]
 *
 * @internal
 */
export function mathSpansOf(text: string): number[] {
  return mathSpans(text, 0, text.length);
}

/**
 * The inline math of `source[from, to)`, as offsets of its dollars, opening
 * and closing in turn (see `opensInMath`). A closing dollar does not depend
 * on the opening one, so once none is left the search ends: one pass.
 */
function mathSpans(source: string, from: number, to: number): number[] {
  const spans: number[] = [];
  const isDollar = (i: number) => source.charCodeAt(i) === 36 && source.charCodeAt(i - 1) !== 92;
  const isOpening = (i: number) => isDollar(i) && i + 1 < to && !/\s/.test(source[i + 1]!);
  const isClosing = (i: number) => isDollar(i) && !/\s/.test(source[i - 1]!) && !/\d/.test(source[i + 1] ?? "");
  for (let i = from; i < to; i++) {
    if (!isOpening(i)) continue;
    const open = i;
    if (source.charCodeAt(i + 1) === 36) i += 1;
    let close = i + 1;
    while (close < to && !isClosing(close)) close += 1;
    if (close >= to) break;
    if (source.charCodeAt(close + 1) === 36) close += 1;
    spans.push(open, close);
    i = close;
  }
  return spans;
}
