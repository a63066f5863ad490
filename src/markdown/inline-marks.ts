// Marks a note app puts inside a line that CommonMark leaves as text:
// "==highlight==" (Obsidian, Bear) and "~~strikethrough~~" (GitHub's, which
// this reader does not parse). The marked text is the card's; the marks are not.
import { mathSpansOf } from "./inline-math.js";
import type { RenderedLine } from "./render-line.js";

/**
 * A rendered line without its highlight (`==…==`) and strikethrough
 * (`~~…~~`) marks: pairs whose inner text starts and ends with no space and
 * holds no other mark, the opening one after no cased letter or digit
 * (`x==y and y==z`, `X~~N` keep theirs; `==A Title==John Smith` loses
 * them), not in inline math (`$a == b$`) nor in a link's target
 * (`?id=YWJj==`). A line highlighted whole
 * (`==Not ours: forward it.==`) keeps its marks: it is a reader's note,
 * left out as such. A line struck through whole (`~~CLJul 31, 2024~~`, a
 * card the reader has read) loses them: it is still a card.
 *
 * @param line - a rendered line
 * @returns the line without those marks, its offsets kept for what is left
 *
 * @example
 * withoutInlineMarks({ text: "==A spin system is studied.== The rest.", offsets, start: 0 }).text; //=> "A spin system is studied. The rest."
 * withoutInlineMarks({ text: "~~mes-hallSep 7, 2007~~", offsets, start: 0 }).text; //=> "mes-hallSep 7, 2007"
 *
 * @internal
 */
export function withoutInlineMarks(line: RenderedLine): RenderedLine {
  const { text, offsets } = line;
  if (!text.includes("==") && !text.includes("~~")) return line;
  const math = text.includes("$") ? mathSpansOf(text) : NO_SPANS;
  const targets = text.includes("](") ? targetSpansOf(text) : NO_SPANS;
  let out = "";
  const outOffsets: number[] = [];
  let kept = 0;
  MARKED.lastIndex = 0;
  for (let match = MARKED.exec(text); match; match = MARKED.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    const whole = start === 0 && end === text.length;
    // (Not a link's target, "?id=YWJj==&b=ZA==", nor math, "$c==d$", at either mark.)
    if ((match[1] === "==" && whole) || within(math, start) || within(math, end - 1) || within(targets, start) || within(targets, end - 1)) continue;
    out += text.slice(kept, start) + match[2];
    for (let i = kept; i < start; i++) outOffsets.push(offsets[i]!);
    for (let i = start + 2; i < end - 2; i++) outOffsets.push(offsets[i]!);
    kept = end;
  }
  if (kept === 0) return line;
  out += text.slice(kept);
  for (let i = kept; i < text.length; i++) outOffsets.push(offsets[i]!);
  return { text: out, offsets: outOffsets, start: outOffsets[0] ?? line.start };
}

// "==" or "~~" after no cased letter, digit or mark (a script without case, "我们==研究==了", may
// come before), then text starting and ending with no space and holding no "=" or "~" (so a mark
// never pairs across another: "x==y and y==z" stays), then the same mark, before no lower-case
// letter, digit or mark (a capital may follow: an author glued to it, "==A Title==John Smith";
// "a ==b==c" and "~~10~~k" keep theirs). The scan stops at the next mark: linear.
const MARKED = /(?<![\p{Lu}\p{Ll}\p{Lt}\p{N}=~])(==|~~)([^\s=~](?:[^=~]*?[^\s=~])?)\1(?![=~\p{Ll}\p{N}])/gu;

const NO_SPANS: readonly number[] = [];

/** The spans of the link targets written out in a rendered line, `](…)`, as start and end offsets in turn. */
function targetSpansOf(text: string): number[] {
  const spans: number[] = [];
  TARGET.lastIndex = 0;
  for (let match = TARGET.exec(text); match; match = TARGET.exec(text)) spans.push(match.index, match.index + match[0].length);
  return spans;
}
const TARGET = /\]\([^()\s]*\)/g;

/** Whether `at` lies inside one of the spans (pairs of start and end offsets, in order): a binary search. */
function within(spans: readonly number[], at: number): boolean {
  let low = 0;
  let high = spans.length / 2 - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (spans[2 * mid + 1]! <= at) low = mid + 1;
    else if (spans[2 * mid]! >= at) high = mid - 1;
    else return true;
  }
  return false;
}
