import { parse } from "@retorquere/bibtex-parser";
import { describe, expect, it } from "vitest";
import {
  assignCitationKeys, citationKey, escapeLatex, formatBibtexName, protectTitle, toBibtex, toBibtexEntry,
} from "../../src/cite/index.js";
import { gemma2, paper } from "./support.js";
import { checkKeyStyle } from "../../src/cite/citation-key.js";

const kaplan = (title: string, published: string) =>
  paper({ title, published, authors: [{ name: "Jared Kaplan", given: "Jared", family: "Kaplan" }, { name: "Sam McCandlish", given: "Sam", family: "McCandlish" }] });

describe("beating the known failings of citation-js", () => {
  it("writes a preprint as @misc with its arXiv eprint, not as an @article with no journal", () => {
    const { text } = toBibtexEntry(gemma2());
    expect(text).toMatch(/^@misc\{/u);
    expect(text).toContain("  eprint = {2408.00118},\n  archivePrefix = {arXiv},\n  primaryClass = {cs.CL},");
    expect(text).toContain("doi = {10.48550/arXiv.2408.00118}");
    expect(text).toContain("url = {https://arxiv.org/abs/2408.00118}");
  });

  it("gives an @article a journal when asked for one", () => {
    expect(toBibtexEntry(gemma2(), { entryType: "article" }).text).toContain("journal = {arXiv preprint arXiv:2408.00118}");
  });

  it("writes the month as a BibTeX macro, never as {sep 12}", () => {
    const { text } = toBibtexEntry(paper({ published: "2016-09-12" }));
    expect(text).toContain("  year = {2016},\n  month = sep");
    expect(parse(text).entries[0]?.fields.month).toBe("9");
  });

  it("ends a truncated list in a bare `and others`, which means et al.", () => {
    const { text } = toBibtexEntry(gemma2());
    expect(text).toContain("Pathak, Shreya and others}");
    expect(text).not.toContain("{others}");
  });

  it("braces a person literally named others, so that it does not mean et al.", () => {
    expect(formatBibtexName({ name: "others", family: "others" }).text).toBe("{others}");
  });

  it("brace-protects only what must keep its capitals, not every capitalised word", () => {
    const title = "IMPALA: Scalable Distributed Deep-RL with Importance Weighted Actor-Learner Architectures";
    expect(protectTitle(title).text).toBe("{IMPALA}: Scalable Distributed Deep-{RL} with Importance Weighted Actor-Learner Architectures");
    expect(protectTitle("Competition-Level Code Generation with AlphaCode").text).toBe("Competition-Level Code Generation with {AlphaCode}");
    expect(protectTitle("Combining policy gradient and Q-learning").text).toBe("Combining policy gradient and {Q}-learning");
  });

  it("protects the capital of a sentence opening after ?, ! or a full stop, which BibTeX styles would lower", () => {
    expect(protectTitle("Planck 2018 results. VI. Cosmological parameters").text).toBe("Planck 2018 results. {VI}. {C}osmological parameters");
    expect(protectTitle("Is Attention All You Need? A Study").text).toBe("Is Attention All You Need? {A} Study");
    expect(protectTitle("Gemma 2: Improving Open Language Models").text).toBe("Gemma 2: Improving Open Language Models");
    expect(protectTitle("Élan. Élégance", { ascii: true }).text).toBe("{\\'E}lan. {{\\'E}l{\\'e}gance}");
  });

  it("protects proper nouns the abstract or the caller names", () => {
    expect(protectTitle("Capabilities of Gemini Models in Medicine", { abstract: "we evaluate Gemini on medicine" }).text)
      .toBe("Capabilities of {Gemini} Models in Medicine");
    expect(protectTitle("Playing Atari with Deep RL", { properNouns: ["Atari"] }).text).toBe("Playing {Atari} with Deep {RL}");
  });

  it("never repeats a key: two Kaplan 2020 Scaling papers get a and b", () => {
    const result = toBibtex([kaplan("Scaling Laws for Neural Language Models", "2020-01-23"), kaplan("Scaling Laws for Autoregressive Generative Modeling", "2020-10-28")]);
    expect(result.entries.map((e) => e.key)).toEqual(["kaplan2020scalinga", "kaplan2020scalingb"]);
    expect(result.diagnostics.filter((d) => d.code === "key-deduplicated")).toHaveLength(2);
  });

  it("keeps the letters with the same papers whatever the input order", () => {
    const a = kaplan("Scaling Laws for Neural Language Models", "2020-01-23");
    const b = kaplan("Scaling Laws for Autoregressive Generative Modeling", "2020-10-28");
    expect(assignCitationKeys([b, a]).keys).toEqual(["kaplan2020scalingb", "kaplan2020scalinga"]);
  });

  it("keeps Cyrillic names in ASCII mode as UTF-8, with a diagnostic, instead of losing them", () => {
    const p = paper({ authors: [{ name: "Иван Иванов", given: "Иван", family: "Иванов" }] });
    const { text, diagnostics } = toBibtexEntry(p, { ascii: true });
    expect(text).toContain("author = {Иванов, Иван}");
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: "non-ascii-kept", severity: "warning" }));
  });
});

