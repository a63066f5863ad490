import { expect, it } from "vitest";
import * as cite from "../../src/cite/index.js";
import * as root from "../../src/index.js";

it("exposes the public API of citations", () => {
  expect(Object.keys(cite).sort()).toMatchInlineSnapshot(`
    [
      "apaCitation",
      "apaReferenceList",
      "assignCitationKeys",
      "citationKey",
      "collectProperNouns",
      "escapeLatex",
      "formatApaName",
      "formatBibtexName",
      "protectTitle",
      "toApa",
      "toBibtex",
      "toBibtexEntry",
      "toCslJson",
      "toSentenceCase",
    ]
  `);
});

it("re-exports every citation function from the package entry", () => {
  for (const name of Object.keys(cite)) expect(root).toHaveProperty(name);
});
