import { describe, expect, it } from "vitest";
import {
  apaCitation, apaReferenceList, collectProperNouns, formatApaName, toApa, toSentenceCase,
} from "../../src/cite/index.js";
import { gemma2, paper } from "./support.js";
import type { Paper } from "../../src/model/paper.js";

const person = (given: string, family: string) => ({ name: `${given} ${family}`, given, family });

describe("APA references", () => {
  it("writes a preprint as (year). *Title* [Preprint]. arXiv. with the arXiv DOI", () => {
    expect(toApa({ ...gemma2(), authorsTruncated: false }, { format: "markdown" }).text).toBe(
      "Gemma Team, Riviere, M., & Pathak, S. (2024). *Gemma 2: Improving open language models at a practical size* \\[Preprint\\]. arXiv. https://doi.org/10.48550/arXiv.2408.00118",
    );
  });

  it("writes a truncated list with et al. and says so in a diagnostic", () => {
    const { text, diagnostics } = toApa(gemma2());
    expect(text).toMatch(/^Gemma Team, Riviere, M\., Pathak, S\., et al\. \(2024\)\./u);
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: "authors-truncated", severity: "warning" }));
  });

  it("puts the title in italics in HTML and escapes everything else", () => {
    const p = paper({ title: "<script>alert(1)</script> & Q-learning", authors: [person("A", "O'Neil & <b>")] });
    expect(toApa(p, { format: "html" }).text).toBe(
      "O&#39;Neil &amp; &lt;b&gt;, A. (2017). <i>&lt;Script&gt;alert(1)&lt;/script&gt; &amp; Q-learning</i> [Preprint]. arXiv.",
    );
  });

  it("escapes Markdown in the data", () => {
    expect(toApa(paper({ title: "A *bold* [link](x) and_under &amp; & co" }), { format: "markdown" }).text).toContain(
      "*A \\*bold\\* \\[link\\](x) and\\_under \\&amp; & co*",
    );
  });

  it("applies the 20/21+ rule", () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => person("A", `F${i + 1}`));
    expect(toApa(paper({ authors: many(20) })).text).toMatch(/F19, A\., & F20, A\. \(2017\)/u);
    expect(toApa(paper({ authors: many(21) })).text).toMatch(/F19, A\., \. \. \. F21, A\. \(2017\)/u);
    expect(toApa(paper({ authors: many(21) })).text).not.toContain("F20");
  });

  it("moves the title to the author position when there is no author", () => {
    const { text, diagnostics } = toApa(paper({ authors: [] }));
    expect(text).toBe("Neural discrete representation learning [Preprint]. (2017). arXiv.");
    expect(diagnostics[0]?.code).toBe("no-authors");
  });

  it("splits an unanalysed name like BibTeX and reports it", () => {
    const { text, diagnostics } = toApa(paper({ authors: [{ name: "Alexander" }, { name: "Volodymyr Mnih" }] }));
    expect(text).toMatch(/^Alexander & Mnih, V\. \(2017\)/u);
    expect(diagnostics.map((d) => d.code)).toEqual(["unparsed-author", "unparsed-author"]);
  });
});

describe("APA author element", () => {
  const group = (name: string) => ({ name, literal: true as const });
  it("puts a comma before the ampersand between two names only after initials (9.8)", () => {
    const two = (authors: Paper["authors"]) => toApa(paper({ authors })).text.split(" (")[0];
    expect(two([person("Aidan", "Clark"), person("Aurelia", "Guy")])).toBe("Clark, A., & Guy, A.");
    expect(two([group("The LIGO Scientific Collaboration"), group("the Virgo Collaboration")])).toBe("The LIGO Scientific Collaboration & the Virgo Collaboration.");
    expect(two([person("Morgane", "Riviere"), group("Gemma Team")])).toBe("Riviere, M., & Gemma Team.");
    expect(two([group("Gemma Team"), person("Morgane", "Riviere")])).toBe("Gemma Team & Riviere, M.");
    expect(two([group("Gemma Team"), person("Morgane", "Riviere"), person("Shreya", "Pathak")])).toBe("Gemma Team, Riviere, M., & Pathak, S.");
    expect(two([group("University of California, Berkeley"), group("Gemma Team")])).toBe("University of California, Berkeley & Gemma Team.");
  });
});

