// An entry's abstract: which lines after the byline are its abstract and which
// are page text, and how hard-wrapped lines join.

import { arxivIdOfLine } from "../_lib/arxiv.js";
import { isDigit } from "../_lib/chars.js";
import { endsInFunctionWord } from "./byline.js";
import { CHAT_STAMP, isChatHead, STAMP_TIME } from "./chat-heads.js";
import type { SourceLine } from "./lines.js";
import { endsSentence, isChrome, isHeading, isPageText, isShortTrailingText, PRINTED_FOOTER } from "./page-text.js";
import type { RawEntry } from "./raw-entry.js";

/**
 * Chooses the abstract lines of an entry: the lines after the byline, where a
 * later paragraph or a short trailing line that reads as page text
 * ("Load more") is ignored rather than glued to the abstract.
 *
 * @example
 * // "Load more" after a finished abstract is page text
 * splitAbstract(entry, false).ignored.length; //=> 1
 *
 * @internal
 */
export function splitAbstract(raw: RawEntry, blankLineEndsAbstract: boolean): {
  abstractLines: SourceLine[];
  ignored: SourceLine[][];
  idLine?: { line: SourceLine; id: string };
} {
  const abstractLines: SourceLine[] = [];
  const ignored: SourceLine[][] = [];
  let idLine: { line: SourceLine; id: string } | undefined;
  let abstractEnded = false;
  // Whether the lines before `runKnownBefore` run on into prose (see `runOn`).
  let runKnownBefore = 0;
  let runsOn = false;
  // The longest abstract line so far: the width a hard-wrapped abstract is wrapped at.
  let widest = 0;
  // Where the short bare lines that end the body start (see `trailingTail`), once needed.
  let tail: number | undefined;
  // The width the body's lines show it wrapped at, once needed (see `wrapWidth`).
  let bodyWidth: number | undefined;
  // A chat export's next message came ("21/11/2026, 09:15 - Ana: …"): the lines from it on are other messages.
  let chatEnded = false;
  // The sender of a message right under the byline (see below), while its lines go on.
  let interrupter: string | undefined;
  // Whether a chat's lines came right under the byline (a time alone, Teams' "has context menu"):
  // someone's messages, up to the card's abstract, the first line with none after it (see `isChatChrome`).
  let chromeUnderByline = false;
  // What was cut off lines of the body: a chat's edit marks and stamps, reported as page text.
  let cutOffs: SourceLine[][] | undefined;
  for (let i = 1; i < raw.body.length; i++) {
    let line = raw.body[i]!;
    // (Only after a sentence, right after the byline or after someone's message there: prose may
    // wrap before a date and a time. A system message, with no sender, opens with a name: "Ana
    // Souza added Priya Raman".)
    const stamp = chatEnded ? undefined : CHAT_STAMP.exec(line.text);
    // (A message with no sender is a system message, "Ana Souza added Priya Raman", or an
    // emote, "* Tomasz Wójcik is reading …", as Element writes one: it opens with a name.)
    if (stamp && (i === 1 || interrupter !== undefined || endsSentence(raw.body[i - 1]!.text.replace(EDIT_MARK, ""))) && (stamp[1] !== undefined || /^(?:\* )?\p{Lu}/u.test(line.text.slice(stamp[0].length)))) {
      const rest = line.text.slice(stamp[0].length);
      const sender = stamp[1]?.replace(/:\s*$/, "");
      const abstractMessage = sender !== undefined && rest.length > 80 && endsSentence(rest);
      if (interrupter !== undefined && sender === interrupter) {
        // (The interrupter's next message: no part of the card either.)
        pushIgnored(ignored, line, false);
        continue;
      }
      if (abstractMessage && (i === 1 || interrupter !== undefined)) {
        // The card's abstract sent as a message of its own, right under the byline or after
        // someone else's message: the stamp is no part of it.
        (cutOffs ??= []).push([{ line: line.line, offset: line.offset, text: stamp[0].trimEnd() }]);
        line = { ...line, offset: line.offset + stamp[0].length, text: rest };
        interrupter = undefined;
      } else if (i === 1 && sender !== undefined) {
        // Someone's message between the byline and the abstract ("wait, are these all from this
        // year?"): its lines are no part of the card; the abstract may come after it, a long
        // sentence sent by anyone else. (Whoever sent the card is not known here: a third
        // person's long reply would be taken for it.)
        interrupter = sender;
        pushIgnored(ignored, line, true);
        continue;
      } else {
        chatEnded = true;
        interrupter = undefined;
      }
    } else if (interrupter !== undefined) {
      // (The interrupting message's further lines; a card's abstract would come as a message.)
      pushIgnored(ignored, line, false);
      continue;
    } else if (i === 1 && line.text.length <= MAX_SENDER && isChatChrome(line.text)) {
      chromeUnderByline = true;
    }
    if (chromeUnderByline) {
      // (The chat's lines, and a message's or a sender's line with the chat's after it: up to a
      // line with none after it, or a long sentence, the card's abstract, sent as a message of its
      // own, with the chat's lines after it as after every message.)
      const next = raw.body[i + 1]?.text;
      const chrome = line.text.length <= MAX_SENDER && isChatChrome(line.text);
      if (chrome || (next !== undefined && next.length <= MAX_SENDER && isChatChrome(next) && !(line.text.length > MIN_ABSTRACT_MESSAGE && endsSentence(line.text)))) {
        pushIgnored(ignored, line, false);
        continue;
      }
      chromeUnderByline = false;
    }
    // What Slack copies after a message: its reactions, the next message's sender and time.
    // (Only after a sentence, or a blank line: a name may end a line of prose.)
    // (Or after a sentence and a thread's counter, "…a luxury label. 7/33"; a post's counts
    // above the next post's head and handle need no sentence before them, see `opensPostTail`.)
    if (!chatEnded && !stamp) {
      const before = raw.body[i - 1]!.text;
      // (The counter looked for only after a line ending in a digit: most lines end a word.)
      const sentenceBefore = raw.afterBlank[i] || endsSentence(isDigit(before.charCodeAt(before.length - 1)) ? before.replace(THREAD_COUNTER, "") : before);
      const postTail = opensPostTail(raw.body, i, !sentenceBefore);
      // (A link's preview may follow the paper's link, read as its id, after the abstract's last sentence.)
      const last = abstractLines.at(-1);
      const afterAbstract = sentenceBefore || (idLine !== undefined && idLine.line === raw.body[i - 1] && last !== undefined && endsSentence(last.text));
      const preview = afterAbstract && opensLinkPreview(raw.body, i);
      if (postTail || preview || (sentenceBefore && (opensSlackTail(raw.body, i) || opensDiscordTail(raw, i)))) {
        chatEnded = true;
        // (The thread's counter after the abstract's last sentence is the post's, not the abstract's.)
        const counter = (postTail || preview) && last && last === raw.body[i - 1] ? THREAD_COUNTER.exec(last.text) : null;
        if (counter && endsSentence(last!.text.slice(0, counter.index))) {
          (cutOffs ??= []).push([{ line: last!.line, offset: last!.offset + counter.index + 1, text: counter[0].trim() }]);
          abstractLines[abstractLines.length - 1] = { ...last!, text: last!.text.slice(0, counter.index) };
        }
      }
    }
    if (chatEnded) {
      pushIgnored(ignored, line, Boolean(stamp) || raw.afterBlank[i]!);
      continue;
    }
    // (Discord's time beside the same sender's next message, where a listing pasted in several
    // messages was split inside an abstract: no part of it.)
    if (line.text.length <= MAX_SENDER && line.text.charCodeAt(0) === 91 && HOVER_TIME.test(line.text)) {
      (cutOffs ??= []).push([line]);
      continue;
    }
    const editMark = line.text.endsWith(EDIT_MARK) ? EDIT_MARK : line.text.endsWith(SLACK_EDIT_MARK) && endsSentence(line.text.slice(0, -SLACK_EDIT_MARK.length)) ? SLACK_EDIT_MARK : undefined;
    if (editMark) {
      const cut = line.text.length - editMark.length;
      (cutOffs ??= []).push([{ line: line.line, offset: line.offset + cut + 1, text: editMark.slice(1) }]);
      line = { ...line, text: line.text.slice(0, cut) };
    }
    // A line that only points at arXiv ("arXiv:2408.00118v2 [cs.CL]") is the paper's id, not prose.
    const id = idLine ? undefined : arxivIdOfLine(line.text);
    if (id) {
      // (Not after page text that followed the abstract: a note's own links come there, as
      // Google Keep's "Web Links" with the link to the first card of the note.)
      // (A card's own "Read more" right under its abstract, with the link right under it, is no
      // such page text.)
      const run = ignored.at(-1);
      const before = run?.at(-1);
      const readMore = run?.length === 1 && READ_MORE.test(before!.text) && before!.line === (abstractLines.at(-1)?.line ?? -2) + 1 && !raw.afterBlank[i];
      const pageTextBefore = abstractLines.length > 0 && before !== undefined && before.line > abstractLines.at(-1)!.line && !readMore;
      if (pageTextBefore) pushIgnored(ignored, line, raw.afterBlank[i]!);
      else idLine = { line, id };
      continue;
    }
    if (blankLineEndsAbstract && abstractLines.length > 0 && (raw.afterBlank[i] || abstractEnded)) {
      pushIgnored(ignored, line, raw.afterBlank[i]! || !abstractEnded);
      abstractEnded = true;
      continue;
    }
    const newParagraph = raw.afterBlank[i] && abstractLines.length > 0;
    const prev = abstractLines.at(-1);
    // (Or a link: an abstract that ends "…available at http://streetlearn.cc" has ended.)
    const afterSentence = prev === undefined || endsSentence(prev.text) || endsInLink(prev.text);
    // Site chrome is page text wherever it falls; a short line only after a sentence ends.
    // A short line that runs on into the next line is prose ("We study things," + "showing …"),
    // as is one of an abstract wrapped narrowly, whose lines are all short (see `runOn`).
    // (Looked up only where it decides, and once for a run of short lines.)
    if ((newParagraph || afterSentence) && i >= runKnownBefore) {
      tail ??= trailingTail(raw.body, raw.afterBlank);
      // Before any abstract line, the body's longest line stands in for the abstract's width:
      // an abstract wrapped narrowly from its first line on ("This paper introduces" +
      // "Multi-Agent MDP Homomorphic" + "Networks, a class …") is all short lines. A body
      // whose lines are all shorter than any wrap ("Upvote" + "89" + "Comments (7)") has none.
      const width = newParagraph ? Infinity : widest > 0 ? widest : (bodyWidth ??= wrapWidth(raw.body));
      const run = runOn(raw.body, raw.afterBlank, i, width, tail);
      runKnownBefore = Math.abs(run);
      runsOn = run > 0;
    }
    // A lone short line after a blank line that follows a finished abstract is page text too
    // ("Sign in to see more papers"): abstracts are one paragraph of sentences.
    // (So is one right before a line that only points at arXiv: "Web Links" above a note's link.)
    const beforeId = newParagraph && i + 1 < raw.body.length && !raw.afterBlank[i + 1] && arxivIdOfLine(raw.body[i + 1]!.text) !== undefined;
    const trailing = newParagraph && afterSentence && (!runsOn || beforeId) && isShortTrailingText(line.text);
    const pageText = isPageText(line.text) || (line.text.includes("://") && PRINTED_FOOTER.test(`${line.text}\n${raw.body[i + 1]?.text}`));
    // A short line in a paragraph of its own after a finished abstract too long for any hard wrap
    // is page text ("You have reached the end of the list."), but for a link or a formula: an
    // abstract is one paragraph. (Right under it, with no blank line, a short sentence may be the
    // abstract's last: "Code is available.")
    const afterWhole = newParagraph && afterSentence && prev!.text.length > MIN_UNWRAPPED && line.text.length <= MAX_LEAD_IN && !TECHNICAL.test(line.text);
    if (trailing || afterWhole || (pageText && (isChrome(line.text) || isHeading(line.text) || ((newParagraph || afterSentence) && !runsOn)))) {
      pushIgnored(ignored, line, raw.afterBlank[i]!);
      continue;
    }
    const run = ignored.at(-1);
    if (run && abstractLines.length > 0) {
      const runEnd = run.at(-1)!.line;
      // Text right after ignored page text continues it, not the abstract.
      if (!raw.afterBlank[i] && runEnd === line.line - 1) {
        run.push(line);
        continue;
      }
      // Nor does a paragraph after page text that followed the abstract ("Load more", then an
      // e-mail's "Best," and signature): the abstract ended at the page text. (But a long
      // paragraph of sentences after a card's own "Show less" is the abstract's second.)
      const secondParagraph = run.length === 1 && TOGGLE.test(run[0]!.text) && line.text.length > MAX_LEAD_IN && endsProse(line.text);
      if (raw.afterBlank[i] && runEnd > abstractLines.at(-1)!.line && !secondParagraph) {
        pushIgnored(ignored, line, true);
        continue;
      }
    }
    abstractLines.push(line);
    if (line.text.length > widest) widest = line.text.length;
  }
  // A last line that ends in a colon after a finished sentence leads into what follows the
  // card, not into more of its abstract: "Weather, learning rules and robotics, from Tomasz's list:".
  const last = abstractLines.at(-1);
  // (Only after a line no hard wrap made, longer than any wrap: "…are threefold:" may be the
  // end of a wrapped abstract cut short.)
  // So does a short last line that ends no sentence, a reader's note ("Mara's pick — the
  // "binaries" one", "(skim only — 100+ pages…)"), but for a link ("Code: https://…").
  const beforeLast = abstractLines.at(-2);
  const aside = last !== undefined && (last.text.endsWith(":") || (!endsProse(last.text) && !TECHNICAL.test(last.text)));
  if (last && beforeLast && aside && last.text.length <= MAX_LEAD_IN && beforeLast.text.length > MIN_UNWRAPPED && endsSentence(beforeLast.text)) {
    abstractLines.pop();
    ignored.push([last]);
    ignored.sort((a, b) => a[0]!.line - b[0]!.line);
  }
  if (cutOffs) ignored.push(...cutOffs);
  return idLine ? { abstractLines, ignored, idLine } : { abstractLines, ignored };
}

