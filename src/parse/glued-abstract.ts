// An abstract glued to the end of its byline: a card that lost the line break
// between them, "…N. Harris McClamrochA nonlinear tracking controller…".

import { arxivIdOfLine } from "../_lib/arxiv.js";
import type { SourceLine } from "./lines.js";
import { isChrome, isPageText } from "./page-text.js";
import { withoutStart } from "./quote-markers.js";
import type { RawEntry } from "./raw-entry.js";
import { type NameEvidence, splitByline } from "./byline.js";
import { isGroupName, isNameWord } from "./names.js";
import { endsInAuthorList, endsLikeByline, holdsGluedName, isCleanName } from "./wrapped-byline.js";

/**
 * The entry with an abstract glued to its byline's end read apart, as a line
 * of its own after the byline (see `gluedAbstractStart`), when the entry has
 * no abstract line: nothing after its byline but page text (`Load more`) or
 * an arXiv id's line. Marked `abstractGlued`, for the warning.
 *
 * @example
 * partGluedAbstract(entry).body.map((line) => line.text); //=> ["A TitleJane Doe, John Roe", "We study things that matter…"]
 */
export function partGluedAbstract(entry: RawEntry): RawEntry {
  const [byline, ...rest] = entry.body;
  if (!byline || byline.text.length < MIN_LENGTH || !rest.every((line) => isPageText(line.text) || isChrome(line.text) || arxivIdOfLine(line.text) !== undefined)) return entry;
  const at = gluedAbstractStart(byline.text);
  if (at <= 0) return entry;
  const parted = splitGluedLine(byline, at);
  // (Its byline taken apart again when next read: see `RawEntry.prepared`.)
  const { prepared: _prepared, ...kept } = entry;
  return { ...kept, body: [parted.byline, parted.abstract, ...rest], afterBlank: [entry.afterBlank[0]!, false, ...entry.afterBlank.slice(1)], abstractGlued: true };
}

/**
 * Where an abstract glued to the end of a byline begins: the index of the
 * capital that opens it, or -1 when the byline holds none. A seam counts
 * where a lower-case letter, a full stop or a run of capitals meets a
 * capitalised word with no space (`…McClamrochA nonlinear`, `…· deepmindThe
 * ideas`, `…et al.We show`, `…Daumé IIIWe describe`), when the text before it
 * ends as a byline does (an author list, ` et al.`, affiliation slugs, a
 * title of eight characters or more and names that read cleanly or groups of
 * words) and the text after it reads as prose (a dozen words at least, four
 * or more of the eleven after its first in lower case or digits, and a
 * sentence's end, not an initial's) and not as the rest of a byline up to
 * that end (after names, unless " et al." or affiliations ended them): the
 * first such seam in the byline's first 1,500 characters, or a later one
 * inside the first word after it where the byline's last word and the
 * word's start make a name's word, a name's prefix and its rest ("…N. Harris
 * Mc" + "ClamrochA nonlinear…"; not "…Pinto" + "PaliGemma is…"). A seam
 * inside a name leaves the rest of the byline after it ("…Yann Le" + "Cun ·
 * nyuThis article…", "…Nat Mc" + "Aleese, Maja Trębacz et al.We present…").
 *
 * @example
 * gluedAbstractStart("A TitleJane Doe, John RoeWe study things that matter to us all and to them as well. They matter."); //=> 25
 * gluedAbstractStart("A TitleJane Doe, John Roe"); //=> -1
 */
export function gluedAbstractStart(byline: string): number {
  if (byline.length < MIN_LENGTH) return -1;
  let found = -1;
  // (Seams within a byline's length only, and once one is found, inside the first word after it.)
  let limit = Math.min(byline.length, LONGEST_BYLINE);
  SEAM.lastIndex = 0;
  for (let match = SEAM.exec(byline); match && match.index < limit; match = SEAM.exec(byline)) {
    // (The capital's index: the last of the match, two code units when it lies past the first plane.)
    const at = match.index + match[0].length - (isLowSurrogate(match[0].charCodeAt(match[0].length - 1)) ? 2 : 1);
    // (After one is found, a seam inside the word after it only where the two make a name's word: "Mc" + "Clamroch".)
    const glued = (found < 0 || isNameWord(byline.slice(byline.lastIndexOf(" ", found) + 1, at))) && isGlueSeam(byline, at);
    // (The seams after this one are looked for from its capital: `isGlueSeam` uses the pattern too.)
    SEAM.lastIndex = at;
    if (!glued) continue;
    if (found < 0) {
      const space = byline.indexOf(" ", at);
      limit = space < 0 ? byline.length : space;
    }
    found = at;
  }
  return found;
}

/** Whether an abstract glued on may begin at the seam before `at` (see `gluedAbstractStart`). */
function isGlueSeam(byline: string, at: number): boolean {
  // (What is weighed after a seam is bounded: an abstract's first sentence, not a whole line of junk.)
  const rest = byline.slice(at, at + LONGEST_SENTENCE);
  SENTENCE_END.lastIndex = 0;
  const end = SENTENCE_END.exec(rest)?.index;
  if (end === undefined || !opensAsProse(rest)) return false;
  const before = byline.slice(0, at);
  // (" et al." or affiliations end a byline by themselves: nothing of it goes on after them.)
  if (endsLikeByline(before)) return true;
  return !continuesByline(rest, end) && (endsInAuthorList(before) || holdsGluedName(before) || endsInNames(before));
}

