import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import type { MarkdownNode } from "../../src/markdown/markdown-node.js";
import { parseInPieces } from "../../src/markdown/parse-in-pieces.js";
import { readMarkdownTree } from "../../src/markdown/read-markdown-tree.js";
import { SAMPLE_REFERENCE_DATE } from "../support/sample.js";

const OPTIONS = { referenceDate: SAMPLE_REFERENCE_DATE } as const;
const processor = unified().use(remarkParse);
const parseWhole = (text: string) => processor.parse(text) as MarkdownNode;

/** What paperlist reads from a Markdown text parsed whole, and parsed in pieces of `items` top-level items. */
function bothReadings(source: string, items: number) {
  return {
    whole: readMarkdownTree(parseWhole(source), source, OPTIONS),
    pieces: readMarkdownTree(parseInPieces(source, parseWhole, items), source, OPTIONS),
  };
}

const fixtures = new URL("../../fixtures/", import.meta.url);
const markdownFixtures = ["markdown/", "holdout/"].flatMap((dir) =>
  readdirSync(new URL(dir, fixtures))
    .filter((name) => name.endsWith(".md"))
    .map((name) => `${dir}${name}`),
);

describe("parseInPieces", () => {
  it("parses a long outline in pieces, with every position where it is in the text", () => {
    const source = "- CLJul 31, 2024\n  - Gemma 2Gemma Team\n".repeat(100);
    const tree = parseInPieces(source, parseWhole, 32);
    expect(tree.children?.map((list) => list.children?.length)).toEqual([32, 32, 32, 4]);
    const lastItem = tree.children!.at(-1)!.children!.at(-1)!;
    expect(lastItem.position?.start).toEqual({ line: 199, column: 1, offset: source.lastIndexOf("- CL") });
    expect(tree.position?.end).toEqual(parseWhole(source).position?.end);
    // Every text node's offsets still point at its text.
    const texts: MarkdownNode[] = [];
    const collect = (node: MarkdownNode) => (node.type === "text" ? texts.push(node) : node.children?.forEach(collect));
    collect(tree);
    for (const text of texts) expect(source.slice(text.position!.start.offset, text.position!.end.offset)).toBe(text.value);
  });

  it("parses whole what it cannot cut safely: link definitions, indented fences and HTML, a list after a paragraph", () => {
    const outline = "- a\n  - b\n".repeat(40);
    for (const source of [
      `${outline}[ref]: https://example.org\n`,
      `${outline} \`\`\`\ncode\n \`\`\`\n`,
      `${outline}  <div>\n`,
      `Prose wrapped at a dash\n${outline}`,
      `\`\`\`\n${outline}\`\`\`\n`,
    ]) {
      expect(parseInPieces(source, parseWhole, 1)).toEqual(parseWhole(source));
    }
  });

  it.each([
    "<3 this paper\n```\n- x one\n\n- y two\n- z three\n```",
    "<3 we study and\n- a\n\n- b\n- c\n- d",
    "- a\n\n foo bar and\n- b\n- c\n- d",
    "-\ta\n\n  We study and\n- b\n- c",
    "- a\nSetext\n  - We introduce\n\n- [ ] task\n- b",
    "   three\n-   wide\n-\n- # h\n- Gemma",
    "    code\n10. ten item\n- Gemma\n- Gemma",
    "*\nWe present Sparrow and\n-   wide\n-   wide",
    "[Gemma\n2]: https://arxiv.org/abs/2408.00118\n\n- CLJul 31, 2024\n- [Gemma 2][gemma 2]Gemma Team, Morgane Riviere\n- We introduce it.",
    "- > [g]: https://arxiv.org/abs/2408.00118\n- CLJul 31, 2024\n- [Gemma 2][g]Gemma Team, Morgane Riviere",
    "- CLJul 31, 2024\n- [Gemma 2 \\[Extended Abstract\\]][]Gemma Team\n- We introduce it.\n\n[Gemma 2 \\[Extended Abstract\\]]: https://arxiv.org/abs/2408.00118",
    " -   CLJul 31, 2024\n\n   Gemma 2Gemma Team, Morgane Riviere\n   We report drops of 3%\n- 15% on CIFAR-10\n- and 20% on ImageNet.",
    "- x\n - CLJul 31, 2024\n\n  Gemma 2Gemma Team, Morgane Riviere\n  We report drops of 3%\n- 15% on CIFAR-10\n- and 20% on ImageNet.",
    "-   wide bullet\n\t<script>\n  two spaced text\n- b\n- we study things and",
    " - one sp item\n\t<div>\n  two spaced text\n- a\n- b",
    "-   wide bullet\n\t===\n  two spaced text\n- we study things and\n- a",
    "- # Heading\n text\n- b\n- c",
    "- a\n\n      code\n text\n- b\n- c",
  ])("reads %j the same whole and in pieces, where a line leaves a list's extent in doubt", (source) => {
    const { whole, pieces } = bothReadings(source, 1);
    expect(pieces).toEqual(whole);
  });

  it("still cuts an outline after a byte-order mark (read as a space) or with a wikilink before a colon", () => {
    const outline = "- CLJul 31, 2024\n  - Gemma 2Gemma Team\n".repeat(64);
    expect(parseInPieces(` ${outline}`, parseWhole, 32).children?.length).toBe(2);
    expect(parseInPieces(`${outline}- [[Gemma]]: notes\n`, parseWhole, 32).children?.length).toBe(3);
  });

  it("cuts an outline indented with tabs, as Logseq writes one, and reads it as whole", () => {
    const source = "- CLJul 31, 2024\n\t- Gemma 2Gemma Team, Morgane Riviere\n\t\t- We introduce Gemma 2.\n".repeat(64);
    expect(parseInPieces(source, parseWhole, 32).children?.length).toBe(2);
    const { whole, pieces } = bothReadings(source, 32);
    expect(pieces).toEqual(whole);
    expect(pieces.papers).toHaveLength(64);
  });

  it.each(markdownFixtures)("reads %s the same whole and in pieces of one item", (path) => {
    // (As parseMarkdownListing does: remark drops a byte-order mark, which would shift every offset.)
    const source = readFileSync(new URL(path, fixtures), "utf8").replace(/^\ufeff/, " ");
    const { whole, pieces } = bothReadings(source, 1);
    expect(pieces).toEqual(whole);
  });

  it("reads any mix of lists, paragraphs, fences, HTML and headings the same whole and in pieces (property)", () => {
    const line = fc.constantFrom(
      "- CLJul 31, 2024",
      "* LGFeb 10",
      "+ [Gemma 2](https://arxiv.org/abs/2408.00118)Gemma Team, Morgane Riviere",
      "- Gemma 2: Improving Open Language ModelsGemma Team, Morgane Riviere",
      "  - We introduce Gemma 2, a new model.",
      "    - nested deeper",
      "  We study things and report",
      "1. CLJul 31, 2024",
      "2) Towards Autonomous Mathematics ResearchTony Feng, Trieu H. Trinh",
      "We present Sparrow, an information-seeking dialogue agent.",
      "- - -",
      "---",
      "## Trending",
      "```",
      "~~~text",
      "<div>",
      "</div>",
      "<!-- note",
      "-->",
      "> - CLMar 8, 2024",
      "> quoted prose",
      "-",
      "*",
      "1.",
      "10. ten item",
      "- ## h",
      "- ```",
      "-\ttab bullet",
      "-     wide bullet",
      "\tTabbed text",
      "\t- We introduce Gemma 2, a new model.",
      "\t\t- nested with tabs",
      "  \t- mixed indent",
      "\t1. tabbed ordered",
      "\t```",
      "\t<div>",
      " indented one",
      "   indented three",
      "    code",
      "  1. nested ordered",
      "  > indented quote",
      "<3 this paper",
      "<https://arxiv.org/abs/2408.00118> saved from",
      "<span>inline</span> text",
      "===",
      "Setext",
      "- [[Gemma]]: notes",
      "",
      "",
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), fc.constantFrom("\n", "\r\n", "\r"), fc.integer({ min: 1, max: 3 }), (lines, eol, items) => {
        const { whole, pieces } = bothReadings(lines.join(eol), items);
        expect(pieces).toEqual(whole);
      }),
      { numRuns: 300 },
    );
  });
});