/** Whether the last word of `text` is a link ("…are available at http://streetlearn.cc"). */
function endsInLink(text: string): boolean {
  return LINK_WORD.test(text.slice(text.lastIndexOf(" ") + 1));
}
const LINK_WORD = /^(?:[a-z][\w+.-]*:\/\/|www\.)\S+$/i;

/** The longest line read as a lead-in to what follows a card (see `splitAbstract`). */
const MAX_LEAD_IN = 120;
/**
 * Whether `text` ends a sentence of prose: a full stop, a question or an
 * exclamation mark, then closing quotes or brackets. (Read back from the end:
 * a pattern ending in `$` is tried from every character of a long line.)
 */
function endsProse(text: string): boolean {
  let end = text.length;
  while (end > 0 && `"”’')]`.includes(text.charAt(end - 1))) end -= 1;
  return end > 0 && ".!?".includes(text.charAt(end - 1));
}
/** A link, a domain or a formula: "Code is available at github.com/…", "$O(1/n)$", "\\tilde{O}". */
const TECHNICAL = /:\/\/|www\.|\b[\w-]+\.(?:com|org|io|net|ai|dev|edu|gov|ly|me)\b|\$[^$]+\$|\\[A-Za-z]/;
/** A card's own toggle for the rest of its abstract. */
const TOGGLE = /^(?:read|show|see) (?:more|less)\b/i;
/** A line longer than this was not hard-wrapped (see `splitAbstract`). */
const MIN_UNWRAPPED = 200;
/** A card's link to the rest of its abstract. */
const READ_MORE = /^(?:read|show|see) more\b/i;

