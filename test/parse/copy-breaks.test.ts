import { describe, expect, it } from "vitest";
import { isChatHead } from "../../src/parse/chat-heads.js";
import { parseListing } from "../../src/parse/parse-listing.js";

const OPTIONS = { referenceDate: "2026-11-26" };
const ABSTRACT = "We give an alternative proof of Faltings's theorem using p-adic Hodge structures.";
const BYLINE = "Diophantine problems and $p$-adic period mappingsBrian Lawrence, Akshay Venkatesh · stanford";

describe("printed page breaks", () => {
  it("cuts a page break out from between a header and its byline, as Safari prints it", () => {
    const text = ["NTJul 16, 2018", "https://paperscope.io/c/mathematics/latest", "1/7", "Latest · Mathematics · PaperScope", "11/27/26, 6:05 PM", BYLINE, ABSTRACT].join("\n");
    const { papers, diagnostics } = parseListing(text, OPTIONS);
    expect(papers).toHaveLength(1);
    expect(papers[0]).toMatchObject({ title: "Diophantine problems and $p$-adic period mappings", affiliations: ["stanford"], abstract: ABSTRACT });
    expect(papers[0]!.authors.map((a) => a.name)).toEqual(["Brian Lawrence", "Akshay Venkatesh"]);
    expect(diagnostics).toEqual([expect.objectContaining({ code: "ignored-text", line: 2, endLine: 5, entry: { index: 0, startLine: 1, endLine: 7 } })]);
  });

  it("cuts one from between a title and its author line, blank lines and all, as Chromium prints it", () => {
    const text = [
      "DLJan 24, 2023 Code",
      "",
      "The Semantic Scholar Open Data Platform",
      "http://paperscope.io/c/econ-society/latest/",
      "",
      "1/5",
      "",
      "11/27/26, 12:20 PM",
      "",
      "Latest · Economics & Society · PaperScope",
      "",
      "Rodney Kinney, Chloe Anastasiades, Russell Authur et al. · allenai",
      "The volume of scientific output is creating an urgent need for automated tools.",
    ].join("\n");
    const [paper] = parseListing(text, OPTIONS).papers;
    expect(paper).toMatchObject({ title: "The Semantic Scholar Open Data Platform", authorsTruncated: true, affiliations: ["allenai"], hasCode: true });
    expect(paper!.authors.map((a) => a.name)).toEqual(["Rodney Kinney", "Chloe Anastasiades", "Russell Authur"]);
  });

  it("cuts one out of an abstract, which goes on after it", () => {
    const text = ["NTJul 16, 2018", BYLINE, "We give an alternative proof of Faltings's theorem", "https://site.example/latest 2/7", "11/27/26, 6:05 PM", "using p-adic Hodge structures."].join("\n");
    expect(parseListing(text, OPTIONS).papers[0]!.abstract).toBe(ABSTRACT);
  });

  it("cuts one as Evince copies Chromium's print, joining the pages with nothing: the count glued to the next page's time", () => {
    const abstract = ["We give an alternative proof of Faltings's theorem", "using p-adic Hodge structures."];
    const text = ["NTJul 16, 2018", BYLINE, abstract[0], "https://scholarfeed.org/latest/?topics=q-fin,econ,logic", "1/811/20/26, 3:14 PM", "Latest · Finance, Economics & Logic — ScholarFeed", abstract[1]].join("\n");
    const { papers, diagnostics } = parseListing(text, OPTIONS);
    expect(papers[0]!.abstract).toBe(abstract.join(" "));
    expect(diagnostics.filter((d) => d.code === "ignored-text")).toEqual([expect.objectContaining({ line: 4, endLine: 6 })]);
    // A byline right after a whole break, parted by a dash, is no page title.
    const byline = ["NTJul 16, 2018", "https://paperscope.example/latest", "2/7", "11/27/26, 6:05 PM", "BERT - Pre-training of Deep TransformersJacob Devlin, Ming-Wei Chang", abstract.join(" ")].join("\n");
    expect(parseListing(byline, OPTIONS).papers[0]).toMatchObject({ title: "BERT - Pre-training of Deep Transformers", abstract: abstract.join(" ") });
    // The shortest count whose page is not past its last: "12/12" + "11/20/26", not "12/1" + "211/20/26".
    expect(parseListing(text.replace("1/811/20/26", "12/1211/20/26"), OPTIONS).papers[0]!.abstract).toBe(abstract.join(" "));
  });

  it("cuts one as Firefox prints it: the title and the link, then the count and the time", () => {
    const text = ["NTJul 16, 2018", "Trending · PaperScope https://paperscope.io/trending", "2 of 8 11/27/26, 6:05 PM", BYLINE, ABSTRACT].join("\n");
    expect(parseListing(text, OPTIONS).papers[0]).toMatchObject({ title: "Diophantine problems and $p$-adic period mappings", abstract: ABSTRACT });
  });

  it("keeps the blank line after a break that follows a finished abstract, so page text after it stays out", () => {
    const text = ["NTJul 16, 2018", BYLINE, ABSTRACT, "https://site.example/latest", "2/7", "11/27/26, 6:05 PM", "Latest · Mathematics · PaperScope", "", "Sign in to see more papers like these"].join("\n");
    expect(parseListing(text, OPTIONS).papers[0]!.abstract).toBe(ABSTRACT);
  });

  it("cuts nothing without the print's time: a byline after a footer, a link and a fraction in an abstract", () => {
    const byline = ["CLJul 31, 2024", "https://paperscope.io/c/cs/latest 2/7", "Imagen 3Imagen-Team-Google · google", "We introduce Imagen 3, a latent diffusion model."].join("\n");
    expect(parseListing(byline, OPTIONS).papers[0]!.authors.map((a) => a.name)).toEqual(["Imagen-Team-Google"]);
    const fraction = ["NTJul 16, 2018", BYLINE, "We release code at", "https://github.com/foo/bar", "3/4", "of the gains come from distillation."].join("\n");
    expect(parseListing(fraction, OPTIONS).papers[0]!.abstract).toBe("We release code at https://github.com/foo/bar 3/4 of the gains come from distillation.");
  });

  it("keeps a link alone in an abstract, and a page count with no link before it", () => {
    const link = ["NTJul 16, 2018", BYLINE, "We give an alternative proof. Code:", "https://github.com/x/y", "It runs in 2/7 of the time."].join("\n");
    expect(parseListing(link, OPTIONS).papers[0]!.abstract).toContain("https://github.com/x/y");
    const count = ["NTJul 16, 2018", BYLINE, "We give an alternative proof,", "1/7", "of it."].join("\n");
    expect(parseListing(count, OPTIONS).papers[0]!.abstract).toContain("1/7");
  });
});

