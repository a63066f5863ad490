import { describe, expect, it } from "vitest";
import {
  abstract, affiliation, and, author, category, hasCode, not, or, text, title, where,
} from "../../src/query/index.js";
import { AUTHORS, cat, makePaper, person } from "./support.js";

const jaderberg = makePaper({ title: "Population Based Training of Neural Networks", authors: [person("Max", "Jaderberg"), person("Valentin", "Dalibard")] });
const trebacz = makePaper({ authors: [person("Amelia", "Glaese"), person("Maja", "Trębacz")] });
const oord = makePaper({ title: "WaveNet: A Generative Model for Raw Audio", authors: [person("Aaron", "van den Oord"), person("Sander", "Dieleman")] });
const nobody = makePaper({ authors: [] });

describe("and / or / not", () => {
  const yes = () => true;
  const no = () => false;
  it("and needs every predicate, and of nothing matches every paper", () => {
    expect(and(yes, yes, yes)(nobody)).toBe(true);
    expect(and(yes, no)(nobody)).toBe(false);
    expect(and()(nobody)).toBe(true);
    expect(and(yes, yes, yes, yes, yes, no)(nobody)).toBe(false);
    expect(and(yes, yes, yes, yes, yes, yes)(nobody)).toBe(true);
  });

  it("or needs one predicate, and or of nothing matches no paper", () => {
    expect(or(no, no, yes)(nobody)).toBe(true);
    expect(or(no, no)(nobody)).toBe(false);
    expect(or()(nobody)).toBe(false);
    expect(or(no, no, no, no, no, yes)(nobody)).toBe(true);
    expect(or(no, no, no, no, no, no)(nobody)).toBe(false);
  });

  it("stops at the first predicate that decides", () => {
    const seen: string[] = [];
    const spy = (name: string, result: boolean) => () => (seen.push(name), result);
    and(spy("a", false), spy("b", true))(nobody);
    or(spy("c", true), spy("d", true))(nobody);
    expect(seen).toEqual(["a", "c"]);
  });

  it("not negates", () => {
    expect(not(() => true)(nobody)).toBe(false);
    expect(not(() => false)(nobody)).toBe(true);
  });
});