/** Adds a line to the last run of ignored lines, or, `apart` from it (or with none yet), to a run of its own. */
function pushIgnored(ignored: SourceLine[][], line: SourceLine, apart: boolean): void {
  if (apart || ignored.length === 0) ignored.push([line]);
  else ignored.at(-1)!.push(line);
}

/** What a chat export appends to a message its sender edited. */
const EDIT_MARK = " <This message was edited>";
/** What Slack's copy appends to a message its sender edited, after its last sentence. */
const SLACK_EDIT_MARK = " (edited)";

/**
 * Whether line `i` of an entry's body opens what Slack copies after a
 * message: its reactions (`:eyes:`, then their count on a line of its own),
 * or the next message's head, a sender's name above a time alone (`Tomás
 * Ferreira` + `10:44 AM`), or the time alone of the same sender's next one.
 */
function opensSlackTail(body: readonly SourceLine[], i: number): boolean {
  const text = body[i]!.text;
  if (text.length > MAX_SENDER) return false;
  if (REACTIONS.test(text) || isChatChrome(text)) return true;
  const next = body[i + 1]?.text;
  return next !== undefined && TIME_ALONE.test(next) && SENDER_NAME.test(text);
}

/**
 * Whether a line is what a chat copies around a message rather than its text: a time alone
 * (Slack's, Teams'), or what Teams copies for a screen reader and a message's state ("has
 * context menu", "Edited", "1 Like reaction.", "This message has been deleted.").
 */
