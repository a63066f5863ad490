import { describe, expect, it } from "vitest";
import { positionIn, splitLines } from "../../src/parse/lines.js";
import { parseListing } from "../../src/parse/parse-listing.js";
import { createQuoteReader, withoutStart } from "../../src/parse/quote-markers.js";
import { SAMPLE_REFERENCE_DATE, SAMPLE_TEXT } from "../support/sample.js";

const OPTIONS = { referenceDate: SAMPLE_REFERENCE_DATE };

/** The texts the quote reader leaves of each line of `text`, and the events it sends. */
function readQuotes(text: string) {
  const events: string[] = [];
  const read = createQuoteReader({ opened: (line, column) => events.push(`opened ${line}:${column}`), left: (start) => events.push(`left ${start}`) });
  const texts = splitLines(text).lines.map((line) => read(line).text);
  return { texts, events };
}

/** The papers of `text`, without their line numbers. */
function papersOf(text: string) {
  return parseListing(text, OPTIONS).papers.map(({ source: _s, ...paper }) => paper);
}

const CARDS = SAMPLE_TEXT.split("\n");
/** The first `n` cards of the sample, as lines. */
const cards = (n: number) => CARDS.slice(0, 3 * n);

describe("e-mail quote markers", () => {
  it("opens a run at a quoted header and cuts the markers of its lines, blank quoted lines and nested markers too", () => {
    expect(readQuotes("Jana wrote:\n\n> Hi all,\n> CLJul 31, 2024\n>\n> > 2. LGFeb 10\n> > Title\n\n> > Abstract.").texts).toEqual([
      "Jana wrote:",
      "",
      "> Hi all,",
      "CLJul 31, 2024",
      "",
      "2. LGFeb 10",
      "Title",
      "",
      "Abstract.",
    ]);
    expect(readQuotes("  > CLJul 31, 2024\n> a").events).toEqual(["opened 1:3"]);
  });

  it("leaves a plain listing's '>' alone: a page's arrow, a wrapped comparison, after a blank line too", () => {
    const plain = ["<", ">", "", "> 5σ significance in the data", ">90% of tokens", "> Show more"].join("\n");
    expect(readQuotes(plain).texts).toEqual(plain.split("\n"));
    const arrow = [...cards(1), ">", ...CARDS.slice(3, 9)].join("\n");
    expect(papersOf(arrow)).toEqual(papersOf(cards(3).join("\n")));
    const spaced = [...cards(1).slice(0, 2), "We detect a signal at", "", "> 5σ significance in the data", "and more text here", ...CARDS.slice(3, 6)].join("\n");
    expect(papersOf(spaced)[0]!.abstract).toBe("We detect a signal at > 5σ significance in the data and more text here");
  });

  it("leaves a '>' alone that opens a line under a formula left open, a header glued after it", () => {
    // (A hard wrap put the formula's ">" first on a line, and the next card's header lost its line break.)
    const lines = [...cards(1).slice(0, 2), "The data favour oscillations with $\\sin^2 2\\theta", `> 0.82$.${CARDS[3]}`, ...CARDS.slice(4, 6)];
    expect(readQuotes(lines.join("\n")).events).toEqual([]);
    const papers = papersOf(lines.join("\n"));
    expect(papers.map((p) => p.abstract)).toEqual(["The data favour oscillations with $\\sin^2 2\\theta > 0.82$.", CARDS[5]]);
    // Or a formula the wrap left open two lines up: "…with $\sin^2" + "2\theta" + "> 0.82$.".
    const narrow = [...cards(1).slice(0, 2), "The data favour oscillations with $\\sin^2", "2\\theta", `> 0.82$.${CARDS[3]}`, ...CARDS.slice(4, 6)];
    expect(readQuotes(narrow.join("\n")).events).toEqual([]);
    expect(papersOf(narrow.join("\n")).map((p) => p.abstract)).toEqual(["The data favour oscillations with $\\sin^2 2\\theta > 0.82$.", CARDS[5]]);
    // But a price's lone "$" in an earlier card leaves no formula open past that card: a quote
    // glued to a header is read as it is without the price.
    const quoted = (abstract: string) => readQuotes([CARDS[0], CARDS[1], abstract, ...cards(2).slice(3, 5), "Jana wrote: see these.", `> We read them all at 0.82.${CARDS[6]}`, `> ${CARDS[7]}`, `> ${CARDS[8]}`].join("\n")).events;
    expect(quoted("It costs $5 a month to run.")).toEqual(quoted("It costs 5 dollars a month to run."));
    expect(quoted("It costs 5 dollars a month to run.")).toContain("opened 7:1");
  });

  it("keeps more markers than the run's in the middle of its text, and opens a deeper quote at a header or after an empty line", () => {
    expect(readQuotes("> CLJul 31, 2024\n> with $\\theta\n> > 0.82$.\n>> 0.9").texts).toEqual(["CLJul 31, 2024", "with $\\theta", "> 0.82$.", "> 0.9"]);
    expect(readQuotes("> CLJul 31, 2024\n> Jana wrote:\n>\n> > Hi all,\n> > LGFeb 10").texts).toEqual(["CLJul 31, 2024", "Jana wrote:", "", "Hi all,", "LGFeb 10"]);
  });

  it("goes on over lines the mail client wrapped again without markers, as Outlook does", () => {
    const long = "> We study whether language models can do research mathematics on";
    expect(readQuotes(`> CLJul 31, 2024\n${long}\ntheir own, and find, after a long and careful study of it all,\nthat they can.\n> LGFeb 10`)).toEqual({
      texts: ["CLJul 31, 2024", long.slice(2), "their own, and find, after a long and careful study of it all,", "that they can.", "LGFeb 10"],
      events: ["opened 1:1"],
    });
    // Each line of the card marked once, then wrapped at 72 columns with no markers on the lines that follow.
    const outlook = cards(3).map((line) => `> ${line}`.replace(/(.{1,72})(?: |$)/g, "$1\n").trimEnd()).join("\n");
    expect(papersOf(outlook)).toEqual(papersOf(cards(3).join("\n")));
  });

  it("ends the quoted card where the reply's own text follows: after an empty or a short line, or a comment of an outer level", () => {
    const quoted = cards(2).map((line) => `> ${line}`);
    const reply = [...quoted.slice(0, 3), "Great paper, let's read it.", ...quoted.slice(3)].join("\n");
    expect(papersOf(reply)).toEqual(papersOf(cards(2).join("\n")));
    expect(parseListing(reply, OPTIONS).diagnostics.filter((d) => d.code === "ignored-text").map((d) => d.line)).toEqual([4]);
    const signed = [...quoted, "", "Best,", "Marta"].join("\n");
    expect(papersOf(signed)).toEqual(papersOf(cards(2).join("\n")));
    const nested = ["> Bob wrote:", ...cards(2).slice(0, 3).map((line) => `> > ${line}`), "> Nice one, Bob.", ...cards(2).slice(3).map((line) => `> > ${line}`)].join("\n");
    expect(papersOf(nested)).toEqual(papersOf(cards(2).join("\n")));
    expect(readQuotes(nested).events).toEqual(["opened 2:1", "left 2"]);
  });

  it("reads a listing quoted in a reply as the listing itself, with one diagnostic where the run opens", () => {
    const quoted = `On Tue, Nov 24, 2026 at 10:02, Jana wrote:\n\n${CARDS.map((line) => `> ${line}`).join("\n")}\n\nBest,\nMarta`;
    const plain = parseListing(SAMPLE_TEXT, OPTIONS);
    const read = parseListing(quoted, OPTIONS);
    expect(papersOf(quoted)).toEqual(papersOf(SAMPLE_TEXT));
    expect(read.papers[0]!.source).toEqual({ startLine: 3, endLine: 5 });
    expect(read.diagnostics.filter((d) => d.code === "quote-markers")).toEqual([
      { severity: "info", code: "quote-markers", message: 'read the lines quoted in an e-mail reply from here on without their quote markers (">")', line: 3, column: 1 },
    ]);
    // Columns still count the input: the date of the first card's header is after its marker.
    const inferred = read.diagnostics.find((d) => d.code === "year-inferred")!;
    const original = plain.diagnostics.find((d) => d.code === "year-inferred")!;
    expect([inferred.line, inferred.column]).toEqual([original.line + 2, original.column + 2]);
  });

  it("weighs a quoted line's runs of spaces and trailing blanks as a plain line's: an e-mail's wrap is no terminal's cuts", () => {
    // Wrapped at 66 columns, quoted with uneven blanks after the markers and runs of spaces inside:
    // four lines are 67 wide once the runs are collapsed, which read as a terminal's cuts when the
    // quote reader dropped what the runs told ("design" + "changes" joined as "designchanges").
    const lines = [
      "> CVApr\u00a08,\u00a02018Code",
      "> YOLOv3: An Incremental ImprovementJoseph Redmon, Ali Farhadi",
      ">\tWe present some updates to YOLO! We made a bunch of little design",
      ">changes to make  it better.  We also  trained this new network that's",
      ">\tpretty swell. It's a little bigger than  last time but more",
      ">  accurate. It's still fast though, don't worry. At $320\\times 320$",
      ">  YOLOv3 runs in 22 ms at 28.2  mAP, as accurate as SSD but three",
      ">  times faster. When we  look at the old .5 IOU mAP detection metric",
      ">\tYOLOv3 is quite good. As always, all the code  is online.",
      ">  LGDec\u00a022,\u00a02014",
      "> Adam: A Method for Stochastic OptimizationDiederik P. Kingma, Jimmy Ba",
      ">\tWe introduce Adam, an algorithm for first-order gradient-based",
    ];
    const { papers, diagnostics } = parseListing(lines.join("\n"), OPTIONS);
    expect(papers[0]!.abstract).toMatch(/^We present some updates to YOLO! We made a bunch of little design changes to make it better\. We also trained /);
    expect(diagnostics.map((d) => d.code)).not.toContain("terminal-cuts");
    // The same lines unquoted read the same.
    const plain = parseListing(lines.map((line) => line.slice(1)).join("\n"), OPTIONS);
    expect(papers.map((paper) => paper.abstract)).toEqual(plain.papers.map((paper) => paper.abstract));
  });

  it("reads numbered cards quoted after an attribution line", () => {
    let n = 0;
    const text = ["Jana Novak <jana@example.com> wrote:", ...cards(3).map((line, i) => `> ${i % 3 === 0 ? `${++n}. ` : ""}${line}`)].join("\n");
    expect(papersOf(text)).toEqual(papersOf(cards(3).join("\n")));
  });
});