describe("author", () => {
  it("ignores diacritics: trebacz finds Trębacz", () => {
    expect(author("trebacz")(trebacz)).toBe(true);
    expect(author("TRĘBACZ")(trebacz)).toBe(true);
  });

  it("finds a particle surname by its last word or in full: oord finds van den Oord", () => {
    expect(author("oord")(oord)).toBe(true);
    expect(author("van den oord")(oord)).toBe(true);
    expect(author("Aaron van den Oord")(oord)).toBe(true);
  });

  it("matches whole words unless the needle ends in a star", () => {
    expect(author("jader")(jaderberg)).toBe(false);
    expect(author("jader*")(jaderberg)).toBe(true);
    expect(author("berg")(jaderberg)).toBe(false);
  });

  it("keeps a phrase inside one author's name", () => {
    expect(author("jaderberg valentin")(jaderberg)).toBe(false);
    expect(author("max jaderberg")(jaderberg)).toBe(true);
  });

  it("reads apostrophes and hyphens as word breaks on both sides", () => {
    const paper = makePaper({ authors: [person("Brendan", "O'Donoghue"), person("Wei-Hung", "Weng")] });
    expect(author("o'donoghue")(paper)).toBe(true);
    expect(author("donoghue")(paper)).toBe(true);
    expect(author("wei-hung")(paper)).toBe(true);
    expect(author("Wei Hung Weng")(paper)).toBe(true);
  });

  it("folds letters that have no combining mark (Ł, ø, ß)", () => {
    const paper = makePaper({ authors: [person("Łukasz", "Kaiser"), person("Hans", "Ørsted"), person("Anna", "Straße")] });
    expect(author("lukasz")(paper)).toBe(true);
    expect(author("orsted")(paper)).toBe(true);
    expect(author("strasse")(paper)).toBe(true);
  });

  it("looks only at the first author with position: first", () => {
    expect(author("dalibard", { position: "first" })(jaderberg)).toBe(false);
    expect(author("jaderberg", { position: "first" })(jaderberg)).toBe(true);
    expect(author("x", { position: "first" })(nobody)).toBe(false);
    expect(author(/Dalibard/, { position: "first" })(jaderberg)).toBe(false);
    expect(author(/Jaderberg/, { position: "first" })(jaderberg)).toBe(true);
  });

  it("finds group authors by their name", () => {
    const gemma = makePaper({ authors: [AUTHORS.find((a) => a.literal)!] });
    expect(author("gemma team")(gemma)).toBe(true);
  });

  it("tests a RegExp as given against each name, even a global one twice in a row", () => {
    const re = /Tr\u0119bacz$/g;
    expect(author(re)(trebacz)).toBe(true);
    expect(author(re)(trebacz)).toBe(true);
    expect(author(/trebacz/)(trebacz)).toBe(false);
    expect(author(/trębacz/i)(trebacz)).toBe(true);
  });

  it("does not match a paper without authors", () => {
    expect(author("jaderberg")(nobody)).toBe(false);
    expect(author(/./)(nobody)).toBe(false);
  });

  it("refuses a needle without letters, which would match everyone", () => {
    expect(() => author("")).toThrow(RangeError);
    expect(() => author(" . ")).toThrow(/no letters or digits/);
  });

  it("refuses a star that ends no word, and a needle longer than is searched for", () => {
    expect(() => author("*oord")).toThrow('author: "*oord" has a "*" that does not end a word');
    expect(() => title("ne*t")).toThrow(RangeError);
    expect(() => text("deep **")).toThrow(RangeError);
    expect(() => abstract("x".repeat(4001))).toThrow(/is longer than the 4000 characters searched for at most/);
    expect(() => affiliation("deep*")).not.toThrow();
    // A combining mark ends a word as a letter does (Hindi's vowel signs, Arabic's harakat, an accent written apart).
    for (const needle of ["शिक्षा*", "عِلْمُ*", "cafe\u0301*"]) expect(() => title(needle)).not.toThrow();
    expect(title("cafe\u0301*")(makePaper({ title: "Cafés of Paris" }))).toBe(true);
  });

  it("folds letters that are styled forms of others, in the needle and in the value (ℝ, 𝐁𝐄𝐑𝐓)", () => {
    const styled = makePaper({ title: "Embeddings in ℝ and ℂ with 𝐁𝐄𝐑𝐓" });
    const plain = makePaper({ title: "BERT for Rétrieval" });
    expect(title("r")(styled)).toBe(true);
    expect(title("ℝ")(styled)).toBe(true);
    expect(title("bert")(styled)).toBe(true);
    expect(title("𝐁𝐄𝐑𝐓")(plain)).toBe(true);
    expect(title("𝐁𝐄𝐑𝐓 for retrieval")(plain)).toBe(true);
    // Greek's final sigma folds as the sigma it is.
    expect(title("λογοσ")(makePaper({ title: "Ο λόγος του κόσμου" }))).toBe(true);
    expect(title("ΛΟΓΟΣ")(makePaper({ title: "Ο λόγοσ" }))).toBe(true);
  });

  it("refuses an unknown position", () => {
    // @ts-expect-error: "last" is not a position
    expect(() => author("x", { position: "last" })).toThrow(RangeError);
  });

  it("sees a changed author list rather than a stale cache", () => {
    const paper = makePaper({ authors: [person("Max", "Jaderberg")] });
    expect(author("jaderberg")(paper)).toBe(true);
    paper.authors = [person("Karen", "Simonyan")];
    expect(author("jaderberg")(paper)).toBe(false);
    expect(author("simonyan")(paper)).toBe(true);
  });
});

describe("affiliation", () => {
  const paper = makePaper({ affiliations: ["amazon-science", "baidu"] });
  it("matches a slug by any of its words or in full", () => {
    expect(affiliation("amazon")(paper)).toBe(true);
    expect(affiliation("amazon-science")(paper)).toBe(true);
    expect(affiliation("science baidu")(paper)).toBe(false);
    expect(affiliation("bai*")(paper)).toBe(true);
    expect(affiliation("deepmind")(paper)).toBe(false);
  });
  it("tests a RegExp against each slug", () => {
    expect(affiliation(/^baidu$/)(paper)).toBe(true);
    expect(affiliation(/^science/)(paper)).toBe(false);
  });
  it("does not match a paper without affiliations", () => {
    expect(affiliation("amazon")(makePaper())).toBe(false);
  });
});

describe("category", () => {
  const lg = makePaper({ category: cat("cs.LG") });
  const mathCv = makePaper({ category: cat("math.CV") });
  const csCv = makePaper({ category: cat("cs.CV") });
  const hep = makePaper({ category: cat("hep-th") });

  it("matches a full id, ignoring its case", () => {
    expect(category("cs.LG")(lg)).toBe(true);
    expect(category("CS.lg")(lg)).toBe(true);
    expect(category("cs.LG")(csCv)).toBe(false);
  });

  it("matches a whole archive", () => {
    expect(category("cs")(lg)).toBe(true);
    expect(category("cs")(csCv)).toBe(true);
    expect(category("cs")(mathCv)).toBe(false);
    expect(category("math")(mathCv)).toBe(true);
  });

  it("matches a code in every archive that has it", () => {
    expect(category("CV")(csCv)).toBe(true);
    expect(category("cv")(mathCv)).toBe(true);
    expect(category("LG")(lg)).toBe(true);
  });

  it("matches a standalone archive such as hep-th", () => {
    expect(category("hep-th")(hep)).toBe(true);
    expect(category("hep-th")(lg)).toBe(false);
  });

  it("refuses a category arXiv does not have", () => {
    expect(() => category("cs.XX")).toThrow(RangeError);
    expect(() => category("ZZ")).toThrow(/no category, archive or code "ZZ"/);
    expect(() => category("")).toThrow(RangeError);
  });
});