describe("APA titles", () => {
  it("sets quotation marks and apostrophes as citeproc-js does, leaving a quote that pairs with nothing", () => {
    const title = (text: string) => toApa(paper({ title: text })).text.split("). ")[1]!.split(" [Preprint]")[0];
    expect(title('"Why Should I Trust You?": Explaining the Predictions of Any Classifier')).toBe("“Why should I trust you?”: Explaining the predictions of any classifier");
    expect(title(`R1-Zero's "Aha Moment" in Visual Reasoning`)).toBe("R1-zero’s “aha moment” in visual reasoning");
    expect(title(`"Nested 'Inner' Quotes" and the '90s`)).toBe("“Nested ‘inner’ quotes” and the ’90s");
    expect(title(`An "Unbalanced Quote`)).toBe(`An "unbalanced quote`);
    expect(toApa(paper({ title: `"Liar, Liar Pants on Fire"` }), { format: "html" }).text).toContain("<i>“Liar, liar pants on fire”</i>");
  });
});

describe("APA names", () => {
  it("keeps hyphenated initials, particles and middle initials", () => {
    expect(formatApaName(person("Jean-Bastien", "Grill"))).toBe("Grill, J.-B.");
    expect(formatApaName(person("Aaron", "van den Oord"))).toBe("van den Oord, A.");
    expect(formatApaName(person("S. M. Ali", "Eslami"))).toBe("Eslami, S. M. A.");
    expect(formatApaName(person("Samuel L", "Smith"))).toBe("Smith, S. L.");
    expect(formatApaName({ ...person("Martin", "King"), suffix: "Jr." })).toBe("King, M., Jr.");
    expect(formatApaName({ name: "Gemma Team", literal: true })).toBe("Gemma Team");
  });

  it("reads initials glued with dots, keeps abbreviations and particles as written, as citeproc-js does", () => {
    expect(formatApaName(person("S.S.", "Gubser"))).toBe("Gubser, S. S.");
    expect(formatApaName(person("Aubrey D.N.J.", "de Grey"))).toBe("de Grey, A. D. N. J.");
    expect(formatApaName(person("V.S.D.S.Mahesh", "Akavarapu"))).toBe("Akavarapu, V. S. D. S. M.");
    expect(formatApaName(person("Yu. A.", "Kuznetsov"))).toBe("Kuznetsov, Yu. A.");
    expect(formatApaName(person("Hans-Chr.", "Pape"))).toBe("Pape, H.-Chr.");
    expect(formatApaName(person("Alexander G. de G.", "Matthews"))).toBe("Matthews, A. G. de G.");
    expect(formatApaName(person("Li-yao", "Xia"))).toBe("Xia, L.");
    expect(formatApaName(person("Li-Yao", "Xia"))).toBe("Xia, L.-Y.");
  });
});