describe("beating the known failings of bibtex-tidy", () => {
  it("keeps a corporate author whole in the key: gemmateam2024gemma, not team2024gemma", () => {
    expect(citationKey(gemma2())).toBe("gemmateam2024gemma");
  });

  it("builds keys from the data, not from escaped LaTeX: muller2021q, not m_uller2021q", () => {
    const p = paper({ title: "Q-Learning in Müller's World", published: "2021-05-01", authors: [{ name: "Thomas Müller", given: "Thomas", family: "Müller" }] });
    expect(citationKey(p)).toBe("muller2021q");
  });
});

describe("citation keys", () => {
  it("follows Google Scholar by default: family name without particles' spaces or accents, year, first significant word", () => {
    expect(citationKey(paper())).toBe("vandenoord2017neural");
    expect(citationKey(paper({ title: "On the Dangers of Stochastic Parrots" }))).toBe("vandenoord2017dangers");
    expect(citationKey(paper({ authors: [{ name: "Grzegorz Świrszcz", given: "Grzegorz", family: "Świrszcz" }] }))).toBe("swirszcz2017neural");
  });

  it("takes presets, templates and functions", () => {
    expect(citationKey(paper(), { keyStyle: "camel" })).toBe("VanDenOord2017Neural");
    expect(citationKey(paper(), { keyStyle: "author-year" })).toBe("vandenoord2017");
    expect(citationKey(paper(), { keyStyle: "{auth}{yy}{words}" })).toBe("vandenoord17neuraldiscreterepresentation");
    expect(citationKey(gemma2(), { keyStyle: "arxiv:{arxiv}" })).toBe("arxiv:2408.00118");
    expect(citationKey(paper(), { keyStyle: (p) => `my key, ${p.published}` })).toBe("mykey2017-11-02");
  });

  it("throws a RangeError for a template field that does not exist", () => {
    expect(() => citationKey(paper(), { keyStyle: "{month}" })).toThrow(RangeError);
    // Names every object inherits are neither fields nor presets.
    expect(() => citationKey(paper(), { keyStyle: "{constructor}" })).toThrow(RangeError);
    expect(() => citationKey(paper(), { keyStyle: "constructor" })).toThrow(RangeError);
  });

  it("throws a RangeError for a style that is no preset and names no field, rather than give every paper one key", () => {
    expect(() => citationKey(paper(), { keyStyle: "scholarr" })).toThrow(/no preset \(scholar, camel, author-year\)/);
    expect(() => citationKey(paper(), { keyStyle: "" })).toThrow(RangeError);
    expect(() => checkKeyStyle("{family}{year}")).toThrow(/unknown citation key field \{family\}.*\{auth\}/);
    expect(() => checkKeyStyle("{auth}{year}")).not.toThrow();
    expect(() => checkKeyStyle("camel")).not.toThrow();
    expect(() => checkKeyStyle((p) => p.title)).not.toThrow();
  });

  it("gives anon for a key whose fields are all empty", () => {
    expect(citationKey(paper(), { keyStyle: "{arxiv}" })).toBe("anon");
    expect(citationKey(paper({ title: "On the Of" }), { keyStyle: "{word}" })).toBe("anon");
    expect(citationKey(paper(), { keyStyle: () => "" })).toBe("anon");
  });

  it("falls back to anon when there is no author", () => {
    expect(citationKey(paper({ authors: [] }))).toBe("anon2017neural");
  });
});

