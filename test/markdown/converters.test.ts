// Cards as HTML-to-Markdown converters lay them out: a card flattened into one line,
// a subject code apart from its date, the Code badge on a line of its own, a link's
// URL wrapped after a hyphen.
import { describe, expect, it } from "vitest";
import { parseMarkdownListing } from "../../src/markdown/index.js";
import { parseListing } from "../../src/parse/parse-listing.js";
import { SAMPLE_REFERENCE_DATE } from "../support/sample.js";

const OPTIONS = { referenceDate: SAMPLE_REFERENCE_DATE } as const;

/** What matters of a paper here. */
const brief = (p: ReturnType<typeof parseListing>["papers"][number]) => ({
  code: p.category.code,
  published: p.published,
  hasCode: p.hasCode,
  codeUrl: p.codeUrl,
  title: p.title,
  authors: p.authors.map((a) => a.name),
  affiliations: p.affiliations,
  abstract: p.abstract,
  arxivId: p.arxivId,
});

describe("cards as converters lay them out", () => {
  it("cuts a card flattened into one line back into its badge, byline and abstract (dom-to-semantic-markdown)", () => {
    const md = [
      "LG",
      "<!-- <time> -->",
      "Oct 13, 2022",
      "<!-- </time> -->",
      "[Code](https://github.com/pdebench/PDEBench) [PDEBench: An Extensive Benchmark](https://arxiv.org/abs/2210.07182) [Makoto Takamoto](https://p.example/a/mt), [Timothy Praditia](https://p.example/a/tp) et al. · stuttgart, nec-labs Machine learning surrogates are hard to compare.",
      "",
      "NA",
      "<!-- <time> -->",
      "Jan 6, 2016",
      "<!-- </time> -->",
      "[The dynamic $\\Phi^4_3$ model](https://arxiv.org/abs/1601.01234) [Jean-Christophe Mourrat](https://p.example/a/jcm), [Hendrik Weber](https://p.example/a/hw) We prove an a priori bound.",
    ].join("\n");
    const { papers, diagnostics } = parseMarkdownListing(md, OPTIONS);
    expect(papers.map(brief)).toEqual([
      {
        code: "LG",
        published: "2022-10-13",
        hasCode: true,
        codeUrl: "https://github.com/pdebench/PDEBench",
        title: "PDEBench: An Extensive Benchmark",
        authors: ["Makoto Takamoto", "Timothy Praditia"],
        affiliations: ["stuttgart", "nec-labs"],
        abstract: "Machine learning surrogates are hard to compare.",
        arxivId: "2210.07182",
      },
      {
        code: "NA",
        published: "2016-01-06",
        hasCode: false,
        codeUrl: undefined,
        title: "The dynamic $\\Phi^4_3$ model",
        authors: ["Jean-Christophe Mourrat", "Hendrik Weber"],
        affiliations: [],
        abstract: "We prove an a priori bound.",
        arxivId: "1601.01234",
      },
    ]);
    expect(diagnostics.filter((d) => d.code === "merged-lines").map((d) => [d.line, d.column])).toEqual([[1, 1], [5, 1], [7, 1]]);
  });

  it("leaves a byline whose links are followed by no prose whole", () => {
    const md = "CLJul 31, 2024\n[Gemma 2](https://arxiv.org/abs/2408.00118) [Gemma Team](https://p/a), [Morgane Riviere](https://p/b) · deepmind\n\nWe introduce Gemma 2.";
    expect(parseMarkdownListing(md, OPTIONS).papers.map((p) => [p.title, p.authors.length, p.affiliations, p.abstract])).toEqual([["Gemma 2", 2, ["deepmind"], "We introduce Gemma 2."]]);
  });

  it("joins a link's URL that html2text wrapped after a hyphen", () => {
    const md = [
      "LGMar 23, 2020[Code](https://github.com/google-research/google-",
      'research/tree/master/meta_pseudo_labels "Code")',
      "",
      "[Meta Pseudo Labels](https://arxiv.org/abs/2003.10580)[Hieu",
      "Pham](https://p.example/a/hieu-pham), [Zihang Dai](https://p.example/a/zihang-dai) et al. · google",
      "",
      "We present Meta Pseudo Labels.",
    ].join("\n");
    const [paper] = parseMarkdownListing(md, OPTIONS).papers;
    expect(brief(paper!)).toMatchObject({ hasCode: true, codeUrl: "https://github.com/google-research/google-research/tree/master/meta_pseudo_labels", title: "Meta Pseudo Labels", authors: ["Hieu Pham", "Zihang Dai"], arxivId: "2003.10580" });
  });
});

