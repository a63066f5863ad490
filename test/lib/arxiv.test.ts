import { describe, expect, it } from "vitest";
import { arxivIdOfLine } from "../../src/_lib/arxiv.js";

describe("arxivIdOfLine", () => {
  it("reads a line that only points at arXiv", () => {
    expect(arxivIdOfLine("arXiv:2408.00118v2 [cs.CL]")).toBe("2408.00118");
    expect(arxivIdOfLine("hep-th/9901001")).toBe("hep-th/9901001");
  });

  it("leaves prose alone, however long", () => {
    expect(arxivIdOfLine(`We cite arXiv:2408.00118 ${"and more ".repeat(40)}`)).toBeUndefined();
  });

  it("reads an id line padded with white space beyond ASCII", () => {
    expect(arxivIdOfLine(`arXiv:2408.00118${"\u3000".repeat(300)}`)).toBe("2408.00118");
  });
});
