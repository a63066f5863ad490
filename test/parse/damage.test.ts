import { describe, expect, it } from "vitest";
import type { Paper } from "../../src/model/paper.js";
import { parseListing } from "../../src/parse/parse-listing.js";
import { SAMPLE_REFERENCE_DATE, SAMPLE_TEXT, readFixture } from "../support/sample.js";

const options = { referenceDate: SAMPLE_REFERENCE_DATE };
const clean = parseListing(SAMPLE_TEXT, options).papers;
/** The clean reading of sample entries, without `source` (line numbers differ by design). */
const expected = (...ids: number[]) => ids.map((i) => withoutSource(clean[i]!));
const withoutSource = ({ source: _source, ...paper }: Paper) => paper;
const parseFixture = (name: string) => parseListing(readFixture(`damage/${name}`), options);
const codes = (result: ReturnType<typeof parseListing>) => result.diagnostics.map((d) => d.code);

describe("copy-and-paste damage", () => {
  it("ties page text to an entry only when it stands among the entry's lines", () => {
    // (Found by a reviewing helper: "Load more" under the last card carried that card as its entry.)
    const options = { referenceDate: "2026-11-26" };
    const after = parseListing("CLJul 31, 2024\nA TitleAda Lovelace\nWe study things.\nLoad more\n", options).diagnostics;
    expect(after.map((d) => [d.code, d.line, d.entry])).toEqual([["ignored-text", 4, undefined]]);
    const among = parseListing("CLJul 31, 2024\nA TitleAda Lovelace\nSort by: Recent\nWe study things.\n", options).diagnostics;
    expect(among.map((d) => [d.code, d.line, d.entry])).toEqual([["ignored-text", 3, { index: 0, startLine: 1, endLine: 4 }]]);
  });

  it("reads a title that reads as a byline of its own above its author list set apart as a paragraph", () => {
    // real-120's card with its blocks as paragraphs (found by the damage-invariance property, seed
    // 11853): the title's "…for LLM-Guided, Reasoning-Driven Input Mutation" reads as names, but
    // the paragraph after it is a list of names that ends as only bylines end.
    const text = "CRSep 24, 2025\n\nSemantic-Aware Fuzzing: An Empirical Framework for LLM-Guided, Reasoning-Driven Input Mutation\n\nMengdi Lu, Steven Ding, Furkan Alaca et al. · queens-u\n\nAn open-source framework plugs reasoning language models into the mutation loop of AFL++.";
    const paper = parseListing(text, { referenceDate: "2026-11-26" }).papers[0]!;
    expect([paper.title, paper.authors.map((a) => a.name), paper.affiliations]).toEqual([
      "Semantic-Aware Fuzzing: An Empirical Framework for LLM-Guided, Reasoning-Driven Input Mutation",
      ["Mengdi Lu", "Steven Ding", "Furkan Alaca"],
      ["queens-u"],
    ]);
    expect(paper.abstract.startsWith("An open-source")).toBe(true);
  });

  it("points a diagnostic after accents composed onto their letters where the input has it", () => {
    // (Found by a reviewing helper: a PDF's text writes "e" and a combining accent, read as "é";
    // "Bob" was placed a column early for each accent before it.)
    const line = "Re\u0301sume\u0301 Cafe\u0301 TitleAda Lovelace, Bob, Alan Turing";
    const withZeroWidth = "Re\u0301sume\u0301\u200b Cafe\u0301 TitleAda Lovelace, Bob, Alan Turing";
    for (const byline of [line, withZeroWidth, `\u00a0 ${line}`]) {
      const { papers, diagnostics } = parseListing(`CLJul 31, 2024\n${byline}\nWe study things.`, { referenceDate: "2026-11-26" });
      expect(papers[0]!.title).toBe("Résumé Café Title");
      const bob = diagnostics.find((d) => d.code === "unparsed-author")!;
      expect([bob.line, bob.column]).toEqual([2, byline.indexOf("Bob") + 1]);
    }
  });

  it("points a diagnostic inside a wrapped byline's second line into that line", () => {
    // (Found by a reviewing helper: "Bob" was placed at 2:86, past the end of line 2.)
    const text = "CLJul 31, 2024\nA Fairly Long Title About Language Models That Wraps Onto\nThe Next LineAda Lovelace, Bob, Alan Turing\nWe study things.";
    const { papers, diagnostics } = parseListing(text, { referenceDate: "2026-11-26" });
    expect(papers[0]!.title).toBe("A Fairly Long Title About Language Models That Wraps Onto The Next Line");
    const bob = diagnostics.find((d) => d.code === "unparsed-author")!;
    expect([bob.line, bob.column]).toEqual([3, 28]);
    expect(text.split("\n")[2]!.slice(27, 30)).toBe("Bob");
  });

  it("keeps names whose letters an encoding lost as written, with a warning at each", () => {
    const text = "BMDec 12, 2020\nMolecule Attention Transformer?ukasz Maziarka, Tomasz Danel, S?awomir Mucha\nWe propose it.";
    const result = parseListing(text, options);
    expect(result.papers.map((p) => [p.title, p.authors])).toEqual([
      [
        "Molecule Attention Transformer",
        [
          { name: "?ukasz Maziarka", given: "?ukasz", family: "Maziarka" },
          { name: "Tomasz Danel", given: "Tomasz", family: "Danel" },
          { name: "S?awomir Mucha", given: "S?awomir", family: "Mucha" },
        ],
      ],
    ]);
    expect(result.diagnostics.filter((d) => d.code === "lost-letters").map((d) => [d.severity, d.line, d.column, d.message])).toEqual([
      ["warning", 2, 31, `"?ukasz Maziarka" has "?" where a letter was lost to an encoding that could not hold it; kept as written`],
      ["warning", 2, 62, `"S?awomir Mucha" has "?" where a letter was lost to an encoding that could not hold it; kept as written`],
    ]);
  });

  it("reads Windows line endings and a byte-order mark", () => {
    const result = parseFixture("crlf-bom.txt");
    expect(result.papers.map(withoutSource)).toEqual(expected(0, 1, 2, 3));
    expect(result.papers[0]!.title.startsWith("Gemma 2")).toBe(true);
    expect(codes(result)).toEqual(["byte-order-mark"]);
  });

  it("reads old Mac line endings", () => {
    expect(parseFixture("lone-cr.txt").papers.map(withoutSource)).toEqual(expected(4, 5));
  });

  it("reads non-breaking spaces inside dates and around the affiliation dot", () => {
    const result = parseFixture("nbsp.txt");
    expect(result.papers.map(withoutSource)).toEqual(expected(0, 2, 5, 10));
  });

  it("reads a non-breaking space beside a plain one as one space", () => {
    for (const header of ["CLMar\u00a0 16, 2024", "CLMar &nbsp;16, 2024"]) {
      const { papers } = parseListing(`${header}\nSome TitleJohn Smith\nAn abstract.`, options);
      expect(papers.map((p) => [p.published, p.title])).toEqual([["2024-03-16", "Some Title"]]);
    }
  });

  it("counts the last author of a byline cut after a comma as a name seen cleanly", () => {
    // "DeMarco Smith," ends the second byline: the comma was left by the cut, the name is whole,
    // and it tells where the first title ends.
    const text = "CLJul 1, 2024\nA Study ofDeMarco Smith\nAbstract one.\nCLJul 2, 2024\nOther PaperBob Brown, DeMarco Smith,\n\nAbstract two.";
    const { papers } = parseListing(text, { referenceDate: "2025-01-01" });
    expect(papers[0]).toMatchObject({ title: "A Study of", authors: [{ name: "DeMarco Smith" }] });
  });

  it("skips blank lines and trims trailing spaces and tabs", () => {
    const result = parseFixture("blank-lines.txt");
    expect(result.papers.map(withoutSource)).toEqual(expected(0, 8, 13));
    expect(result.papers[1]!.source).toEqual({ startLine: 8, endLine: 10 });
    expect(result.diagnostics).toEqual([]);
  });

  it("joins hard-wrapped abstracts and says so", () => {
    const result = parseFixture("wrapped-abstracts.txt");
    expect(result.papers.map(withoutSource)).toEqual(expected(14, 15, 41));
    expect(codes(result)).toEqual(["wrapped-abstract", "wrapped-abstract", "wrapped-abstract"]);
  });

  it("keeps an entry with no abstract line, with a warning", () => {
    const result = parseFixture("missing-abstract.txt");
    expect(result.papers).toHaveLength(3);
    expect(result.papers[1]).toMatchObject({ ...expected(21)[0], abstract: "", source: { startLine: 4, endLine: 5 } });
    expect(result.diagnostics).toMatchObject([{ severity: "warning", code: "missing-abstract", line: 5 }]);
  });

  it("ignores page text before, between and after entries, reporting each run", () => {
    const result = parseFixture("stray-text.txt");
    expect(result.papers.map(withoutSource)).toEqual(expected(12, 35, 44));
    expect(result.diagnostics.map((d) => [d.code, d.line, d.endLine])).toEqual([
      ["ignored-text", 1, 2],
      ["ignored-text", 8, 8],
      ["ignored-text", 16, 16],
      ["ignored-text", 18, 18],
    ]);
  });

  it("turns unreadable entries into error diagnostics at their lines and keeps the rest", () => {
    const result = parseFixture("bad-entries.txt");
    expect(result.diagnostics.filter((d) => d.severity !== "info").map((d) => [d.severity, d.code, d.line, d.column])).toEqual([
      ["error", "invalid-date", 1, 3],
      ["error", "unknown-category", 4, 1],
      ["error", "missing-byline", 7, 1],
      ["warning", "no-authors", 9, 1],
    ]);
    // Every header became a paper or an error: nothing is lost silently.
    expect(result.papers.map((p) => p.source?.startLine)).toEqual([8, 11]);
    expect(result.papers[0]).toMatchObject({ title: "efficient neural audio synthesis without any authors", authors: [] });
    expect(withoutSource(result.papers[1]!)).toEqual(expected(23)[0]);
  });

  it("takes titles and code badges from Markdown links, with the arXiv id", () => {
    const result = parseFixture("markdown-links.txt");
    expect(result.papers[0]).toMatchObject({
      ...expected(0)[0],
      arxivId: "2408.00118",
      url: "https://arxiv.org/abs/2408.00118",
    });
    expect(result.papers[1]).toMatchObject({
      ...expected(8)[0],
      arxivId: "1804.00168",
      codeUrl: "https://github.com/deepmind/streetlearn",
    });
    expect(result.diagnostics).toEqual([]);
  });

  it("reads entries whose line breaks were lost", () => {
    const result = parseFixture("lost-line-breaks.txt");
    expect(result.papers.map(withoutSource)).toEqual(expected(24, 25, 26, 27));
    expect(result.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ["merged-lines", 1],
      ["merged-lines", 2],
      ["wrapped-byline", 10],
    ]);
  });

  it("reads a header glued to the page text before it with its archive's code parted from the date by a tab", () => {
    const text = "Recommended for yousupr-con\tMay 15\nObservation of a U-shaped gap in thin filmsZhen Liang, Tianheng Wei\nWe study films.";
    const result = parseListing(text, options);
    expect(result.papers.map((p) => [p.category.id, p.published, p.title])).toEqual([["cond-mat.supr-con", "2026-05-15", "Observation of a U-shaped gap in thin films"]]);
    expect(result.diagnostics.map((d) => [d.code, d.line])).toEqual([["ignored-text", 1], ["merged-lines", 1], ["year-inferred", 1]]);
    // A code that is no archive's hyphenated name still starts a word: "mathematics.LG" is no header of cs.LG.
    expect(parseListing("We study mathematics.LG Jul 5, 2021 here.", options).papers).toEqual([]);
  });

  it.each([
    ["inside the title", "The No-U-Turn Sampler: Adaptively", "Setting Path Lengths in Hamiltonian Monte CarloMatthew D. Hoffman, Andrew Gelman"],
    ["after a title's full stop", "Planck 2013 results. XVI.", "Cosmological parametersPlanck Collaboration"],
    ["before a title word in lower case", "What's Done Cannot Be Undone: TASI Lectures", "on Non-Invertible SymmetriesShu-Heng Shao"],
    ["after an initial", "Simultaneous analysis of Lasso and Dantzig selectorPeter J.", "Bickel, Ya'acov Ritov, Alexandre B. Tsybakov"],
    ["after an initial glued to the title", "A theory of regularity structuresM.", "Hairer"],
    ["after initials glued to the title", "DeepSeek-Prover-V2: Advancing Formal Mathematical Reasoning via Reinforcement Learning for Subgoal DecompositionZ.Z.", "Ren, Zhihong Shao, Junxiao Song et al. · deepseek-ai"],
    ["inside a name with a suffix", "Star Formation in the Milky Way and Nearby GalaxiesRobert", "C. Kennicutt Jr., Neal J. Evans II"],
    ["inside the affiliations", "GLM-130B: An Open Bilingual Pre-trained ModelAohan Zeng, Xiao Liu, Zhengxiao Du et al. · tsinghua,", "zhipu-ai"],
    ["inside the last name", "Le lemme fondamental pour les algèbres de LieNgô Bảo", "Châu"],
    ["after a capitalised particle, before a lower-case one", "Symbolic Querying of Vector Spaces: Probabilistic Databases Meets Relational EmbeddingsTal Friedman, Guy Van", "den Broeck"],
    ["inside the title, the first line reading as a title and an initial", "The Shutdown Problem: An AI Engineering", "Puzzle for Decision TheoristsElliott Thornley"],
    ["inside the title, the first line reading as a quote mark and a name", '"Liar, Liar', 'Pants on Fire": A New Benchmark Dataset for Fake News DetectionWilliam Yang Wang'],
    ["inside the title, the first line reading as a word cut at its hyphen", "Human-Centered Artificial Intelligence: Reliable, Safe", "& TrustworthyBen Shneiderman"],
    ["after an article that opens a group's name", "Observation of Gravitational Waves from a Binary Black Hole MergerThe", "LIGO Scientific Collaboration, the Virgo Collaboration"],
    ["after an initial glued to an acronym", "Monopoles, Duality and Chiral Symmetry Breaking in N=2 Supersymmetric QCDN.", "Seiberg, E. Witten · rutgers, ias"],
  ])("joins a byline wrapped %s", (_where, first, second) => {
    const entry = (byline: string[]) => ["CLJul 1, 2024", ...byline, "We study things."].join("\n");
    const wrapped = parseListing(entry([first, second]), options);
    expect(wrapped.papers.map(withoutSource)).toEqual(parseListing(entry([`${first} ${second}`]), options).papers.map(withoutSource));
    expect(wrapped.papers[0]!.authors.length).toBeGreaterThan(0);
    expect(codes(wrapped)).toContain("wrapped-byline");
  });

  it("joins a byline wrapped inside a slug, right after its hyphen, as a print wraps it", () => {
    const text = ["AGJan 14, 2010", "Curves on K3 surfaces and modular formsDavesh Maulik, Rahul Pandharipande, Richard P. Thomas · mit, eth-", "zurich, imperial", "We study the virtual geometry of moduli spaces."].join("\n");
    const [paper] = parseListing(text, options).papers;
    expect(paper).toMatchObject({ title: "Curves on K3 surfaces and modular forms", affiliations: ["mit", "eth-zurich", "imperial"], abstract: "We study the virtual geometry of moduli spaces." });
    // After a title wrapped above it too.
    const three = ["LGFeb 16, 2018 Code", "Spectral Normalization for Generative Adversarial", "NetworksTakeru Miyato, Toshiki Kataoka, Masanori Koyama et al. · preferred-", "networks, riken", "One of the challenges is instability."].join("\n");
    expect(parseListing(three, options).papers[0]).toMatchObject({ title: "Spectral Normalization for Generative Adversarial Networks", affiliations: ["preferred-networks", "riken"], abstract: "One of the challenges is instability." });
    // Not a byline ending in a hyphen before prose.
    const prose = ["AGJan 14, 2010", "Curves on K3 surfacesDavesh Maulik · mit, eth-", "We study the virtual geometry of moduli spaces."].join("\n");
    expect(parseListing(prose, options).papers[0]!.abstract).toBe("We study the virtual geometry of moduli spaces.");
  });

  it("writes letters a PDF's text gives apart or joined as text writes them, with an info diagnostic", () => {
    const text = ["NTMar 2, 2019", "The Erdo\u030bs discrepancy problemTerence Tao", "We show that the discrepancy of any \ufb01nite sequence is un\ufb02inching."].join("\n");
    const result = parseListing(text, options);
    expect(result.papers[0]).toMatchObject({ title: "The Erdős discrepancy problem", abstract: "We show that the discrepancy of any finite sequence is unflinching." });
    expect(result.diagnostics.filter((d) => d.code === "normalized-characters").map((d) => d.line)).toEqual([2, 3]);
  });

  it("joins a byline wrapped twice, its affiliations on a line of their own", () => {
    const lines = ["Self-Supervised Learning with Data Augmentations Provably Isolates", "Content from StyleJulius von Kügelgen, Yash Sharma, Luigi Gresele et al.", "· mpi-is, cambridge, eth-zurich, tuebingen"];
    const wrapped = parseListing(["MLJun 8, 2021", ...lines, "Self-supervised representation learning has shown remarkable success."].join("\n"), options);
    expect(wrapped.papers[0]).toMatchObject({
      title: "Self-Supervised Learning with Data Augmentations Provably Isolates Content from Style",
      authors: [{ name: "Julius von Kügelgen" }, { name: "Yash Sharma" }, { name: "Luigi Gresele" }],
      affiliations: ["mpi-is", "cambridge", "eth-zurich", "tuebingen"],
      abstract: "Self-supervised representation learning has shown remarkable success.",
    });
    expect(wrapped.diagnostics.map((d) => [d.code, d.line, d.message])).toEqual([["wrapped-byline", 4, "joined a title and author line wrapped over 3 lines"]]);
    // With no abstract, the entry's source ends on the byline's last line.
    const bare = parseListing(["MLJun 8, 2021", ...lines, "MLJun 9, 2021", "A TitleJane Doe", "Text."].join("\n"), options);
    expect(bare.papers[0]!.source).toEqual({ startLine: 1, endLine: 4 });
    // A third line that neither goes on the tail nor ends the byline is the abstract's.
    const abstract = ["We propose a new simple network architecture, the Transformer, based solely on", "attention mechanisms, dispensing with recurrence and convolutions entirely."];
    const run = parseListing(["CLJun 12, 2017", "Attention Is All You NeedAshish Vaswani, Noam Shazeer,", "Niki Parmar,", ...abstract].join("\n"), options);
    expect(run.papers[0]).toMatchObject({ authors: [{ name: "Ashish Vaswani" }, { name: "Noam Shazeer" }, { name: "Niki Parmar" }], abstract: abstract.join(" ") });
    // A third line that ends the byline is joined.
    const end = parseListing(["CLFeb 5, 2016", "From Softmax to Sparsemax: A Sparse Model of Attention and Multi-Label", "ClassificationAndré F. T. Martins,", "Ramón Fernandez Astudillo · unbabel", "We propose sparsemax."].join("\n"), options);
    expect(end.papers[0]).toMatchObject({ title: "From Softmax to Sparsemax: A Sparse Model of Attention and Multi-Label Classification", authors: [{ name: "André F. T. Martins" }, { name: "Ramón Fernandez Astudillo" }], affiliations: ["unbabel"] });
  });

  it("joins titles wrapped at their commas, after a function word or before hyphenated initials, and bylines wrapped again inside a name or their end", () => {
    const read = (lines: string[]) => parseListing(lines.join("\n"), options).papers.map((p) => [p.title, p.authors.map((a) => a.name), p.affiliations, p.abstract]);
    const abstract = "We study the problem and report experiments.";
    // A title whose commas put a line of title words first: that line alone gives no authors ("an Efficient …").
    expect(read(["IRNov 4, 2018", "FASTGRID, an Efficient Sampling Method for Extreme", "Multi-label ClassificationNadia Berger, Tomas Lind, Paula Ruiz", abstract])).toEqual([
      ["FASTGRID, an Efficient Sampling Method for Extreme Multi-label Classification", ["Nadia Berger", "Tomas Lind", "Paula Ruiz"], [], abstract],
    ]);
    expect(read(["MLDec 6, 2016", "Fast Mixing Chains for Strongly Log-Concave Measures, DPPs, and Constrained", "SamplingChen Li, Sofia Rossi", abstract])[0]!.slice(0, 2)).toEqual([
      "Fast Mixing Chains for Strongly Log-Concave Measures, DPPs, and Constrained Sampling",
      ["Chen Li", "Sofia Rossi"],
    ]);
    // Hyphenated initials glued to the title's last word, the family name on the next line.
    expect(read(["MLNov 17, 2011", "Learning Sequence Models from Sparse and Noisy DataJ.-P.", "Martin, Anna Kovacs", abstract])[0]![1]).toEqual(["J.-P. Martin", "Anna Kovacs"]);
    // A given name glued to the title, the rest of the byline cut inside "et al." or before its affiliations.
    expect(read(["CVJul 23, 2012", "Robust Descriptors with the Ranking-TrickMarek", "Nowakowski, Elena M Petrova, Victor Lemaire et", "al.", abstract])).toEqual([
      ["Robust Descriptors with the Ranking-Trick", ["Marek Nowakowski", "Elena M Petrova", "Victor Lemaire"], [], abstract],
    ]);
    expect(read(["CVFeb 15, 2016", "Disentangling factors of variation with adversarial trainingMichel", "Mathis, Jun Zhao, Clara Jung et al. ·", "eth-zurich", abstract])[0]!.slice(0, 3)).toEqual([
      "Disentangling factors of variation with adversarial training",
      ["Michel Mathis", "Jun Zhao", "Clara Jung"],
      ["eth-zurich"],
    ]);
    // A title wrapped twice, its first line ending in a word no title ends in.
    expect(read(["LGDec 3, 2006", "Multi-Agent Coordination: Approximating the Set of", "Stable Equilibria in General Sum Stochastic", "GamesChris D Moore, Grace Gordonson", abstract])).toEqual([
      ["Multi-Agent Coordination: Approximating the Set of Stable Equilibria in General Sum Stochastic Games", ["Chris D Moore", "Grace Gordonson"], [], abstract],
    ]);
    // A title wrapped twice, and its byline once more: inside a name, or inside its end.
    expect(read(["LGMay 2, 2017", "Simultaneous Learning of Trees and", "Representations for Extreme Classification and", "Density EstimationYacine Jerome, Anna", "Chorova, David Santos · google", abstract])).toEqual([
      ["Simultaneous Learning of Trees and Representations for Extreme Classification and Density Estimation", ["Yacine Jerome", "Anna Chorova", "David Santos"], ["google"], abstract],
    ]);
    expect(read(["LGJan 8, 2017", "Adversarial Variational Bayes: Unifying", "Variational Autoencoders and Generative", "Adversarial NetworksLars Meschede, Sebastian", "Nowak, Andreas Geigen", abstract])[0]![1]).toEqual(["Lars Meschede", "Sebastian Nowak", "Andreas Geigen"]);
    // A title whose comma stays in the reading of its first line ("…Tasks, and an Analysis of the
    // Co" by "Draw"), or whose last word is cut at a digit ("…with Text" by "2Image").
    expect(read(["CLMay 2, 2023", "Clarification Requests in Collaborative Dialogue Games: Tasks, and an Analysis of the CoDraw", "DatasetBrenda Marques, David Schlegel", abstract])[0]!.slice(0, 2)).toEqual([
      "Clarification Requests in Collaborative Dialogue Games: Tasks, and an Analysis of the CoDraw Dataset",
      ["Brenda Marques", "David Schlegel"],
    ]);
    expect(read(["CLMay 2, 2023", "Noise-robust Cross-modal Interactive Learning with Text2Image", "Mask for Multi-modal Neural Machine TranslationJunjie Yu, Junjun", "Gao, Yan Xiao et al. · amazon", abstract])[0]!.slice(0, 3)).toEqual([
      "Noise-robust Cross-modal Interactive Learning with Text2Image Mask for Multi-modal Neural Machine Translation",
      ["Junjie Yu", "Junjun Gao", "Yan Xiao"],
      ["amazon"],
    ]);
    // A given name alone at the end of the title's second line, the rest of it opening the next.
    expect(read(["CLMay 2, 2023", "TBD3: A Thresholding-Based Dynamic Depression Detection", "from Social Media for Low-Resource UsersHrishikesh", "Kulkarna, Sean MacAvoy, Nazli Gohar et al.", abstract])[0]!.slice(0, 2)).toEqual([
      "TBD3: A Thresholding-Based Dynamic Depression Detection from Social Media for Low-Resource Users",
      ["Hrishikesh Kulkarna", "Sean MacAvoy", "Nazli Gohar"],
    ]);
    // A name cut after its particles, under a title wrapped once; an abbreviation glued to the title.
    expect(read(["CLMay 2, 2023", "K-hop neighbourhood regularization for few-shot learning on", "graphs: A case study of text classificationNiels van der", "Heijde, Ekaterina Shutov, Helen Yannakou", abstract])[0]![1]).toEqual(["Niels van der Heijde", "Ekaterina Shutov", "Helen Yannakou"]);
    expect(read(["CLMay 2, 2023", "BanglaBait: Semi-Supervised Adversarial Approach for", "Clickbait Detection on Bangla Clickbait DatasetMd.", "Motahar Mahtab, Monirul Haque, Mehedi Hasan et al.", abstract])[0]!.slice(0, 2)).toEqual([
      "BanglaBait: Semi-Supervised Adversarial Approach for Clickbait Detection on Bangla Clickbait Dataset",
      ["Md. Motahar Mahtab", "Monirul Haque", "Mehedi Hasan"],
    ]);
    // Title words that read as a name open the second line of a title wrapped twice, which ends in a function word.
    expect(read(["CLMay 2, 2022", "A Distant Supervision Corpus for Extracting Biomedical", "Relationships Between Chemicals, Diseases and", "GenesDong Zhao, Sunil Mohanty, Michaela Torres et al. ·", "helsinki", abstract])[0]!.slice(0, 3)).toEqual([
      "A Distant Supervision Corpus for Extracting Biomedical Relationships Between Chemicals, Diseases and Genes",
      ["Dong Zhao", "Sunil Mohanty", "Michaela Torres"],
      ["helsinki"],
    ]);
    // A name cut after its particle, the rest of it alone on the next line.
    expect(read(["CLMay 2, 2023", "A Two-Sided Discussion of Preregistration of NLP", "ResearchAnders Sogard, Daniel Hersh, Miryam de", "Lhonneux", "Van Milten et al. (2021) suggest NLP research should preregister."])[0]!.slice(0, 2)).toEqual([
      "A Two-Sided Discussion of Preregistration of NLP Research",
      ["Anders Sogard", "Daniel Hersh", "Miryam de Lhonneux"],
    ]);
    // A title wrapped twice whose second line holds a question and its subtitle.
    expect(read(["CLMay 2, 2023", "Can Synthetic Text Help Clinical Named Entity", "Recognition? A Study of Electronic Health Records in", "FrenchNicolas Hiebert, Olivier Ferrand, Karen Fortin et al.", abstract])[0]!.slice(0, 2)).toEqual([
      "Can Synthetic Text Help Clinical Named Entity Recognition? A Study of Electronic Health Records in French",
      ["Nicolas Hiebert", "Olivier Ferrand", "Karen Fortin"],
    ]);
    // Not an abstract's first line, nor a heading, glued on after a name the wrap cut (a review's cases).
    expect(read(["CLJul 31, 2024", "Byte Latent Transformer: Patches Scale Better Than TokensYuki", "Müller", "Experiments use PyTorch Lightning, Hugging Face Transformers", "and DeepSpeed on eight GPUs."])).toEqual([
      ["Byte Latent Transformer: Patches Scale Better Than Tokens", ["Yuki Müller"], [], "Experiments use PyTorch Lightning, Hugging Face Transformers and DeepSpeed on eight GPUs."],
    ]);
    expect(read(["CLJul 31, 2024", "Safety Evaluation of Open Chat ModelsWei Zhang, Priya Sharma,", "Mausam", "Claude, Gemini Ultra, Llama Guard", "and Mistral Large are compared on safety tasks."])[0]![1]).toEqual(["Wei Zhang", "Priya Sharma", "Mausam"]);
    expect(read(["CLJul 31, 2024", "Scaling Laws for Neural Language Models Trained on CodeWei Zhang,", "Priya Sharma, Mausam", "Trending Papers"])[0]![1]).toEqual(["Wei Zhang", "Priya Sharma", "Mausam"]);
    expect(read(["CLJul 31, 2024", "InkubaLM: A small language model for", "low-resource African languagesNgoc Thanh de la", "Fuente", "Experiments use PyTorch Lightning, Hugging Face", "Transformers and DeepSpeed on eight GPUs."])[0]!.slice(0, 2)).toEqual([
      "InkubaLM: A small language model for low-resource African languages",
      ["Ngoc Thanh de la Fuente"],
    ]);
    // The two last words of a name alone above a line that opens a sentence.
    expect(read(["CLJul 31, 2024", "Training and Evaluating Norwegian Sentence Embedding ModelsBernt Ivar", "Utsel Nordland", "We train and evaluate Norwegian sentence embedding models."])[0]![1]).toEqual(["Bernt Ivar Utsel Nordland"]);
    expect(read(["CLJul 31, 2024", "Training and Evaluating Norwegian Sentence Embedding ModelsBernt Ivar", "Deep Learning", "models are trained and evaluated here."])[0]![1]).toEqual(["Bernt Ivar"]);
    // A group's name cut after its first word, under a title wrapped once.
    expect(read(["CLJul 31, 2024", "Tasks, Datasets, and Metrics: A Survey of", "Evaluation Practices in Machine TranslationGemini", "Team, Google", "We compare ChatGPT Plus, Gemini Advanced, Claude", "Pro and Llama with human experts."])[0]![1]).toEqual(["Gemini Team", "Google"]);
    // A byline wrapped twice, the rest of its last name alone above a blank line (no abstract opens so).
    expect(read(["IROct 12, 2014", "Entropy Search for Global Optimization of Black-box FunctionsJosé", "Manuel Herrera-Lopez, Martin Hofer, Zoltan", "Gerhardt", "", abstract])).toEqual([
      ["Entropy Search for Global Optimization of Black-box Functions", ["José Manuel Herrera-Lopez", "Martin Hofer", "Zoltan Gerhardt"], [], abstract],
    ]);
    expect(read(["LGJun 3, 2017", "meProp: Sparsified Back Propagation for", "Accelerated Deep Learning with Reduced", "OverfittingXu Sun, Xuan Ren, Shu Ma et", "al. · mit", abstract])[0]!.slice(0, 3)).toEqual([
      "meProp: Sparsified Back Propagation for Accelerated Deep Learning with Reduced Overfitting",
      ["Xu Sun", "Xuan Ren", "Shu Ma"],
      ["mit"],
    ]);
  });

  it("joins a title wrapped once or twice above a first author cut after its particles or alone on its line", () => {
    const read = (lines: string[]) => parseListing(lines.join("\n"), options).papers.map((p) => [p.title, p.authors.map((a) => a.name), p.abstract]);
    const abstract = "We study the problem and report experiments on two benchmarks.";
    // The title's second line ends in a first author cut after its particles; the rest opens the third.
    expect(read(["LGMar 3, 2019", "Communication-efficient Methods for Distributed", "Stochastic Principal Component AnalysisDiego de las", "Casa, Ohad Shamen, Nati Srebo", abstract])[0]!.slice(0, 2)).toEqual([
      "Communication-efficient Methods for Distributed Stochastic Principal Component Analysis",
      ["Diego de las Casa", "Ohad Shamen", "Nati Srebo"],
    ]);
    // And the byline runs on into a fourth line, cut inside "et al.".
    expect(read(["LGMar 3, 2019", "Improved large-scale graph learning through", "ridge spectral sparsificationLaurens van der", "Maat, Alessandra Lazar, Ioannis Kouts et", "al. · inria", abstract])[0]!.slice(0, 2)).toEqual([
      "Improved large-scale graph learning through ridge spectral sparsification",
      ["Laurens van der Maat", "Alessandra Lazar", "Ioannis Kouts"],
    ]);
    // A title wrapped twice, its first author cut after initials and a particle glued to the
    // third line's end: the particle goes with the rest of the name on the fourth.
    expect(read(["GAMay 2, 2025", "Tracing variable winds in evolved cool", "supergiant stars: II. Photometry of dusty", "yellow giants in two southern galaxiesT. van", "Dijk, R. Albers-Ortega, K. Stavrou et al.", abstract])[0]).toEqual([
      "Tracing variable winds in evolved cool supergiant stars: II. Photometry of dusty yellow giants in two southern galaxies",
      ["T. van Dijk", "R. Albers-Ortega", "K. Stavrou"],
      abstract,
    ]);
    // A title wrapped once, its second line's byline cut after an initial: after a given name
    // glued to the title, or alone after whole names (the first line alone reads as a title cut
    // inside its capitals, "UV" or "BPS", by one poor name).
    const kinks = ["We review our work of the past decade on one-loop corrections.", "Weinan E, Thomas Hou and others have argued that kinks are stable."];
    expect(read(["hep-thAug 4, 2025", "UV Black Hole Evaporation Triggers", "Species-Scale Particle DecayLuis A.", "Anchordo, Alek Bedrova, Dieter Lust et al.", kinks[0]!])[0]).toEqual([
      "UV Black Hole Evaporation Triggers Species-Scale Particle Decay",
      ["Luis A. Anchordo", "Alek Bedrova", "Dieter Lust"],
      kinks[0],
    ]);
    expect(read(["hep-thFeb 11, 2009", "Loop corrections to kinks and BPS", "bounds in two dimensionsA. Rebmann, P. van Nieuwen, R.", "Wimmers", kinks[0]!])[0]).toEqual([
      "Loop corrections to kinks and BPS bounds in two dimensions",
      ["A. Rebmann", "P. van Nieuwen", "R. Wimmers"],
      kinks[0],
    ]);
    // A whole name ending in an initial ends the byline; an abstract's names go on no byline.
    expect(read(["hep-thFeb 11, 2009", "Loop corrections to kinks and BPS", "bounds in two dimensionsA. Rebmann, P. van Nieuwen, Weinan E.", kinks[0]!])[0]![1]).toEqual(["A. Rebmann", "P. van Nieuwen", "Weinan E."]);
    const citing = read(["hep-thFeb 11, 2009", "Loop corrections to kinks and BPS", "bounds in two dimensionsA. Rebmann, P. van Nieuwen, R.", kinks[1]!])[0]!;
    expect([citing[0], citing[2]]).toEqual(["Loop corrections to kinks and BPS bounds in two dimensions", kinks[1]]);
    // A title ending in a dash after a space is no word cut at its hyphen: the byline ends before
    // the abstract. TeX's en dash inside a word ("Yang--Mills") is a hyphen the wrap broke at.
    expect(read(["hep-phNov 26, 2008", "Dark matter and axion models in SUGRA -- Notes on light and heavy", "axions mixing --Ryo Takashima, Moritaka Tanimura", abstract])[0]).toEqual([
      "Dark matter and axion models in SUGRA -- Notes on light and heavy axions mixing --",
      ["Ryo Takashima", "Moritaka Tanimura"],
      abstract,
    ]);
    expect(read(["mathJun 6, 2021", "Limiting Behavior of a Class of Hermitian Yang--", "Mills Connections, II: Exponential ApproximationJixiang Fo, Dekai Zhong", abstract])[0]!.slice(0, 2)).toEqual([
      "Limiting Behavior of a Class of Hermitian Yang--Mills Connections, II: Exponential Approximation",
      ["Jixiang Fo", "Dekai Zhong"],
    ]);
    // A first line whose commas are a title's, read as cut inside an acronym by an author of
    // lower-case title words, holds no author list: the second glues the title's rest to names.
    expect(read(["quant-phFeb 28, 2025", "Tuning CMOS-compatible, superconducting Niobium Nitride Resonators:", "Annealing Conditions and Patterning ProcessesSimone J. K. Lange, Alexandra", "Schewsky, Ignaz Eiseler et al.", abstract])[0]).toEqual([
      "Tuning CMOS-compatible, superconducting Niobium Nitride Resonators: Annealing Conditions and Patterning Processes",
      ["Simone J. K. Lange", "Alexandra Schewsky", "Ignaz Eiseler"],
      abstract,
    ]);
    // A title wrapped three times, its byline cut inside the last name: the fifth line goes on
    // when it ends the byline, not when it opens an abstract with names.
    const risk = ["CVFeb 27, 2025", "Fairly Good Measurement for Radiology: A", "Quantum-Inspired Multi-Class Classifier for Lung Tumour", "Subtyping and Prostate Tumour Risk", "StratificationGiulia Sergiolo, Carla Cucchi, Gianni"];
    expect(read([...risk, "Pasino et al.", abstract])[0]).toEqual([
      "Fairly Good Measurement for Radiology: A Quantum-Inspired Multi-Class Classifier for Lung Tumour Subtyping and Prostate Tumour Risk Stratification",
      ["Giulia Sergiolo", "Carla Cucchi", "Gianni Pasino"],
      abstract,
    ]);
    expect(read(["CLJul 31, 2024", "Evaluación de Modelos de", "Lenguaje para el Análisis de", "Sentimientos en EspañolMatthew", "Hoffman, Zoubin Ghahramani", "Claude, Gemini Ultra, Llama", "Guard and Mistral Large are", "compared on safety tasks."])[0]).toEqual([
      "Evaluación de Modelos de Lenguaje para el Análisis de Sentimientos en Español",
      ["Matthew Hoffman", "Zoubin Ghahramani"],
      "Claude, Gemini Ultra, Llama Guard and Mistral Large are compared on safety tasks.",
    ]);
    // A first line read as a title cut inside a camel-case word and acronym ("Multi-Link" by "RE A
    // …"), above a line gluing the title's rest to a name before a comma that the third goes on from.
    expect(read(["SDMay 27, 2022", "Multi-LinkRE A Cross-Lingual Multi-Domain", "Corpus for Relation ExtractionElena Bassani,", "Filippo Gintero, Sampa Pyysal et al.", abstract])[0]).toEqual([
      "Multi-LinkRE A Cross-Lingual Multi-Domain Corpus for Relation Extraction",
      ["Elena Bassani", "Filippo Gintero", "Sampa Pyysal"],
      abstract,
    ]);
    // Not under a whole byline glued to a title (a card whose header was lost follows it).
    expect(read(["COJul 19, 2016", "On the First Caustic of Elliptical BilliardsAleksandra Uskova", "Self-Attention with Relative Position RepresentationsPeter Shaw,", "Jakob Uszkoreit, Ashish Vaswani", abstract])[0]!.slice(0, 2)).toEqual([
      "On the First Caustic of Elliptical Billiards",
      ["Aleksandra Uskova"],
    ]);
    // The fifth line goes on only as the byline's end: an abstract that opens with a citation
    // ending in "et al." does not; affiliations on a line of their own do.
    expect(read(["CVAug 15, 2017Code", "Improved Regularization of", "Convolutional Neural Networks", "with CutoutTerrance DeVries,", "Graham W. Taylor", "In recent work, Kaplan et al.", "introduced the Transformer."])[0]).toEqual([
      "Improved Regularization of Convolutional Neural Networks with Cutout",
      ["Terrance DeVries", "Graham W. Taylor"],
      "In recent work, Kaplan et al. introduced the Transformer.",
    ]);
    expect(read(["LGFeb 10", "Tuned Optimization Framework for", "Next-generation Hyperparameter", "SearchTakumi Akiba, Shota Sano,", "Toshi Yanase et al.", "· preferred-networks", abstract])[0]!.slice(0, 2)).toEqual([
      "Tuned Optimization Framework for Next-generation Hyperparameter Search",
      ["Takumi Akiba", "Shota Sano", "Toshi Yanase"],
    ]);
    // A title ending in a dash glued to a given name the wrap cut, its list ending in a comma.
    expect(read(["MLOct 30, 2017Code", "Graph Attention Networks --Petar", "Veličković, Guillem Cucurull,", "Arantxa Casanova et al.", abstract])[0]).toEqual([
      "Graph Attention Networks --",
      ["Petar Veličković", "Guillem Cucurull", "Arantxa Casanova"],
      abstract,
    ]);
    expect(read(["CLJul 31, 2024", "Prediction Rule ReshapingMatt", "Bonakdarpour, Sabyasachi Chatterjee,", "Rina Barber, Tom Smith et al.", abstract])[0]![1]).toEqual(["Matt Bonakdarpour", "Sabyasachi Chatterjee", "Rina Barber", "Tom Smith"]);
    // Names with short lower-case words are no title's words: the abstract's wrapped lines stay its own.
    expect(read(["CLMay 8, 2025", "Reasoning Models Don't Always Say What They ThinkEhsan ul Haq, Noor ul Amin", "Late-interaction retrievers such as ColBERT", "encode queries and documents into vectors."])[0]).toEqual([
      "Reasoning Models Don't Always Say What They Think",
      ["Ehsan ul Haq", "Noor ul Amin"],
      "Late-interaction retrievers such as ColBERT encode queries and documents into vectors.",
    ]);
    // A line ending in an initial glued to an acronym goes on with the rest of the name.
    expect(read(["hep-phJan 16, 2008", "Naturally Speaking: The Fine-Tuning Criterion and Physics at the LHCG.", "F. Giudici", abstract])[0]).toEqual([
      "Naturally Speaking: The Fine-Tuning Criterion and Physics at the LHC",
      ["G. F. Giudici"],
      abstract,
    ]);
    expect(read(["str-elJun 6, 2008", "Ground State Energy of Extended Hubbard Model by self-consistent RPAS.", "Harira, M. Bennani, Y. Boughalem", abstract])[0]![1]).toEqual(["S. Harira", "M. Bennani", "Y. Boughalem"]);
    // A title wrapped twice, its one author glued to the third line's end, above the abstract.
    expect(read(["LGMar 3, 2019", "Better than least squares: comparison of", "objective functions for estimating", "linear-nonlinear modelsJan-Willem van de Ment", abstract])[0]!.slice(0, 2)).toEqual([
      "Better than least squares: comparison of objective functions for estimating linear-nonlinear models",
      ["Jan-Willem van de Ment"],
    ]);
    // Or a group glued to a unit's capital, its name the whole byline.
    expect(read(["hep-exFeb 7, 2018", "Measurement of the inelastic", "proton-proton cross section at", "$\\sqrt{s}=$ 13 TeVCMS Collaboration", abstract])[0]!.slice(0, 2)).toEqual([
      "Measurement of the inelastic proton-proton cross section at $\\sqrt{s}=$ 13 TeV",
      ["CMS Collaboration"],
    ]);
    // But not a one-token group, which may be an acronym the wrap left whole at a line's end: an
    // abstract's second line ending in "HERA-II" is no byline's "…including H" + "ERA-II".
    const hera = read([
      "hep-phOct 31, 2014Code",
      "Parton distributions for the LHC Run IIThe NNPDF Collaboration, Richard D. Ball, Valerio Bertone et al. · edinburgh, oxford",
      "We present NNPDF3.0, the first set of parton distribution functions determined with a",
      "methodology validated by a closure test. The fit uses a global dataset including HERA-II",
      "deep-inelastic cross-sections, jet production and electroweak boson distributions.",
    ])[0]!;
    expect(hera.slice(0, 2)).toEqual(["Parton distributions for the LHC Run II", ["The NNPDF Collaboration", "Richard D. Ball", "Valerio Bertone"]]);
    expect(hera[2]).toMatch(/^We present NNPDF3\.0, .* including HERA-II deep-inelastic cross-sections/);
    // Not names above a line that goes on a sentence in lower case: an abstract's opening.
    const cited = read(["LGMar 3, 2019", "Weak ergodicity breaking from", "quantum many-body scarsSooky van", "der Berg, Priya Mensa", "Hinton, Yann LeCun, Yoshua Bengio", "and others argued that depth matters."])[0]!;
    expect(cited.slice(0, 2)).toEqual(["Weak ergodicity breaking from quantum many-body scars", ["Sooky van der Berg", "Priya Mensa"]]);
    expect(cited[2]).toBe("Hinton, Yann LeCun, Yoshua Bengio and others argued that depth matters.");
    // A first line read as cut inside an acronym's plural ("Can LL" by "Ms Generate Novel Research") names no one.
    expect(read(["CLSep 6, 2024", "Can LLMs Generate Novel Research", "Ideas? A Large-Scale Human Study", "with 100+ NLP ResearchersChenglo Si,", "Diya Yan, Tatsunori Hashimo", abstract])[0]!.slice(0, 2)).toEqual([
      "Can LLMs Generate Novel Research Ideas? A Large-Scale Human Study with 100+ NLP Researchers",
      ["Chenglo Si", "Diya Yan", "Tatsunori Hashimo"],
    ]);
    // A family name spelt with a capital, an apostrophe and lower-case letters opens the next line.
    expect(read(["CLSep 6, 2024", "High Performance Zero-Memory Overhead Direct ConvolutionsDaniel", "D'souza, Franz Franchet, Tze Meng Lo", abstract])[0]!.slice(0, 2)).toEqual([
      "High Performance Zero-Memory Overhead Direct Convolutions",
      ["Daniel D'souza", "Franz Franchet", "Tze Meng Lo"],
    ]);
    // A title wrapped twice, its byline running on into a fourth line inside a name: after a given
    // name (glued, or after a comma) or an initial, the rest alone or before whole names.
    for (const [third, fourth, authors] of [
      ["Dequantization and universalityKazuki Sakamura, Keisuke", "Fujita", ["Kazuki Sakamura", "Keisuke Fujita"]],
      ["the giant, consistency of pearls, vanishing homotopyPete", "Rigos", ["Pete Rigos"]],
      ["Framework for Backward-Compatible CryptographyRuopengyu", "Xue, Chenglian Lin", ["Ruopengyu Xue", "Chenglian Lin"]],
      ["wavelengthMaxim A. Yurkov, Valeri P. Maltsov, Alfons G.", "Hoekstro", ["Maxim A. Yurkov", "Valeri P. Maltsov", "Alfons G. Hoekstro"]],
    ] as const) {
      const card = read(["CLSep 6, 2024", "On the quantum computational complexity of classical", "linear dynamics with geometrically local interactions", third, fourth, abstract])[0]!;
      expect(card[1]).toEqual(authors);
      expect(card[2]).toBe(abstract);
    }
    // A title wrapped twice whose second line ends in a colon or holds a part's number; a byline
    // running on after an initial, with whole names after the rest of the cut one.
    expect(read(["CLSep 6, 2024", "On the quantum computational complexity of classical", "linear dynamics with geometrically local interactions:", "Dequantization and universalityKazuki Sakamura, Keisuke", "Fujita", abstract])[0]!.slice(0, 2)).toEqual([
      "On the quantum computational complexity of classical linear dynamics with geometrically local interactions: Dequantization and universality",
      ["Kazuki Sakamura", "Keisuke Fujita"],
    ]);
    expect(read(["CLSep 6, 2024", "Investigating episodic mass loss in evolved massive", "stars: III. Spectroscopy of dusty massive stars in three", "northern galaxiesS. de Witt, G. Munoz-Sanches, G.", "Maravelis et al.", abstract])[0]!.slice(0, 2)).toEqual([
      "Investigating episodic mass loss in evolved massive stars: III. Spectroscopy of dusty massive stars in three northern galaxies",
      ["S. de Witt", "G. Munoz-Sanches", "G. Maravelis"],
    ]);
    expect(read(["CLSep 6, 2024", "Plasmon manipulation by exchange magnetic field in", "two-dimensional spin-orbit coupled electronic systems: A", "higher-order relativistic k.p studyI. A. Nechayev, V. M.", "Silkov, E. E. Krasovsky", abstract])[0]![1]).toEqual(["I. A. Nechayev", "V. M. Silkov", "E. E. Krasovsky"]);
    // A title wrapped twice whose second line is title words that read as a name.
    expect(read(["CLSep 6, 2024", "Predicting Embedding Reliability in Low-Resource", "Settings Using Corpus Similarity", "MeasuresJonathan Dunne, Haipeng Lin, Damian Sastra", abstract])[0]!.slice(0, 2)).toEqual([
      "Predicting Embedding Reliability in Low-Resource Settings Using Corpus Similarity Measures",
      ["Jonathan Dunne", "Haipeng Lin", "Damian Sastra"],
    ]);
    // A title wrapped twice whose byline's line ends in a comma, whole names on the next.
    expect(read(["CLSep 6, 2024", "Homeostatic plasticity in Bayesian spiking", "networks as Expectation Maximization with", "posterior constraintsStefan Habenschus,", "Johannes Bil, Bernhard Nesler", abstract])[0]![1]).toEqual(["Stefan Habenschus", "Johannes Bil", "Bernhard Nesler"]);
    // A byline cut inside "et al." after a title wrapped once, the line before ending in a whole name.
    expect(read(["CLSep 6, 2024", "K for the Price of 1: Parameter-efficient", "Multi-task and Transfer LearningPramod Kaushik", "Mudrakart, Mark Sandlar, Andrey Zhmoginov et", "al.", abstract])[0]!.slice(0, 2)).toEqual([
      "K for the Price of 1: Parameter-efficient Multi-task and Transfer Learning",
      ["Pramod Kaushik Mudrakart", "Mark Sandlar", "Andrey Zhmoginov"],
    ]);
    // But a second line of a numbered link is no title's: "16." is no part's number.
    expect(read(["OCJan 18, 2016", "Foundation models matter more and more but remain opaque. The Index was launched in 2023.", "  16. https://papers.example/author/deniz-bezgin", "Humanoid Locomotion as Next Token PredictionIlija Radosav, Bike Zhan, Baifeng Shin et al. · berkeley", abstract])[0]![1]).toEqual([]);
    // A second line ending in an initial glued to the title, the rest of the name initials and a word.
    expect(read(["CLSep 6, 2024", "Nilpotent symmetry invariance in the superfield", "formulation: the (non-)Abelian 1-form gauge theoriesR.", "P. Malek", "We capture the off-shell as well as the on-shell nilpotent symmetries."])[0]!.slice(0, 2)).toEqual([
      "Nilpotent symmetry invariance in the superfield formulation: the (non-)Abelian 1-form gauge theories",
      ["R. P. Malek"],
    ]);
    // A first author cut after an initial glued to a title's question mark.
    expect(read(["CLSep 6, 2024", "Which Training Methods for GANs do actually Converge?H.", "Brendan McMahon, Andreas Geigel, Sebastian Nowozen", abstract])[0]!.slice(0, 2)).toEqual([
      "Which Training Methods for GANs do actually Converge?",
      ["H. Brendan McMahon", "Andreas Geigel", "Sebastian Nowozen"],
    ]);
    // A first author cut after initials glued to the title's last word.
    for (const rest of ["Smola, Johannes Bil, Bernhard Nesler", "Smola, Johannes Bil, Bernhard Nesler et al. · mit"]) {
      expect(read(["CLSep 6, 2024", "Homeostatic plasticity in Bayesian spiking networks as", "Expectation Maximization with posterior constraintsA.J.", rest, abstract])[0]!.slice(0, 2)).toEqual([
        "Homeostatic plasticity in Bayesian spiking networks as Expectation Maximization with posterior constraints",
        ["A.J. Smola", "Johannes Bil", "Bernhard Nesler"],
      ]);
    }
    // A group's name cut before the acronym that ends it, alone or before whole names.
    expect(read(["CLSep 6, 2024", "Classifying Treatment Responders Under Causal Effect MonotonicityMeta", "FAIR, Kai Yun, Yihong Gon", abstract])[0]!.slice(0, 2)).toEqual([
      "Classifying Treatment Responders Under Causal Effect Monotonicity",
      ["Meta FAIR", "Kai Yun", "Yihong Gon"],
    ]);
    expect(read(["CLSep 6, 2024", "Classifying Treatment Responders Under Causal Effect MonotonicityMeta", "FAIR", abstract])[0]!.slice(0, 3)).toEqual([
      "Classifying Treatment Responders Under Causal Effect Monotonicity",
      ["Meta FAIR"],
      abstract,
    ]);
    // And after a name the wrap cut, or before an abstract opening with a product's name in lower case.
    expect(read(["IMFeb 16, 2012", "emcee: The MCMC HammerDaniel", "Foreman-Mackay, David W. Hoggs, Dustin", "Lane et al.", "emcee is an MIT licensed pure-Python implementation of a sampler."])[0]!.slice(0, 3)).toEqual([
      "emcee: The MCMC Hammer",
      ["Daniel Foreman-Mackay", "David W. Hoggs", "Dustin Lane"],
      "emcee is an MIT licensed pure-Python implementation of a sampler.",
    ]);
    expect(read(["MSJun 16, 2020", "Array Programming with", "NumPyCharles R. Harrison, K. Jarrod", "Millmann, Stefan J. van der Walte", "numpy is the primary array programming library for Python."])[0]![1]).toEqual([
      "Charles R. Harrison",
      "K. Jarrod Millmann",
      "Stefan J. van der Walte",
    ]);
    // But names after a comma, or the byline's own "al.", above an abstract that opens in lower case.
    for (const lines of [
      ["gsplat: An Open-Source Library for", "Gaussian SplattingVickie Yee,", "Ruilong Lin, Justin Kerrs et al."],
      ["gsplat: An Open-Source Library", "for Gaussian SplattingVickie", "Yee, Ruilong Lin, Justin Kerrs et", "al."],
    ]) {
      expect(read(["CVSep 10, 2024", ...lines, "gsplat is an open-source library for training splats."])[0]).toEqual([
        "gsplat: An Open-Source Library for Gaussian Splatting",
        ["Vickie Yee", "Ruilong Lin", "Justin Kerrs"],
        "gsplat is an open-source library for training splats.",
      ]);
    }
  });

  it("joins a title and byline that a narrow print column wrapped over three or four lines", () => {
    const read = (lines: string[]) => parseListing(lines.join("\n"), options).papers.map((p) => [p.title, p.authors.map((a) => a.name), p.affiliations, p.abstract]);
    // The title wrapped once, the byline once more inside its author list.
    expect(read(["CONov 3, 2019", "Scaling Laws for Sparse Attention in", "Long-Context Transformer ModelsHiroshi Tanaka,", "Keiko Sato", "We study how attention scales."])).toEqual([
      ["Scaling Laws for Sparse Attention in Long-Context Transformer Models", ["Hiroshi Tanaka", "Keiko Sato"], [], "We study how attention scales."],
    ]);
    // The title wrapped twice, after an acronym that alone reads as a title glued to a name ("…Multilingual L" by "LM").
    expect(read(["CLMay 2, 2024", "Efficient Fine-Tuning of a Multilingual LLM", "Adaptation: Improving Korean Reading", "ComprehensionJiwoo Park, Minseo Choi, Hana Lee et al. · kaist", "We adapt a model."])).toEqual([
      ["Efficient Fine-Tuning of a Multilingual LLM Adaptation: Improving Korean Reading Comprehension", ["Jiwoo Park", "Minseo Choi", "Hana Lee"], ["kaist"], "We adapt a model."],
    ]);
    // The title cut after a hyphen, a name cut after its first word.
    expect(read(["CVMay 2, 2020", "ScrollNet: Pre-Modern Korean Hanja Document", "Understanding with Deep LearningSora Kim, Daniel Brooks, Minjun", "Yoon · snu, mila", "Hanja documents are hard to read."])).toEqual([
      ["ScrollNet: Pre-Modern Korean Hanja Document Understanding with Deep Learning", ["Sora Kim", "Daniel Brooks", "Minjun Yoon"], ["snu", "mila"], "Hanja documents are hard to read."],
    ]);
    // The title wrapped twice, the affiliations once more.
    expect(read(["SDOct 25, 2019", "WaveFlow: A compact flow-based model for raw audio", "generation based on adversarial networks with multi-", "resolution spectrogramsJisoo Han, Eunji Song, Jae-Won Kim · line,", "naver", "We propose WaveFlow."])).toEqual([
      ["WaveFlow: A compact flow-based model for raw audio generation based on adversarial networks with multi-resolution spectrograms", ["Jisoo Han", "Eunji Song", "Jae-Won Kim"], ["line", "naver"], "We propose WaveFlow."],
    ]);
    // A byline wrapped twice inside its names, under a title on one line.
    expect(read(["CLJan 9, 2025", "Typhoon Z1: An Open Thai Reasoning ModelSomchai", "Wongsawat, Anan Chaiyaporn, Kanya", "Srisuk et al. · chula", "Reasoning models think longer."])).toEqual([
      ["Typhoon Z1: An Open Thai Reasoning Model", ["Somchai Wongsawat", "Anan Chaiyaporn", "Kanya Srisuk"], ["chula"], "Reasoning models think longer."],
    ]);
    // A title wrapped twice, its authors' last name cut; and a given name cut at the glue point.
    expect(read(["LGJul 3, 2018", "Human-level play in first-person multiplayer", "games with population-based deep reinforcement", "learningMax Jaderman, Wojciech M. Czarny, Iain", "Dunnett et al. · deepmind", "Recent progress is fast."])[0]![1]).toEqual(["Max Jaderman", "Wojciech M. Czarny", "Iain Dunnett"]);
    expect(read(["LGJul 3, 2018", "Human-level play in first-person multiplayer games", "with population-based deep reinforcement learningMax", "Jaderman, Wojciech M. Czarny, Iain Dunnett", "Recent progress is fast."])[0]![1]).toEqual(["Max Jaderman", "Wojciech M. Czarny", "Iain Dunnett"]);
    // A line cut inside "et al.", under a first line that names no one cleanly.
    expect(read(["LGFeb 5, 2018", "IMPALA2: Scalable Distributed Deep-RL with Importance Weighted", "Actor-Learner ArchitecturesLasse Espe, Hubert Soy, Remi Mun et", "al.", "In this work we scale up."])).toEqual([
      ["IMPALA2: Scalable Distributed Deep-RL with Importance Weighted Actor-Learner Architectures", ["Lasse Espe", "Hubert Soy", "Remi Mun"], [], "In this work we scale up."],
    ]);
    // A title wrapped twice after a word broken at its hyphen.
    expect(read(["CLMay 1, 2023", "Bactrian-Y: Multilingual Replicable Instruction-", "Following Models with Low-Rank", "AdaptationHaonan Lee, Fajar Kota, Minghao", "Wu et al. · mbzuai", "Instruction tuning helps."])[0]!.slice(0, 2)).toEqual([
      "Bactrian-Y: Multilingual Replicable Instruction-Following Models with Low-Rank Adaptation",
      ["Haonan Lee", "Fajar Kota", "Minghao Wu"],
    ]);
    // What follows a title's lines joined must go on the byline: not an abstract after a family
    // name no title ends in, nor one opening with a word and a comma after a capital.
    expect(read(["LGMar 3, 2024", "Multi-Agent Reinforcement Learning for Security Games with", "Many DefendersYang Liu, Bo An", "We study Stackelberg security games with many defenders."])).toEqual([
      ["Multi-Agent Reinforcement Learning for Security Games with Many Defenders", ["Yang Liu", "Bo An"], [], "We study Stackelberg security games with many defenders."],
    ]);
    expect(read(["MLJul 5, 2017", "Solving high-dimensional partial differential equations using", "deep learningJiequn Han, Arnulf Jentzen, Weinan E", "Recently, we developed a method for PDEs in hundreds of dimensions."])[0]![1]).toEqual(["Jiequn Han", "Arnulf Jentzen", "Weinan E"]);
    // Nor a list of products that ends the abstract's first line in a lone word, under a whole byline.
    expect(read(["CLMar 3, 2024", "Multilingual Evaluation of Large Language ModelsJane Doe", "We evaluate ChatGPT Plus, Claude Opus, Gemini Ultra, Llama", "and Mistral on forty languages."])).toEqual([
      ["Multilingual Evaluation of Large Language Models", ["Jane Doe"], [], "We evaluate ChatGPT Plus, Claude Opus, Gemini Ultra, Llama and Mistral on forty languages."],
    ]);
    // Nor an abstract line under a lone author whose title ends in a digit ("GPT-4" + "C. …" is no cut acronym).
    expect(read(["CLMar 3, 2023", "Evaluating Code Generation with GPT-4C. Lawrence Zitnick", "We compare completions produced by GitHub Copilot", "with those of other assistants on many tasks."])).toEqual([
      ["Evaluating Code Generation with GPT-4", ["C. Lawrence Zitnick"], [], "We compare completions produced by GitHub Copilot with those of other assistants on many tasks."],
    ]);
    // Nor a structured abstract's heading, nor a list of names opening an abstract, under a wrapped title.
    expect(read(["LGFeb 10, 2020", "Scaling Laws for Neural Machine Translation in", "the Multilingual SettingAshish Vaswani", "Background", "We study scaling laws and find they hold."])[0]![1]).toEqual(["Ashish Vaswani"]);
    expect(read(["LGFeb 10, 2020", "Benchmarking Frontier Models on Long-Context", "Retrieval TasksJane Doe, John Smith", "Claude Opus, Gemini Ultra, Llama", "and Mistral Large are evaluated on many tasks."])[0]![1]).toEqual(["Jane Doe", "John Smith"]);
    expect(read(["LGFeb 10, 2020", "A History of Computing: From Turing Machines to Modern ComputersMargaret Hamilton", "Alan Turing, John von Neumann, Claude", "Shannon and others laid the foundations of computing."])[0]![1]).toEqual(["Margaret Hamilton"]);
    // A group of one word under a wrapped title, then a short line of the abstract.
    expect(read(["CLFeb 10, 2020", "A Survey of Evaluation for", "Large Language ModelsOpenAI", "Large Language Models", "are evaluated on many tasks."])[0]!.slice(0, 2)).toEqual(["A Survey of Evaluation for Large Language Models", ["OpenAI"]]);
    // A group's name cut by the wrap, then whole names, the last cut again.
    expect(read(["astro-phApr 10, 2019", "First M88 Event Horizon Telescope Results. I. The", "Shadow of the Supermassive Black HoleThe Event Horizon", "Telescope Collaboration, Kazunori Akiyama, Antxon", "Alberdi et al. · cfa", "When surrounded by a transparent emission region, a black hole shows its shadow."])[0]![1]).toEqual([
      "The Event Horizon Telescope Collaboration",
      "Kazunori Akiyama",
      "Antxon Alberdi",
    ]);
    // A given name of two words cut by the wrap, the next line finishing the byline.
    expect(read(["CLOct 21, 2019Code", "Localization of Fake News Detection via", "Multitask Transfer LearningJan Christian", "Blaise Cruz, Julianne Agatha Tan, Charibeth", "Cheng · dlsu", "The use of the internet as a fast medium of news."])[0]![1]).toEqual([
      "Jan Christian Blaise Cruz",
      "Julianne Agatha Tan",
      "Charibeth Cheng",
    ]);
    expect(read(["CLMar 15, 2023Code", "GPT-4 Technical ReportJosh Achiam, Juan Felipe", "Ceron Uribe, Steven Adler, Sandhini", "Agarwal et al. · openai", "We report the development of GPT-4."])[0]![1]).toEqual(["Josh Achiam", "Juan Felipe Ceron Uribe", "Steven Adler", "Sandhini Agarwal"]);
    // A four-word Vietnamese name cut after its second word; a hyphenated phrase alone is no name's end.
    expect(read(["CLMar 15, 2023", "Some Title About ThingsJiaqi Chen, Nguyen Thi", "An Binh et al. · hust", "We study things."])[0]![1]).toEqual(["Jiaqi Chen", "Nguyen Thi An Binh"]);
    expect(read(["CRAug 9, 2016", "Stealing Machine Learning Models via", "Prediction APIsFlorian Tramèr, Fan Zhang, Ari Juels", "Machine-learning-as-a-service", "platforms let users query models."])[0]![1]).toEqual(["Florian Tramèr", "Fan Zhang", "Ari Juels"]);
    // After a name that reads whole, a particle or a suffix goes on it.
    expect(read(["CVJun 1, 2013", "Supervised Descent Method for Solving Nonlinear Least", "Squares Problems in Computer VisionXuehan Xiong, Fernando De", "la Torre", "Many computer vision problems are solved by optimization."])[0]![1]).toEqual(["Xuehan Xiong", "Fernando De la Torre"]);
    // A byline whole on its line after the title's first: the abstract stays apart.
    expect(read(["CLJun 1, 2020", "Learning to Read Long Documents with Sparse", "Memory NetworksAlice Chen, Bob Stone", "Large language models read long documents."])).toEqual([
      ["Learning to Read Long Documents with Sparse Memory Networks", ["Alice Chen", "Bob Stone"], [], "Large language models read long documents."],
    ]);
  });

  it("keeps an abstract off a byline ending in a family name no title ends in", () => {
    const read = (lines: string[]) => parseListing(lines.join("\n"), options).papers.map((p) => [p.authors.map((a) => a.name), p.abstract]);
    expect(read(["LGMar 3, 2024", "Multi-Agent Reinforcement Learning for Security GamesYang Liu, Bo An", "We study Stackelberg security games with many defenders."])).toEqual([[["Yang Liu", "Bo An"], "We study Stackelberg security games with many defenders."]]);
    expect(read(["CLApr 2, 2024", "HyperCLOVA X Technical ReportKang Min Yoo, Jaegeun Han, Sookyo In", "We introduce HyperCLOVA X, a family of large language models."])).toEqual([
      [["Kang Min Yoo", "Jaegeun Han", "Sookyo In"], "We introduce HyperCLOVA X, a family of large language models."],
    ]);
    // A title cut after such a word still joins ("…Deep Learning for" + "Signal and Image…").
    expect(read(["LGMar 3, 2024", "Deep Learning for", "Signal ProcessingJane Doe, John Smith", "We survey the field."])).toEqual([[["Jane Doe", "John Smith"], "We survey the field."]]);
  });

  it.each([
    ["a whole byline ending in a capital, then its abstract", ["MLJul 5, 2017", "Solving high-dimensional partial differential equations using deep learningJiequn Han, Arnulf Jentzen, Weinan E", "Developing algorithms for solving them has been an exceedingly difficult task. We propose a deep learning method."], ["Jiequn Han", "Arnulf Jentzen", "Weinan E"]],
    ["a whole byline ending in an initial, then its abstract", ["MLJul 5, 2017", "A Fast Learning Algorithm for Deep Belief NetsSimon Osindero, Hinton G.", "We show how to use complementary priors. It works."], ["Simon Osindero", "Hinton G."]],
    ["one author read as no clean name, then page text", ["quant-phJul 9, 1997", "Fault-tolerant quantum computation by anyonsA. Yu. Kitaev", "View on GitHub"], ["A. Yu. Kitaev"]],
    ["one author, then an abstract wrapped narrowly", ["quant-phJul 9, 1997", "Fault-tolerant quantum computation by anyonsA. Yu. Kitaev", "We present a scheme based on GPT-4", "and anyons. It is fault-tolerant."], ["A. Yu. Kitaev"]],
    ["one clean author, then an abstract wrapped after a camel-case word", ["CVJul 31, 2024", "Revisiting Residual NetworksKaiming He", "We train deep residual networks on the ImageNet Large Scale Visual", "Recognition Challenge and report results."], ["Kaiming He"]],
    ["one clean author, then an abstract opening in lower case", ["LGNov 1, 2013", "Barnes-Hut-SNELaurens van der Maaten", "t-SNE embeddings of ImageNet", "scale to millions of points."], ["Laurens van der Maaten"]],
    ["one clean author, then an abstract wrapped narrowly after a hyphenated phrase", ["econ.EMMay 13", "Beyond Parallel Trends: Higher-Order ParallelismZecharias Anteneh", "Difference-in-differences", "relies on parallel trends."], ["Zecharias Anteneh"]],
  ])("does not join %s", (_case, lines, authors) => {
    const [paper] = parseListing(lines.join("\n"), options).papers;
    expect(paper!.authors.map((a) => a.name)).toEqual(authors);
    expect(codes(parseListing(lines.join("\n"), options))).not.toContain("wrapped-byline");
  });

  it("leaves a whole byline apart from page text and from an abstract line after it", () => {
    const chrome = parseListing(["CLJul 1, 2024", "Weight Uncertainty in Neural NetworksCharles Blundell, J", "Sort by: Recent"].join("\n"), options);
    expect(chrome.papers[0]!.authors.map((a) => a.name)).toEqual(["Charles Blundell", "J"]);
    const suffix = parseListing(["CLJul 1, 2024", "Adinkras: A Graphical TechnologyMichael Faux, S. James Gates Jr.", "Adinkras are graphs that", "encode supersymmetry."].join("\n"), options);
    expect(suffix.papers[0]!.authors.map((a) => a.name)).toEqual(["Michael Faux", "S. James Gates Jr."]);
    expect(suffix.papers[0]!.abstract).toBe("Adinkras are graphs that encode supersymmetry.");
  });

  it("reads a header glued to a title that opens with a digit, or to a title of several words", () => {
    const text = [
      "hep-thMay 2, 20004D Gravity on a Brane in 5D Minkowski SpaceG. Dvali, G. Gabadadze, M. Porrati",
      "We suggest a mechanism.",
      "CLDec 3, 2024Code2 OLMo 2 FuriousTeam OLMo, Pete Walsh, Luca Soldaini et al.",
      "We present OLMo 2.",
      "gr-qcOct 3, 2007Loop Quantum GravityCarlo Rovelli",
      "The problem of finding the quantum theory of the gravitational field is still open.",
      'LGFeb 16, 2016Code"Why Should I Trust You?": Explaining the Predictions of Any ClassifierMarco Tulio Ribeiro, Sameer Singh, Carlos Guestrin',
      "We propose LIME.",
    ].join("\n");
    const result = parseListing(text, options);
    expect(result.papers.map((p) => [p.title, p.published, p.hasCode, p.authors[0]!.name])).toEqual([
      ["4D Gravity on a Brane in 5D Minkowski Space", "2000-05-02", false, "G. Dvali"],
      ["2 OLMo 2 Furious", "2024-12-03", true, "Team OLMo"],
      ["Loop Quantum Gravity", "2007-10-03", false, "Carlo Rovelli"],
      ['"Why Should I Trust You?": Explaining the Predictions of Any Classifier', "2016-02-16", true, "Marco Tulio Ribeiro"],
    ]);
    expect(codes(result)).toEqual(["merged-lines", "merged-lines", "merged-lines", "merged-lines"]);
  });

  it("keeps an abstract line that ends like a byline (a bar before a slug-like word) off a whole byline", () => {
    const byline = "Gemma 2: Improving Open Language ModelsGemma Team, Morgane Riviere, Shreya Pathak";
    const paper = parseListing(`CLJul 31, 2024\n${byline}\nWe compare two settings | zero-shot`, options).papers[0]!;
    expect([paper.authors.map((a) => a.name), paper.abstract]).toEqual([["Gemma Team", "Morgane Riviere", "Shreya Pathak"], "We compare two settings | zero-shot"]);
    // A byline wrapped before its end still joins: a name cut in two, or a title and names.
    const cut = parseListing("CLJul 31, 2024\nA Study of ThingsJane Doe, John\nRoe | mit\nWe study things.", options).papers[0]!;
    expect([cut.authors.map((a) => a.name), cut.affiliations]).toEqual([["Jane Doe", "John Roe"], ["mit"]]);
  });

  it("points a diagnostic at its column in the input, after runs of spaces and tabs collapsed before it", () => {
    const text = "CLJul 31, 2024\nGemma 2Gemma Team, Morgane Riviere\nWe  introduce\t\tGemma 2.  CLJul 30, 2024\nOtherJane Doe, John Roe\nAbs.";
    const merged = parseListing(text, options).diagnostics.find((d) => d.code === "merged-lines")!;
    expect([merged.line, merged.column]).toEqual([3, 26]);
    expect(text.split("\n")[2]!.slice(merged.column - 1)).toBe("CLJul 30, 2024");
  });

  it("tells the Code badge from a title's start glued after the date by what the abstract names", () => {
    const text = [
      "IMFeb 16, 2012Codeemcee: The MCMC HammerDaniel Foreman-Mackey, David W. Hogg",
      "We introduce emcee, a stable implementation of the affine-invariant ensemble sampler.",
      "LGJun 27, 2024CodeGemma: Open Code Models Based on GemmaCodeGemma Team, Heri Zhao",
      "CodeGemma is a collection of specialized open code models built on top of Gemma.",
      "LGJun 27, 2024CodeGemma 2Jane Doe",
      "We study Gemma.",
      "LGJun 27, 2024Codex: A ToolJane Doe",
      "We study x and codex.",
      "LGJun 27, 2024Codebook Features: Sparse and Discrete InterpretabilityAlex Tamkin, Mohammad Taufeeque",
      "We learn a codebook of sparse features, one book of them per layer.",
      "CLAug 5, 2025Codegpt-oss-120b & gpt-oss-20b Model CardOpenAI",
      "We present gpt-oss-120b and gpt-oss-20b, two open-weight reasoning models.",
    ].join("\n");
    const result = parseListing(text, options);
    expect(result.papers.map((p) => [p.title, p.hasCode, p.badges])).toEqual([
      ["emcee: The MCMC Hammer", true, ["Code"]],
      ["CodeGemma: Open Code Models Based on Gemma", false, []],
      // Without the abstract's word, "Code" before a capital is the badge, before a lower-case letter the title's.
      ["Gemma 2", true, ["Code"]],
      ["Codex: A Tool", false, []],
      // The abstract names "book" but also "codebook", in lower case: "Code" is the title's.
      ["Codebook Features: Sparse and Discrete Interpretability", false, []],
      // A name of three letters after "Code" that the abstract names is moved over as well.
      ["gpt-oss-120b & gpt-oss-20b Model Card", true, ["Code"]],
    ]);
    expect(result.diagnostics.filter((d) => d.code === "merged-lines").map((d) => [d.line, d.column, d.message])).toEqual([
      [1, 15, 'the header "IMFeb 16, 2012" and the byline after it share a line; read them apart'],
      [1, 15, 'read "Code" glued to "emcee" as the Code badge: the abstract names "emcee"'],
      [3, 15, 'read "Code" glued to "Gemma" as the title\'s start: the abstract names "CodeGemma"'],
      [3, 19, 'the header "LGJun 27, 2024Code" and the byline after it share a line; read them apart'],
      [5, 19, 'the header "LGJun 27, 2024Code" and the byline after it share a line; read them apart'],
      [7, 15, 'the header "LGJun 27, 2024" and the byline after it share a line; read them apart'],
      [9, 15, 'the header "LGJun 27, 2024" and the byline after it share a line; read them apart'],
      [11, 14, 'the header "CLAug 5, 2025" and the byline after it share a line; read them apart'],
      [11, 14, 'read "Code" glued to "gpt" as the Code badge: the abstract names "gpt"'],
    ]);
  });

  it("reads odd copies: a bar for the dot, HTML entities, mojibake, a tab after the code, a wrapped name, a cookie banner", () => {
    const result = parseFixture("odd-copies.txt");
    expect(result.papers.map(withoutSource)).toEqual(expected(0, 14, 1, 21, 35));
    expect(result.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ["decoded-entities", 5],
      ["repaired-encoding", 8],
      ["wrapped-byline", 12],
      ["ignored-text", 14],
    ]);
  });

  it("reads back mojibake of any script, not only of Latin letters: Greek, Chinese, punctuation", () => {
    // UTF-8 bytes read as Windows-1252, as a mail client or an old editor does.
    // (Windows-1252 itself, written out: Node's decoder of that name reads 0x80–0x9F as Latin-1 does.)
    const high = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";
    const cp1252 = (text: string) => Array.from(new TextEncoder().encode(text), (b) => (b >= 0x80 && b < 0xa0 ? high[b - 0x80]! : String.fromCharCode(b))).join("");
    const original = "COMar 3, 2021\nPhysics Beyond ΛCDMAdam G. Riess, 曹原, Jane Doe\nWe test ΛCDM on “中文” data.";
    const damaged = cp1252(original);
    expect(damaged).toContain("Î›CDM");
    const result = parseListing(damaged, options);
    expect(result.papers.map((p) => [p.title, p.authors.map((a) => a.name), p.abstract])).toEqual([["Physics Beyond ΛCDM", ["Adam G. Riess", "曹原", "Jane Doe"], "We test ΛCDM on “中文” data."]]);
    expect(result.diagnostics.filter((d) => d.code === "repaired-encoding").map((d) => d.line)).toEqual([2, 3]);
  });

  it("reads back UTF-8 read as Latin-1 (control characters for 0x80–0x9F) and UTF-8 read wrong twice", () => {
    const utf8 = (text: string) => Array.from(new TextEncoder().encode(text), (b) => String.fromCharCode(b)).join("");
    const original = "CLSep 28, 2022\nImproving alignment of dialogue agentsAmelia Glaese, Nat McAleese, Maja Trębacz et al. · deepmind\nWe present Sparrow — “helpful”.";
    // Latin-1 keeps the byte 0x99 of "ę" (C4 99) as the control character U+0099.
    const latin1 = utf8(original);
    expect(latin1).toContain("Tr\u00c4\u0099bacz");
    // Read wrong twice: the bytes of "Ä" and "™" read as Latin-1 again.
    const twice = utf8(latin1);
    expect(twice).toContain("Tr\u00c3\u0084\u00c2\u0099bacz");
    for (const damaged of [latin1, twice]) {
      const result = parseListing(damaged, options);
      expect(result.papers.map((p) => [p.title, p.authors.map((a) => a.name), p.affiliations, p.abstract])).toEqual([
        ["Improving alignment of dialogue agents", ["Amelia Glaese", "Nat McAleese", "Maja Trębacz"], ["deepmind"], "We present Sparrow — “helpful”."],
      ]);
      expect(result.diagnostics.filter((d) => d.code === "repaired-encoding").map((d) => d.line)).toEqual([2, 3]);
    }
    // A line that is valid Latin-1 text but not UTF-8 read wrong stays as written.
    const kept = parseListing("CLSep 28, 2022\nOn Ã‰ as Latin-1 reads ÉJane Doe, Stéphane Martin\nAbstract.", options);
    expect(kept.papers.map((p) => [p.title, p.authors.map((a) => a.name)])).toEqual([["On Ã‰ as Latin-1 reads É", ["Jane Doe", "Stéphane Martin"]]]);
    expect(kept.diagnostics.map((d) => d.code)).not.toContain("repaired-encoding");
  });

  it("keeps an accent before no-break spaces or a soft hyphen, which read as UTF-8 give a rare ideograph, unless the line holds other mojibake", () => {
    // ("é" and two no-break spaces are the bytes E9 A0 A0, "頠" read as Windows-1252; a page's
    // "&nbsp;&nbsp;" after "Université" gives them too.)
    for (const tail of ["\u00a0\u00a0", "\u00a0\u00ad", "\u00ad\u00ad"]) {
      const kept = parseListing(`CLSep 28, 2022\nA Study of ThingsJane Doe, Jean Dupont\nWe study data of the Université${tail} de Paris.`, options);
      expect(kept.papers[0]!.abstract).toBe("We study data of the Université de Paris.");
      expect(kept.diagnostics.map((d) => d.code)).not.toContain("repaired-encoding");
    }
    // And a multiplication sign before a no-break space, D7 A0, which is "נ" read wrong.
    const times = parseListing("CLSep 28, 2022\nA Study of ThingsJane Doe, Jean Dupont\nThe odds are 2.9 ×\u00a0\n10−3 and 1.2\u00a0×\u00a010−4.", options);
    expect(times.papers[0]!.abstract).toBe("The odds are 2.9 × 10−3 and 1.2 × 10−4.");
    expect(times.diagnostics.map((d) => d.code)).not.toContain("repaired-encoding");
    // A line that is mojibake throughout is read back, such characters and all: "젠" is EC A0 A0.
    const cp1252 = (text: string) => Array.from(new TextEncoder().encode(text), (b) => String.fromCharCode(b)).join("");
    const korean = parseListing(cp1252("CLSep 28, 2022\nA Study of ThingsJane Doe, Jean Dupont\n젠더와 언어를 연구한다."), options);
    expect(korean.papers[0]!.abstract).toBe("젠더와 언어를 연구한다.");
    const hebrew = parseListing(cp1252("CLSep 28, 2022\nA Study of ThingsJane Doe, Jean Dupont\nנלמד שפה."), options);
    expect(hebrew.papers[0]!.abstract).toBe("נלמד שפה.");
  });
});