describe("in-text citations", () => {
  it("follows the one, two, three-or-more author rules", () => {
    const one = paper({ authors: [person("Aaron", "van den Oord")] });
    const two = paper({ authors: [person("Aidan", "Clark"), person("Aurelia", "Guy")] });
    expect(apaCitation(one)).toBe("(van den Oord, 2017)");
    expect(apaCitation(two)).toBe("(Clark & Guy, 2017)");
    expect(apaCitation(two, { narrative: true })).toBe("Clark and Guy (2017)");
    expect(apaCitation(paper())).toBe("(van den Oord et al., 2017)");
    expect(apaCitation(paper(), { narrative: true })).toBe("van den Oord et al. (2017)");
  });

  it("uses et al. for a truncated list even when only two names are known", () => {
    const truncated = paper({ authors: [person("Aidan", "Clark"), person("Aurelia", "Guy")], authorsTruncated: true });
    expect(apaCitation(truncated)).toBe("(Clark et al., 2017)");
  });

  it("cites groups by name", () => {
    expect(apaCitation(gemma2())).toBe("(Gemma Team et al., 2024)");
    expect(apaCitation(paper({ authors: [{ name: "Gemma Team", literal: true }] }), { narrative: true })).toBe("Gemma Team (2017)");
  });

  it("adds 2024a and 2024b for the same authors in the same year, in title order", () => {
    const authors = [person("Morgane", "Riviere")];
    const list = apaReferenceList([
      paper({ title: "Zebra models", published: "2024-01-01", authors }),
      paper({ title: "Apple models", published: "2024-06-01", authors }),
    ]);
    expect(list.references.map((r) => r.parenthetical)).toEqual(["(Riviere, 2024a)", "(Riviere, 2024b)"]);
    expect(list.references.map((r) => r.paper.title)).toEqual(["Apple models", "Zebra models"]);
    expect(list.text).toContain("Riviere, M. (2024a). Apple models");
  });

  it("names more authors where two different lists would read the same", () => {
    const list = apaReferenceList([
      paper({ title: "X", published: "2016-01-01", authors: [person("Max", "Jaderberg"), person("Volodymyr", "Mnih")], authorsTruncated: true }),
      paper({ title: "Y", published: "2016-02-01", authors: [person("Max", "Jaderberg"), person("Wojciech", "Czarnecki")], authorsTruncated: true }),
    ]);
    expect(list.references.map((r) => r.parenthetical)).toEqual(["(Jaderberg, Czarnecki, et al., 2016)", "(Jaderberg, Mnih, et al., 2016)"]);
  });

  it("names first authors of one family name with their initials before it adds names (8.20), as citeproc does", () => {
    const list = apaReferenceList([
      paper({ title: "X", published: "2026-01-01", authors: [person("Tianle", "Wang"), person("Zhaoyang", "Wang"), person("Guangchen", "Lan")], authorsTruncated: true }),
      paper({ title: "Y", published: "2026-02-01", authors: [person("Yuhao", "Wang"), person("Puyi", "Wang"), person("Linjie", "Li")], authorsTruncated: true }),
    ]);
    expect(list.references.map((r) => r.parenthetical)).toEqual(["(T. Wang et al., 2026)", "(Y. Wang et al., 2026)"]);
  });

  it("tells lists apart by the names a citation shows, not by people: two Wangs of one initial read alike", () => {
    const list = apaReferenceList([
      paper({ title: "X", published: "2026-01-01", authors: [person("Tianle", "Wang"), person("Zhaoyang", "Wang"), person("Guangchen", "Lan")], authorsTruncated: true }),
      paper({ title: "Y", published: "2026-02-01", authors: [person("Tao", "Wang"), person("Puyi", "Wang"), person("Linjie", "Li")], authorsTruncated: true }),
    ]);
    // (In APA order: the first authors' initials agree, so the second authors' decide, "Wang, P." first.)
    expect(list.references.map((r) => r.parenthetical)).toEqual(["(Wang, Wang, Li, et al., 2026)", "(Wang, Wang, Lan, et al., 2026)"]);
  });

  it("gives year letters to citations that no number of names would tell apart, as citeproc does", () => {
    const list = apaReferenceList([
      paper({ title: "X", published: "2024-01-01", authors: [person("Wei", "Wang"), person("Lei", "Wang"), person("Jun", "Li"), person("Xu", "Zhao")] }),
      paper({ title: "Y", published: "2024-02-01", authors: [person("Wu", "Wang"), person("Min", "Wang"), person("Bo", "Li"), person("Xu", "Zhao")] }),
    ]);
    expect(list.references.map((r) => r.parenthetical)).toEqual(["(Wang et al., 2024a)", "(Wang et al., 2024b)"]);
    expect(list.references.map((r) => r.text.slice(0, r.text.indexOf(")") + 1))).toEqual([
      "Wang, W., Wang, L., Li, J., & Zhao, X. (2024a)",
      "Wang, W., Wang, M., Li, B., & Zhao, X. (2024b)",
    ]);
  });

  it("tells a list shown whole from a longer one it opens", () => {
    const three = [person("Ann", "Smith"), person("Bo", "Jones"), person("Cy", "Brown")];
    const list = apaReferenceList([
      paper({ title: "A", published: "2024-01-01", authors: three }),
      paper({ title: "A", published: "2024-02-01", authors: [...three, person("Di", "Lee")] }),
    ]);
    expect(list.references.map((r) => r.parenthetical)).toEqual(["(Smith, Jones, & Brown, 2024)", "(Smith, Jones, Brown, et al., 2024)"]);
  });
});