function isChatChrome(text: string): boolean {
  return TIME_ALONE.test(text) || TEAMS_CHROME.test(text);
}
/** The shortest line under a byline taken for the card's abstract sent as a message, though a chat's line follows it. */
const MIN_ABSTRACT_MESSAGE = 80;
/** What Teams copies around a message, for a screen reader or of its state. */
const TEAMS_CHROME = /^(?:has context menu|Edited|\d+ [A-Z]\w* reactions?\.|This message has been deleted\.)$/;

/**
 * Whether line `i` of an entry's body, after an abstract's last sentence, opens what Discord
 * copies after a message: a reply's preview, the replied-to sender alone (`@Mehmet Yıldız`)
 * above a line of the message it quotes and the reply's head (cut out of the card, see
 * `cutCopyBreaks`); or another message, after its head or the time Discord shows beside the
 * same sender's next message (`[9:17 PM]`), that opens with a word in lower case
 * (`thanks!! could we…`; not `t-SNE`, `word2vec` or `iPhone`, which open sentences). (One that
 * opens with a capital goes on with the abstract: a listing pasted in several messages is split
 * wherever a line ends.)
 */
function opensDiscordTail(raw: RawEntry, i: number): boolean {
  const { body } = raw;
  const text = body[i]!.text;
  if (text.length <= MAX_SENDER) {
    if (MENTION_ALONE.test(text)) return body[i + 1] !== undefined && headCutBetween(raw, body[i + 1]!.line, body[i + 2]?.line ?? Infinity);
    if (HOVER_TIME.test(text)) return LOWER_WORD.test(body[i + 1]?.text ?? "");
  }
  return LOWER_WORD.test(text) && headCutBetween(raw, body[i - 1]!.line, body[i]!.line);
}
/** Whether a chat message's head was cut out of the entry between input lines `after` and `before` (see `cutCopyBreaks`). */
function headCutBetween(raw: RawEntry, after: number, before: number): boolean {
  const breaks = raw.copyBreaks;
  if (breaks === undefined) return false;
  // (The breaks come in the order of their lines: the first after `after`, found by halves.)
  let low = 0;
  let high = breaks.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (breaks[middle]![0]!.line <= after) low = middle + 1;
    else high = middle;
  }
  const run = breaks[low];
  return run !== undefined && run[0]!.line < before && isChatHead(run[0]!.text);
}
/** A name of one to five capitalised words, as a pattern's source: "Tove Lindqvist", "Mehmet Yıldız". */
const CAPITALISED_NAME = "\\p{Lu}[\\p{L}\\p{M}'’.-]*(?: \\p{Lu}[\\p{L}\\p{M}'’.-]*){0,4}";
/** A sender named alone after an at sign, as Discord shows whom a reply answers: `@Mehmet Yıldız`, `@lena_h`. */
const MENTION_ALONE = /* @__PURE__ */ new RegExp(`^@(?:${CAPITALISED_NAME}|[\\p{L}\\d_.]{2,32})$`, "u");
/** The time Discord shows in brackets beside a sender's next message: `[9:17 PM]`. */
const HOVER_TIME = /* @__PURE__ */ new RegExp(`^\\[${STAMP_TIME}\\]$`);
/**
 * A line opening with a word of lower-case letters alone (`thanks`, `that's`, `follow-up`): a
 * chat's, not a sentence of an abstract (not `t-SNE`, `k-means`, `n-gram`, `word2vec`, `iPhone`, `pH`).
 */
