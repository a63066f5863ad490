import { describe, expect, it } from "vitest";
import { categoryCodes, findEmbeddedHeader, parseHeader, splitGluedHeader } from "../../src/parse/header.js";
import { formatListing } from "../../src/parse/format-listing.js";
import { parseListing } from "../../src/parse/parse-listing.js";
import { validatePapers } from "../../src/model/validate.js";

describe("parseHeader", () => {
  it("reads code, date and year glued together", () => {
    expect(parseHeader("CLJul 31, 2024")).toMatchObject({ code: "CL", month: 7, day: 31, year: 2024, badges: [] });
  });

  it("reads a year-less date", () => {
    const header = parseHeader("LGFeb 10");
    expect(header).toMatchObject({ code: "LG", month: 2, day: 10, dateText: "Feb 10" });
    expect(header?.year).toBeUndefined();
  });

  it("reads badges glued after the date, known or not", () => {
    expect(parseHeader("AIMar 31, 2018Code")?.badges.map((b) => b.label)).toEqual(["Code"]);
    expect(parseHeader("LGFeb 10CodeVideo")?.badges.map((b) => b.label)).toEqual(["Code", "Video"]);
    expect(parseHeader("AIMar 31, 2018[Code](https://github.com/x/y)")?.badges).toEqual([{ label: "Code", url: "https://github.com/x/y", offset: 14 }]);
  });

  it("takes at most three words of plain badges besides Code: more are a title glued to the date", () => {
    expect(parseHeader("LGFeb 10CodeVideo Demo")?.badges.map((b) => b.label)).toEqual(["Code", "Video", "Demo"]);
    expect(parseHeader("CLJul 31, 2024Code Demo Dataset Video")?.badges.map((b) => b.label)).toEqual(["Code", "Demo", "Dataset", "Video"]);
    // An acronym is one badge, and one word; a camel-case word is badges a copy glued together.
    expect(parseHeader("CVJun 17, 2024CVPR GitHub")?.badges.map((b) => b.label)).toEqual(["CVPR", "Git", "Hub"]);
    expect(parseHeader("LGFeb 10CodeHFDemo")?.badges.map((b) => b.label)).toEqual(["Code", "HF", "Demo"]);
    expect(parseHeader("gr-qcOct 3, 2007Loop Quantum GravityCarlo Rovelli")).toBeUndefined();
    expect(parseHeader("CLJul 31, 2024Deep Residual LearningKaiming He")).toBeUndefined();
  });

  it("reads a byline opening with a digit glued after a Code badge, even after a year-less date", () => {
    expect(splitGluedHeader("CVJun 21Code3D U-Net: Learning Dense Volumetric SegmentationÖzgün Çiçek")).toMatchObject({ header: { code: "CV", day: 21, badges: [{ label: "Code" }] }, bylineOffset: 12 });
    // Right after a year-less date, a digit may be the day's: no reading.
    expect(splitGluedHeader("CVJun 213D U-Net: Learning Dense Volumetric Segmentation")).toBeUndefined();
  });

  it("reads full ids, hyphenated archives and full month names", () => {
    expect(parseHeader("cs.LGFeb 10, 2020")?.code).toBe("cs.LG");
    expect(parseHeader("quant-phJanuary 3, 2021")).toMatchObject({ code: "quant-ph", month: 1 });
    expect(parseHeader("CL Jul 31, 2024")?.code).toBe("CL");
  });

  it("does not take prose for a header", () => {
    expect(parseHeader("Papers")).toBeUndefined();
    expect(parseHeader("CLJul 31, 2024 was the day we released the model")).toBeUndefined();
    expect(parseHeader("In May 3, 2020 we")).toBeUndefined();
    expect(parseHeader("Load more")).toBeUndefined();
    // A two-letter code is written in capitals: "to", "in", "on" before a date are words
    // (q-bio.TO and the others stay unread), at the start of a line or inside one.
    expect(parseHeader("to February 24th, 2020 the cases rose")).toBeUndefined();
    expect(parseHeader("in Jan 5, 2020")).toBeUndefined();
    expect(parseHeader("TO Feb 24, 2020")?.code).toBe("TO");
    expect(findEmbeddedHeader("epidemic in China from February 5th to February 24th, 2020K. Roosa")).toBeUndefined();
    expect(findEmbeddedHeader("the cases rose.TOFeb 24, 2020")?.header.code).toBe("TO");
    // An archive's hyphenated name glued to a slug is read whole ("· nyuhep-thAug 1, 2004"), not as
    // its end ("th", stat.TH).
    expect(findEmbeddedHeader("Dustin Lang et al. · nyuhep-thAug 1, 2004")?.header.code).toBe("hep-th");
    // So is one glued to a sentence's end, and a line that is nothing but a code and a date.
    expect(findEmbeddedHeader("We study it in the lab.clDec 27, 2024")?.header.code).toBe("cl");
    expect(findEmbeddedHeader("a grasp Jan 5 and more")).toBeUndefined();
    expect(parseHeader("cl Jul 31, 2024")?.code).toBe("cl");
    expect(parseHeader("to Feb 24, 2020 and more")).toBeUndefined();
  });

  it("reads a header typed or damaged by hand: a code's case, a day glued to its month, a space before the year's comma", () => {
    expect(parseHeader("Cl Jul 31, 2024")).toMatchObject({ code: "Cl", month: 7, day: 31, year: 2024 });
    expect(parseHeader("ClJul 31, 2024")?.code).toBe("Cl");
    expect(parseHeader("CLJul31, 2024")).toMatchObject({ code: "CL", day: 31, year: 2024 });
    expect(parseHeader("CLJul 31 ,2024")).toMatchObject({ code: "CL", day: 31, year: 2024 });
    expect(parseHeader("LGFeb10")).toMatchObject({ code: "LG", month: 2, day: 10 });
    expect(parseHeader("CLJul31,2024")).toMatchObject({ code: "CL", day: 31, year: 2024 });
    // Still prose: a capitalised word before a date with more after it, a word that names no
    // category, and an English word that names one, even alone with its date on a line (a
    // wrapped abstract's piece); a date glued to its day with no code before it.
    expect(parseHeader("It May 3, 2020 was the day")).toBeUndefined();
    expect(parseHeader("In May 3, 2020")).toBeUndefined();
    for (const line of ["It May 3", "At Jun 5, 2020", "To Feb 24, 2020", "St Jan 2, 2020", "Me Mar 3"]) expect(parseHeader(line), line).toBeUndefined();
    // (In lower case such a code alone with its date on a line is a header, as it was: "co Jul 31, 2024".)
    expect(parseHeader("co Jul 31, 2024")?.code).toBe("co");
    expect(parseHeader("Jul31, 2020")).toBeUndefined();
    // And a note after a date's comma is no year.
    expect(parseHeader("LGFeb 10 ,read")).toBeUndefined();
  });

  it("loses no card whose header was typed or damaged so", () => {
    for (const header of ["Cl Jul 31, 2024", "CLJul31, 2024", "CLJul31,2024", "CLJul 31 ,2024"]) {
      const text = ["LGFeb 10, 2024", "A First TitleJane Doe, John Roe", "We study the first thing.", header, "Second Paper TitleAnna Smith, Bo Li", "We study the second thing."].join("\n");
      const { papers, diagnostics } = parseListing(text, { referenceDate: "2026-11-26" });
      expect(papers.map((p) => [p.category.id, p.published, p.title])).toEqual([
        ["cs.LG", "2024-02-10", "A First Title"],
        ["cs.CL", "2024-07-31", "Second Paper Title"],
      ]);
      expect(diagnostics).toEqual([]);
    }
  });

  it("takes an impossible date apart and leaves the calendar check to the caller", () => {
    expect(parseHeader("CLFeb 30, 2024")).toMatchObject({ month: 2, day: 30, year: 2024 });
  });
});

