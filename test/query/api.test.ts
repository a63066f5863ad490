import { describe, expect, it } from "vitest";
import * as query from "../../src/query/index.js";
import * as root from "../../src/index.js";

describe("the query entry", () => {
  it("exposes the public API", () => {
    expect(Object.keys(query).sort()).toMatchInlineSnapshot(`
      [
        "QuerySyntaxError",
        "abstract",
        "affiliation",
        "after",
        "and",
        "author",
        "before",
        "between",
        "category",
        "compileQuery",
        "compileSort",
        "from",
        "groupBy",
        "hasCode",
        "inYear",
        "limit",
        "not",
        "or",
        "orderBy",
        "sortPapers",
        "text",
        "thenBy",
        "title",
        "where",
      ]
    `);
  });

  it("re-exports every query function from the package root", () => {
    for (const name of Object.keys(query)) expect(root).toHaveProperty(name, query[name as keyof typeof query]);
  });
});