describe("link targets wrapped after a hyphen", () => {
  it("keeps the rest of the line where the link closes with it: an author link, a title's URL, a target wrapped twice, CRLF", () => {
    const read = (md: string) => parseMarkdownListing(md, OPTIONS).papers.map((p) => [p.title, p.url, p.codeUrl, p.authors.map((a) => a.name), p.abstract]);
    expect(read("LGOct 13, 2022\n\n[Meta Pseudo Labels](https://arxiv.org/abs/2003.10580)[Hieu Pham](https://x.org/hieu-\npham), [Zihang Dai](https://x.org/z), Qizhe Xie\n\nWe present it.")).toEqual([
      ["Meta Pseudo Labels", "https://arxiv.org/abs/2003.10580", undefined, ["Hieu Pham", "Zihang Dai", "Qizhe Xie"], "We present it."],
    ]);
    expect(read("LGOct 13, 2022\n\n[Meta Pseudo Labels](https://papers.example/meta-\npseudo)Hieu Pham, Zihang Dai\n\nWe present it.")[0]![1]).toBe("https://papers.example/meta-pseudo");
    expect(read("LGOct 13, 2022[Code](https://github.com/google-\nresearch/google-\nresearch/tree)\n\n[MPL](https://arxiv.org/abs/2003.10580)Hieu Pham, Zihang Dai\n\nWe present it.")[0]![2]).toBe("https://github.com/google-research/google-research/tree");
    expect(read('LGOct 13, 2022[Code](https://github.com/google-\r\nresearch/tree "Code")\r\n\r\n[MPL](https://arxiv.org/abs/2003.10580)Hieu Pham, Zihang Dai\r\n\r\nWe present it.')[0]![2]).toBe("https://github.com/google-research/tree");
  });
});

describe("marks a note app puts inside a line", () => {
  it("reads highlighted and struck-through text as text, a card's struck header too, and leaves a line highlighted whole out", () => {
    const md = ["~~mes-hallSep 7, 2007~~", "**The electronic properties of graphene**A. H. Castro Neto, F. Guinea, N. M. R. Peres et al. · bu, csic", "==This article reviews graphene.== It is a review with $a == b$.", "", "==Not ours: forward it.=="].join("\n");
    const { papers, diagnostics } = parseMarkdownListing(md, OPTIONS);
    expect(papers.map((p) => [p.published, p.title, p.abstract])).toEqual([["2007-09-07", "The electronic properties of graphene", "This article reviews graphene. It is a review with $a == b$."]]);
    expect(diagnostics.find((d) => d.code === "ignored-text")?.line).toBe(5);
  });
});