/** Whether a UTF-16 code unit is the second half of a character past the first plane. */
function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** The longest byline in which a glued abstract's seam is looked for (a title, its authors, their affiliations). */
const LONGEST_BYLINE = 1500;
/** How much text after a seam is weighed as the abstract's opening: its first sentence ends within it. */
const LONGEST_SENTENCE = 1000;

/** A lower-case letter, a full stop or capitals meeting a capitalised word with no space between (the match ends at its capital). */
const SEAM = /[\p{Ll}.]\p{Lu}|\p{Lu}\p{Lu}(?=\p{Ll})/gu;
/** No byline with an abstract glued on is shorter: a title, a name, a dozen words. */
const MIN_LENGTH = 80;
/** How many of an abstract's first words are weighed. */
const WORDS = 12;
/** How many of the words after its first must open in lower case. */
const LOWER_WORDS = 4;

/** Whether text opens as prose does: a dozen words or more, four of the eleven after the first in lower case (its sentence's end is looked for by `isGlueSeam`). */
function opensAsProse(text: string): boolean {
  const words = text.split(" ", WORDS);
  if (words.length < WORDS) return false;
  let lower = 0;
  for (let i = 1; i < WORDS; i++) if (LOWER_START.test(words[i]!) && !BYLINE_WORD.test(words[i]!)) lower += 1;
  return lower >= LOWER_WORDS;
}
/** The words of a byline in lower case: " et al.", the dot before affiliations and the slugs after it. */
const BYLINE_WORD = /^(?:et|al\.|·)$|·/;
/** A word in lower case or a number ("the", "2017"), as prose has most. */
const LOWER_START = /^[\p{Ll}\d]/u;
/** A sentence's end: a full stop after a word or closing marks ("…things. We", "…of AI.", "$k$."), then a space or the end; not an initial's ("I. R. Klebanov", "…SphereK. M. Górski") nor "et al."'s. */
const SENTENCE_END = /(?:[\p{Ll}\d)\]}$%]|(?<=\p{Lu})\p{Lu})(?<!\bet al)[.!?](?:\s|$)/gu;

/**
 * Whether the text after a seam goes on as a byline: one of its pieces between seams up to its
 * first sentence's end (`end`) is a name's rest and names, " et al." or affiliations ("Cun · nyu",
 * "Aleese, Maja Trébacz et al."), or names that read cleanly ("Joseph Redmon, Ali Farhadi" of
 * "Ov3: An Incremental ImprovementJoseph Redmon, Ali FarhadiWe present…").
 */
function continuesByline(rest: string, end: number): boolean {
  let from = 0;
  SEAM.lastIndex = 1;
  for (let next = SEAM.exec(rest); next && next.index < end; next = SEAM.exec(rest)) {
    const to = next.index + next[0].length - 1;
    if (isBylinePiece(rest.slice(from, to))) return true;
    from = to;
    SEAM.lastIndex = to;
  }
  // (And the piece that runs to the sentence's end: "K. M. Górski, E. Hivon et al. · jpl, iap".)
  return isBylinePiece(rest.slice(from, end));
}

/** Whether a piece of text between seams is a byline's: it ends with " et al." or affiliations, or its names after its first piece (or it whole) read cleanly. */
function isBylinePiece(piece: string): boolean {
  if (endsLikeByline(piece)) return true;
  const parts = piece.split(", ");
  return parts.length > 1 ? parts.slice(1).every(isCleanName) : isCleanName(piece);
}

/** Whether text is a title and names that read cleanly or as groups of words, as a byline is. */
function endsInNames(text: string): boolean {
  const { title, authors } = splitByline(text, "", NO_EVIDENCE);
  // (A title of a few letters is a word cut at its capitals, "H" + "EAL" of "HEALPix", and a group
  // alone of one word an acronym's piece: no byline.)
  return title.length >= MIN_TITLE && authors.length > 0 && authors.every((author) => isCleanName(author) || (isGroupName(author) && author.includes(" ")));
}
const NO_EVIDENCE: NameEvidence = { names: new Set() };
/** The shortest title taken for a byline's. */
const MIN_TITLE = 8;

/**
 * A byline's line parted at `at` into the byline and the abstract glued to
 * it, each keeping its columns in the input (see `gluedAbstractStart`).
 *
 * @example
 * splitGluedLine({ line: 2, offset: 0, text: "A TitleJane DoeWe study." }, 15).abstract; //=> { line: 2, offset: 15, text: "We study." }
 */
export function splitGluedLine(line: SourceLine, at: number): { byline: SourceLine; abstract: SourceLine } {
  const byline: { -readonly [K in keyof SourceLine]: SourceLine[K] } = { line: line.line, offset: line.offset, text: line.text.slice(0, at) };
  if (line.repairs) byline.repairs = line.repairs;
  if (line.shifts) byline.shifts = line.shifts;
  // (Lines a terminal cut, joined onto it before the seam: where each starts.)
  if (line.joins) {
    const joins: number[] = [];
    for (let k = 0; k < line.joins.length && line.joins[k]! < at; k += 3) joins.push(line.joins[k]!, line.joins[k + 1]!, line.joins[k + 2]!);
    if (joins.length > 0) byline.joins = joins;
  }
  return { byline, abstract: withoutStart(line, at) };
}