describe("a header that shows every category of its paper, the codes glued, primary first", () => {
  it("splits glued codes into codes that name categories, or not at all", () => {
    expect(categoryCodes("CL")).toEqual(["CL"]);
    expect(categoryCodes("soc-ph")).toEqual(["soc-ph"]);
    expect(categoryCodes("DLCL")).toEqual(["DL", "CL"]);
    expect(categoryCodes("CLAIHCIR")).toEqual(["CL", "AI", "HC", "IR"]);
    // Archives' names in capitals, before or after two capitals; "AS" is eess.AS, but "TRO-PH" names nothing.
    expect(categoryCodes("SOC-PHAI")).toEqual(["SOC-PH", "AI"]);
    expect(categoryCodes("ASTRO-PHGA")).toEqual(["ASTRO-PH", "GA"]);
    expect(categoryCodes("HEP-THHEP-PH")).toEqual(["HEP-TH", "HEP-PH"]);
    for (const code of ["LHCCL", "ZZCL", "CLZ", "clai", "Clai", "CL-AI"]) expect(categoryCodes(code)).toBeUndefined();
  });

  it("reads the first code as the category and the others as cross-lists, with no diagnostic, and writes them back", () => {
    const text = ["DLCLFeb 3, 2025", "A Study of ThingsJane Doe, John Roe", "We study things.", "SPAILGMay 17Code", "Another StudyAnn Lee", "We study more things."].join("\n");
    const { papers, diagnostics } = parseListing(text, { referenceDate: "2026-11-26" });
    expect(papers.map((p) => [p.category.id, p.crossLists?.map((c) => c.id), p.published, p.hasCode, p.title])).toEqual([
      ["cs.DL", ["cs.CL"], "2025-02-03", false, "A Study of Things"],
      ["eess.SP", ["cs.AI", "cs.LG"], "2026-05-17", true, "Another Study"],
    ]);
    expect(diagnostics.map((d) => d.code)).toEqual(["year-inferred"]);
    expect(formatListing(papers).split("\n").filter((_, i) => i % 3 === 0)).toEqual(["DLCLFeb 3, 2025", "SPAILGMay 17Code"]);
    // A paper with no cross-lists has none, and its code is written as before.
    expect(parseListing("soc-phMar 4\nA TitleJane Doe\nWe argue.", { referenceDate: "2026-11-26" }).papers[0]).not.toHaveProperty("crossLists");
    // Cross-lists survive JSON and validation.
    const validated = validatePapers(JSON.parse(JSON.stringify(papers)));
    expect(validated.success && validated.papers[1]!.crossLists!.map((c) => c.code)).toEqual(["AI", "LG"]);
  });

  it("takes glued codes inside a line only where no letter goes before them", () => {
    expect(findEmbeddedHeader("open models.DLCLFeb 3, 2025")).toMatchObject({ offset: 12, header: { code: "DLCL" } });
    expect(findEmbeddedHeader("results at the LHCCLDec 27, 2024")).toMatchObject({ offset: 18, header: { code: "CL" } });
  });
});
