import { describe, expect, it } from "vitest";
import { ARCHIVE_NAMES, ARXIV_TAXONOMY } from "../../src/model/arxiv-taxonomy.js";
import { archiveName, categoriesWithCode, resolveCategory } from "../../src/model/categories.js";

describe("resolveCategory", () => {
  it("resolves listing codes to computer science first", () => {
    expect(resolveCategory("CL")).toEqual({ code: "CL", id: "cs.CL", name: "Computation and Language", archive: "cs" });
    expect(resolveCategory("CV")?.id).toBe("cs.CV");
    expect(resolveCategory("SY")?.id).toBe("cs.SY");
  });

  it("resolves codes computer science lacks by the documented order", () => {
    expect(resolveCategory("ML")?.id).toBe("stat.ML");
    expect(resolveCategory("CO")?.id).toBe("stat.CO");
    expect(resolveCategory("AS")?.id).toBe("eess.AS");
    expect(resolveCategory("AG")?.id).toBe("math.AG");
  });

  it("lets the caller change the order", () => {
    expect(resolveCategory("CO", { archivePriority: ["astro-ph"] })?.id).toBe("astro-ph.CO");
    expect(resolveCategory("CV", { archivePriority: ["math"] })?.id).toBe("math.CV");
  });

  it("reads full ids and archives without subject classes", () => {
    expect(resolveCategory("stat.ML")?.id).toBe("stat.ML");
    expect(resolveCategory("cond-mat.mes-hall")?.archive).toBe("cond-mat");
    expect(resolveCategory("quant-ph")).toEqual({ code: "quant-ph", id: "quant-ph", name: "Quantum Physics", archive: "quant-ph" });
  });

  it("gives undefined for unknown codes", () => {
    expect(resolveCategory("ZZ")).toBeUndefined();
    expect(resolveCategory("")).toBeUndefined();
  });

  it("knows no code that is a name every object inherits", () => {
    for (const code of ["constructor", "__proto__", "toString", "valueOf", "hasOwnProperty"]) {
      expect(resolveCategory(code), code).toBeUndefined();
      expect(archiveName(code), code).toBeUndefined();
    }
  });

  it("lists every archive a code exists in", () => {
    expect(categoriesWithCode("CO").map((c) => c.id)).toEqual(["stat.CO", "math.CO", "astro-ph.CO"]);
  });
});

describe("the taxonomy", () => {
  it("is complete and consistent", () => {
    const ids = ARXIV_TAXONOMY.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const archive of ["cs", "stat", "eess", "math", "q-bio", "q-fin", "econ", "astro-ph", "cond-mat", "physics", "nlin", "hep-th", "quant-ph", "gr-qc"]) {
      expect(archiveName(archive)).toBeTypeOf("string");
    }
    for (const entry of ARXIV_TAXONOMY) expect(ARCHIVE_NAMES[entry.archive]).toBeTypeOf("string");
    expect(ARXIV_TAXONOMY.filter((e) => e.archive === "cs")).toHaveLength(40);
  });
});

describe("archive codes", () => {
  it("resolves a bare archive to the archive itself", () => {
    expect(resolveCategory("astro-ph")).toEqual({ code: "astro-ph", id: "astro-ph", name: "Astrophysics", archive: "astro-ph" });
    expect(resolveCategory("cond-mat")?.id).toBe("cond-mat");
  });

  it("resolves a retired archive to the class that took its papers", () => {
    expect(resolveCategory("q-alg")?.id).toBe("math.QA");
    expect(resolveCategory("cmp-lg")?.id).toBe("cs.CL");
  });
});