describe("reference list order", () => {
  it("puts a one-author work before multi-author works with the same first author, then orders by year", () => {
    const list = apaReferenceList([
      paper({ title: "B", published: "2015-01-01", authors: [person("Max", "Jaderberg"), person("Karen", "Simonyan")] }),
      paper({ title: "C", published: "2020-01-01", authors: [person("Max", "Jaderberg")] }),
      paper({ title: "A", published: "2010-01-01", authors: [person("Aaron", "van den Oord")] }),
      paper({ title: "D", published: "2012-01-01", authors: [person("Max", "Jaderberg")] }),
    ]);
    expect(list.references.map((r) => r.paper.title)).toEqual(["D", "C", "B", "A"]);
  });

  it("writes HTML paragraphs and Markdown paragraphs", () => {
    expect(apaReferenceList([paper()], { format: "html" }).text).toMatch(/^<p>van den Oord.*<\/p>\n$/u);
    expect(apaReferenceList([paper(), paper({ title: "Other" })], { format: "markdown" }).text).toContain("arXiv.\n\nvan den Oord");
  });
});

describe("sentence case", () => {
  it("keeps acronyms, camel-case and proper nouns, capitalises subtitles", () => {
    expect(toSentenceCase("IMPALA: Scalable Distributed Deep-RL with Importance Weighted Actor-Learner Architectures"))
      .toBe("IMPALA: Scalable distributed deep-RL with importance weighted actor-learner architectures");
    expect(toSentenceCase("Gemma 2: Improving Open Language Models at a Practical Size", { abstract: "we introduce Gemma 2" }))
      .toBe("Gemma 2: Improving open language models at a practical size");
    expect(toSentenceCase("The StreetLearn Environment and Dataset")).toBe("The StreetLearn environment and dataset");
    expect(toSentenceCase("Combining policy gradient and Q-learning")).toBe("Combining policy gradient and Q-learning");
    expect(toSentenceCase("Gemini: A Family of Highly Capable Multimodal Models")).toBe("Gemini: A family of highly capable multimodal models");
  });

  it("capitalises a sentence after a full stop and a part number, keeps a name after an initial, not after an abbreviation", () => {
    expect(toSentenceCase("Planck 2018 results. VI. Cosmological parameters")).toBe("Planck 2018 results. VI. Cosmological parameters");
    expect(toSentenceCase("Projection Effects in Star-Forming Regions: I. Nearest-Neighbour Statistics")).toBe("Projection effects in star-forming regions: I. Nearest-neighbour statistics");
    expect(toSentenceCase("MESA Isochrones and Stellar Tracks (MIST). I: Solar-Scaled Models")).toBe("MESA isochrones and stellar tracks (MIST). I: Solar-scaled models");
    expect(toSentenceCase("A Generalized Supercongruence of Z.-W. Sun")).toBe("A generalized supercongruence of Z.-W. Sun");
    expect(toSentenceCase("Evidence From The U.S. Labor Market")).toBe("Evidence from the U.S. labor market");
    expect(toSentenceCase("Is Attention Needed? — No. Transformers Without It")).toBe("Is attention needed? — No. Transformers without it");
    expect(toSentenceCase("Local Projections vs. The World")).toBe("Local projections vs. the world");
    expect(toSentenceCase("Deep Learning, et al. A Survey")).toBe("Deep learning, et al. a survey");
  });

  it("takes proper nouns from the caller", () => {
    expect(toSentenceCase("Playing Atari and Go in Paris", { properNouns: ["Paris"] })).toBe("Playing Atari and Go in Paris");
  });

  it("capitalises the first word of a subtitle after a question mark or an em dash", () => {
    expect(toSentenceCase("Are Emergent Abilities a Mirage? an Analysis")).toBe("Are emergent abilities a mirage? An analysis");
  });
});

describe("proper-noun evidence from abstracts", () => {
  it("collects words capitalised mid-sentence", () => {
    expect(collectProperNouns("In this work, we introduce Gemma 2, a new addition to the Gemma family.")).toEqual(new Set(["Gemma"]));
  });

  it("ignores words the abstract also writes in lower case", () => {
    expect(collectProperNouns("We improve the Transformer. Many transformer variants exist.")).toEqual(new Set());
  });

  it("ignores the words that spell out an acronym, both ways round", () => {
    expect(collectProperNouns("we present \\emph{Population Based Training (PBT)}, a method")).toEqual(new Set());
    expect(collectProperNouns("a new agent IMPALA (Importance Weighted Actor-Learner Architecture) that")).toEqual(new Set());
    expect(collectProperNouns("via the proposed Projected Natural Gradient Descent algorithm (PRONG), which")).toEqual(new Set());
  });
});
