// Damage that loses nothing must change nothing: every real listing the
// project holds (the sample and the holdout listings), copied and pasted with
// any mix of the damage FORMAT.md lists, and of other damage the parser
// undoes (a tab after the code, a bullet for the dot, HTML entities, mojibake,
// runs of spaces, old Mac line ends, lost line breaks before headers, e-mail
// quotes, list markers, a text browser's link numbers, a spreadsheet's CSV, a diff), must
// give the papers its clean copy gives, but for their line numbers.
import { readdirSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Paper } from "../../src/model/paper.js";
import { parseListing } from "../../src/parse/parse-listing.js";
import { fixturePath, readFixture } from "../support/sample.js";
import { wrapAtSpaces } from "../support/wrap.js";

const options = { referenceDate: "2026-11-26" };
const names = ["sample.txt", ...readdirSync(fixturePath("holdout")).filter((n) => /^real-\d+\.txt$/.test(n)).map((n) => `holdout/${n}`)];
const withoutSource = (papers: Paper[]) => papers.map(({ source: _source, ...paper }) => paper);

/** A listing's lines, with which of them are headers and bylines (from its clean reading). */
interface Listing {
  readonly lines: string[];
  readonly headers: Set<number>;
  readonly bylines: Set<number>;
  readonly papers: ReturnType<typeof withoutSource>;
}

const listings: Listing[] = names.map((name) => {
  const text = readFixture(name);
  const { papers } = parseListing(text, options);
  return {
    lines: text.split("\n"),
    headers: new Set(papers.map((p) => p.source!.startLine - 1)),
    bylines: new Set(papers.map((p) => p.source!.startLine)),
    papers: withoutSource(papers),
  };
});

/**
 * The papers with the title and authors of each known split miss left out (real-109's
 * "…SimulationPAN Team Institute of" by "Foundation Models", see test/parse/holdout.test.ts):
 * the damage is built around the clean reading's split (a browser's link marker after "of",
 * paragraphs parted there), as no real copy would be. Every other field of those cards is compared.
 */
function withoutSplitMisses(papers: ReturnType<typeof withoutSource>, misses: readonly number[] = []): unknown[] {
  return papers.map((paper, i) => (misses.includes(i) ? { ...paper, title: "", authors: [] } : paper));
}

/** The known split misses of the real listings, by listing and card (as SPLIT_MISSES in test/parse/holdout.test.ts). */
const KNOWN_SPLIT_MISSES: Readonly<Record<string, readonly number[]>> = { "holdout/real-109.txt": [17] };

const PAGE_TEXT = ["Papers", "Load more", "Trending", "## Recent papers", "Sign in", "Sort by: Recent", "Showing 1-50 of 2,345 papers", "Privacy · Terms", "Back to top"];

/** What one copy and paste did, chosen at random. */
const damage = fc.record({
  listing: fc.nat(listings.length - 1),
  seed: fc.integer(),
  // Every abstract hard-wrapped at this many columns (never inside a word), or not at all.
  wrap: fc.option(fc.integer({ min: 30, max: 100 })),
  lineEnd: fc.constantFrom("\n", "\r\n", "\r", "mixed"),
  bom: fc.boolean(),
  trailing: fc.boolean(),
  leading: fc.boolean(),
  nbspInDates: fc.boolean(),
  nbspAroundDot: fc.boolean(),
  zeroWidthInHeaders: fc.boolean(),
  blankLines: fc.boolean(),
  pageText: fc.boolean(),
  // Beyond FORMAT.md's list:
  tabAfterCode: fc.boolean(),
  bulletForDot: fc.boolean(),
  // HTML character references, or else UTF-8 read as Windows-1252, as Latin-1, or as Windows-1252
  // twice (the whole text, last).
  encoding: fc.constantFrom("utf-8", "entities", "mojibake", "latin-1", "mojibake twice"),
  spaceRuns: fc.boolean(),
  // Some headers glued to the end of the line before them (with no blank line between).
  lostBreaks: fc.boolean(),
  // Every line quoted in an e-mail reply ("" for none).
  quote: fc.constantFrom("", "", "> ", ">", ">> ", "> > "),
  // Every card numbered or bulleted as an item of a list ("" for none; "1." counts up).
  listMarker: fc.constantFrom("", "", "1.", "1)", "•", "-"),
  // A text browser's numbered links ("[7]Title[8]Name, [9]Name"), counted from this number, or none.
  linkNumbers: fc.option(fc.integer({ min: 1, max: 500 })),
  // Pasted into a spreadsheet, a line to a row, and saved as CSV: one column, or two with notes typed beside some rows ("" for none);
  // or the two columns copied and pasted as text (tabs between cells), or saved as a semicolon's CSV.
  spreadsheet: fc.constantFrom("", "", "", "", "one column", "two columns", "tabs", "semicolons"),
  // Pasted into a chat and copied out of a client's log: a time stamp and the sender before every
  // line, blank lines dropped (a chat sends none), as WeeChat ("2026-11-26 14:02:00\tdana\t") or
  // irssi ("14:02 <dana> ") logs it, with someone else's line now and then ("" for none).
  chatLog: fc.constantFrom("", "", "", "weechat", "irssi"),
  // Kept in a repository and copied out of `git diff` or `git log -p`: a "+" before every line of
  // a new file, or hunks of added lines, kept lines and removed ones, copied from a terminal or
  // saved as a patch file, which keeps the blanks at the lines' ends ("" for none).
  diff: fc.constantFrom("", "", "", "", "new file", "hunks", "saved hunks"),
  // A card's blocks set apart as paragraphs, as some text renderings of the pages give them: the
  // header, the title, its authors and the abstract each after a blank line.
  paragraphs: fc.constantFrom(false, false, false, true),
  // An HTML e-mail read as the plain text its client made of it: every link's target after its
  // text in angle brackets, the title's and the Code badge's.
  angleLinks: fc.constantFrom(false, false, false, true),
});