const LOWER_WORD = /^(?:\p{Ll}+(?:['’]\p{Ll}+)?|\p{Ll}{2,}(?:-\p{Ll}{2,})+)(?![\p{L}\p{N}-])/u;

/**
 * Whether line `i` of an entry's body opens what a social network's web page copies after a
 * post, as Mastodon's does for a thread: the post's counts, each a number alone on its line
 * (replies, boosts, favourites), then the next post's head, a display name over a handle
 * (`Tove Lindqvist` + `@tlindqvist@scholar.social`); or, unless `needCounts` (where no
 * sentence ended before: a handle may be named in prose), that head or the handle alone.
 */
function opensPostTail(body: readonly SourceLine[], i: number, needCounts: boolean): boolean {
  let j = i;
  while (j < body.length && j < i + MAX_COUNTS && COUNT_ALONE.test(body[j]!.text)) j += 1;
  const head = body[j]?.text;
  if (head === undefined || (needCounts && j === i) || head.length > MAX_SENDER) return false;
  if (j === i && HANDLE.test(head)) return true;
  const handle = body[j + 1]?.text;
  return handle !== undefined && HANDLE.test(handle) && SENDER_NAME.test(head);
}
/**
 * Whether line `i` of an entry's body opens a link's preview, as a chat or a social network's page
 * copies one under a post: the site's domain alone (`arxiv.org`) above the linked page's title, the
 * card's own title (its byline opens with it; a preview may cut a long one short with "…"), after
 * the thread's counter alone on its line (`12/33`) or not.
 */
function opensLinkPreview(body: readonly SourceLine[], i: number): boolean {
  const j = COUNTER_ALONE.test(body[i]!.text) ? i + 1 : i;
  const domain = body[j]?.text;
  const title = body[j + 1]?.text.replace(/…$/, "");
  return domain !== undefined && title !== undefined && domain.length <= MAX_SENDER && DOMAIN_ALONE.test(domain) && title.length >= MIN_PREVIEW_TITLE && body[0]!.text.startsWith(title);
}
/** A thread's counter alone on its line: "12/33". */
const COUNTER_ALONE = /^\d{1,3}\/\d{1,3}$/;
/** A site's domain alone on its line, as a link's preview shows it: "arxiv.org", "www.nature.com". */
const DOMAIN_ALONE = /^(?:[a-z\d-]+\.)+[a-z]{2,}$/;
/** The shortest title a preview is told by. */
const MIN_PREVIEW_TITLE = 12;
/** A thread's counter at a post's end, after its text: " 7/33". */
const THREAD_COUNTER = / \d{1,3}\/\d{1,3}$/;
/** The most counts a post shows: replies, boosts, favourites, and a bookmark's. */
const MAX_COUNTS = 4;
/** A count alone on its line. */
const COUNT_ALONE = /^\d{1,7}$/;
/** A handle on a federated network: `@user@instance.example`. */
const HANDLE = /^@[\w.]{1,64}@[\w-]+(?:\.[\w-]+)+$/;
/** The longest line read as a chat's sender or reactions. */
const MAX_SENDER = 60;
/** Reactions as Slack copies them: emoji by their short names, with their counts or not. */
const REACTIONS = /^:[\w+-]+:(?:\s*\d*\s*:[\w+-]+:)*(?:\s+\d+)?$/;
/** A time alone on its line, after the sender's status emoji or not: a chat's stamp of a message. */
const TIME_ALONE = /* @__PURE__ */ new RegExp(`^(?::[\\w+-]+:\\s+)?${STAMP_TIME}$`);
/** A sender's name: one to five words, opening with capitals, and an emoji for a status, or not. */
const SENDER_NAME = /* @__PURE__ */ new RegExp(`^${CAPITALISED_NAME}(?:\\s+:[\\w+-]+:)?$`, "u");

/**
 * Whether line `i` of an entry's body runs on into prose rather than
 * standing alone as page text, with no blank line between: the next line is
 * no page text; or, along the run of short lines from `i`, a line ends in a
 * word no sentence ends in ("We introduce Phi-4-Mini and"), is followed by
 * one that opens in lower case, or could not have held the next line's first
 * word within `width`, the longest line of the abstract so far (`Infinity`
 * when there is none): the mark of a paragraph hard-wrapped at that width. An abstract
 * wrapped narrowly has short lines only ("This paper introduces" +
 * "Probability Density" + "Distillation, a new …"); page text is a run of
 * short lines that ends on its own ("Papers" + "Trending" + a long line
 * stays page text).
 *
 * A line followed by prose that is only the short bare lines ending the body
 * (from `tail` on, see `trailingTail`) does not run on: an advert under an
 * abstract ("Sponsored" + "Try PaperPilot Pro free for 30 days") is no
 * sentence of it.
 *
 * The lines from `i` on share the answer up to where it was found, so it
 * comes with that end: `end` when the lines before it run on, `-end` when
 * they do not. A caller reuses it for those lines, which keeps a long run of
 * short lines linear.
 */
function runOn(body: readonly SourceLine[], afterBlank: readonly boolean[], i: number, width: number, tail: number): number {
  let j = i;
  for (; j + 1 < body.length && !afterBlank[j + 1]; j++) {
    const line = body[j]!.text;
    const next = body[j + 1]!.text;
    // Site chrome is never prose, whatever comes before it.
    if (isChrome(next)) break;
    if (endsInFunctionWord(line) || /^\p{Ll}/u.test(next) || line.length + next.split(" ", 1)[0]!.length >= width) return j + 1;
    // Prose right after the line itself, unless the next line is among the short bare lines
    // that end the entry ("Sponsored" + "Try PaperPilot Pro free for 30 days"); after a run
    // of short lines, only for the run's last.
    if (!isPageText(next)) return j > i ? -j : j + 1 < tail ? i + 1 : -(i + 1);
  }
  return -(j + 1);
}

/**
 * Where the lines that end an entry's body start when they look like an
 * advert or a footer under it: at most three short bare lines
 * (`isShortTrailingText`) that end in no word a sentence goes on after, with
 * no blank line between them, right after the byline or after a line that
 * ends a sentence. The body's length when there are none: the end of an
 * abstract wrapped narrowly with no final stop ("…a" + "foundation model
 * for" + "video segmentation…") is no such tail.
 */
function trailingTail(body: readonly SourceLine[], afterBlank: readonly boolean[]): number {
  let tail = body.length;
  while (tail > 1 && body.length - tail < MAX_TAIL_LINES && isShortTrailingText(body[tail - 1]!.text) && !endsInFunctionWord(body[tail - 1]!.text)) {
    tail -= 1;
    if (afterBlank[tail]) break;
  }
  return tail === 1 || afterBlank[tail] || endsSentence(body[tail - 1]!.text) ? tail : body.length;
}

/** The narrowest width an abstract is taken to be wrapped at (a phone's screen is wider). */
const MIN_WRAP_WIDTH = 25;

/**
 * The width an entry's body shows it wrapped at: the length of its longest
 * line after the byline, or `Infinity` when that is under `MIN_WRAP_WIDTH`.
 */
function wrapWidth(body: readonly SourceLine[]): number {
  let longest = 0;
  for (let i = 1; i < body.length; i++) longest = Math.max(longest, body[i]!.text.length);
  return longest >= MIN_WRAP_WIDTH ? longest : Infinity;
}

/** The most lines an advert or a footer under an entry is taken to have. */
const MAX_TAIL_LINES = 3;

/**
 * Joins wrapped abstract lines; a line ending in a hyphen after a letter or a
 * digit joins the next without a space when it opens with one
 * ("state-of-the-" + "art", "DeepSeek-" + "Prover-V2", "GPT2-" + "small"),
 * unless the hyphen is left hanging ("left-" + "and right-moving", "3-" +
 * "to 5-fold").
 *
 * @example
 * joinAbstract(splitLines("state-of-the-\nart models").lines); //=> "state-of-the-art models"
 *
 * @internal
 */
export function joinAbstract(lines: readonly SourceLine[]): string {
  if (lines.length === 0) return "";
  let out = lines[0]!.text;
  for (let i = 1; i < lines.length; i++) {
    const next = lines[i]!.text;
    // The line before, not `out`: a pattern anchored at the end of a growing string rescans it.
    out += /[\p{L}\d]-$/u.test(lines[i - 1]!.text) && /^[\p{L}\d]/u.test(next) && !HANGING_HYPHEN.test(next) ? next : ` ${next}`;
  }
  return out;
}

/**
 * What follows a hyphen left hanging at the end of a line, its word shared
 * with the next ("pre-" + "and post-training", "Left-" + "or Right-Handed",
 * "3-" + "to 5-fold"): the line then goes on after a space. "trial-" +
 * "and-error" is one word broken at its hyphen.
 *
 * @example
 * HANGING_HYPHEN.test("and post-training"); //=> true
 *
 * @internal
 */
export const HANGING_HYPHEN = /^(?:and|or|nor|to|vs\.?) /i;
