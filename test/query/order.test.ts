import { describe, expect, it } from "vitest";
import { compileSort, groupBy, limit, orderBy, sortPapers, thenBy } from "../../src/query/index.js";
import { cat, goldPapers, makePaper, person } from "./support.js";

const a = makePaper({ title: "Gemma 10", published: "2018-01-01", authors: [person("Zoe", "Öberg")], category: cat("cs.CL") });
const b = makePaper({ title: "Gemma 2", published: "2016-01-01", authors: [person("Ann", "Oberg")], category: cat("cs.AI") });
const c = makePaper({ title: "gemma 2", published: "2018-01-01", authors: [], category: cat("cs.LG") });

describe("orderBy", () => {
  it("sorts by date in both directions", () => {
    expect([a, b, c].sort(orderBy("date")).map((p) => p.published)).toEqual(["2016-01-01", "2018-01-01", "2018-01-01"]);
    expect([b, a, c].sort(orderBy("date", "desc")).map((p) => p.published)).toEqual(["2018-01-01", "2018-01-01", "2016-01-01"]);
  });

  it("is stable in both directions: equal papers keep their input order", () => {
    expect([a, b, c].sort(orderBy("date", "desc"))).toEqual([a, c, b]);
    expect([c, b, a].sort(orderBy("date", "desc"))).toEqual([c, a, b]);
    expect([c, b, a].sort(orderBy("date", "asc"))).toEqual([b, c, a]);
  });

  it("sorts titles with numbers in numeric order", () => {
    expect(sortPapers([a, b], "title").map((p) => p.title)).toEqual(["Gemma 2", "Gemma 10"]);
  });

  it("sorts by the first author's family name with the locale's rules, authorless papers first", () => {
    expect(sortPapers([a, b, c], "firstAuthor").map((p) => p.authors[0]?.family)).toEqual([undefined, "Oberg", "Öberg"]);
    // Swedish puts Ö after Z, English next to O.
    const zeta = makePaper({ authors: [person("Z", "Zeta")] });
    expect(sortPapers([a, zeta], "firstAuthor").map((p) => p.authors[0]?.family)).toEqual(["Öberg", "Zeta"]);
    expect(sortPapers([a, zeta], "firstAuthor", "asc", { locale: "sv" }).map((p) => p.authors[0]?.family)).toEqual(["Zeta", "Öberg"]);
  });

  it("sorts a particle surname under its particle, as stored", () => {
    const oord = makePaper({ authors: [person("Aaron", "van den Oord")] });
    const wang = makePaper({ authors: [person("Ziyu", "Wang")] });
    const mnih = makePaper({ authors: [person("Volodymyr", "Mnih")] });
    expect(sortPapers([wang, oord, mnih], "firstAuthor").map((p) => p.authors[0]?.family)).toEqual(["Mnih", "van den Oord", "Wang"]);
  });

  it("sorts by category id", () => {
    expect(sortPapers([a, b, c], "category").map((p) => p.category.id)).toEqual(["cs.AI", "cs.CL", "cs.LG"]);
  });

  it("refuses a key or direction a JavaScript caller misspelt", () => {
    // @ts-expect-error: "year" is not a sort key
    expect(() => orderBy("year")).toThrow(/unknown sort key "year"; expected one of date, title, firstAuthor, category/);
    // @ts-expect-error: "down" is not a direction
    expect(() => orderBy("date", "down")).toThrow(RangeError);
  });
});

describe("thenBy", () => {
  it("breaks ties of the first comparator with a key", () => {
    // Numeric collation: "gemma 2" comes before "Gemma 10".
    expect([b, a, c].sort(thenBy(orderBy("date", "desc"), "title"))).toEqual([c, a, b]);
    expect([b, c, a].sort(thenBy(orderBy("date", "desc"), "title", "desc"))).toEqual([a, c, b]);
  });

  it("accepts any comparator", () => {
    const order = thenBy(orderBy("date"), (x, y) => x.authors.length - y.authors.length);
    expect([a, c, b].sort(order)).toEqual([b, c, a]);
  });
});