type Damage = typeof damage extends fc.Arbitrary<infer T> ? T : never;

/** A small deterministic random source, so a failing case replays from its seed. */
function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

/** The listing's text after the copy and paste `d`. */
function damaged(listing: Listing, d: Damage): string {
  const next = random(d.seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const out: string[] = [];
  let cards = 0;
  let links = d.linkNumbers ?? 0;
  // Every line end, "mixed" choosing LF or CRLF each time.
  const lineEnd = () => (d.lineEnd === "mixed" ? pick(["\n", "\r\n"]) : d.lineEnd);
  listing.lines.forEach((line, i) => {
    const header = listing.headers.has(i);
    if (header && i > 0) {
      if (d.blankLines) for (let n = Math.floor(next() * 3); n > 0; n--) out.push(lineEnd());
      if (d.pageText && next() < 0.3) out.push(lineEnd(), `${pick(PAGE_TEXT)}${lineEnd()}`, lineEnd());
    }
    let text = line;
    if (header) cards += 1;
    if (header && d.listMarker !== "") text = `${d.listMarker.replace("1", String(cards))} ${text}`;
    if (d.linkNumbers !== null) text = withLinkNumbers(text, header, listing.bylines.has(i) ? listing.papers[cards - 1]!.title : undefined, () => links++);
    if (header && d.tabAfterCode) text = text.replace(/^([A-Za-z.-]+?)(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/, "$1\t$2");
    if (!header && d.encoding === "entities") text = text.replaceAll("&", "&amp;").replaceAll("'", "&#39;").replaceAll('"', "&quot;");
    if (d.bulletForDot) text = text.replaceAll(" · ", " • ");
    if (header && d.nbspInDates) text = text.replaceAll(" ", "\u00a0");
    if (header && d.zeroWidthInHeaders) text = text.replace(/^([A-Za-z.-]+?)(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/, "$1\u200b$2");
    if (d.nbspAroundDot) text = text.replaceAll(" · ", "\u00a0·\u00a0");
    // (Not with a text browser's link numbers, another way of marking the same links; nor in a
    // sheet's rows with the card's blocks set apart as paragraphs: a title's target then ends
    // a cell, after blanks or not, which no mail and no sheet write together.)
    if (d.angleLinks && d.linkNumbers === null && !(d.paragraphs && d.spreadsheet !== "")) {
      const title = listing.bylines.has(i) ? listing.papers[cards - 1]!.title : undefined;
      if (title !== undefined && text.startsWith(title)) text = `${title} <https://arxiv.org/abs/2605.0${cards}>${text.slice(title.length)}`;
      else if (header && text.endsWith("Code")) text = `${text} <https://github.com/lab/repo${cards}>`;
    }
    let pieces = d.wrap !== null && !header && !listing.bylines.has(i) ? wrapAtSpaces(text, d.wrap) : [text];
    // (Not with a text browser's link numbers, which the title's end carries; nor in a chat log,
    // which drops the blank lines: a title alone on the line above its authors is a known miss.)
    if (d.paragraphs && d.linkNumbers === null && d.chatLog === "") {
      const title = listing.bylines.has(i) ? listing.papers[cards - 1]!.title : undefined;
      // (The title's link target, when an e-mail client wrote one, stays with the title.)
      const titleEnd = title === undefined ? 0 : text.startsWith(`${title} <`) ? text.indexOf(">", title.length) + 1 : title.length;
      if (title !== undefined && text.startsWith(title) && text.length > titleEnd) pieces = [text.slice(0, titleEnd), "", text.slice(titleEnd), ""];
      else if (header) pieces = [text, ""];
    }
    for (let piece of pieces) {
      if (d.spaceRuns) piece = piece.replace(/ /g, () => (next() < 0.05 ? "  " : " "));
      const lead = d.leading ? pick(["", " ", "  ", "\t"]) : "";
      const trail = d.trailing ? pick(["", " ", "  ", "\t", " \t", "\u00a0"]) : "";
      const end = lineEnd();
      // (A numbered card glued to the line before it, "…results.2. LGSep 28", is not undone.)
      const glued = header && d.lostBreaks && !d.blankLines && !d.pageText && d.listMarker === "" && i > 0 && next() < 0.3;
      if (glued) out.push(`${out.pop()!.trimEnd()}${piece}${trail}${end}`);
      else out.push(`${lead}${piece}${trail}${end}`);
    }
  });
  const text = out.join("").replace(/\r?\n$|\r$/, "");
  const page = d.pageText ? `${pick(PAGE_TEXT)}${lineEnd()}${text}${lineEnd()}${lineEnd()}${pick(PAGE_TEXT)}` : text;
  // Saved as CSV by a spreadsheet, the lines its rows (each row's line end kept). (Not then
  // quoted in an e-mail: each reader opens only at a header that the other's marks hide; nor
  // over HTML references, which are decoded before the cells are read: a "&quot;" that
  // becomes a quote can close a cell; nor over a text browser's link numbers, which hide the
  // headers and author lists the reading begins at.)
  const rows = d.spreadsheet === "" || d.quote !== "" || d.encoding === "entities" || d.linkNumbers !== null ? page : page.split(/(\r\n|\r|\n)/).map((part, i) => (i % 2 === 0 ? asSheetRow(part, d.spreadsheet, pick(NOTES)) : part)).join("");
  // Quoted after the copy: a reply quotes each line as the mail holds it, blank ones too.
  const quoted = d.quote === "" ? rows : rows.split(/(\r\n|\r|\n)/).map((part, i) => (i % 2 === 0 ? d.quote + part : part)).join("");
  // Logged after the copy, each line a message of its own. (Not over a spreadsheet's rows, whose
  // cells a tab would part from the log's prefix, nor over a text browser's link numbers.)
  const logged = d.chatLog === "" || d.spreadsheet !== "" || d.linkNumbers !== null ? quoted : asChatLog(quoted, d.chatLog, next);
  // Committed after the copy and shown as a diff, git's marks before every line. (Not a sheet's
  // rows parted by tabs copied from a terminal, which trims the tab after a row's first cell
  // when its note is empty: such rows only begin to be read at a card's header with a note.)
  const trimmed = d.diff !== "saved hunks";
  const diffed = d.diff === "" || (trimmed && d.spreadsheet === "tabs") ? logged : asDiff(logged, d.diff, next);
  const whole = (d.bom ? "\ufeff" : "") + diffed;
  const misread = d.encoding === "mojibake" ? asWindows1252 : d.encoding === "latin-1" ? asLatin1 : d.encoding === "mojibake twice" ? (line: string) => asWindows1252(asWindows1252(line)) : undefined;
  return misread ? whole.split(/(\r\n|\r|\n)/).map(misread).join("") : whole;
}

/**
 * Text as git shows it in a diff, copied from a terminal (line ends LF, blanks at line ends
 * trimmed) or saved as a patch file (`"saved hunks"`, blanks kept): the file's header, then either one hunk that adds every line (a new file) or
 * hunks of 5 to 40 lines, each line added ("+") or kept (" "), with now and then a line the
 * commit removed ("-": page text, or a card's header that must not come back) before one.
 * Each hunk's header counts its lines and shows a piece of the line above it, as git does.
 */
function asDiff(text: string, kind: string, next: () => number): string {
  const lines = text.split(/\r\n|\r|\n/);
  const out = ["diff --git a/notes/papers.txt b/notes/papers.txt", ...(kind === "new file" ? ["new file mode 100644", "index 0000000..21a03fb", "--- /dev/null"] : ["index 3e1c2a9..21a03fb 100644", "--- a/notes/papers.txt"]), "+++ b/notes/papers.txt"];
  if (kind === "new file") {
    out.push(`@@ -0,0 +1,${lines.length} @@`, ...lines.map((line) => `+${line}`));
  } else {
    let at = 0;
    let oldAt = 1;
    while (at < lines.length) {
      const hunk = lines.slice(at, at + 5 + Math.floor(next() * 36));
      const body: string[] = [];
      let olds = 0;
      for (const line of hunk) {
        if (next() < 0.08) {
          body.push(`-${next() < 0.5 ? PAGE_TEXT[Math.floor(next() * PAGE_TEXT.length)]! : "LGJan 1, 2020"}`);
          olds += 1;
        }
        const kept = next() < 0.3;
        body.push(`${kept ? " " : "+"}${line}`);
        if (kept) olds += 1;
      }
      const above = at > 0 ? ` ${lines[at - 1]!.slice(0, 40)}` : "";
      out.push(`@@ -${oldAt},${olds} +${at + 1},${hunk.length} @@${above}`, ...body);
      oldAt += olds + 3;
      at += hunk.length;
    }
  }
  out.push("\\ No newline at end of file");
  return (kind === "saved hunks" ? out : out.map((line) => line.trimEnd())).join("\n");
}

/**
 * Text as a chat client logs it when pasted as messages: every line that is not blank a
 * message, with the time (two seconds on each) and the sender before it; blank lines dropped;
 * now and then another's message or a notice between two lines.
 */
function asChatLog(text: string, client: string, next: () => number): string {
  let seconds = 14 * 3600;
  const prefix = (sender: string) => {
    seconds += 2;
    const time = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60].map((n) => String(n).padStart(2, "0"));
    return client === "weechat" ? `2026-11-26 ${time.join(":")}\t${sender}\t` : `${time[0]}:${time[1]} <${sender}> `;
  };
  const out: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line.trim() === "") continue;
    if (next() < 0.03) out.push(client === "weechat" ? `${prefix("-->")}kwame (~kwame@user/kwame) has joined #papers` : `${prefix("@marek")}nice, thanks`);
    out.push(prefix("dana") + line);
  }
  return out.join("\n");
}