describe("page text versus prose", () => {
  const entry = (abstract: string[]) => ["CLJul 31, 2024", "A TitleJohn Smith, Jane Doe", ...abstract].join("\n");

  it("drops site chrome wherever it falls", () => {
    const result = parseListing(entry(["We study things and report", "results at https://example.org", "Sort by: Recent"]), options);
    expect(result.papers[0]!.abstract).toBe("We study things and report results at https://example.org");
    expect(result.diagnostics.map((d) => d.code)).toEqual(["wrapped-abstract", "ignored-text"]);
  });

  it("drops a lead-in line ending in a colon under a finished abstract, but not the last line of a wrapped one", () => {
    const abstract = "We introduce Predictive Entropy Search, an acquisition function for Bayesian optimisation that chooses the next evaluation to maximise the expected information about the location of the global maximum. Experiments show clear gains.";
    const lead = parseListing(entry([abstract, "Weather, learning rules and robotics, from Tomasz's list:"]), options);
    expect(lead.papers[0]!.abstract).toBe(abstract);
    expect(lead.diagnostics.map((d) => [d.code, d.line])).toEqual([["ignored-text", 4]]);
    const wrapped = ["We propose a method that works well on many benchmarks.", "Our contributions are threefold:"];
    expect(parseListing(entry(wrapped), options).papers[0]!.abstract).toBe(wrapped.join(" "));
  });

  it("drops a reader's short note under a finished abstract, but not a last sentence or a link", () => {
    const abstract = "We introduce Predictive Entropy Search, an acquisition function for Bayesian optimisation that chooses the next evaluation to maximise the expected information about the location of the global maximum. Experiments show clear gains.";
    for (const note of ["Mara’s pick — the “binaries” one", "(skim only — 100+ pages…)", "see also [[20261118094500]].[^1]", "Mara's pick, e.g. the binaries one", "(skim only, sec.4 and/or appendix)"]) {
      const result = parseListing(entry([abstract, note]), options);
      expect(result.papers[0]!.abstract).toBe(abstract);
      expect(result.diagnostics.map((d) => [d.code, d.line])).toEqual([["ignored-text", 4]]);
    }
    for (const end of ["Code is available.", "Code: https://github.com/example/pes", "(Joint work with the Oxford group.)", "Code is available at github.com/google/gemma", "We prove a regret bound of $\\tilde{O}(\\sqrt{T})$", "We call this effect 'grokking.'"]) {
      expect(parseListing(entry([abstract, end]), options).papers[0]!.abstract).toBe(`${abstract} ${end}`);
    }
  });

  it("reads short lines in a paragraph of their own after a whole abstract as page text, sentences or not", () => {
    // (An abstract is one paragraph: a page's footer copied under the last card is no part of
    // it, "You have reached the end of the list." as much as "Load more".)
    const abstract = "We introduce Predictive Entropy Search, an acquisition function for Bayesian optimisation that chooses the next evaluation to maximise the expected information about the location of the global maximum. Experiments show clear gains.";
    const footer = ["You have reached the end of the list.", "Questions? Ask us anything.", "Made with care in Berlin"];
    const result = parseListing(entry([abstract, "", ...footer]), options);
    expect(result.papers[0]!.abstract).toBe(abstract);
    expect(result.diagnostics.map((d) => [d.code, d.line, d.endLine])).toEqual([["ignored-text", 5, 7]]);
    // A link or a formula there is still the abstract's, and so is a sentence right under it.
    expect(parseListing(entry([abstract, "", "Code: https://github.com/example/pes"]), options).papers[0]!.abstract).toBe(`${abstract} Code: https://github.com/example/pes`);
    expect(parseListing(entry([abstract, "Code is available."]), options).papers[0]!.abstract).toBe(`${abstract} Code is available.`);
    // A button's label with its count under an abstract is page text too.
    expect(parseListing(entry([abstract, "Added to your library", "Discussion (3)"]), options).papers[0]!.abstract).toBe(abstract);
  });

  it("ends the abstract at page text after it: a paragraph after that is page text too", () => {
    const abstract = "We survey the main results of robust optimisation, in which the uncertain parameters are only known to lie in a set.";
    const result = parseListing(entry([abstract, "", "Load more", "", "Best,", "Giulia Ferraro", "Model Validation · Group Risk Management"]), options);
    expect(result.papers[0]!.abstract).toBe(abstract);
    expect(result.diagnostics.map((d) => [d.code, d.line])).toEqual([["ignored-text", 5], ["ignored-text", 7]]);
    // (A long paragraph of sentences after a card's "Show less" is the abstract's second.)
    const second = "Second paragraph of the abstract, long enough to be prose: we evaluate the method on five benchmarks and release the code.";
    expect(parseListing(entry([abstract, "Show less", "", second]), options).papers[0]!.abstract).toBe(`${abstract} ${second}`);
    // (Not after other page text: a newsletter's footer.)
    const footer = "Thanks for reading this week's digest! If you enjoyed it, please forward it to a colleague who might like it, and see you next week.";
    expect(parseListing(entry([abstract, "", "Load more", "", footer]), options).papers[0]!.abstract).toBe(abstract);
  });

  it("drops a card's Read more link, and keeps the arXiv id line after it", () => {
    for (const [more, abstract] of [
      ["Read more", "We study things."],
      ["Read more →", "We study things."],
      ["Show more…", "We study how things of many kinds behave when they are left alone for a long …"],
    ]) {
      const result = parseListing(entry([abstract!, more!, "arXiv:2408.00118"]), options);
      expect(result.papers[0]!.abstract).toBe(abstract);
      expect(result.papers[0]!.arxivId).toBe("2408.00118");
      expect(result.diagnostics.map((d) => [d.code, d.line])).toEqual([["ignored-text", 4]]);
    }
    // Other page text before the id line still makes it a note's own link (Google Keep's "Web Links"),
    // and so does chrome after a blank line ("Back to top").
    expect(parseListing(entry(["We study things.", "", "Web Links", "arXiv:2408.00118"]), options).papers[0]!.arxivId).toBeUndefined();
    expect(parseListing(entry(["We study things.", "", "Back to top", "arXiv:2408.00118"]), options).papers[0]!.arxivId).toBeUndefined();
  });

  it("keeps wrapped lines that only start like chrome", () => {
    const lines = ["We study things,", "showing 3 times faster training", "terms of accuracy improve too."];
    expect(parseListing(entry(lines), options).papers[0]!.abstract).toBe(lines.join(" "));
  });

  it("drops a lone short line after a blank line that follows a finished abstract", () => {
    const result = parseListing(entry(["We study things and report", "what we found.", "", "Sign in to see more papers", "Sign in"]), options);
    expect(result.papers[0]!.abstract).toBe("We study things and report what we found.");
    expect(result.diagnostics.map((d) => [d.code, d.line, d.endLine])).toEqual([
      ["wrapped-abstract", 4, undefined],
      ["ignored-text", 6, 7],
    ]);
  });

  it("joins words broken at their hyphen by a narrow wrap, capitals and digits too, and keeps a hanging hyphen's space", () => {
    const lines = ["We introduce DeepSeek-", "Prover-V2, with Llama-", "3 and GPT2-", "small, 3-", "to 5-fold faster, pre-", "and post-training, left-", "Or right-handed."];
    expect(parseListing(entry(lines), options).papers[0]!.abstract).toBe("We introduce DeepSeek-Prover-V2, with Llama-3 and GPT2-small, 3- to 5-fold faster, pre- and post-training, left- Or right-handed.");
  });

  it("reads name-like words opening an abstract wrapped narrowly as the abstract, after a byline ending in a whole name", () => {
    for (const byline of ["Gemini 2.5 Pro Capable of Winning Gold at IMO 2025Yichen Huang, Lin F. Yang", "Less is More: Recursive Reasoning with Tiny NetworksAlexia Jolicoeur-Martineau"]) {
      const lines = ["The International Mathematical", "Olympiad demands deep insight,", "creativity and rigorous proof."];
      const result = parseListing(["CLJul 31, 2025", byline, ...lines].join("\n"), options);
      expect(result.papers[0]!.abstract).toBe(lines.join(" "));
      expect(codes(result)).toEqual(["wrapped-abstract"]);
    }
  });

  it("reads an abstract wrapped narrowly from its first line on, and a body of buttons as no abstract", () => {
    const lines = ["This paper introduces", "Multi-Agent MDP Homomorphic", "Networks, a class of networks", "that execute in a distributed", "way from local information."];
    expect(parseListing(entry(lines), options).papers[0]!.abstract).toBe(lines.join(" "));
    const buttons = parseListing(entry(["Upvote", "89", "Comments (7)", "Share"]), options);
    expect(buttons.papers[0]!.abstract).toBe("");
    expect(codes(buttons)).toEqual(["missing-abstract", "ignored-text"]);
  });

  it("keeps a card's link labels off a byline with no abstract", () => {
    const result = parseListing(["LGDec 22, 2016", "Steerable CNNsTaco S. Cohen, Max Welling", "PDF · BibTeX"].join("\n"), options);
    expect(result.papers[0]).toMatchObject({ title: "Steerable CNNs", affiliations: [], abstract: "" });
    expect(result.papers[0]!.authors.map((a) => a.name)).toEqual(["Taco S. Cohen", "Max Welling"]);
    expect(codes(result)).toEqual(["missing-abstract", "ignored-text"]);
  });

  it("drops a bar of a card's buttons or links under its abstract", () => {
    const result = parseListing(entry(["We study things and report what we found.", "Upvote 312 · Comments (48) · Share"]), options);
    expect(result.papers[0]!.abstract).toBe("We study things and report what we found.");
    expect(result.diagnostics.map((d) => d.code)).toEqual(["ignored-text"]);
    // A short wrapped line with a dot between longer pieces stays prose.
    const prose = ["We study the map from the space of", "all graphs · the space of all trees and", "its image."];
    expect(parseListing(entry(prose), options).papers[0]!.abstract).toBe(prose.join(" "));
  });

  it("drops a card's buttons copied with it, a count in brackets and all", () => {
    const result = parseListing(entry(["We study things and report what we found.", "", "View PDF", "Comments (4)", "Save", "1.2k"]), options);
    expect(result.papers[0]!.abstract).toBe("We study things and report what we found.");
    expect(result.diagnostics.map((d) => [d.code, d.line, d.endLine])).toEqual([["ignored-text", 5, 8]]);
    // A bracket ending a sentence of the abstract, or a last line citing one, is no button.
    expect(parseListing(entry(["We did it.", "See Table (2)"]), options).papers[0]!.abstract).toBe("We did it. See Table (2)");
    expect(parseListing(entry(["We did it.", "Accepted at ICLR (2024)"]), options).papers[0]!.abstract).toBe("We did it. Accepted at ICLR (2024)");
    expect(parseListing(entry(["We study things", "(see the appendix).", "We report what we found (4)"]), options).papers[0]!.abstract).toBe("We study things (see the appendix). We report what we found (4)");
  });

  it("keeps the short lines of an abstract wrapped narrowly", () => {
    // Each line alone would pass for page text ("Load more"): short, no final stop.
    const lines = ["We construct three dimensional", "Chern-Simons-matter theories with gauge", "groups which have explicit symmetry.", "We introduce Phi-4-Mini and", "Phi-4-Multimodal, compact yet highly", "capable models."];
    const result = parseListing(entry(lines), options);
    expect(result.papers[0]!.abstract).toBe(lines.join(" "));
    expect(result.diagnostics.map((d) => d.code)).toEqual(["wrapped-abstract"]);
  });

  it("still drops short page text that runs into nothing, even before a long line", () => {
    const result = parseListing(entry(["We study things.", "Papers", "Trending", "Load more"]), options);
    expect(result.papers[0]!.abstract).toBe("We study things.");
    // A run of short lines with nothing in it that carries a sentence on is page text even
    // when a long line follows, and so is what comes right after it (as before such runs were read).
    const before = parseListing(entry(["We study things.", "Papers", "Trending", "Sign in to see the papers your colleagues are reading today."]), options);
    expect(before.papers[0]!.abstract).toBe("We study things.");
    expect(before.diagnostics.map((d) => [d.code, d.line, d.endLine])).toEqual([["ignored-text", 4, 6]]);
  });

  it("keeps an abstract wrapped narrowly with no final stop, and page text under it stays page text", () => {
    const byline = "SAM 2: Segment Anything in Images and VideosNikhila Ravi, Valentin Gabeur, Yuan-Ting Hu et al. · meta";
    const lines = ["We present Segment Anything", "Model 2 (SAM 2), a", "foundation model for", "video segmentation…"];
    const open = parseListing(["CVAug 1, 2024", byline, ...lines].join("\n"), options);
    expect(open.papers[0]!.abstract).toBe(lines.join(" "));
    const chrome = parseListing(["CVAug 1, 2024", byline, "We present Segment Anything", "Model 2 (SAM 2), a foundation", "model for video segmentation.", "Trending in Machine Learning", "Load more"].join("\n"), options);
    expect(chrome.papers[0]!.abstract).toBe("We present Segment Anything Model 2 (SAM 2), a foundation model for video segmentation.");
  });

  it("drops an advert under a finished abstract: a short line, then short bare lines that end the entry", () => {
    const result = parseListing(entry(["We study things and report", "what we found.", "Sponsored", "Try PaperPilot Pro free for 30 days"]), options);
    expect(result.papers[0]!.abstract).toBe("We study things and report what we found.");
    expect(result.diagnostics.map((d) => [d.code, d.line, d.endLine])).toEqual([["wrapped-abstract", 4, undefined], ["ignored-text", 5, 6]]);
    // Prose that goes on after it, or ends a sentence, is kept.
    const prose = parseListing(entry(["We study things.", "Results", "We report what we found in all of the runs."]), options);
    expect(prose.papers[0]!.abstract).toBe("We study things. Results We report what we found in all of the runs.");
  });

  it("drops a browser's printed footer under a finished abstract: a link alone on its line, a page count", () => {
    const wrapped = ["We study how things behave when they are left alone for a long time, and report", "what we found."];
    const result = parseListing(entry([...wrapped, "https://paperscope.example.org/newest?fields=stat,econ", "1/5"]), options);
    expect(result.papers[0]!.abstract).toBe(wrapped.join(" "));
    expect(result.diagnostics.map((d) => [d.code, d.line, d.endLine])).toEqual([["wrapped-abstract", 4, undefined], ["ignored-text", 5, 6]]);
    const oneLine = parseListing(entry(["We study things.", "https://paperscope.example.org/newest 2/5"]), options);
    expect(oneLine.papers[0]!.abstract).toBe("We study things.");
    // A link the abstract's sentence leads into stays in it, and so does one alone after a
    // sentence with no page count: a hard-wrapped abstract may end in one.
    const prose = parseListing(entry(["Code and data are released at", "https://github.com/jane/method"]), options);
    expect(prose.papers[0]!.abstract).toBe("Code and data are released at https://github.com/jane/method");
    const bare = parseListing(entry([...wrapped, "https://github.com/jane/method"]), options);
    expect(bare.papers[0]!.abstract).toBe([...wrapped, "https://github.com/jane/method"].join(" "));
  });

  it("reads a header parted from its byline on one line by a dash, a dot, a bar, a colon or a space", () => {
    const byline = "Gemma 2: Improving Open Language Models at a Practical SizeGemma Team, Morgane Riviere, Shreya Pathak";
    for (const [between, hasCode] of [[" – ", false], [" - ", false], [" · ", false], [" | ", false], [": ", false], [" ", false], ["Code – ", true], ["Code | ", true]] as const) {
      const result = parseListing(`CLJul 31, 2024${between}${byline}\nWe introduce Gemma 2.`, options);
      expect(result.papers.map((p) => [p.title, p.authors.length, p.hasCode, p.abstract])).toEqual([["Gemma 2: Improving Open Language Models at a Practical Size", 3, hasCode, "We introduce Gemma 2."]]);
      expect(result.diagnostics[0]).toMatchObject({ code: "merged-lines", message: expect.stringContaining(`"CLJul 31, 2024${hasCode ? "Code" : ""}"`) });
    }
    // "Code" before a space or a colon alone opens the title, as it does glued to the date.
    for (const title of ["Code Llama: Open Foundation Models for Code", "Code: A Benchmark"]) {
      const paper = parseListing(`CLAug 24, 2023${title}Baptiste Rozière, Jonas Gehring, Fabian Gloeckle et al. · meta\nWe release Code Llama.`, options).papers[0]!;
      expect([paper.title, paper.hasCode]).toEqual([title, false]);
    }
    // Prose that opens with a date is none: no code glued to it, or no author list after it.
    for (const line of ["AI Mar 14, 2023 – the day GPT-4 came out, said Jane Doe, John Smith", "CLJul 31, 2024 – a day to remember in Paris, France"]) {
      expect(parseListing(`${line}\nWe introduce Gemma 2.`, options).papers).toEqual([]);
    }
  });

  it("reads a chat export: a message's stamp before a header, and the next message ending the card", () => {
    const chat = [
      "20/11/2026, 17:58 - Ana Souza created group \"Econ reading group\"",
      "21/11/2026, 09:14 - Tomás Ferreira: CLJul 21, 2016",
      "Man is to Computer Programmer as Woman is to Homemaker? Debiasing Word EmbeddingsTolga Bolukbasi, Kai-Wei Chang",
      "Word embeddings reproduce gender stereotypes. <This message was edited>",
      "21/11/2026, 09:15 - Tomás Ferreira: <Media omitted>",
      "21/11/2026, 10:02 - Priya Raman: for the NLP slot",
      "and a second line of the message",
      "[22/11/2026, 08:47:12] Jonas Keller: CLOct 21",
      "NADI 2020: The First Nuanced Arabic Dialect Identification Shared TaskMuhammad Abdul-Mageed, Chiyu Zhang",
      "We describe the first shared task.",
      "11/22/26, 7:10 PM - +44 7700 900123: yes! welcome",
    ].join("\n");
    const result = parseListing(chat, options);
    expect(result.papers.map((p) => [p.title, p.authors.map((a) => a.name), p.abstract])).toEqual([
      ["Man is to Computer Programmer as Woman is to Homemaker? Debiasing Word Embeddings", ["Tolga Bolukbasi", "Kai-Wei Chang"], "Word embeddings reproduce gender stereotypes."],
      ["NADI 2020: The First Nuanced Arabic Dialect Identification Shared Task", ["Muhammad Abdul-Mageed", "Chiyu Zhang"], "We describe the first shared task."],
    ]);
    expect(result.diagnostics.filter((d) => d.code === "ignored-text").map((d) => [d.line, d.column, d.endLine])).toEqual([
      [1, 1, 2],
      [4, 47, 4],
      [5, 1, 8],
      [11, 1, 11],
    ]);
    // A date and time an abstract wraps before is prose, with a colon after it or not.
    for (const lines of [["We ran the study from", "21/11/2026, 09:14 - the start of the trial - to the end."], ["We released the model on", "12/03/2024, 10:30 - Pacific time: the weights went public."], ["The workshop met twice.", "12/03/2024, 10:30 - 11:30 was the first session."]]) {
      expect(parseListing(entry(lines), options).papers[0]!.abstract).toBe(lines.join(" "));
    }
    // iOS marks an attachment's message with a left-to-right mark; an abstract sent as a message of its own keeps its text.
    const ios = parseListing("[21/11/2026, 09:14:00] Ana Souza: CLJul 31, 2024\nGemma 2Gemma Team, Morgane Riviere et al.\nWe introduce Gemma 2.\n\u200e[21/11/2026, 09:15:00] Ana Souza: \u200eimage omitted", options);
    expect(ios.papers[0]!.abstract).toBe("We introduce Gemma 2.");
    const own = parseListing("21/11/2026, 09:14 - Tomás Ferreira: CLJul 31, 2024\nGemma 2Gemma Team, Morgane Riviere et al.\n21/11/2026, 09:14 - Tomás Ferreira: We introduce Gemma 2, a family of lightweight open models built from the same research.", options);
    expect(own.papers[0]!.abstract).toBe("We introduce Gemma 2, a family of lightweight open models built from the same research.");
  });

  it("reads a card a chat export split across messages: the byline opening the next message, someone's message before the abstract", () => {
    const chat = [
      "22/11/2026, 10:04 - Ines Carvalho: NCMay 13",
      "Electronic excited states in deep variational Monte CarloM. T. Entwistle, Z. Schätzle, P. A. Erdman et al.",
      "22/11/2026, 10:07 - Kofi Mensah: wait, are these all from this year?",
      "the dates look odd",
      "22/11/2026, 10:08 - Ines Carvalho: The PauliNet deep quantum Monte Carlo Ansatz is extended from ground states to low-lying electronic excited states.",
      "NCJun 9, 2016",
      "22/11/2026, 10:14 - Ines Carvalho: Modeling the dynamics of human brain activity with recurrent neural networksUmut Güçlü, Marcel A. J. van Gerven · radb",
      "Recurrent neural networks serve as response models.",
    ].join("\n");
    const result = parseListing(chat, options);
    expect(result.papers.map((p) => [p.title, p.authors[0]!.name, p.abstract])).toEqual([
      ["Electronic excited states in deep variational Monte Carlo", "M. T. Entwistle", "The PauliNet deep quantum Monte Carlo Ansatz is extended from ground states to low-lying electronic excited states."],
      ["Modeling the dynamics of human brain activity with recurrent neural networks", "Umut Güçlü", "Recurrent neural networks serve as response models."],
    ]);
    expect(result.diagnostics.filter((d) => d.code === "ignored-text").map((d) => [d.line, d.column])).toEqual([
      [1, 1],
      [3, 1],
      [5, 1],
      [7, 1],
    ]);
    // Two messages of the one who cut in, then the abstract.
    const twice = chat.split("\n");
    twice.splice(4, 0, "22/11/2026, 10:07 - Kofi Mensah: ok never mind");
    expect(parseListing(twice.join("\n"), options).papers[0]!.abstract).toBe("The PauliNet deep quantum Monte Carlo Ansatz is extended from ground states to low-lying electronic excited states.");
    // A card with no abstract, then two others' messages: nothing of them is read as its abstract.
    const none = parseListing(chat.split("\n").slice(0, 4).join("\n") + "\n22/11/2026, 10:09 - Kofi Mensah: I think these are all from this year, the site shows no year for them at all.", options);
    expect(none.papers[0]!.abstract).toBe("");
  });

  it("reads a thread copied out of Mastodon's web page: a post's counts, the next post's name and handle, a thread's counter end the card", () => {
    const thread = [
      "Tove Lindqvist", "@tlindqvist@scholar.social", "1h",
      "CYMay 4",
      "Human-Provenance Verification should be Treated as Labor InfrastructureErin McGurk, David Khachaturov",
      "Verified human presence may command a premium. 7/33",
      "1", "0", "3",
      "Tove Lindqvist", "@tlindqvist@scholar.social", "1h",
      "DLFeb 10Code",
      "AnalyticsGPT: An LLM Workflow for Scientometric Question AnsweringKhang Ly, Georgios Cheirmpos",
      "Questions about the science of science need entity recognition.",
      "8/33", "1", "1", "6",
    ].join("\n");
    const result = parseListing(thread, options);
    expect(result.papers.map((p) => p.abstract)).toEqual(["Verified human presence may command a premium.", "Questions about the science of science need entity recognition."]);
    // (A handle named inside a sentence is prose: no counts came before it.)
    const named = ["We propose the Transformer; code and updates are posted by", "@vaswani@sigmoid.social", "and we welcome all feedback from the community."];
    expect(parseListing(entry(named), options).papers[0]!.abstract).toBe(named.join(" "));
    // (A number alone in an abstract, with no post's head after it, stays prose.)
    expect(parseListing(entry(["We count the cases:", "1", "0", "3", "and find none."]), options).papers[0]!.abstract).toBe("We count the cases: 1 0 3 and find none.");
  });

  it("reads what Teams copies around messages as no part of a card: its screen reader's and a message's state, and a reply under a byline", () => {
    const teams = [
      "DGNov 20, 2012",
      "K-stability and Kähler-Einstein metricsGang Tian · pku, princeton",
      "Fano manifolds that are K-stable are shown to admit Kähler-Einstein metrics.",
      "has context menu",
      "1 Like reaction.",
      "This message has been deleted.",
      "10:18 AM",
      "Are the ones without a year all from this year?",
      "COOct 20, 2009",
      "A new proof of the density Hales-Jewett theoremD. H. J. Polymath",
      "has context menu",
      "10:22 AM",
      "Looks like the last paper in that one got cut off",
      "has context menu",
      "Hanna Lindqvist",
      "10:25 AM",
      "Edited",
      "The density Hales-Jewett theorem of Furstenberg and Katznelson receives a combinatorial proof that avoids ergodic theory.",
    ].join("\n");
    const result = parseListing(teams, options);
    expect(result.papers.map((p) => p.abstract)).toEqual([
      "Fano manifolds that are K-stable are shown to admit Kähler-Einstein metrics.",
      "The density Hales-Jewett theorem of Furstenberg and Katznelson receives a combinatorial proof that avoids ergodic theory.",
    ]);
    expect(result.diagnostics.filter((d) => d.code === "ignored-text").map((d) => [d.line, d.endLine])).toEqual([[4, 8], [11, 17]]);
    // (After a chat's line under the byline, the abstract is the first line with no chat's line
    // after it, however short, wrapped or ending: a review's cases.)
    for (const under of ["has context menu", "10:25 AM"]) {
      const short = parseListing(["COOct 20, 2009", "A new proof of the density Hales-Jewett theoremD. H. J. Polymath · polymath", under, "We prove the theorem for k=3."].join("\n"), options);
      expect(short.papers[0]!.abstract).toBe("We prove the theorem for k=3.");
      const wrapped = parseListing(["COOct 20, 2009", "A new proof of the density Hales-Jewett theoremD. H. J. Polymath · polymath", under, "We prove the density Hales-Jewett theorem", "for k=3, with code at https://github.com/x/y", "arXiv:0910.3926"].join("\n"), options);
      expect([wrapped.papers[0]!.abstract, wrapped.papers[0]!.arxivId]).toEqual(["We prove the density Hales-Jewett theorem for k=3, with code at https://github.com/x/y", "0910.3926"]);
    }
    // (A long sentence under them is the abstract, though the chat's lines follow it, as after every
    // message; a third review's case.)
    const sentence = "The density Hales-Jewett theorem of Furstenberg and Katznelson receives a combinatorial proof that avoids ergodic theory.";
    const message = parseListing(["COOct 20, 2009", "A new proof of the density Hales-Jewett theoremD. H. J. Polymath · polymath", "has context menu", "Hanna Lindqvist", "10:25 AM", sentence, "has context menu", "10:26 AM", "thanks!"].join("\n"), options);
    expect(message.papers[0]!.abstract).toBe(sentence);
    // (A card whose abstract opens with a time is read whole: only a time alone on its line is a chat's.)
    expect(parseListing(entry(["10:22 AM is when the first shock arrives, and we model the rest of the day."]), options).papers[0]!.abstract).toBe("10:22 AM is when the first shock arrives, and we model the rest of the day.");
  });

  it("reads a link's preview under a post, the site's domain above the card's own title, as no part of the abstract", () => {
    const thread = [
      "GNMar 18, 2024",
      "Scenarios for the Transition to AGIAnton Korinek, Donghyun Suh · virginia",
      "A growth model shows how output and wages evolve as automation advances.",
      "https://arxiv.org/abs/2403.12107",
      "12/33",
      "arxiv.org",
      "Scenarios for the Transition to AGI",
      "1", "1", "4",
      "Tove Lindqvist", "@tlindqvist@scholar.social", "1h",
      "hist-phDec 20, 2011",
      "The Fine-Tuning of the Universe for Intelligent LifeLuke A. Barnes · sydney",
      "The review surveys how changes in the constants of nature would make life impossible.",
      "arxiv.org",
      "The Fine-Tuning of the Universe for Intelligent…",
    ].join("\n");
    const result = parseListing(thread, options);
    expect(result.papers.map((p) => [p.abstract, p.arxivId])).toEqual([
      ["A growth model shows how output and wages evolve as automation advances.", "2403.12107"],
      ["The review surveys how changes in the constants of nature would make life impossible.", undefined],
    ]);
    expect(result.diagnostics.filter((d) => d.code === "ignored-text").map((d) => [d.line, d.endLine])).toEqual([[5, 13], [17, 18]]);
    // (A thread's counter after the abstract's last sentence, above a preview, is the post's.)
    const glued = parseListing(["GNMar 18, 2024", "Scenarios for the Transition to AGIAnton Korinek, Donghyun Suh · virginia", "A growth model shows how wages evolve. 12/33", "arxiv.org", "Scenarios for the Transition to AGI"].join("\n"), options);
    expect(glued.papers[0]!.abstract).toBe("A growth model shows how wages evolve.");
    // (A domain in an abstract, above a line that is not the card's title, stays prose.)
    expect(parseListing(entry(["We release the data at", "example.org", "and the code on request."]), options).papers[0]!.abstract).toBe("We release the data at example.org and the code on request.");
  });

  it("reads messages copied out of Slack: reactions, the next message's head, a thread's replies and an edit mark end the card", () => {
    const slack = [
      "Priya Raghunathan",
      "  10:41 AM",
      "morning all, here's the page",
      "10:41",
      "CLJul 21, 2016",
      "Man is to Computer Programmer as Woman is to Homemaker? Debiasing Word EmbeddingsTolga Bolukbasi, Kai-Wei Chang",
      "Word embeddings reproduce gender stereotypes. (edited) ",
      ":eyes:",
      "2",
      "",
      "",
      "Tomás Ferreira",
      "  10:44 AM",
      "ooh this one is good, can we put it on Friday's list?",
      "",
      "",
      "2 replies",
      "Last reply 3 hours agoView thread",
      "",
      "",
      "Priya Raghunathan",
      "  10:45 AM",
      "CLOct 21",
      "NADI 2020: The First Nuanced Arabic Dialect Identification Shared TaskMuhammad Abdul-Mageed, Chiyu Zhang",
      "We describe the first shared task.",
      "Wen Li",
      ":palm_tree:  10:49 AM",
      "thanks!",
    ].join("\n");
    const result = parseListing(slack, options);
    expect(result.papers.map((p) => [p.title, p.authors.map((a) => a.name), p.abstract])).toEqual([
      ["Man is to Computer Programmer as Woman is to Homemaker? Debiasing Word Embeddings", ["Tolga Bolukbasi", "Kai-Wei Chang"], "Word embeddings reproduce gender stereotypes."],
      ["NADI 2020: The First Nuanced Arabic Dialect Identification Shared Task", ["Muhammad Abdul-Mageed", "Chiyu Zhang"], "We describe the first shared task."],
    ]);
    expect(result.diagnostics.filter((d) => d.code === "ignored-text").map((d) => [d.line, d.column, d.endLine])).toEqual([
      [1, 1, 4],
      [7, 47, 7],
      [8, 1, 9],
      [12, 1, 14],
      [17, 1, 18],
      [21, 1, 22],
      [26, 1, 28],
    ]);
    // A name or a time of prose is no message's head: only a name above a time alone, after a sentence.
    for (const lines of [["We thank Tomás Ferreira", "for the data."], ["The shuttle left at", "10:44 AM and came back."], ["We study delays.", "Tomás Ferreira", "and others ran the trial at 10:44 AM."]]) {
      expect(parseListing(entry(lines), options).papers[0]!.abstract).toBe(lines.join(" "));
    }
  });

  it("reads messages copied out of Discord: a reply's preview, a message in lower case after a head or the time beside it end the card", () => {
    const discord = [
      "Mehmet Yıldız — Yesterday at 9:15 PM",
      "opticsOct 7, 2016",
      "Light fields in complex media: Mesoscopic scattering meets wave controlStefan Rotter, Sylvain Gigan",
      "The review covers light propagation through scattering media.",
      "[9:17 PM]",
      "It connects mesoscopic physics with recent experiments.",
      "@Mehmet Yıldız",
      "📚 Reading list for the Thursday club: the whole Latest page",
      "Lucía Fernández — Yesterday at 9:27 PM",
      "thanks!! could we start with the Connes letter? 🙏",
      "Mehmet Yıldız — Today at 8:47 AM",
      "nucl-thFeb 12, 2004",
      "The shell model as a unified view of nuclear structureE. Caurier, G. Martínez-Pinedo",
      "The review presents the interacting shell model.",
      "[8:53 AM]",
      "that's all 40 🎉 see you at 4",
      "PRNov 29, 2016",
      "Discontinuity of the phase transition for the planar random-cluster and Potts models with $q>4$Hugo Duminil-Copin, Maxime Gagnebin",
      "The phase transition is shown to be discontinuous.",
      "Lucía Fernández — Today at 9:01 AM",
      "sure, it's the 4th card",
    ].join("\n");
    const result = parseListing(discord, options);
    expect(result.papers.map((p) => p.abstract)).toEqual([
      "The review covers light propagation through scattering media. It connects mesoscopic physics with recent experiments.",
      "The review presents the interacting shell model.",
      "The phase transition is shown to be discontinuous.",
    ]);
    expect(result.diagnostics.filter((d) => d.code === "ignored-text").map((d) => [d.line, d.endLine])).toEqual([
      [1, 1],
      [5, 5],
      [7, 10],
      [9, 9],
      [11, 11],
      [15, 16],
      [20, 20],
      [21, 21],
    ]);
    // (A message split inside a sentence, or one opening with a capital after the abstract's last
    // sentence, goes on with the abstract: a listing pasted in several messages is split anywhere.)
    expect(parseListing(entry(["The review covers light propagation through", "Lucía Fernández — Today at 9:01 AM", "scattering media."]), options).papers[0]!.abstract).toBe("The review covers light propagation through scattering media.");
    // (Nor one whose first word is no plain lower-case word, as sentences open: t-SNE, word2vec, iPhone.)
    for (const opening of ["t-SNE is better at this.", "word2vec embeddings of the points are then compared.", "iPhone users saw it first."]) {
      for (const between of ["Mehmet Yıldız — Yesterday at 9:15 PM", "[9:15 PM]"]) {
        expect(parseListing(entry(["We draw a three-dimensional map.", between, opening]), options).papers[0]!.abstract).toBe(`We draw a three-dimensional map. ${opening}`);
      }
    }
    // (A display name with an emoji heads a message too, and a reply may open with a hyphenated word.)
    const emoji = ["We draw a three-dimensional map.", "@Mehmet Yıldız", "📚 Reading list for the Thursday club", "Lucía 🌻 — Yesterday at 9:27 PM", "follow-up: could we start with the Connes letter?"];
    expect(parseListing(entry(emoji), options).papers[0]!.abstract).toBe("We draw a three-dimensional map.");
    // (Nor does a line of prose with a dash, a date and a time, nor a hyphenated word after one letter.)
    for (const lines of [
      ["We present the results of the workshop held at the", "Simons Institute (room 116) — 11/26/2026 3:00 PM", "where the final results were announced."],
      ["We present the results of the shared task.", "NeurIPS 2026 oral — 12/03/2026 4:00 PM", "and discuss the remaining open problems in detail."],
    ]) {
      expect(parseListing(entry(lines), options).papers[0]!.abstract).toBe(lines.join(" "));
    }
    expect(parseListing(entry(["We study clustering at scale.", "lena_h — 11/26/2026 6:41 PM", "k-means remains a strong baseline, as we show."]), options).papers[0]!.abstract).toBe("We study clustering at scale. k-means remains a strong baseline, as we show.");
    // (A sender named alone is a reply's preview only above its quote and the reply's head.)
    expect(parseListing(entry(["We thank our colleagues.", "@Mehmet Yıldız", "We go on with the study."]), options).papers[0]!.abstract).toBe("We thank our colleagues. @Mehmet Yıldız We go on with the study.");
  });

  it("reads a score glued before a card's header, as the site's author pages show one, as no text of the card", () => {
    const { papers, diagnostics } = parseListing(["64.2CYJun 3", "Prioritization of Risks from Artificial IntelligenceAlexander K. Saeri, Jess Graham", "We survey experts.", "7.4IRMar 27, 2025Code", "Large language models for research evaluationMengjia Wu, Yi Zhang", "We compare."].join("\n"), options);
    expect(papers.map((p) => [p.category.code, p.published, p.hasCode, p.title, p.abstract])).toEqual([
      ["CY", "2026-06-03", false, "Prioritization of Risks from Artificial Intelligence", "We survey experts."],
      ["IR", "2025-03-27", true, "Large language models for research evaluation", "We compare."],
    ]);
    expect(diagnostics.filter((d) => d.code !== "year-inferred").map((d) => [d.severity, d.message, d.line])).toEqual([
      ["info", 'ignored the score "64.2" before the header', 1],
      ["info", 'ignored the score "7.4" before the header', 4],
    ]);
    // A number ending prose before a glued header is still prose the header was glued to.
    expect(parseListing("The result was 64.2CYJun 3\nA TitleJane Doe\nWe study.", options).diagnostics.map((d) => d.code)).toContain("merged-lines");
  });

  it("reads a card whose title, authors and abstract are paragraphs of their own", () => {
    // As some text renderings of the site's pages and Markdown converters set a card's blocks apart.
    const cards = [
      ["CLFeb 11, 2023", "Is ChatGPT better than Human Annotators? Potential and Limitations of ChatGPT in Explaining Implicit Hate Speech", "Fan Huang, Haewoon Kwak, Jisun An", "Recent studies have alarmed that many online hate speeches are implicit."],
      ["OCJun 1", "Koopman operator learning for predictive control via Khatri-Rao kernel regression", "Mircea Lazar", "We learn Koopman operators."],
      ["CVJul 30, 2024", "Imagen 3", "Imagen-Team-Google, Jason Baldridge, Jakob Bauer et al.", "We introduce Imagen 3."],
      ["AIJun 15, 2020", "Fault-tolerant quantum computation by anyons", "A. Yu. Kitaev", "A two-dimensional quantum system with anyonic excitations can be a quantum computer."],
      ["LGMay 1, 2021", "CAGI, the Critical Assessment of Genome Interpretation, establishes progress", "The Critical Assessment of Genome Interpretation Consortium", "CAGI aims to assess methods."],
    ];
    const { papers } = parseListing(cards.map((card) => card.join("\n\n")).join("\n\n"), options);
    expect(papers.map((p) => [p.title, p.authors.map((a) => a.name).join(", ") + (p.authorsTruncated ? " et al." : ""), p.abstract])).toEqual(cards.map((card) => card.slice(1)));
    // A whole byline is left as it is, whatever paragraph follows it.
    const whole = parseListing(entry(["", "Jane Roe, Ann Lee", "", "We study things."]), options).papers[0]!;
    expect([whole.title, whole.authors.map((a) => a.name)]).toEqual(["A Title", ["John Smith", "Jane Doe"]]);
  });

  it("keeps a hyphen hanging before and or or, and joins a word broken at its hyphen", () => {
    const result = parseListing(entry(["We compare left-", "and right-moving modes, and pre-", "or post-training, by trial-", "and-error, end-", "to-end."]), options);
    expect(result.papers[0]!.abstract).toBe("We compare left- and right-moving modes, and pre- or post-training, by trial-and-error, end-to-end.");
    const byline = parseListing(["CLJul 31, 2024", "Pre-", "and Post-Training of Large ModelsJohn Smith, Jane Doe", "We study things."].join("\n"), options);
    expect(byline.papers[0]).toMatchObject({ title: "Pre- and Post-Training of Large Models", authors: [{ name: "John Smith" }, { name: "Jane Doe" }] });
  });

  it("keeps a line after a blank line when the abstract had not ended, or when it ends a sentence", () => {
    const unfinished = parseListing(entry(["We study things and report", "", "what we found in all of the runs"]), options);
    expect(unfinished.papers[0]!.abstract).toBe("We study things and report what we found in all of the runs");
    const sentence = parseListing(entry(["We study things.", "", "Code and data are released."]), options);
    expect(sentence.papers[0]!.abstract).toBe("We study things. Code and data are released.");
    const link = parseListing(entry(["We study things.", "", "Code is available at github.com/jane/method"]), options);
    expect(link.papers[0]!.abstract).toBe("We study things. Code is available at github.com/jane/method");
  });
});
