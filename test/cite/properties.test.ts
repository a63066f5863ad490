// Invariants over random input: any Unicode, any special character.
import { parse } from "@retorquere/bibtex-parser";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { apaReferenceList, assignCitationKeys, toApa, toBibtexEntry } from "../../src/cite/index.js";
import type { Author } from "../../src/model/author.js";
import { paper } from "./support.js";

// Strings that mix every kind of trouble: TeX specials, braces, ligature pairs,
// HTML, whitespace runs, accents, scripts with no ASCII form, astral characters.
const SPECIALS = [..."&%$#_{}~^\\<>|\"'`-,?!@=*[]()", "--", "``", "''", "\\input{x}", "{", "}", " ", "  ", "\t", "\n"];
const piece = fc.oneof(
  fc.constantFrom(...SPECIALS),
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 4 }),
  fc.constantFrom("é", "Ś", "ę", "ł", "ß", "Ø", "ǘ", "И", "王", "😀", "\u00a0", "ı", "Æ", "ñ", "Å"),
  fc.string({ minLength: 1, maxLength: 6 }),
);
const text = fc.array(piece, { minLength: 1, maxLength: 12 }).map((parts) => parts.join(""));

/** What BibTeX can carry: no control characters, whitespace collapsed. */
function normal(value: string): string {
  return value
    .replace(/[\p{Cc}\p{Cs}]/gu, (ch) => (/\s/u.test(ch) ? " " : ""))
    .replace(/\s+/gu, " ")
    .trim()
    .normalize("NFC");
}
const usable = (value: string): boolean => normal(value) !== "";
const word = text.filter((value) => usable(value) && !/^\s*others\s*$/iu.test(value));

/** Parses one entry back; throws when the parser reports any error. */
function readBack(bib: string) {
  const library = parse(bib, { sentenceCase: false, english: false, caseProtection: false });
  expect(library.errors).toEqual([]);
  expect(library.entries).toHaveLength(1);
  return library.entries[0]!.fields;
}

describe("BibTeX read back by @retorquere/bibtex-parser", () => {
  for (const ascii of [false, true]) {
    it(`gives back any title exactly (${ascii ? "ASCII" : "UTF-8"})`, () => {
      fc.assert(
        fc.property(word, (title) => {
          const fields = readBack(toBibtexEntry(paper({ title }), { ascii, key: "k" }).text);
          expect(fields.title?.normalize("NFC")).toBe(normal(title));
        }),
        { numRuns: Number(process.env.FC_RUNS ?? 300) },
      );
    });

    it(`gives back any person's and group's name exactly (${ascii ? "ASCII" : "UTF-8"})`, () => {
      fc.assert(
        fc.property(word, word, word, (given, family, group) => {
          const authors: Author[] = [
            { name: `${given} ${family}`, given, family },
            { name: group, literal: true },
          ];
          const fields = readBack(toBibtexEntry(paper({ authors }), { ascii, key: "k" }).text);
          const [person, team] = fields.author ?? [];
          const back = [person?.prefix, person?.lastName].filter(Boolean).join(" ").normalize("NFC");
          expect({ given: person?.firstName?.normalize("NFC"), family: back }).toEqual({ given: normal(given), family: normal(family) });
          expect(team?.name?.normalize("NFC")).toBe(normal(group));
        }),
        { numRuns: Number(process.env.FC_RUNS ?? 300) },
      );
    });
  }

  it("gives back any abstract exactly, with \\input and friends as plain text", () => {
    fc.assert(
      fc.property(word, (abstract) => {
        const fields = readBack(toBibtexEntry(paper({ abstract }), { abstract: true, key: "k" }).text);
        expect(fields.abstract?.normalize("NFC")).toBe(normal(abstract));
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 300) },
    );
  });

  it("always writes balanced braces", () => {
    fc.assert(
      fc.property(word, word, (title, family) => {
        const bib = toBibtexEntry(paper({ title, abstract: title, authors: [{ name: family, given: "X", family }] }), { abstract: true, ascii: true }).text;
        let depth = 0;
        for (const ch of bib) {
          depth += ch === "{" ? 1 : ch === "}" ? -1 : 0;
          expect(depth).toBeGreaterThanOrEqual(0);
        }
        expect(depth).toBe(0);
      }),
    );
  });
});

describe("APA HTML", () => {
  it("never contains markup that the data brought in", () => {
    fc.assert(
      fc.property(word, word, word, (title, given, family) => {
        const html = toApa(paper({ title, authors: [{ name: `${given} ${family}`, given, family }, { name: title, literal: true }] }), { format: "html" }).text;
        const withoutOurs = html.replace(/<\/?i>/gu, "");
        expect(withoutOurs).not.toMatch(/[<>"]/u);
        expect(withoutOurs).not.toMatch(/&(?!amp;|lt;|gt;|quot;|#39;)/u);
      }),
      { numRuns: 500 },
    );
  });
});

describe("citation keys", () => {
  it("are distinct and do not depend on the input order", () => {
    const small = fc.record({
      family: fc.constantFrom("Kaplan", "van den Oord", "Müller", "Gemma Team"),
      title: fc.constantFrom("Scaling Laws", "Scaling Up", "On Scaling", "Neural Nets"),
      year: fc.constantFrom("2020", "2021"),
      day: fc.integer({ min: 10, max: 28 }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(small, { minLength: 1, maxLength: 12, selector: (r) => JSON.stringify(r) }), fc.integer(), (records, seed) => {
        const papers = records.map((r) => paper({
          title: r.title,
          published: `${r.year}-03-${r.day}`,
          authors: [r.family === "Gemma Team" ? { name: r.family, literal: true } : { name: `A ${r.family}`, given: "A", family: r.family }],
        }));
        const shuffled = [...papers].sort((a, b) => ((a.published + a.title).length * seed) % 7 - ((b.published + b.title).length * seed) % 7 || (a.title < b.title ? -1 : 1));
        const keys = assignCitationKeys(papers).keys;
        expect(new Set(keys).size).toBe(keys.length);
        const byPaper = new Map(papers.map((p, i) => [p, keys[i]]));
        const again = assignCitationKeys(shuffled).keys;
        shuffled.forEach((p, i) => expect(again[i]).toBe(byPaper.get(p)));
      }),
    );
  });
});

describe("APA reference list", () => {
  it("is the same list whatever the input order", () => {
    const papers = [
      paper({ title: "B", published: "2024-01-01" }),
      paper({ title: "A", published: "2024-05-01" }),
      paper({ title: "C", published: "2023-01-01", authors: [{ name: "Z Z", given: "Z", family: "Z" }] }),
    ];
    fc.assert(fc.property(fc.shuffledSubarray(papers, { minLength: 3, maxLength: 3 }), (order) => {
      expect(apaReferenceList(order).text).toBe(apaReferenceList(papers).text);
    }));
  });
});
