import { describe, expect, it } from "vitest";
import { createChatLogReader } from "../../src/parse/chat-log.js";
import { splitLines } from "../../src/parse/lines.js";
import { parseListing } from "../../src/parse/parse-listing.js";
import { SAMPLE_GOLD, SAMPLE_REFERENCE_DATE, SAMPLE_TEXT } from "../support/sample.js";

const OPTIONS = { referenceDate: SAMPLE_REFERENCE_DATE };

/** The texts the reader leaves of each line of `text` (null for a dropped line), and what it reported. */
function readLog(text: string) {
  const events: string[] = [];
  const read = createChatLogReader({ opened: (line, column) => events.push(`opened ${line}:${column}`), other: (line) => events.push(`other ${line.line}`) });
  return { texts: splitLines(text).lines.map((line) => read(line)?.text ?? null), events };
}

describe("chat log prefixes", () => {
  it("opens at a card's header after a time and a sender, and cuts the sender's prefix off from there on", () => {
    const { texts, events } = readLog(["2026-11-26 14:01:49\tdana\tpasting the page", "2026-11-26 14:02:00\tdana\tLGFeb 10", "2026-11-26 14:02:02\tdana\tA TitleJane Doe"].join("\n"));
    expect(texts).toEqual(["2026-11-26 14:01:49 dana pasting the page", "LGFeb 10", "A TitleJane Doe"]);
    expect(events).toEqual(["opened 2:1"]);
    // irssi's and ZNC's shapes, a channel operator's mark, a list's marker before the header.
    expect(readLog("14:02 <@dana> 2. LGFeb 10\n14:02 <@dana> A TitleJane Doe").texts).toEqual(["2. LGFeb 10", "A TitleJane Doe"]);
    expect(readLog("[14:02:00] <dana> LGFeb 10\n[14:02:01] <dana> A TitleJane Doe").texts).toEqual(["LGFeb 10", "A TitleJane Doe"]);
  });

  it("drops someone else's lines and the client's notices, and ends where the log does", () => {
    const { texts, events } = readLog(["14:02 <dana> LGFeb 10", "14:02 <marek> nice", "14:03 -!- kwame has joined #papers", "14:03 <dana> A TitleJane Doe", "", "Best, Dana", "14:04 <dana> We study."].join("\n"));
    expect(texts).toEqual(["LGFeb 10", null, null, "A TitleJane Doe", "", "Best, Dana", "14:04 <dana> We study."]);
    expect(events).toEqual(["opened 1:1", "other 2", "other 3"]);
  });

  it("leaves a plain listing alone: a line that opens with a time is no log's unless a header follows the sender", () => {
    const lines = ["CLJul 31, 2024", "A Study of ThingsJane Doe", "14:02 The runs took two hours on one GPU.", "10:30 am to 12:00 pm is the peak of the load."];
    expect(readLog(lines.join("\n")).texts).toEqual(lines);
  });

  it("reads a quoted and logged line's tabs as the typist's, not as a sheet's cells (seed 10152)", () => {
    // (Lines indented with tabs and ending in them, quoted in a reply, then logged by irssi.)
    const text = [
      "14:00 <dana> >Sort by: Recent",
      "14:00 <dana> >\tSaved papers\t",
      "14:00 <dana> >\tReading group · Statistics,  ",
      "14:00 <dana> >\tEconometrics & Global Health ",
      "14:00 <dana> >1)  PEMar 26, 2020Code \t",
      "14:00 <dana> >  Age-structured impact of social distancing on the COVID-19 epidemic  in IndiaRajesh Singh, R. Adhikari · cambridge\u00a0",
      "14:00 <dana> >\tSocial distancing is the only  ",
      "14:00 <dana> >non-pharmaceutical\t",
      "14:00 <dana> > intervention available against\u00a0",
      "14:00 <dana> > the spread of COVID-19 in  ",
      "14:00 <dana> >India. We use an  ",
      "14:00 <dana> > age-structured SIR model with ",
      "14:00 <dana> >\tsocial contact matrices from",
      "14:00 <dana> >\tsurveys and Bayesian ",
      "14:00 <@marek> nice, thanks",
      "14:00 <dana> >  imputation to study how the\t",
      "14:00 <dana> >epidemic in India responds to ",
      "14:00 <dana> > school  closures,  workplace \t",
      "14:00 <dana> > distancing and lockdowns of  ",
      "14:00 <dana> >different lengths.  A\t",
    ].join("\n");
    const { papers, diagnostics } = parseListing(text, { referenceDate: SAMPLE_REFERENCE_DATE });
    expect(diagnostics.some((d) => d.code === "sheet-cells")).toBe(false);
    expect(papers[0]!.abstract.startsWith("Social distancing is the only non-pharmaceutical intervention available against the spread")).toBe(true);
  });

  it("reads the sample pasted into IRC and logged by WeeChat as the sample itself, with another's line inside an abstract", () => {
    let seconds = 0;
    const log = SAMPLE_TEXT.split("\n").flatMap((line, i) => {
      seconds += 2;
      const stamp = `2026-11-26 14:${String(Math.floor(seconds / 60) % 60).padStart(2, "0")}:${String(seconds % 60).padStart(2, "0")}`;
      const own = `${stamp}\tdana\t${line}`;
      return i === 5 ? [own, `${stamp}\t@marek\tnice, keep them coming`] : [own];
    });
    const { papers, diagnostics } = parseListing(log.join("\n"), OPTIONS);
    expect(papers.map(({ source: _source, ...paper }) => paper)).toEqual(parseListing(SAMPLE_TEXT, OPTIONS).papers.map(({ source: _source, ...paper }) => paper));
    expect(papers).toHaveLength(SAMPLE_GOLD.length);
    expect(diagnostics.filter((d) => d.code === "chat-log" || d.code === "ignored-text")).toEqual([
      { severity: "info", code: "chat-log", message: "read the sender's lines of a chat log from here on without their time stamp and name", line: 1, column: 1 },
      { severity: "info", code: "ignored-text", message: 'ignored a line of someone else in the chat log: "2026-11-26 14:00:12 @marek nice, keep them coming"', line: 7, column: 1 },
    ]);
  });
});