describe("names", () => {
  it("writes family, given with particles in the family name", () => {
    expect(formatBibtexName({ name: "Aaron van den Oord", given: "Aaron", family: "van den Oord" }).text).toBe("van den Oord, Aaron");
    expect(formatBibtexName({ name: "Jeffrey De Fauw", given: "Jeffrey", family: "De Fauw" }).text).toBe("De Fauw, Jeffrey");
  });

  it("braces a name part holding '=', which biber would read as biblatex's extended name format (fast-check seed 73)", () => {
    expect(formatBibtexName({ name: "A= A=", given: "A=", family: "A=" }).text).toBe("{A=}, {A=}");
    const read = parse("@misc{k, author = {" + formatBibtexName({ name: "A= A=", given: "A=", family: "A=" }).text + " and {!}}}").entries[0]!.fields.author as unknown as { lastName?: string; firstName?: string; name?: string }[];
    expect(read.map((a) => a.name ?? `${a.lastName}|${a.firstName}`)).toEqual(["A=|A=", "!"]);
  });

  it("braces groups as a unit", () => {
    expect(formatBibtexName({ name: "Gemma Team", literal: true }).text).toBe("{Gemma Team}");
    expect(formatBibtexName({ name: "Imagen-Team-Google", literal: true }).text).toBe("{Imagen-Team-Google}");
  });

  it("writes accents as LaTeX in ASCII mode", () => {
    expect(formatBibtexName({ name: "Maja Trębacz", given: "Maja", family: "Trębacz" }, { ascii: true }).text).toBe("Tr{\\k{e}}bacz, Maja");
    expect(formatBibtexName({ name: "Grzegorz Świrszcz", given: "Grzegorz", family: "Świrszcz" }, { ascii: true }).text).toBe("{\\'S}wirszcz, Grzegorz");
  });

  it("braces a part holding a comma or the word and", () => {
    expect(formatBibtexName({ name: "R&D Team, Inc.", literal: true }).text).toBe("{R\\&D Team, Inc.}");
    expect(formatBibtexName({ name: "Jane and John", given: "Jane", family: "and John" }).text).toBe("{and John}, Jane");
  });
});

describe("escaping", () => {
  it("escapes every special character", () => {
    expect(escapeLatex("& % $ # _ { } ~ ^ \\").text).toBe(
      "\\& \\% \\$ \\# \\_ \\textbraceleft{} \\textbraceright{} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}",
    );
  });

  it("leaves \\input inert", () => {
    expect(escapeLatex("\\input{/etc/passwd}").text).toBe("\\textbackslash{}input\\textbraceleft{}/etc/passwd\\textbraceright{}");
  });

  it("keeps ligature pairs apart so they read back as typed", () => {
    expect(escapeLatex("a--b ``c'' ?`").text).toBe("a-{}-b `{}`c'{}' ?{}`");
  });

  it("reports what it cannot write in ASCII and what it removes", () => {
    expect(escapeLatex("王\u0007x", { ascii: true })).toEqual({ text: "王x", kept: ["王"], removed: ["\u0007"] });
  });

  it("writes signs as their text commands in ASCII, which a BibTeX reader reads back as the signs", () => {
    const signs = "50°C, 3×3, x¹ y² z³, ±1 µm, ½ and ¼, §2, © ® € £ ÷ ¬";
    const { text, kept } = escapeLatex(signs, { ascii: true });
    expect(text).toBe("50\\textdegree{}C, 3\\texttimes{}3, x\\textonesuperior{} y\\texttwosuperior{} z\\textthreesuperior{}, \\textpm{}1 \\textmu{}m, \\textonehalf{} and \\textonequarter{}, \\S{}2, \\textcopyright{} \\textregistered{} \\texteuro{} \\pounds{} \\textdiv{} \\textlnot{}");
    expect(kept).toEqual([]);
    expect(parse(`@misc{k, title = {${text}}}`).entries[0]!.fields.title).toBe(signs);
    // The middle dot has no command that reads back as itself: kept, and reported.
    expect(escapeLatex("a · b", { ascii: true })).toMatchObject({ text: "a · b", kept: ["·"] });
  });
});

describe("entries", () => {
  it("adds the abstract and affiliations only when asked", () => {
    expect(toBibtexEntry(gemma2()).text).not.toMatch(/abstract|affiliation/u);
    const { text } = toBibtexEntry(gemma2(), { abstract: true, affiliations: true });
    expect(text).toContain("abstract = {In this work");
    expect(text).toContain("affiliation = {deepmind}");
  });

  it("points diagnostics at the paper's header line, or at 0:0 without a source", () => {
    const withSource = toBibtexEntry({ ...gemma2(), source: { startLine: 4, endLine: 6 } }, { index: 1 }).diagnostics[0];
    expect(withSource).toMatchObject({ line: 4, column: 1, entry: { index: 1, startLine: 4, endLine: 6 }, code: "authors-truncated" });
    expect(toBibtexEntry(gemma2()).diagnostics[0]).toMatchObject({ line: 0, column: 0 });
  });

  it("gives an empty file for no papers", () => {
    expect(toBibtex([])).toEqual({ text: "", entries: [], diagnostics: [] });
  });
});
