import { describe, expect, it } from "vitest";
import { findEmbeddedHeader, parseHeader, splitGluedHeader } from "../../src/parse/header.js";

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

  it("takes an impossible date apart and leaves the calendar check to the caller", () => {
    expect(parseHeader("CLFeb 30, 2024")).toMatchObject({ month: 2, day: 30, year: 2024 });
  });
});