describe("cards as the items of a list", () => {
  it("reports a number or bullet before a header as ignored text, not as the end of the abstract before it", () => {
    const cards = SAMPLE_TEXT.split("\n").slice(0, 9);
    for (const marker of ["1.", "1)", "(1)", "[1]", "•", "-"]) {
      let n = 0;
      const listed = cards.map((line, i) => (i % 3 === 0 ? `${marker.replace("1", String(++n))} ${line}` : `   ${line}`)).join("\n");
      const { papers, diagnostics } = parseListing(listed, OPTIONS);
      expect(papers.map((p) => p.abstract)).toEqual(parseListing(cards.join("\n"), OPTIONS).papers.map((p) => p.abstract));
      expect(diagnostics.filter((d) => d.code === "ignored-text").map((d) => d.message)).toEqual(
        [1, 2, 3].map((k) => `ignored the list marker "${marker.replace("1", String(k))}" before the header`),
      );
      expect(diagnostics.some((d) => d.code === "merged-lines")).toBe(false);
    }
  });

  it("still reads text glued before a header as the end of the line before, a number with no space after it too", () => {
    const { papers, diagnostics } = parseListing(`${SAMPLE_TEXT.split("\n").slice(0, 3).join("\n")}\nthe end.LGSep 28, 2022\n${SAMPLE_TEXT.split("\n").slice(4, 6).join("\n")}`, OPTIONS);
    expect(papers[0]!.abstract.endsWith("community. the end.")).toBe(true);
    expect(diagnostics.some((d) => d.code === "merged-lines")).toBe(true);
    for (const marker of ["[2]", "(2)"]) {
      const glued = parseListing(`${cards(1).join("\n")}\n${marker}LGSep 28, 2022\n${CARDS.slice(4, 6).join("\n")}`, OPTIONS);
      expect(glued.papers.map((p) => p.abstract)).toEqual(parseListing(cards(2).join("\n"), OPTIONS).papers.map((p) => p.abstract));
    }
    const figure = parseListing(`${cards(1).slice(0, 2).join("\n")}\nas shown in Fig.\n2.LGSep 28, 2022\n${CARDS.slice(4, 6).join("\n")}`, OPTIONS);
    expect(figure.papers[0]!.abstract).toBe("as shown in Fig. 2.");
  });
});

describe("withoutStart", () => {
  it("keeps the lines a terminal cut and joined on, counted from the cut, and drops tabs unless told", () => {
    const lastPiece = { line: 6, offset: 0, text: "Jane Doe" };
    const line = { line: 5, offset: 0, text: "22/11/2026, 10:14 - Ana: A TitleJane Doe", joins: [32, 6, 0], lastPiece, tabs: [24] };
    const cut = withoutStart(line, 25);
    expect([cut.text, cut.joins, cut.lastPiece, cut.tabs]).toEqual(["A TitleJane Doe", [7, 6, 0], lastPiece, undefined]);
    expect(positionIn(cut, 8)).toEqual({ line: 6, column: 2 });
    expect(withoutStart({ line: 4, offset: 0, text: "+LGFeb 10 read", tabs: [9] }, 1, 1).tabs).toEqual([8]);
  });
});