describe("a header's parts on lines of their own (plain text)", () => {
  it("reads a code alone on the line before a date with none as the header's, when the byline names someone", () => {
    const text = "Papers\nLG\nOct 13, 2022\nPDEBench: An Extensive BenchmarkMakoto Takamoto, Timothy Praditia\nMachine learning surrogates.";
    const { papers, diagnostics } = parseListing(text, OPTIONS);
    expect(papers.map((p) => [p.category.id, p.published, p.title, p.source])).toEqual([["cs.LG", "2022-10-13", "PDEBench: An Extensive Benchmark", { startLine: 2, endLine: 5 }]]);
    expect(diagnostics.find((d) => d.code === "merged-lines")).toMatchObject({ severity: "warning", line: 2, column: 1 });
    expect(diagnostics.filter((d) => d.code === "ignored-text").map((d) => d.line)).toEqual([1]);
  });

  it("takes no code across a blank line, nor a short word that names one in another case", () => {
    const abstract = (text: string) => parseListing(text, OPTIONS).papers.map((p) => [p.category.code, p.abstract]);
    const card = "CLJul 31, 2024\nGemma 2Gemma Team, Morgane Riviere";
    expect(abstract(`${card}\nWe study tasks where\nit\nOct 13, 2022\nAttention Is All You NeedAshish Vaswani, Noam Shazeer\nWe propose.`)[0]).toEqual(["CL", "We study tasks where it"]);
    const apart = parseListing(`${card}\nWe study it.\nML\n\nOct 13, 2022\nAttention Is All You NeedAshish Vaswani, Noam Shazeer\nWe propose.`, OPTIONS);
    expect(apart.papers.map((p) => p.category.code)).toEqual(["CL"]);
    expect(apart.diagnostics.find((d) => d.code === "unknown-category")?.line).toBe(6);
    expect(abstract(`Physics\nOct 13, 2022\nAttention Is All You NeedAshish Vaswani, Noam Shazeer\nWe propose.`)).toEqual([]);
  });

  it("leaves a code and a date with no card after them as page text", () => {
    const { papers, diagnostics } = parseListing("ML\nNov 29, 2026\nSee you next week.", OPTIONS);
    expect(papers).toEqual([]);
    expect(diagnostics.map((d) => [d.code, d.line, d.endLine])).toEqual([["ignored-text", 1, 3]]);
  });

  it("reads 'Code' alone between a header and its byline as the header's badge", () => {
    const { papers, diagnostics } = parseListing("LGOct 13, 2022\nCode\nPDEBenchMakoto Takamoto, Timothy Praditia\nSurrogates.", OPTIONS);
    expect(papers.map((p) => [p.hasCode, p.badges, p.title])).toEqual([[true, ["Code"], "PDEBench"]]);
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([["merged-lines", 2]]);
    expect(parseListing("LGOct 13, 2022Code\nCode\nPDEBenchMakoto Takamoto, Timothy Praditia\nSurrogates.", OPTIONS).papers[0]!.badges).toEqual(["Code"]);
  });
});

