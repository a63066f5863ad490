// Marks a note app puts inside a line that CommonMark leaves as text:
// "==highlight==" (Obsidian, Bear) and "~~strikethrough~~" (GitHub's, which
// this reader does not parse). The marked text is the card's; the marks are not.
import { isInMath } from "./inline-math.js";
import type { RenderedLine } from "./render-line.js";

/**
 * A rendered line without its highlight (`==…==`) and strikethrough
 * (`~~…~~`) marks: pairs whose inner text starts and ends with no space, not
 * inside inline math (`$a == b$` keeps them). A line highlighted whole
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
  let out = "";
  const outOffsets: number[] = [];
  let kept = 0;
  MARKED.lastIndex = 0;
  for (let match = MARKED.exec(text); match; match = MARKED.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    const whole = start === 0 && end === text.length;
    if ((match[1] === "==" && whole) || isInMath(text, start)) continue;
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

// "==" or "~~", text starting and ending with neither a space nor a mark, the same mark again.
const MARKED = /(==|~~)([^\s=~](?:.*?[^\s=~])?)\1/g;
