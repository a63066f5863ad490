// The @example lines of the citation modules' doc blocks, checked.
import { describe, expect, it } from "vitest";
import {
  apaCitation, apaReferenceList, assignCitationKeys, citationKey, collectProperNouns, escapeLatex, formatApaName,
  formatBibtexName, protectTitle, toApa, toBibtex, toBibtexEntry, toCslJson, toSentenceCase,
} from "../../src/cite/index.js";
import { gemma2, paper } from "./support.js";

const neuralDiscrete = paper();
const gemma1 = paper({
  title: "Gemma: Open Models Based on Gemini Research and Technology",
  published: "2024-03-13",
  authorsTruncated: true,
  authors: [
    { name: "Gemma Team", literal: true },
    { name: "Thomas Mesnard", given: "Thomas", family: "Mesnard" },
    { name: "Cassidy Hardin", given: "Cassidy", family: "Hardin" },
  ],
});

describe("doc examples", () => {
  it("escapeLatex", () => {
    expect(escapeLatex("50% of Świrszcz's {data}", { ascii: true }).text).toBe("50\\% of {\\'S}wirszcz's \\textbraceleft{}data\\textbraceright{}");
  });
  it("protectTitle", () => {
    expect(protectTitle("IMPALA: Scalable Distributed Deep-RL").text).toBe("{IMPALA}: Scalable Distributed Deep-{RL}");
  });
  it("toSentenceCase", () => {
    expect(toSentenceCase("Gemma 2: Improving Open Language Models at a Practical Size", { abstract: "we introduce Gemma 2" }))
      .toBe("Gemma 2: Improving open language models at a practical size");
  });
  it("collectProperNouns", () => {
    expect(collectProperNouns("In this work, we introduce Gemma 2, a new addition to the Gemma family.")).toEqual(new Set(["Gemma"]));
  });
  it("formatBibtexName and formatApaName", () => {
    expect(formatBibtexName({ name: "Aaron van den Oord", given: "Aaron", family: "van den Oord" }).text).toBe("van den Oord, Aaron");
    expect(formatBibtexName({ name: "Gemma Team", literal: true }).text).toBe("{Gemma Team}");
    expect(formatBibtexName({ name: "Maja Trębacz", given: "Maja", family: "Trębacz" }, { ascii: true }).text).toBe("Tr{\\k{e}}bacz, Maja");
    expect(formatApaName({ name: "Jean-Bastien Grill", given: "Jean-Bastien", family: "Grill" })).toBe("Grill, J.-B.");
    expect(formatApaName({ name: "Jack W. Rae", given: "Jack W.", family: "Rae" })).toBe("Rae, J. W.");
    expect(formatApaName({ name: "Gemma Team", literal: true })).toBe("Gemma Team");
  });
  it("citationKey and assignCitationKeys", () => {
    expect(citationKey(neuralDiscrete)).toBe("vandenoord2017neural");
    expect(citationKey(neuralDiscrete, { keyStyle: "camel" })).toBe("VanDenOord2017Neural");
    const kaplan = [{ name: "Jared Kaplan", given: "Jared", family: "Kaplan" }];
    const scalingA = paper({ title: "Scaling Laws for Neural Language Models", published: "2020-01-23", authors: kaplan });
    const scalingB = paper({ title: "Scaling Laws for Autoregressive Generative Modeling", published: "2020-10-28", authors: kaplan });
    expect(assignCitationKeys([scalingB, scalingA]).keys).toEqual(["kaplan2020scalingb", "kaplan2020scalinga"]);
  });
  it("toBibtexEntry and toBibtex", () => {
    expect(toBibtexEntry(gemma2()).text).toBe(
      "@misc{gemmateam2024gemma,\n  title = {{Gemma} 2: Improving Open Language Models at a Practical Size},\n  author = {{Gemma Team} and Riviere, Morgane and Pathak, Shreya and others},\n  year = {2024},\n  month = jul,\n  eprint = {2408.00118},\n  archivePrefix = {arXiv},\n  primaryClass = {cs.CL},\n  doi = {10.48550/arXiv.2408.00118},\n  url = {https://arxiv.org/abs/2408.00118}\n}",
    );
    expect(toBibtex([gemma2(), neuralDiscrete]).entries.map((e) => e.key)).toEqual(["gemmateam2024gemma", "vandenoord2017neural"]);
  });
  it("toApa, apaCitation, apaReferenceList", () => {
    expect(toApa(neuralDiscrete).text).toBe(
      "van den Oord, A., Vinyals, O., & Kavukcuoglu, K. (2017). Neural discrete representation learning [Preprint]. arXiv.",
    );
    expect(apaCitation(neuralDiscrete)).toBe("(van den Oord et al., 2017)");
    expect(apaCitation(neuralDiscrete, { narrative: true })).toBe("van den Oord et al. (2017)");
    expect(apaReferenceList([gemma2(), gemma1], { format: "markdown" }).references.map((r) => r.parenthetical))
      .toEqual(["(Gemma Team, Mesnard, et al., 2024)", "(Gemma Team, Riviere, et al., 2024)"]);
  });
  it("toCslJson", () => {
    const item = toCslJson([gemma2()])[0]!;
    expect(item).toMatchObject({
      id: "gemmateam2024gemma", type: "article", title: "Gemma 2: Improving open language models at a practical size",
      author: [{ literal: "Gemma Team" }, { family: "Riviere", given: "Morgane" }, { family: "Pathak", given: "Shreya" }],
      issued: { "date-parts": [[2024, 7, 31]] }, genre: "Preprint", publisher: "arXiv", number: "arXiv:2408.00118",
      DOI: "10.48550/arXiv.2408.00118", URL: "https://arxiv.org/abs/2408.00118", keyword: "cs.CL",
    });
    expect(toCslJson([paper()])[0]!.author?.[0]).toEqual({ family: "Oord", given: "Aaron", "non-dropping-particle": "van den" });
  });
});