describe("cards that could not be read", () => {
  it("reports each card header inside a line of page text as an error at its column", () => {
    // A listing whose line breaks were lost to spaces (pasted through a one-line field).
    const text = "CLJul 31, 2024 Gemma 2: …SizeGemma Team, Morgane Riviere We introduce Gemma 2. LGSep 28, 2022 Improving alignmentAmelia Glaese We present Sparrow.";
    const { papers, diagnostics } = parseListing(text, OPTIONS);
    expect(papers).toEqual([]);
    expect(diagnostics.filter((d) => d.severity === "error").map((d) => [d.code, d.line, d.column, d.message.slice(0, 38)])).toEqual([
      ["unread-header", 1, 1, 'a card header, "CLJul 31, 2024", stand'],
      ["unread-header", 1, 80, 'a card header, "LGSep 28, 2022", stand'],
    ]);
    // Cells of a spreadsheet saved as CSV, quoted, are read as its rows (see csv-cells.test.ts).
    const csv = parseListing('"CLJul 31, 2024"\n"Gemma 2Gemma Team, Morgane Riviere"\nWe introduce Gemma 2.', OPTIONS);
    expect(csv.papers.map((p) => [p.title, p.authors.map((a) => a.name)])).toEqual([["Gemma 2", ["Gemma Team", "Morgane Riviere"]]]);
    expect(csv.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("reports no header in product names or short words, and at most 51 errors for a line of junk", () => {
    const text = "Try the new AIMarketplace 2 for agents. Built on CVDecoder 3 and MLNovelty 5, the itMay 5 build.";
    expect(parseListing(text, OPTIONS).diagnostics.map((d) => d.code)).toEqual(["ignored-text"]);
    const junk = parseListing(`Notes: ${"LGJan 1 ".repeat(200)}`, OPTIONS).diagnostics.filter((d) => d.code === "unread-header");
    expect(junk).toHaveLength(51);
    expect(junk.at(-1)!.message).toBe("more card headers stand inside this line of page text and were not read; their cards are skipped");
  });

  it("leaves page text with dates and no codes alone", () => {
    const { diagnostics } = parseListing("Posted on Jul 31, 2024 by the ML team. See the CS Jul 30 meeting.\nCLJul 31, 2024\nGemma 2Gemma Team, Morgane Riviere\nWe introduce Gemma 2.", OPTIONS);
    expect(diagnostics.map((d) => d.code)).toEqual(["ignored-text"]);
  });
});

describe("a print of the page read back (plain text)", () => {
  const card = (lines: string[]) => parseListing(["CYDec 18, 2024", "", ...lines, "We present a platform for it."].join("\n"), OPTIONS).papers.map((p) => [p.title, p.authors.map((a) => a.name)]);

  it("glues an author list on a line of its own to the title above it, an acronym ending the title too", () => {
    expect(card(["Clio: Privacy-Preserving Insights into Real-World AI Use", "Alex Tamkin, Miles McCain, Kunal Handa et al. · anthropic"])).toEqual([
      ["Clio: Privacy-Preserving Insights into Real-World AI Use", ["Alex Tamkin", "Miles McCain", "Kunal Handa"]],
    ]);
    expect(card(["Why Fairness Cannot Be Automated: Bridging the Gap Between EU Non-Discrimination", "Law and AI", "Sandra Wachter, Brent Mittelstadt, Chris Russell · oxford"])).toEqual([
      ["Why Fairness Cannot Be Automated: Bridging the Gap Between EU Non-Discrimination Law and AI", ["Sandra Wachter", "Brent Mittelstadt", "Chris Russell"]],
    ]);
  });

  it("leaves a byline wrapped inside a name, or after a glued first name, as the site's wrap reads", () => {
    expect(card(["Decoupled Neural Interfaces using Synthetic GradientsMax Jaderberg, Wojciech", "Marian Czarnecki, Simon Osindero et al."])[0]![1]).toEqual(["Max Jaderberg", "Wojciech Marian Czarnecki", "Simon Osindero"]);
    expect(card(["Federated Learning in Mobile Edge Networks: A Comprehensive SurveyWei Yang", "Bryan Lim, Nguyen Cong Luong, Dinh Thai Hoang et al."])[0]![1]).toEqual(["Wei Yang Bryan Lim", "Nguyen Cong Luong", "Dinh Thai Hoang"]);
  });

  it("reads a printed page's title as page text, not as the abstract's start", () => {
    const { papers } = parseListing(["soc-phJul 18, 2013", "", "Mathematical formulation of multilayer networks", "Manlio De Domenico, Albert Solé-Ribalta, Emanuele Cozzo et al. · urv", "", "Latest · Economics & Society · PaperScope", "", "A network representation is useful."].join("\n"), OPTIONS);
    expect(papers[0]!.abstract).toBe("A network representation is useful.");
  });
});

describe("a print of the page: what the review of its rules found", () => {
  const read = (text: string) => parseListing(text, OPTIONS).papers.map((p) => [p.title, p.authors.map((a) => a.name), p.abstract]);

  it("keeps an author list that wraps again, and a title broken at its hyphen, whole", () => {
    expect(read("CLJun 12, 2017\nAttention Is All You Need\nAshish Vaswani, Noam Shazeer,\nNiki Parmar et al. · google\nThe dominant models.")).toEqual([
      ["Attention Is All You Need", ["Ashish Vaswani", "Noam Shazeer", "Niki Parmar"], "The dominant models."],
    ]);
    expect(read("LGMay 24, 2017\nCounterfactual Multi-\nAgent Policy GradientsJakob Foerster,\nGregory Farquhar, Triantafyllos Afouras et al. · oxford\nWe study things.")[0]![0]).toBe("Counterfactual Multi-Agent Policy Gradients");
  });

  it("takes no author line from an abstract under a byline with a glued name", () => {
    expect(read("CLJul 1, 2020\nDeep Learning RevisitedYann LeCun\nIn this paper we revisit the results of\nGeoffrey Hinton, Yoshua Bengio\nand show that they hold.")).toEqual([
      ["Deep Learning Revisited", ["Yann LeCun"], "In this paper we revisit the results of Geoffrey Hinton, Yoshua Bengio and show that they hold."],
    ]);
  });

  it("keeps a line of prose parted by dots in the abstract", () => {
    expect(read("CLJul 1, 2020\nA TitleJane Doe, John Roe\nWe compare Chain-of-Thought · Tree-of-Thought · Graph-of-Thought prompting")[0]![2]).toBe(
      "We compare Chain-of-Thought · Tree-of-Thought · Graph-of-Thought prompting",
    );
  });

  it("reads a highlighted title glued to its first author in Markdown", () => {
    expect(parseMarkdownListing("- LGJan 3, 2024\n  ==A Title==John Smith, Jane Doe\n  We study.", OPTIONS).papers.map((p) => [p.title, p.authors.length])).toEqual([["A Title", 2]]);
  });
});

describe("what the last review found", () => {
  const read = (text: string) => parseListing(text, OPTIONS).papers.map((p) => [p.title, p.authors.map((a) => a.name)]);

  it("joins a printed title wrapped after a mixed-case word, or before a comma, with a space", () => {
    expect(read("CLJun 12, 2024\nStable blowup of the 2D Boussinesq and 3D\nEuler equations with smooth data\nJiajie Chen, Thomas Y. Hou\nWe prove a result.")).toEqual([
      ["Stable blowup of the 2D Boussinesq and 3D Euler equations with smooth data", ["Jiajie Chen", "Thomas Y. Hou"]],
    ]);
    expect(read("CLJul 1, 2020\nThinking About Robots:\nGraph Networks, Fast and Slow\nJane Doe, John Roe\nWe study it.")[0]![0]).toBe("Thinking About Robots: Graph Networks, Fast and Slow");
  });

  it("drops a long navigation bar of sentence-case pieces as page text", () => {
    const abstract = (bar: string) => parseListing(`CLJul 1, 2020\nA TitleJane Doe, John Roe\nWe study it.\n${bar}\nLGFeb 2, 2021\nB TitleJim Beam, Ann Lee\nWe do.`, OPTIONS).papers[0]!.abstract;
    expect(abstract("Home · Papers · Trending · About us · Privacy policy · Terms of use")).toBe("We study it.");
    expect(abstract("Upvote 312 · Comments (48) · Share · Save to library · Cite")).toBe("We study it.");
  });

  it("keeps marks before a lower-case letter or a digit, and reads Abu in Bangladeshi names as a given name's", () => {
    const abstract = (text: string) => parseMarkdownListing(`CLJul 31, 2024\nGemma 2Gemma Team, Morgane Riviere\n${text}`, OPTIONS).papers[0]!.abstract;
    expect(abstract("Python chained a ==b==c comparisons are kept here.")).toBe("Python chained a ==b==c comparisons are kept here.");
    expect(abstract("The value was ~~10~~k, roughly ~~20~~k in all.")).toBe("The value was ~~10~~k, roughly ~~20~~k in all.");
    expect(read("CLJul 1, 2020\nA TitleKazi Md Abu Saeed, Jane Doe\nWe study it.")[0]![1]).toEqual(["Kazi Md Abu Saeed", "Jane Doe"]);
    expect(parseListing("CLJul 1, 2020\nA TitleKazi Md Abu Saeed, Jane Doe\nWe study it.", OPTIONS).papers[0]!.authors[0]).toMatchObject({ family: "Saeed" });
  });
});