describe("printed page breaks, as a second review found them", () => {
  const BREAK = ["https://paperscope.io/c/mathematics/latest", "2/7", "11/27/26, 6:05 PM", "Latest · Mathematics · PaperScope"];
  const first = "We give an alternative proof of Faltings's theorem";
  const rest = "using p-adic Hodge structures.";

  it("cuts two breaks in a row", () => {
    const text = ["NTJul 16, 2018", BYLINE, first, ...BREAK, ...BREAK.map((line) => line.replace("2/7", "3/7")), rest].join("\n");
    const { papers, diagnostics } = parseListing(text, OPTIONS);
    expect(papers[0]!.abstract).toBe(`${first} ${rest}`);
    expect(diagnostics.filter((d) => d.code === "ignored-text")).toHaveLength(2);
  });

  it("cuts a break whatever order its pieces came out in", () => {
    for (const lines of [
      ["2 of 8 11/27/26, 6:05 PM", "Trending · PaperScope https://paperscope.io/trending"],
      ["11/27/26, 6:05 PM", "Latest · Mathematics · PaperScope", "https://paperscope.io/c/mathematics/latest", "2/7"],
      ["Latest — Mathematics — PaperScope", "https://paperscope.io/c/mathematics/latest", "2 of 7", "27/11/2026, 18:05:12"],
    ]) {
      const text = ["NTJul 16, 2018", BYLINE, first, ...lines, rest].join("\n");
      expect(parseListing(text, OPTIONS).papers[0]!.abstract).toBe(`${first} ${rest}`);
    }
  });

  it("cuts a footer on one line and the time with a long title on the next, as Acrobat copies Edge's print", () => {
    const text = ["NTJul 16, 2018", BYLINE, first, "https://paperscope.io/trending?labs=japan-korea 1/12", "11/27/26, 6:05 PM Labs in Japan & Korea · Trending · PaperScope", rest].join("\n");
    expect(parseListing(text, OPTIONS).papers[0]!.abstract).toBe(`${first} ${rest}`);
  });

  it("takes a title on its own line before the link, and never a byline for the title after the time", () => {
    const text = ["CVJul 31, 2024", "Trending · PaperScope", "https://paperscope.io/trending", "1 of 8", "11/27/26, 6:05 PM", "Imagen 3Imagen-Team-Google · google", "We introduce a model."].join("\n");
    const [paper] = parseListing(text, OPTIONS).papers;
    expect(paper).toMatchObject({ title: "Imagen 3", affiliations: ["google"], abstract: "We introduce a model." });
    const after = ["CVJul 31, 2024", "https://paperscope.io/trending", "1 of 8", "11/27/26, 6:05 PM", "GeminiGemini Team · google", "We introduce a model."].join("\n");
    expect(parseListing(after, OPTIONS).papers[0]!.authors.map((a) => a.name)).toEqual(["Gemini Team"]);
  });
});

describe("chat messages' heads", () => {
  it.each([
    ["Lena Hoffmann, [26.11.26 18:41]", true],
    ["Lena Hoffmann, [11/26/26 6:41 PM]", true],
    ["Tobias Krüger, [18:41]", true],
    ["Lena Hoffmann — Today at 18:41", true],
    ["lena_h — 11/26/2026 6:41 PM", true],
    ["Smith, [12] showed that", false],
    ["Jane Doe, [arXiv]", false],
    ["We met at the workshop — Today at 18:41 we present", false],
    ["A Survey of Chat Agents, [2024]", false],
  ])("reads %j as a head: %s", (line, head) => {
    expect(isChatHead(line)).toBe(head);
  });

  it("cuts a head out from between a header and its byline, and from before an abstract", () => {
    const text = [
      "NTJul 16, 2018",
      "",
      "Lena Hoffmann, [26.11.26 18:41]",
      BYLINE,
      ABSTRACT,
      "ITMar 23, 2015",
      "Massive MIMO: Ten Myths and One Critical QuestionEmil Björnson, Erik G. Larsson, Thomas L. Marzetta",
      "",
      "Lena Hoffmann — Today at 18:41",
      "Wireless communications is one of the most successful technologies.",
    ].join("\n");
    const { papers, diagnostics } = parseListing(text, OPTIONS);
    expect(papers.map((p) => [p.title, p.authors.length, p.abstract])).toEqual([
      ["Diophantine problems and $p$-adic period mappings", 2, ABSTRACT],
      ["Massive MIMO: Ten Myths and One Critical Question", 3, "Wireless communications is one of the most successful technologies."],
    ]);
    expect(diagnostics.filter((d) => d.code === "ignored-text").map((d) => [d.line, d.entry?.index])).toEqual([
      [3, 0],
      [9, 1],
    ]);
    expect(diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
  });
});