describe("title / abstract / text", () => {
  const wavenet = makePaper({
    title: "WaveNet: A Generative Model for Raw Audio",
    abstract: "This paper introduces WaveNet, a deep neural network for generating raw audio waveforms.",
    authors: [person("Aaron", "van den Oord")],
    affiliations: ["deepmind"],
  });

  it("title matches whole words in order, ignoring case and punctuation", () => {
    expect(title("wavenet")(wavenet)).toBe(true);
    expect(title("generative model")(wavenet)).toBe(true);
    expect(title("model generative")(wavenet)).toBe(false);
    expect(title("gen")(wavenet)).toBe(false);
    expect(title("gen*")(wavenet)).toBe(true);
    expect(title("a gen* model")(wavenet)).toBe(true);
    expect(title("a gen* mod*")(wavenet)).toBe(true);
    expect(title("a gen* audio")(wavenet)).toBe(false);
  });

  it("title folds diacritics in the title and in the needle", () => {
    const paper = makePaper({ title: "Généralisation des réseaux" });
    expect(title("generalisation")(paper)).toBe(true);
    expect(title("réseaux")(paper)).toBe(true);
  });

  it("title reads a hyphenated word as its parts", () => {
    const paper = makePaper({ title: "IMPALA: Scalable Distributed Deep-RL" });
    expect(title("deep-rl")(paper)).toBe(true);
    expect(title("deep rl")(paper)).toBe(true);
    expect(title("RL")(paper)).toBe(true);
  });

  it("title tests a RegExp as given", () => {
    expect(title(/^WaveNet:/)(wavenet)).toBe(true);
    expect(title(/^wavenet/)(wavenet)).toBe(false);
  });

  it("abstract matches the abstract only", () => {
    expect(abstract("raw audio waveforms")(wavenet)).toBe(true);
    expect(abstract("oord")(wavenet)).toBe(false);
    expect(abstract(/waveforms\.$/)(wavenet)).toBe(true);
    expect(abstract("anything")(makePaper())).toBe(false);
  });

  it("text looks at title, authors, abstract and affiliations", () => {
    expect(text("oord")(wavenet)).toBe(true);
    expect(text("deepmind")(wavenet)).toBe(true);
    expect(text("waveforms")(wavenet)).toBe(true);
    expect(text("generative")(wavenet)).toBe(true);
    expect(text("transformer")(wavenet)).toBe(false);
    expect(text(/Oord/)(wavenet)).toBe(true);
    expect(text(/deepmind/)(wavenet)).toBe(true);
    expect(text(/Transformer/)(wavenet)).toBe(false);
  });

  it("text never matches a phrase across the end of one field and the start of the next", () => {
    expect(text("audio this")(wavenet)).toBe(false);
  });

  it("all refuse needles without letters", () => {
    expect(() => title("")).toThrow(RangeError);
    expect(() => abstract("***")).toThrow(RangeError);
    expect(() => text("!?")).toThrow(RangeError);
    expect(() => affiliation("-")).toThrow(RangeError);
  });

  it("sees a retitled paper rather than a stale cache", () => {
    const paper = makePaper({ title: "Old name" });
    expect(title("old")(paper)).toBe(true);
    paper.title = "New name";
    expect(title("old")(paper)).toBe(false);
    expect(title("new")(paper)).toBe(true);
  });
});

describe("hasCode / where", () => {
  it("hasCode matches papers with the Code badge", () => {
    expect(hasCode()(makePaper({ hasCode: true }))).toBe(true);
    expect(hasCode()(makePaper({ hasCode: false }))).toBe(false);
  });

  it("where turns any function into a predicate, coercing its result", () => {
    const many = where((paper) => paper.authors.length > 1);
    expect(many(jaderberg)).toBe(true);
    expect(many(nobody)).toBe(false);
    expect(where((paper) => paper.arxivId)(makePaper({ arxivId: "1711.09846" }))).toBe(true);
    expect(where((paper) => paper.arxivId)(makePaper())).toBe(false);
  });
});