describe("sortPapers", () => {
  it("returns a sorted copy and leaves the input alone", () => {
    const input = [a, b];
    const sorted = sortPapers(input, "date");
    expect(sorted).toEqual([b, a]);
    expect(input).toEqual([a, b]);
  });

  it("takes a comparator", () => {
    expect(sortPapers([b, a], orderBy("date", "desc"))).toEqual([a, b]);
  });
});

describe("limit", () => {
  it("keeps the first items and reads no further", () => {
    let read = 0;
    function* numbers() {
      for (let i = 0; ; i++) {
        read++;
        yield i;
      }
    }
    expect(limit(numbers(), 3)).toEqual([0, 1, 2]);
    expect(read).toBe(3);
    expect(limit([1, 2], 0)).toEqual([]);
    expect(limit([1, 2], 5)).toEqual([1, 2]);
  });

  it("refuses a count that is negative or fractional", () => {
    expect(() => limit([], -1)).toThrow(RangeError);
    expect(() => limit([], 1.5)).toThrow(RangeError);
  });
});

describe("groupBy", () => {
  const papers = goldPapers();

  it("groups by year, in order of first appearance", () => {
    const byYear = groupBy(sortPapers(papers, "date"), "year");
    expect([...byYear.keys()]).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(byYear.get(2016)).toHaveLength(17);
  });

  it("groups by category id", () => {
    const byCategory = groupBy(papers, "category");
    expect(byCategory.get("cs.LG")).toHaveLength(22);
    expect(byCategory.get("stat.ML")?.map((p) => p.title)).toEqual(["Natural Neural Networks", "Weight Uncertainty in Neural Networks"]);
  });

  it("groups by the first author's name and leaves out papers without authors", () => {
    const byFirst = groupBy([...papers, makePaper({ authors: [] })], "firstAuthor");
    expect(byFirst.get("Max Jaderberg")).toHaveLength(5);
    expect([...byFirst.values()].flat()).toHaveLength(50);
  });

  it("puts a paper in every affiliation group it has, and an unaffiliated paper in none", () => {
    const byAffiliation = groupBy(papers, "affiliation");
    expect([...byAffiliation.keys()]).toEqual(["deepmind", "mila", "amazon-science", "baidu", "mit"]);
    expect(byAffiliation.get("deepmind")).toHaveLength(5);
    const twice = makePaper({ affiliations: ["mit", "mit"] });
    expect(groupBy([twice], "affiliation").get("mit")).toEqual([twice]);
  });

  it("groups by a function", () => {
    const byTruncation = groupBy(papers, (p) => (p.authorsTruncated ? "et al." : undefined));
    expect([...byTruncation.keys()]).toEqual(["et al."]);
  });

  it("refuses an unknown key", () => {
    // @ts-expect-error: "month" is not a group key
    expect(() => groupBy(papers, "month")).toThrow(RangeError);
  });
});

describe("compileSort", () => {
  it("reads comma-separated keys with optional directions", () => {
    expect([b, c, a].sort(compileSort("date:desc,title:desc"))).toEqual([a, c, b]);
    expect([b, a, c].sort(compileSort("date:desc, title:asc"))).toEqual([c, a, b]);
    expect([a, b].sort(compileSort("date"))).toEqual([b, a]);
  });

  it("ignores the case of keys and directions", () => {
    expect([a, b].sort(compileSort("DATE:DESC"))).toEqual([a, b]);
    expect([a, b, c].sort(compileSort("firstauthor"))[0]).toBe(c);
  });

  it("refuses unknown keys, directions and empty specs, listing the keys", () => {
    expect(() => compileSort("year")).toThrow('sort: unknown key "year"; expected one of date, title, firstAuthor, category');
    expect(() => compileSort("date:down")).toThrow(/expected date:asc or date:desc/);
    expect(() => compileSort("date:desc:asc")).toThrow(RangeError);
    expect(() => compileSort("")).toThrow(/empty key/);
    expect(() => compileSort("date,")).toThrow(/empty key/);
  });
});