/** Notes typed in a second column beside a pasted listing's rows. */
const NOTES = ["", "", "", "read", "cite?", "skim", "read, cite", 'see "II"'];

/**
 * A line as a spreadsheet writes it as a row, then the note's cell unless the sheet has one
 * column: saved as CSV, a cell with a comma or a quote quoted, its quotes doubled; copied as
 * text, one with a tab quoted, cells parted by tabs; saved as a semicolon's CSV, one with a
 * semicolon or a quote quoted.
 */
function asSheetRow(line: string, sheet: string, note: string): string {
  const separator = sheet === "tabs" ? "\t" : sheet === "semicolons" ? ";" : ",";
  const quoted = sheet === "tabs" ? /\t/ : sheet === "semicolons" ? /[";]/ : /[",]/;
  const cell = (text: string) => (quoted.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
  return sheet === "one column" ? cell(line) : `${cell(line)}${separator}${cell(note)}`;
}

/**
 * A line as `lynx -dump` numbers its links: a header's Code badge, and in a
 * byline the title (`title`, as the clean copy reads it) and each author.
 */
function withLinkNumbers(text: string, header: boolean, title: string | undefined, next: () => number): string {
  if (header) return text.replace(/Code$/, () => `[${next()}]Code`);
  if (title === undefined || !text.startsWith(title)) return text;
  const [authors, affiliations] = text.slice(title.length).split(" · ");
  const numbered = `[${next()}]${title}${authors!.split(", ").map((author) => `[${next()}]${author}`).join(", ")}`;
  return affiliations === undefined ? numbered : `${numbered} · ${affiliations}`;
}

// The characters Windows-1252 gives the bytes 0x80–0x9f (undefined ones stay control characters).
const WINDOWS_1252 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

/** A line's UTF-8 bytes read as Windows-1252; a line with a byte Windows-1252 lacks is left as it was, as a browser shows it. */
function asWindows1252(line: string): string {
  const bytes = new TextEncoder().encode(line);
  if (bytes.some((b) => b === 0x81 || b === 0x8d || b === 0x8f || b === 0x90 || b === 0x9d)) return line;
  return Array.from(bytes, (b) => (b >= 0x80 && b < 0xa0 ? WINDOWS_1252[b - 0x80]! : String.fromCharCode(b))).join("");
}

/** A line's UTF-8 bytes read as Latin-1, which keeps 0x80–0x9f as control characters ("TrÄ\u0099bacz"). */
function asLatin1(line: string): string {
  return Array.from(new TextEncoder().encode(line), (b) => String.fromCharCode(b)).join("");
}

describe("damage that loses nothing", () => {
  it("leaves the papers of every real listing as its clean copy gives them", () => {
    fc.assert(
      fc.property(damage, (d) => {
        const listing = listings[d.listing]!;
        const misses = KNOWN_SPLIT_MISSES[names[d.listing]!];
        expect(withoutSplitMisses(withoutSource(parseListing(damaged(listing, d), options).papers), misses)).toEqual(withoutSplitMisses(listing.papers, misses));
      }),
      { numRuns: Number(process.env.RUNS ?? 150), ...(process.env.SEED ? { seed: Number(process.env.SEED) } : {}) },
    );
  });
});
