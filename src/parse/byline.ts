// The byline: a title glued with no separator to the author list, then
// " et al." and " · " affiliation slugs. Where the title ends is the hard part
// (see docs/listing-format.md); this module weighs the evidence.
import { isWhiteSpace } from "../_lib/white-space.js";
import { wordSet } from "../_lib/word-set.js";
import type { Author } from "../model/author.js";
import { isAsciiLetter, isAsciiLower, isAsciiUpper, isDigit, isLetterAt, isLowerAt, isUpperAt } from "../_lib/chars.js";
import { capitalsFamilyCredit, isCapitalSyllable, isFamilyParticle, isGroupName, isGroupWord, isInitial, isLowerParticle, isNameWord, isSyllablePair, nameScore, syllableCredit } from "./names.js";

/** Names known to be names: from the caller, and from the listing's own clean author lists. */
export interface NameEvidence {
  /** Whole names, as written. */
  readonly names: ReadonlySet<string>;
  /**
   * Every name in `names` scores at least CLEAN_NAME_SCORE (no caller gave
   * names of their own), so a string that scores less need not be looked up.
   */
  readonly onlyClean?: boolean;
  /**
   * The names of the byline being read that score at least CLEAN_NAME_SCORE
   * are in `names` (its entry's names went in before it is read), so for its
   * authors after the first, being seen is scoring so: no look-up needed.
   */
  readonly holdsOwnNames?: boolean;
}

/** One way to read a byline. */
export interface BylineReading {
  readonly title: string;
  readonly authors: string[];
  /** How strongly the evidence favours this reading; only differences between readings matter. */
  readonly score: number;
}

/** A byline taken apart. */
export interface BylineParts {
  readonly title: string;
  readonly authors: string[];
  readonly truncated: boolean;
  readonly affiliations: string[];
  /** Link of a Markdown title (`[Title](https://arxiv.org/abs/…)`). */
  readonly titleUrl?: string;
  /** 0-based offset in the byline where the first author starts (-1 without authors). */
  readonly authorsOffset: number;
  /** The runner-up reading when it came close to the chosen one. */
  readonly rival?: BylineReading;
  /** Authors merged because a comma cut one name in two ("Alexander, Vezhnevets"). */
  readonly repairs: readonly { readonly parts: readonly string[]; readonly merged: string }[];
  /**
   * No name the listing may still show cleanly could change this reading: it
   * is what the evidence of the whole listing would give. False when a
   * candidate first author not (yet) in the evidence could, once seen
   * elsewhere, win or come close.
   */
  readonly settled: boolean;
}

/**
 * The least `nameScore` of a name that counts as seen cleanly in a listing
 * (see `entryNames`): names below it never enter the evidence.
 */
export const CLEAN_NAME_SCORE = 1.5;
/** What a first author seen cleanly elsewhere in the listing adds to a reading. */
const KNOWN_NAME_BONUS = 4;

/** How far beyond a close call a reading must stay to be settled early (covers rounding). */
const SETTLED_MARGIN = 1e-9;
/** Scores closer than this are reported as a doubtful split. */
const CLOSE_CALL = 1.5;
/** Below this, a string is not taken for a first author at all. */
const MIN_FIRST_AUTHOR_SCORE = -2.5;
/** The site shows at most three authors; a few more are tolerated. */
const MAX_AUTHORS = 8;
/** A name has at most five tokens, so the glue point lies in the last few words. */
const GLUE_WINDOW_WORDS = 7;
/** A group's name may have up to ten ("The JWST Transiting Exoplanet Community Early Release Science Team"). */
const GROUP_WINDOW_WORDS = 10;

// How titles seldom end: a function word or a particle means the split is wrong.
const TITLE_END_WORDS = /* @__PURE__ */ wordSet(`
  a an the of and or for with in on to via from by at as into over under without using towards
  toward is are its their our your vs vs. versus between through about
`);

/**
 * Whether `splitByline` weighs readings whose title a space parts from its first author:
 * `"none"`; `"evident"`, only for a byline that shows authors after its title (affiliations,
 * "et al.", or a list); `"listing"`, for any, the listing's bylines showing that space.
 */
export type SpacedReadings = "none" | "evident" | "listing";

/**
 * Splits a byline into title, authors, "et al." and affiliations.
 *
 * Every place where the first author could start is scored: the shape of the
 * name there, the shape of the title's end, how many authors that leaves,
 * whether the title's last word appears in the abstract (`t-SNE`, `Mistral 7B`,
 * `AlphaCode`), and whether the name is known from elsewhere. With
 * `spacedReadings`, so are the capitalised words after a space among a part's
 * last words, as a PDF's text parts title and authors (see `chooseSpacedReading`).
 */
export function splitByline(
  byline: string,
  abstract: string,
  evidence: NameEvidence,
  prepared: PreparedByline = prepareByline(byline),
  spacedReadings: SpacedReadings = "none",
): BylineParts {
  const { whole, rest, affiliations, truncated } = prepared;
  // A copy of the byline inside the abstract (the card pasted twice, the second copy's header
  // lost, its lines read on into the abstract) names the byline's own glued words: no evidence.
  if (rest.length >= MIN_COPIED_BYLINE && abstract.includes(rest)) abstract = abstract.replaceAll(rest, " ");

  // A title saved as a Markdown link ends exactly where the link ends.
  const link = readLeadingLink(rest);
  if (link) {
    const authorsText = rest.slice(link.end).trim();
    const { authors, repairs } = repairAuthors(splitAuthorList(authorsText));
    return {
      title: link.text,
      authors,
      truncated,
      affiliations,
      titleUrl: link.url,
      authorsOffset: authors.length > 0 ? rest.indexOf(authorsText, link.end) : -1,
      repairs,
      settled: true,
    };
  }

  const parts = prepared.parts;
  const glued = chooseReading(parts, prepared.partScores, abstract, affiliations, evidence, truncated);
  // A title a space parts from its first author, as a PDF's text gives a printed card ("…problem
  // Lorenzo Notaro"): weighed, when asked, only without a glued reading whose first author is
  // plainly a name; and, unless the listing's bylines show that space, only for a byline that
  // shows it holds authors (affiliations, "et al.", a list), not a title that lost its byline
  // ("Deep Residual Learning for Image Recognition").
  const lowerAbstract = spacedReadings === "none" || (glued && isPlainReading(glued.best, abstract)) ? undefined : lowerStart(abstract);
  const spaced =
    lowerAbstract === undefined || (spacedReadings === "evident" && affiliations.length === 0 && !truncated && parts.length < 2)
      ? undefined
      : chooseSpacedReading(parts, prepared.partScores, lowerAbstract, affiliations, evidence, truncated);
  const spacedWins = spaced !== undefined && (!glued || spaced.best.score > spacedWeight(glued.best, lowerAbstract!) + SPACED_MARGIN);
  // (Names seen later may yet lift a spaced reading or the glued one: read again at the end.)
  const choice = spacedWins ? { ...spaced!, settled: false } : glued && spaced ? { ...glued, settled: false } : glued;
  if (!choice) {
    return { title: truncated ? rest : whole, authors: [], truncated, affiliations, authorsOffset: -1, repairs: NO_REPAIRS, settled: true };
  }
  const { best, second, settled } = choice;
  const { authors, repairs } = repairAuthors(best.authors);
  const authorsOffset = best === spaced?.best ? best.title.length + 1 : best.title.length;
  return second && best.score - second.score < CLOSE_CALL
    ? { title: best.title, authors, truncated, affiliations, authorsOffset, repairs, rival: second, settled }
    : { title: best.title, authors, truncated, affiliations, authorsOffset, repairs, settled };
}

/**
 * What a spaced first author of three words or more loses for the words before its last two
 * that read as the title's (see `chooseSpacedReading`): each that the abstract (`lowerAbstract`,
 * lower-cased) names in any case ("Time Series Magnus Wiese", "Contracts Ryan Donnelly"), and a
 * little for any other, so that of two names shaped alike the shorter wins unless the title
 * would end badly.
 */
function titleWordsTaken(first: string, lowerAbstract: string): number {
  const words = first.split(" ");
  let loss = 0;
  for (let i = 0; i < words.length - 2; i++) {
    const word = words[i]!;
    // (Not a given name before an initial or a particle: "Martin D. Gould", "Brandon Da Silva".)
    if (isInitial(word) || isInitial(words[i + 1]!) || isFamilyParticle(words[i + 1]!)) continue;
    loss += word.length > 1 && containsWord(lowerAbstract, word.toLowerCase()) ? 3 : 0.5;
  }
  return loss;
}

/**
 * What a spaced reading loses when the title's last word (`last`, before `end`), a capitalised
 * word the abstract does not name, reads as the first author's: an initial or a particle opens
 * the author after it ("…Books Martin" + "D. Gould", "…Generation Brandon" + "Da Silva"), or it
 * ends a title in sentence case ("…the continuum hypothesis Jesse" + "Michael Han").
 */
function nameWordLeftBehind(part: string, end: number, last: string, first: string, lowerAbstract: string): number {
  if (!NAME_LIKE_WORD.test(last) || containsWord(lowerAbstract, last.toLowerCase())) return 0;
  const space = first.indexOf(" ");
  const opening = space < 0 ? first : first.slice(0, space);
  if (isInitial(opening) || isFamilyParticle(opening)) return 1.5;
  return isSentenceCase(part.slice(0, end - last.length)) ? 2 : 0;
}
const NAME_LIKE_WORD = /^\p{Lu}\p{Ll}+$/u;
/** How much of a title's end `isSentenceCase` looks at. */
const LONGEST_TITLE_TAIL = 200;

/**
 * Whether a title reads in sentence case: among its last 200 characters, lower-case words of
 * four letters or more, two at least, and no capitalised ones, not counting its first word and
 * a word after a colon.
 */
function isSentenceCase(title: string): boolean {
  let lower = 0;
  // (The last words only: a title is short, a line of junk is not.)
  const words = title.slice(-LONGEST_TITLE_TAIL).split(" ");
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!;
    if (word.length < 4 || words[i - 1]!.endsWith(":")) continue;
    if (NAME_LIKE_WORD.test(word)) return false;
    if (isAsciiLower(word.charCodeAt(0))) lower += 1;
  }
  return lower >= 2;
}

/**
 * Whether a glued reading leaves no doubt that the title is glued to its first author: the
 * glue cuts no word (a title ending in a hyphen, an apostrophe or "Mc" may end in a name cut in
 * two, "…Jean-" + "Pierre Dupont", "…Nat Mc" + "Aleese"; nor one whose last word and the
 * author's first make a word the abstract names whole, "…Quant GA" + "Ns Magnus Wiese" of
 * "GANs", "…Mistral 7" + "B Jane Doe"), and the first author is a name of three words at most,
 * a group's ("The Event Horizon Telescope Collaboration"), or one with no word before its last
 * two that the abstract names ("D Time-Channel Separable Convolutions Samuel Kriman" of "…with
 * 1" holds title words).
 */
function isPlainReading(reading: BylineReading, abstract: string): boolean {
  const { title } = reading;
  const first = reading.authors[0]!;
  const end = title.charCodeAt(title.length - 1);
  if (end === 45 || end === 39 || end === 0x2019 || title.endsWith(" Mc") || title.endsWith(" Mac")) return false;
  // (Spaces counted in place: this runs for every entry.)
  const space = first.indexOf(" ");
  if (containsWord(abstract, title.slice(title.lastIndexOf(" ") + 1) + (space < 0 ? first : first.slice(0, space)))) return false;
  const second = first.indexOf(" ", space + 1);
  return second < 0 || first.indexOf(" ", second + 1) < 0 || isGroupName(first) || titleWordsTaken(first, lowerStart(abstract)) < 3;
}

/**
 * An abstract's start, lower-cased, as spaced readings search it: as long as any abstract is,
 * so that an entry of junk costs no more than a real one.
 */
function lowerStart(abstract: string): string {
  return (abstract.length > LONGEST_ABSTRACT ? abstract.slice(0, LONGEST_ABSTRACT) : abstract).toLowerCase();
}
/** Longer than any abstract (arXiv allows 1,920 characters). */
const LONGEST_ABSTRACT = 4000;

/**
 * What the authors after part `k` add to a reading that makes it the first author's: each
 * one's name shape (two at most) and whether the listing shows it (summed left to right:
 * floating-point sums depend on their order, and close calls on the last bit).
 */
function othersAfter(parts: readonly string[], partScores: readonly number[], k: number, evidence: NameEvidence): number {
  let score = 0;
  for (let i = k + 1; i < parts.length; i++) {
    // (With the entry's own clean names in the evidence, a clean score is being seen: no look-up.)
    const seen = evidence.holdsOwnNames && evidence.onlyClean ? partScores[i]! >= CLEAN_NAME_SCORE : isSeen(parts[i]!, partScores[i]!, evidence);
    score += Math.min(partScores[i]!, 2) + (seen ? 1 : 0);
  }
  return score;
}

/** What a reading's author count tells: "et al." means three shown, and the site shows no more. */
function authorCountScore(count: number, truncated: boolean): number {
  if (truncated) return count === 3 ? 1.5 : count < 3 ? -0.5 * (3 - count) : -2 * (count - 3);
  return count <= 3 ? 0 : -2 * (count - 3);
}

/** How much better than the best glued reading a spaced one must score to be taken. */
const SPACED_MARGIN = 2;

/**
 * A glued reading's score weighed as a spaced one's is: its first author's shape capped at two
 * words, and its title words counted against it (a long run of capitalised title words is no
 * better a name than two).
 */
function spacedWeight(reading: BylineReading, lowerAbstract: string): number {
  const first = reading.authors[0]!;
  return reading.score - Math.max(0, nameScore(first) - 2) - titleWordsTaken(first, lowerAbstract);
}

/**
 * The best reading of a byline whose title a space parts from its first
 * author (see `splitByline`): each capitalised word after a space among the
 * last words of a part may open the first author, weighed as a glued one is,
 * with the title ending before the space. Only a first author shaped like a
 * name, or seen elsewhere in the listing, is taken. The runner-up comes along
 * when it came within a close call.
 */
function chooseSpacedReading(
  parts: readonly string[],
  partScores: readonly number[],
  lowerAbstract: string,
  affiliations: readonly string[],
  evidence: NameEvidence,
  truncated: boolean,
): { best: BylineReading; second?: BylineReading } | undefined {
  const n = parts.length;
  let best: BylineReading | undefined;
  let second: BylineReading | undefined;
  for (let k = n - 1; k >= Math.max(0, n - MAX_AUTHORS); k--) {
    const part = parts[k]!;
    const othersScore = othersAfter(parts, partScores, k, evidence);
    const countScore = authorCountScore(n - k, truncated);
    // Back from the end over the last words: a name has at most five.
    for (let j = part.lastIndexOf(" ") + 1, words = 0; j > 1 && words < GLUE_WINDOW_WORDS; j = part.lastIndexOf(" ", j - 2) + 1, words++) {
      if (!isUpperAt(part, j) && !CASELESS.test(part[j]!)) continue;
      const first = part.slice(j);
      const shape = nameScore(first);
      const seen = isSeen(first, shape, evidence);
      if (shape < CLEAN_NAME_SCORE && !seen) continue;
      const end = j - 1;
      const last = part.slice(wordStart(part, end), end);
      const echo = isAffiliationName(first, affiliations) ? 2 : 0;
      // (A name's shape counts its capitalised words: capped, or every title word before it would add.)
      // (The abstract lower-cased, as the title words are weighed: the evidence of a word it
      // names in capitals, "AlphaCode", is left to the glued readings, which weigh it whole.)
      const score =
        firstAuthorScore(first, Math.min(shape, 2), seen, part, end, lowerAbstract) +
        echo +
        titleEndScore(part, end, last, lowerAbstract) +
        othersScore +
        countScore -
        titleWordsTaken(first, lowerAbstract) -
        nameWordLeftBehind(part, end, last, first, lowerAbstract);
      if (best && score <= best.score && second && score <= second.score) continue;
      const reading = { title: (k > 0 ? parts.slice(0, k).join(", ") + ", " : "") + part.slice(0, end), authors: [first, ...parts.slice(k + 1)], score };
      if (!best || score > best.score) [best, second] = [reading, best];
      else second = reading;
    }
  }
  // The runner-up only when it came close, as `splitByline` reports it.
  return best && (second && best.score - second.score < CLOSE_CALL ? { best, second } : { best });
}

/** A byline with its affiliations and "et al." cut off and the rest split at ", " (see `prepareByline`). */
export interface PreparedByline {
  /** The byline without its affiliations. */
  readonly whole: string;
  /** `whole` without trailing commas and "et al.": the title glued to the author list. */
  readonly rest: string;
  readonly affiliations: string[];
  /** The byline said "et al.". */
  readonly truncated: boolean;
  /** `rest` split at ", ": the title and first author glued together, then the other authors. */
  readonly parts: string[];
  /** `nameScore` of each part but the first (index 0 holds 0), looked up once for every reading. */
  readonly partScores: number[];
}

/**
 * Takes the parts of a byline every reading shares: affiliations, "et al.",
 * and the comma-separated pieces. Done once per byline: the evidence pass
 * and `splitByline` both start from it.
 *
 * @param byline - a byline (one line, wrapped lines joined)
 * @returns its affiliations, "et al." and pieces
 *
 * @example
 * // The pieces of the Gemma 2 byline
 * prepareByline("Gemma 2: …SizeGemma Team, Morgane Riviere, Shreya Pathak et al. · deepmind").parts;
 * //=> ["Gemma 2: …SizeGemma Team", "Morgane Riviere", "Shreya Pathak"]
 */
export function prepareByline(byline: string): PreparedByline {
  const cut = cutAffiliations(byline, true);
  const whole = cut.rest;
  // A byline cut short after a comma ("…Charles Blundell,") still ends its last name there.
  const etAl = cutEtAl(whole.endsWith(",") ? whole.replace(/,+$/, "") : whole);
  const parts = etAl.rest.split(", ");
  const partScores = new Array<number>(parts.length);
  partScores[0] = 0;
  for (let i = 1; i < parts.length; i++) partScores[i] = nameScore(parts[i]!);
  return { whole, rest: etAl.rest, affiliations: cut.affiliations, truncated: etAl.truncated, parts, partScores };
}

/**
 * Cuts a closing "et al." (with or without its dot, after a comma or not) off
 * an author list. Only the last ten characters are searched, so a long line
 * costs nothing more.
 */
export function cutEtAl(text: string): { rest: string; truncated: boolean } {
  // Cheap test first: the line must end in "al" or "al.".
  const last = text.charCodeAt(text.length - 1) === 46 ? text.length - 2 : text.length - 1;
  if ((text.charCodeAt(last) | 32) !== 108 || (text.charCodeAt(last - 1) | 32) !== 97) return { rest: text, truncated: false };
  const match = ET_AL.exec(text.slice(-10));
  return match ? { rest: text.slice(0, text.length - match[0].length).trimEnd(), truncated: true } : { rest: text, truncated: false };
}

// (Also glued to the last name, as a converter that drops the space between a link and the text
// after it leaves it: "…M. Emre Celebiet al.", in lower case and with its dot, "al." being no
// name; not "…Ahmet Al".)
const ET_AL = /,? ?\bet al\.?$|(?<=\p{Ll})et al\.$/iu;

/** A byline without its affiliation slugs and its "et al.": the title glued to the author list. */
export function bylineCore(byline: string): string {
  return cutEtAl(cutAffiliations(byline).rest).rest;
}

/**
 * Cuts the affiliation slugs (" · deepmind, mila") off a byline. Slugs are
 * short, space-free identifiers ("amazon-science"); a separator followed by
 * anything else is part of the title. A bullet or a bar in place of the dot
 * (" • ", " | ") is accepted too, and, with `dashes` (a card's byline as it
 * is read, not a line weighed as a byline's end, such as a title on a line
 * of its own, "Scaling Laws - revisited"), a hyphen or a dash (" - ", " – ")
 * as a converter writes one, before slugs as the site writes them only
 * (lower case, a letter in each: not "… – 2").
 */
export function cutAffiliations(byline: string, dashes = false): { rest: string; affiliations: string[] } {
  const best = affiliationSeparator(byline, dashes);
  if (best >= 0) {
    const slugs: string[] = [];
    let clean = true;
    // (A dot that lost the space before it takes only slugs as the site writes them, lower-case:
    // not "…Report· v2OpenAI"; so does a dash in its place, before slugs with a letter: not "… – 2".)
    const dash = isDash(byline.charCodeAt(best));
    const glued = byline.charCodeAt(best - 1) !== 32 || dash;
    for (const piece of byline.slice(best + 2).split(",")) {
      const slug = piece.trim();
      if (slug === "") continue;
      if (slug.length > 60 || slug.includes(" ") || (glued && !SLUG.test(slug)) || (dash && !/[a-z]/.test(slug))) clean = false;
      slugs.push(slug);
    }
    if (clean && slugs.length > 0) return { rest: byline.slice(0, best).trimEnd(), affiliations: slugs };
  }
  const rest = byline.endsWith(" ·") ? byline.slice(0, -2) : byline;
  return { rest: rest.trimEnd(), affiliations: [] };
}

/**
 * Where the last affiliation dot of a byline stands: a "·" with a space
 * after it (and one before, unless a converter dropped it: "…et al.· desy");
 * without one, the last " • ", " | ", " - ", " – " or " — " (rare stand-ins for the dot); -1 when
 * there is none. One backward scan of character codes: three `lastIndexOf`
 * calls cost more on a line cut from a long two-byte text.
 */
function affiliationSeparator(byline: string, dashes: boolean): number {
  // Most bylines have none of these: `indexOf` (a fast search of the whole line) says so.
  if (byline.indexOf("·") < 0 && byline.indexOf("|") < 0 && byline.indexOf("•") < 0 && !(dashes && (byline.indexOf(" - ") >= 0 || byline.indexOf(" – ") >= 0 || byline.indexOf(" — ") >= 0))) return -1;
  let other = -1;
  for (let i = byline.length - 2; i >= 1; i--) {
    const code = byline.charCodeAt(i);
    if (code !== 0xb7 && code !== 0x2022 && code !== 0x7c && !(dashes && isDash(code))) continue;
    if (byline.charCodeAt(i + 1) !== 32) continue;
    // (The dot may lose the space before it, as a converter that drops spaces between elements
    // leaves it: "…et al.· desy".)
    if (code === 0xb7) return i;
    if (byline.charCodeAt(i - 1) === 32 && other < 0) other = i;
  }
  return other;
}

/** A hyphen or a dash, which a converter may write in place of the dot (VS Code's "Markdown Paste" does: "et al. - toronto"). */
function isDash(code: number): boolean {
  return code === 0x2d || code === 0x2013 || code === 0x2014;
}

/** An affiliation slug as the site writes it: "google-deepmind", "mit", "tu-munich". */
const SLUG = /^[a-z0-9][a-z0-9._-]*$/;

const NO_REPAIRS: readonly { readonly parts: readonly string[]; readonly merged: string }[] = [];

// Scratch space for the glue points of one byline: every offset, part by part (one
// byline is read at a time, so these are reused rather than allocated per byline).
const scratchPoints: number[] = [];
const scratchFirst: number[] = [];

/**
 * Scores every plausible reading of a byline without a linked title and
 * returns the best, and the runner-up when it came within a close call (the
 * first of equal scores wins, in the order: later parts first, then earlier
 * offsets). Only those two are built
 * as strings; the others are scored from offsets.
 */
function chooseReading(
  parts: readonly string[],
  partScores: readonly number[],
  abstract: string,
  affiliations: readonly string[],
  evidence: NameEvidence,
  truncated: boolean,
): { best: BylineReading; second?: BylineReading; settled: boolean } | undefined {
  const n = parts.length;
  const lowestK = Math.max(0, n - MAX_AUTHORS);
  let total = 0;
  for (let k = n - 1; k >= lowestK; k--) {
    scratchFirst[k] = total;
    total = gluePoints(parts[k]!, scratchPoints, total);
  }
  /** Where the points of part k end in the scratch array (those of part k - 1 follow). */
  const endOf = (k: number) => (k === lowestK ? total : scratchFirst[k - 1]!);
  // Without candidates, or with one, the evidence of other entries changes nothing (a
  // name that scores below the veto never counts as seen cleanly): settled.
  if (total === 0) return undefined;
  if (total === 1) {
    // One place to split: only the name's own shape can veto it, so skip the weighing.
    let k = n - 1;
    while (scratchFirst[k]! === endOf(k)) k -= 1;
    const j = scratchPoints[0]!;
    const first = parts[k]!.slice(j);
    const shape = nameScore(first);
    if (firstAuthorScore(first, shape, isSeen(first, shape, evidence), parts[k]!, j, abstract) < MIN_FIRST_AUTHOR_SCORE) return undefined;
    return { best: reading(parts, k, j, 0), settled: true };
  }
  let bestK = -1, bestJ = 0, bestScore = 0;
  let secondK = -1, secondJ = 0, secondScore = 0;
  // The two highest scores a reading could reach once every name of the listing is
  // seen, and the reading with the highest: the others' authors are already final
  // evidence (this entry's names are in), only an unseen first author may gain.
  let topCeiling = -Infinity, topK = -1, topJ = 0, nextCeiling = -Infinity;
  for (let k = n - 1; k >= lowestK; k--) {
    const from = scratchFirst[k]!;
    const to = endOf(k);
    if (from === to) continue;
    // The authors after part k, scored once for every offset in it.
    const othersScore = othersAfter(parts, partScores, k, evidence);
    const part = parts[k]!;
    const countScore = authorCountScore(n - k, truncated);
    for (let p = from; p < to; p++) {
      const j = scratchPoints[p]!;
      // No name is this long: a glue point further from the part's end leaves title words (or a
      // line of junk, thousands of glue points long) in the first author, and is not weighed.
      if (part.length - j > LONGEST_FIRST_AUTHOR) continue;
      const first = part.slice(j);
      // A glue point is never at the start of its part (j >= 1), so the title's last
      // word, all that is scored of it, lies in this part: no need to build the title,
      // nor even the part before the glue point (`part[0, j)`, the title's end).
      // (A given name of two syllables may be a product's name cut in two, "Tik|TokKai Chen":
      // then it is weighed as any word with a capital inside. See `mayCutProduct`.)
      const lastStart = wordStart(part, j);
      const credit = syllableCredit(first);
      // (A family name in capitals written first, glued inside a run of capitals, "LSTMZHANG Wei",
      // is an acronym's end as often, "Mask R-CNNHE Kaiming" of "R-CNN" + "HE Kaiming": weighed
      // without its capitals' credit.)
      const capitalsCut = isUpperAt(part, j - 1) && isUpperAt(part, j + 1) ? capitalsFamilyCredit(first) : 0;
      const shape = (credit > 0 && mayCutProduct(part.slice(lastStart, j), first, abstract) ? nameScore(first) - credit : nameScore(first)) - capitalsCut;
      const seen = isSeen(first, shape, evidence);
      const firstScore = firstAuthorScore(first, shape, seen, part, j, abstract);
      // Nothing that reads this little like a name is taken for one ("…lower-case words").
      if (firstScore < MIN_FIRST_AUTHOR_SCORE) continue;
      // A group named like the title's last word ("Yi: … by 01.AI" + "01.AI"); before
      // the part comes ", ", so a part that is the name twice echoes it too. So does a
      // collaboration or team the title names, whole, anywhere ("… by the STAR Collaboration at
      // RHIC" + "STAR Collaboration", not "…RHI" + "CSTAR Collaboration").
      const echoAt = j - first.length;
      const echo =
        (echoAt > 0 && part.charCodeAt(echoAt - 1) === 32 && part.startsWith(first, echoAt)) ||
        (k > 0 && echoAt === 0 && part.startsWith(first)) ||
        isAffiliationName(first, affiliations) ||
        isGroupTitleNames(first, part, j)
          ? 2
          : 0;
      // The title's last word, which both the title's end and a cut word are told from.
      const last = part.slice(lastStart, j);
      const score =
        firstScore +
        echo +
        titleEndScore(part, j, last, abstract) +
        othersScore +
        countScore -
        (cutsNamedWord(last, first, abstract) ? CUT_WORD_PENALTY : 0) -
        (cutsGivenName(last, first) ? CUT_GIVEN_NAME_PENALTY : 0) -
        (endsGluedToName(first) ? GLUED_INSIDE_PENALTY : 0);
      // What the reading could still gain: the bonus of a clean first author not yet seen.
      const ceiling = !seen && shape >= CLEAN_NAME_SCORE ? score + KNOWN_NAME_BONUS : score;
      if (ceiling > topCeiling) {
        nextCeiling = topCeiling;
        topCeiling = ceiling;
        topK = k;
        topJ = j;
      } else if (ceiling > nextCeiling) {
        nextCeiling = ceiling;
      }
      if (bestK < 0 || score > bestScore) {
        secondK = bestK;
        secondJ = bestJ;
        secondScore = bestScore;
        bestK = k;
        bestJ = j;
        bestScore = score;
      } else if (secondK < 0 || score > secondScore) {
        secondK = k;
        secondJ = j;
        secondScore = score;
      }
    }
  }
  if (bestK < 0) return undefined;
  // Settled when no other reading could come within a close call of the best, whose own
  // score can only grow: then neither the choice nor its doubt can change.
  // (The margin keeps a gap that rounding could put either side of CLOSE_CALL unsettled:
  // the final reading computes the bonus inside its sum, not after it.)
  const othersCeiling = topK === bestK && topJ === bestJ ? nextCeiling : topCeiling;
  const settled = bestScore - othersCeiling >= CLOSE_CALL + SETTLED_MARGIN;
  const best = reading(parts, bestK, bestJ, bestScore);
  // The runner-up is built only when `splitByline` reports it: when it came close.
  return secondK < 0 || bestScore - secondScore >= CLOSE_CALL ? { best, settled } : { best, second: reading(parts, secondK, secondJ, secondScore), settled };
}

/**
 * Whether a glue point cuts a word the abstract names whole (`left`, the
 * title's last word, glued to the first word of `first`): "LongCat-Flash
 * Technical ReportMeituan LongCat Team" read as "Long" by "Cat-Flash …", or
 * as "…Meituan Long" by "Cat Team", when the abstract speaks of
 * "LongCat-Flash", or when the rest of the byline does ("Meituan LongCat Team").
 * A title glued to a name makes a word no abstract holds.
 */
function cutsNamedWord(left: string, first: string, abstract: string): boolean {
  let end = 0;
  while (end < first.length && first.charCodeAt(end) !== 32 && first.charCodeAt(end) !== 44) end += 1;
  while (end > 0 && CLOSING_PUNCTUATION.includes(first.charCodeAt(end - 1))) end -= 1;
  if (end === 0 || left.length === 0 || left.length + end < 4 || left.length > LONGEST_WORD) return false;
  const word = left + first.slice(0, end);
  // Or the rest of the byline names it whole, or its part before a hyphen: "LongCat-Video
  // Technical ReportMeituan LongCat Team" read as "Long" by "Cat-Video …", with no abstract.
  // The abstract may name its part before a hyphen too: "VinaLLaMA: LLaMA-based …" read as
  // "…LLa" by "MA-based …" when the abstract speaks of "LLaMA-2".
  const hyphen = first.indexOf("-");
  const beforeHyphen = hyphen > 0 && hyphen < end ? left + first.slice(0, hyphen) : word;
  return containsWord(abstract, word) || (beforeHyphen !== word && containsWord(abstract, beforeHyphen)) || containsWord(first.slice(end), beforeHyphen);
}

/** What a reading whose glue point cuts a word the abstract names whole loses (see `cutsNamedWord`). */
const CUT_WORD_PENALTY = 3;

/**
 * Whether a glue point cuts a given name of two capitalised syllables after
 * its first (see `isSyllablePair`): the title's last word (`left`) ends in a
 * capitalised syllable right after a camel-case word or a stop, and makes
 * such a name with the first word of `first`. "…AdaBoost" + "MinJoon Seo"
 * read as "…AdaBoostMin" by "Joon Seo", "…Converge?" + "YoungJae Yu" as
 * "…Converge?Young" by "Jae Yu".
 *
 * Not after a plain word ("ModelsJin"), which reads as glued already, nor
 * after an acronym or a digit: there a syllable more often ends a product's
 * name ("NIRCam", "PCANet", "Word2Vec" + "Bo Li") than a title ends before
 * such a given name ("…using MCMC" + "JinYeong Bak").
 */
function cutsGivenName(left: string, first: string): boolean {
  let at = left.length;
  while (at > 0 && isAsciiLower(left.charCodeAt(at - 1))) at -= 1;
  if (at < 2 || at === left.length || !isAsciiUpper(left.charCodeAt(at - 1))) return false;
  const before = left.charCodeAt(at - 2);
  // After a camel-case word ("AdaBoostMin"), both readings leave the title a word with a capital inside.
  const afterCamelCase = isAsciiLower(before) && hasLowerThenUpper(left.slice(0, at - 1));
  if (!afterCamelCase && !STOPS.includes(before)) return false;
  const space = first.indexOf(" ");
  return space > 0 && isSyllablePair(left.slice(at - 1) + first.slice(0, space));
}

/**
 * Whether a first author of three words or more ends in a word with a capital
 * inside that is no name word: title words read as a name, the title still
 * glued to the real one ("…VLS" by "I Neural NetworkSumit" of "…VLSI Neural
 * NetworkSumit, Rodney J Douglas", with a first author of one word).
 */
function endsGluedToName(first: string): boolean {
  const space = first.lastIndexOf(" ");
  if (space < 0 || first.indexOf(" ") === space) return false;
  const last = first.slice(space + 1);
  return hasLowerThenUpper(last) && !isNameWord(last);
}

/** What a reading loses whose first author ends glued to a name (see `endsGluedToName`). */
const GLUED_INSIDE_PENALTY = 3;

/** What ends a title before its first author's name, glued: a stop, a closing bracket or quote. */
const STOPS = /* @__PURE__ */ codesOf(".!?)]`'\"”’");

/** What a reading that cuts a given name of two syllables loses (see `cutsGivenName`): more than the syllables' credit. */
const CUT_GIVEN_NAME_PENALTY = 1.5;

/** The reading that splits part `k` at offset `j`: the title before, the authors from there on. */
function reading(parts: readonly string[], k: number, j: number, score: number): BylineReading {
  const part = parts[k]!;
  const title = k > 0 ? parts.slice(0, k).join(", ") + ", " + part.slice(0, j) : part.slice(0, j);
  const authors = [part.slice(j)];
  for (let i = k + 1; i < parts.length; i++) authors.push(parts[i]!);
  return { title, authors, score };
}

/**
 * Offsets in `part` where a glued author name could begin: a letter right
 * after a non-space character, when it is a capital ("SizeGemma",
 * "BERTJacob", "3Imagen") or follows punctuation or a digit ("Mirage?Rylan").
 * Only the last few words are searched: a name has at most five tokens, a
 * group's (a part ending in a group word) at most ten.
 * Writes the offsets into `points` from index `count`; returns the new count.
 */
function gluePoints(part: string, points: number[], count: number): number {
  // Back from the end over GLUE_WINDOW_WORDS spaces (a loop of character codes: a
  // `lastIndexOf` per word costs a call into the runtime each), or GROUP_WINDOW_WORDS when a
  // part that long ends in a group word: it may hold a long group's name.
  let from = part.length;
  for (let words = 0, window = GLUE_WINDOW_WORDS; words < window && from > 0; words++) {
    from -= 1;
    while (from > 0 && part.charCodeAt(from) !== 32) from -= 1;
    if (words === GLUE_WINDOW_WORDS - 1 && from > 0 && isGroupWord(part.slice(part.lastIndexOf(" ") + 1))) window = GROUP_WINDOW_WORDS;
  }
  // One pass; the digit points go after the letter points, in the order readings are weighed.
  let digits = 0;
  // (Nor further back than a name's length: a part of one long word is searched at its end only.)
  const start = Math.max(from, 1, part.length - MAX_GLUE_REACH);
  let prev = part.charCodeAt(start - 1);
  // Inside inline math no name begins ("…Mass of $150~M_\odot$LIGO …"): dollars are counted
  // when they pair up in the part (a lone "$" is a price).
  const dollars = part.includes("$") ? countDollars(part, part.length) : 0;
  let inMath = dollars > 0 && dollars % 2 === 0 && countDollars(part, start) % 2 === 1;
  for (let j = start; j < part.length; prev = part.charCodeAt(j), j++) {
    const code = part.charCodeAt(j);
    // Fast path: an ASCII lower-case letter never starts a name after a letter.
    if (code >= 97 && code <= 122 && isAsciiLetter(prev)) continue;
    if (code === 36 && dollars % 2 === 0) inMath = !inMath;
    if (inMath) continue;
    // An organisation whose name starts with a digit, glued after a letter: "by 01.AI01.AI".
    if (isDigit(code)) {
      if (isLetterAt(part, j - 1) && /\p{L}/u.test(part.slice(j, j + 8))) scratchDigits[digits++] = j;
      continue;
    }
    // A letter an encoding lost, "?" in its place, may open a name glued to a title word: "…Transformer?ukasz Maziarka"
    // (not a particle after a question, "What Is It?dos Santos Oliveira").
    if ((code === 63 || code === 0xfffd) && isLetterAt(part, j - 1) && isLowerAt(part, j + 1) && !opensWithParticle(part, j + 1)) {
      points[count++] = j;
      continue;
    }
    if (prev === 32 || !isLetterAt(part, j)) continue;
    // Never inside a run of dotted capitals: "U.|S." of "…in the U.S.Wei Zhang", "V.|S." of "V.S.D.S.Mahesh".
    // (A run that ends there, "U.S.|J. Smith", may end a title.)
    if (prev === 46 && part.charCodeAt(j + 1) === 46 && part.charCodeAt(j + 2) !== 32 && isUpperAt(part, j) && isUpperAt(part, j - 2)) continue;
    // A capital, or any letter after a digit or closing punctuation ("7bAlbert" no, "?rylan" yes);
    // a lower-case letter after a hyphen or apostrophe is the same word going on.
    if (isUpperAt(part, j) || isClosing(prev)) points[count++] = j;
    // A name in a script without case (Chinese, Japanese, Korean) glued to a cased title word.
    else if (code > 127 && CASELESS.test(part[j]!) && !CASELESS.test(part[j - 1]!)) points[count++] = j;
  }
  for (let d = 0; d < digits; d++) points[count++] = scratchDigits[d]!;
  return count;
}

const scratchDigits: number[] = [];

/** How far back from a part's end a glue point is searched: further than any name is long. */
const MAX_GLUE_REACH = 200;
/** Longer than any word a title ends in ("Pneumonoultramicroscopicsilicovolcanoconiosis" is 45). */
const LONGEST_WORD = 64;
/** Longer than any title: what is searched of the text before a glue point for a name it holds. */
const LONGEST_TITLE = 1000;

/**
 * Whether a first author whose given name is two capitalised syllables
 * ("TokKai Chen", "InMin Liu") may instead hold the end of a product's name
 * that the title ends in, cut after its first half (`last`, the title's last
 * word as the reading leaves it): when that half is one short syllable
 * ("Tik", "Num", "Deep", "We"), when the given name's first syllable is a
 * word products' names end in ("Net" of "ImageNet"), or when the abstract
 * names the word they make ("LinkedIn"). After a longer title
 * word that the abstract does not name so, the two syllables are a given
 * name ("…Dialogue Models" by "JinYeong Bak").
 *
 * (A title that ends in a short word before such a name, "…for Free" +
 * "XuanLong Nguyen", is read wrong: rarer than a product's name cut so.)
 */
function mayCutProduct(last: string, first: string, abstract: string): boolean {
  if (isCapitalSyllable(last)) return true;
  let second = 1;
  while (!isAsciiUpper(first.charCodeAt(second))) second += 1;
  const syllable = first.slice(0, second);
  return PRODUCT_ENDS.has(syllable) || (abstract !== "" && containsWord(abstract, last + syllable));
}

/**
 * Words that end products' camel-case names and read as a syllable ("ImageNet", "TikTok",
 * "DeepSeek", "WeChat", "Word2Vec", "AlphaGo", "LinkedIn"): "…ImageNet" + "Yi Tay" is no "NetYi Tay".
 */
const PRODUCT_ENDS = /* @__PURE__ */ new Set(["Net", "Bot", "Chat", "Cam", "Gen", "Tok", "Seek", "Go", "Map", "Pay", "Kit", "Vec", "Cap", "Rec", "Sim", "Book", "In", "Up", "On"]);

/**
 * Where the word of `part` that ends at `end` starts: after the space before it, or, for a word
 * longer than `LONGEST_WORD`, `LONGEST_WORD + 1` characters back (all a title's end is told
 * from; a line of junk with no space is not searched back to its start for every reading).
 */
function wordStart(part: string, end: number): number {
  const limit = Math.max(0, end - LONGEST_WORD - 1);
  for (let at = end - 1; at >= limit; at--) if (part.charCodeAt(at) === 32) return at + 1;
  return limit;
}

/** Whether the word of `part` starting at `at` is a lower-case particle ("dos", "van"). */
function opensWithParticle(part: string, at: number): boolean {
  const space = part.indexOf(" ", at);
  return isLowerParticle(part.slice(at, space < 0 ? part.length : space));
}

/** How many dollar signs `part[0, end)` holds. */
function countDollars(part: string, end: number): number {
  let count = 0;
  for (let at = part.indexOf("$"); at >= 0 && at < end; at = part.indexOf("$", at + 1)) count += 1;
  return count;
}

/** A digit or closing punctuation, after which any letter may start a name: `[\d.?!)\]"”:]`. */
function isClosing(code: number): boolean {
  return isDigit(code) || code === 46 || code === 63 || code === 33 || code === 41 || code === 93 || code === 34 || code === 0x201d || code === 58;
}

/** A letter of a script without case. */
const CASELESS = /^\p{Lo}/u;

/** Whether a line ends in a word no title ends in ("…Deep Learning for"), so a title was cut there. */
export function endsInFunctionWord(text: string): boolean {
  return TITLE_END_WORDS.has(text.slice(text.lastIndexOf(" ") + 1).toLowerCase());
}

/**
 * Evidence from the first author's name (`shape`, its `nameScore`), whether
 * the listing shows it cleanly elsewhere (`seen`), and whether its own entry
 * names it (see `selfNamedBonus`).
 */
function firstAuthorScore(first: string, shape: number, seen: boolean, part: string, j: number, abstract: string): number {
  return (seen ? shape + KNOWN_NAME_BONUS : shape) + selfNamedBonus(first, shape, part, j, abstract);
}

/**
 * Whether an author is named like one of the entry's affiliations: a one-word
 * author ("NVIDIA" of ` · nvidia`, "OpenAI" of ` · openai`, "Microsoft" of
 * ` · microsoft-research`), or a name whose first word is one ("IceCube
 * Collaboration" of ` · icecube`, "Meituan LongCat Team" of ` · meituan`):
 * an organisation writing about its own work.
 */
function isAffiliationName(name: string, affiliations: readonly string[]): boolean {
  if (affiliations.length === 0) return false;
  const space = name.indexOf(" ");
  const lower = (space < 0 ? name : name.slice(0, space)).toLowerCase();
  // The slug itself, or its first part: "Microsoft" of "microsoft-research", "Amazon" of "amazon-science".
  for (const slug of affiliations) if (slug === lower || (slug.startsWith(lower) && slug.charCodeAt(lower.length) === 45)) return true;
  return false;
}

/**
 * Whether `first` is a group's name of several words ending in a group word
 * ("STAR Collaboration", "Gemma Team") that the title's end, `part[0, j)`,
 * holds as whole words.
 */
function isGroupTitleNames(first: string, part: string, j: number): boolean {
  const space = first.lastIndexOf(" ");
  return space > 0 && isGroupWord(first.slice(space + 1)) && containsWord(part.slice(Math.max(0, j - LONGEST_TITLE), j), first);
}

/** The longest first author weighed: longer than any person's name or group's (ten words, `isLongGroupName`). */
const LONGEST_FIRST_AUTHOR = 200;

/** How long a byline's title and authors must be for a copy of them in the abstract to be set aside. */
const MIN_COPIED_BYLINE = 24;

/** The score a self-named organisation gets as a first author: a group name's. */
const SELF_NAMED_SCORE = 2;

/**
 * What a one-word first author that reads as no name gains when the entry
 * names it elsewhere: a company or project that names its work after itself
 * ("MiniMax-01: …Lightning AttentionMiniMax, Aonian Li", the abstract
 * speaking of "MiniMax-Text-01"). It is then scored as a group name. Glued
 * title words ("AttentionMini") are not named elsewhere. So does a name of
 * several words whose last word opens the name of the title's product
 * ("ByteDance Seed" of "Seed-Coder: …", "Seed1.5-Thinking: …"), whatever the
 * words before it. Only the entry's own text counts, so the bonus never
 * depends on the rest of the listing.
 */
function selfNamedBonus(first: string, shape: number, part: string, j: number, abstract: string): number {
  if (shape >= SELF_NAMED_SCORE) return 0;
  // The title's end (`part[0, j)`) is built only for a name of the right shape.
  if (hasSelfNameShape(first)) return containsWord(part.slice(Math.max(0, j - LONGEST_TITLE), j), first) || containsWord(abstract, first) ? SELF_NAMED_SCORE - shape : 0;
  // (A company's team, "ByteDance Seed": three words at most, the first glued after no capital
  // (not cut out of an acronym, "CUD|AJohn Smith") and shaped like a company's name.)
  // (Read without splitting the name, at most two spaces: this runs for every poor reading.)
  const space = first.indexOf(" ");
  const last = first.lastIndexOf(" ");
  const second = space < 0 ? -1 : first.indexOf(" ", space + 1);
  if (isUpperAt(part, j - 1) || (second >= 0 && second < last)) return 0;
  return isCompanyWord(space < 0 ? first : first.slice(0, space)) && namesProduct(part, j, first.slice(last + 1)) ? SELF_NAMED_SCORE - shape : 0;
}

/**
 * Whether a word is shaped like a company's name and no person's: a word with
 * one capital inside that no name prefix explains ("ByteDance", "DeepSeek"),
 * or three capitals or more ("NVIDIA").
 */
function isCompanyWord(word: string): boolean {
  return (COMPANY_CAMEL.test(word) && !isNameWord(word)) || /^\p{Lu}{3,}$/u.test(word);
}
const COMPANY_CAMEL = /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+$/u;

/**
 * Whether `part[0, end)` opens a word with `word`, a capitalised one, then a
 * hyphen or a digit: the name of a product ("Seed" of "Seed-Coder", "Seed1.5").
 */
function namesProduct(part: string, end: number, word: string): boolean {
  if (word.length < 2 || !isUpperAt(word, 0)) return false;
  for (let at = part.indexOf(word); at >= 0 && at + word.length < end; at = part.indexOf(word, at + 1)) {
    const after = part.charCodeAt(at + word.length);
    if ((at === 0 || part.charCodeAt(at - 1) === 32) && (after === 45 || isDigit(after))) return true;
  }
  return false;
}

/**
 * Whether `name` is one word that no person's name looks like ("MiniMax",
 * "DeepMind", "HuggingFace": capitals inside, or digits) and that the
 * title or the abstract of its entry names as a whole word ("MiniMax-01").
 * Such an author is an organisation writing about its own work.
 *
 * @param name - an author as written
 * @param title - the entry's title (or the part of it before the author)
 * @param abstract - the entry's abstract
 * @returns whether to read `name` as a group
 *
 * @example
 * isSelfNamed("MiniMax", "MiniMax-01: Scaling Foundation Models", ""); //=> true
 * isSelfNamed("Max", "MiniMax-01: Scaling Foundation Models", ""); //=> false
 */
export function isSelfNamed(name: string, title: string, abstract: string): boolean {
  return hasSelfNameShape(name) && (containsWord(title, name) || containsWord(abstract, name));
}

/** Whether `name` is one word shaped as no person's name is (see `isSelfNamed`). */
function hasSelfNameShape(name: string): boolean {
  return name.length >= 3 && name.length <= 30 && !name.includes(" ") && SELF_NAME_SHAPE.test(name) && !isNameWord(name);
}

/**
 * Whether the first author, as `analyzeName` read it, is a group its own
 * entry names: a lone word that reads as no whole person (see
 * `namesItself`), a two-word "person" whose first word the title is about
 * (see `namesTitleSubject`), a name of several words that is one of the
 * affiliations slugged ("Sakana Ai" of ` · sakana-ai`), or one that ends in
 * the word the title's product is named with and holds a word no person's
 * name has ("ByteDance Seed" of "Seed-Coder"). A group stays a group.
 *
 * @param author - the first author, analysed
 * @param title - the entry's title
 * @param affiliations - the entry's affiliation slugs
 * @returns whether to read the author as a group (`literal: true`)
 *
 * @example
 * isOwnGroup({ name: "Qwen" }, "Qwen2.5 Technical Report", []); //=> true
 * isOwnGroup({ name: "Seamless Communication", given: "Seamless", family: "Communication" }, "Seamless: Speech Translation", []); //=> true
 * isOwnGroup({ name: "Hugo Touvron", given: "Hugo", family: "Touvron" }, "Llama 2: Open Foundation Models", []); //=> false
 */
export function isOwnGroup(author: Author, title: string, affiliations: readonly string[]): boolean {
  if (author.literal !== undefined) return false;
  if (author.family === undefined) return namesItself(author.name, title, affiliations);
  return namesTitleSubject(author.name, title) || isSluggedAffiliation(author.name, affiliations) || isProductMaker(author.name, title);
}

/**
 * Whether a name of several words, one of them shaped like a company's
 * (`isCompanyWord`), ends in the word the title opens its product's name
 * with: "ByteDance Seed" of "Seed-Coder: …" ("Edward L. Kaplan" of
 * "Kaplan-Meier …" stays a person).
 */
function isProductMaker(name: string, title: string): boolean {
  // (The title looked up first: it rules out nearly every name, and splits none.)
  const space = name.lastIndexOf(" ");
  return space >= 0 && namesProduct(title, title.length, name.slice(space + 1)) && name.split(" ").some(isCompanyWord);
}

/** Whether a name of several words is one of the affiliations, slugged: "Sakana Ai" of ` · sakana-ai`. */
function isSluggedAffiliation(name: string, affiliations: readonly string[]): boolean {
  return affiliations.length > 0 && name.includes(" ") && affiliations.includes(name.toLowerCase().replaceAll(" ", "-"));
}

/**
 * Whether a one-word author that reads as no whole person ("Qwen", which
 * could be half of a name) is an organisation its own entry names: a plain
 * capitalised word that opens a product name in the title, glued to a
 * version number or joined to one by a hyphen ("Qwen2.5 Technical Report",
 * "Gemma-2"), or that names one of the entry's affiliations ("NVIDIA" of
 * ` · nvidia`). A surname mentioned in a title ("Kim", "Wang-Landau") stays a
 * person's.
 *
 * @param name - an author as written
 * @param title - the entry's title
 * @param affiliations - the entry's affiliation slugs
 * @returns whether to read `name` as a group
 *
 * @example
 * namesItself("Qwen", "Qwen2.5 Technical Report", []); //=> true
 * namesItself("Nvidia", "Cosmos World Foundation Model Platform", ["nvidia"]); //=> true
 * namesItself("Smith", "A Title", []); //=> false
 * namesItself("Kim", "Kim Jong-il's Economy", []); //=> false
 * namesItself("Wang", "Wang-Landau Sampling at Scale", []); //=> false
 */
export function namesItself(name: string, title: string, affiliations: readonly string[]): boolean {
  if (name.length < 2 || name.length > 30 || !PLAIN_CAPITALISED_WORD.test(name)) return false;
  return isAffiliationName(name, affiliations) || opensProductName(title, name);
}

/**
 * Whether a two-word first author is the group behind what the title is
 * about: its first word opens the title before a colon ("Seamless
 * Communication" of "Seamless: Multilingual Expressive …"), or opens the
 * title's product name glued to a capital or a digit ("SeamlessM4T: …"). A
 * person's given name is seldom the name of their paper's subject.
 *
 * @param name - the first author as written
 * @param title - the entry's title
 * @returns whether to read `name` as a group
 *
 * @example
 * namesTitleSubject("Seamless Communication", "Seamless: Multilingual Expressive Speech Translation"); //=> true
 * namesTitleSubject("Seamless Communication", "SeamlessM4T: Massively Multilingual & Multimodal Machine Translation"); //=> true
 * namesTitleSubject("Hugo Touvron", "Llama 2: Open Foundation and Fine-Tuned Chat Models"); //=> false
 */
export function namesTitleSubject(name: string, title: string): boolean {
  const space = name.indexOf(" ");
  if (space <= 1 || name.indexOf(" ", space + 1) >= 0 || !title.startsWith(name.slice(0, space))) return false;
  // The word alone before a colon, or opening a product's name glued to a capital or a digit ("SeamlessM4T: …").
  // (A word of four letters or more: a short given name opens many a product's name, "Bo" of "BoTorch".)
  const after = title.charAt(space);
  return after === ":" || (space >= 4 && /[\p{Lu}\d]/u.test(after));
}

/** A capital, then letters and digits only. */
const PLAIN_CAPITALISED_WORD = /^\p{Lu}[\p{L}\p{N}]*$/u;

/**
 * Whether `text` holds `word` at the start of a word (after a space or at
 * the start) with a digit, or a hyphen and a digit, right after it: a
 * product named after its maker ("Qwen2.5", "MiniMax-01", "Gemma-2").
 */
function opensProductName(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (at !== 0 && text.charCodeAt(at - 1) !== 32) continue;
    const after = at + word.length;
    if (isDigit(text.charCodeAt(after)) || (text.charCodeAt(after) === 45 && isDigit(text.charCodeAt(after + 1)))) return true;
  }
  return false;
}

// One word of letters, digits and inner hyphens or dots, opening with a capital, with another
// capital or a digit after a lower-case letter inside ("MiniMax", "DeepMind", "Mistral7B").
const SELF_NAME_SHAPE = /^\p{Lu}[\p{L}\d.-]*\p{Ll}[\p{L}.-]*[\p{Lu}\d][\p{L}\d.-]*$/u;

/** Whether the evidence holds a name whose `nameScore` is `score` (a look-up only where it can). */
function isSeen(name: string, score: number, evidence: NameEvidence): boolean {
  return (score >= CLEAN_NAME_SCORE || evidence.onlyClean !== true) && evidence.names.has(name);
}

/** Evidence from how the title would end: `part[0, end)`, whose last word is `last`. */
function titleEndScore(part: string, end: number, last: string, abstract: string): number {
  // (Character codes rather than `trimEnd`, slices and patterns: this runs for every reading.)
  const lastCode = part.charCodeAt(end - 1);
  if (end === 0 || isWhiteSpace(lastCode)) return -20;
  let score = 0;
  // A title cut inside a hyphenated word, an apostrophe, an open bracket or quote ("Imagen 3Imagen-",
  // "O'", "Say `"); not an apostrophe that closes a quote the title opened ("Say `I Don't Know'").
  if (CUT_WORD_ENDS.includes(lastCode) && !((lastCode === 39 || lastCode === 0x2019) && closesQuote(part, end))) score -= 4;
  if ((last.length <= LONGEST_TITLE_END_WORD && TITLE_END_WORDS.has(toLower(last))) || isLowerParticle(last)) score -= 3;
  // A lone capital ending a title is usually a stolen initial ("…DataH", "…Networks J").
  // (An initial opens with a capital and goes on with no lower-case letter: others are not tested.)
  if (last.length <= 16 && isUpperAt(last, 0) && !isAsciiLower(last.charCodeAt(1)) && isInitial(last) && !/\d/.test(last)) score -= 1.5;
  // The abstract repeating the title's last word, whole, confirms where the title ends:
  // "t-SNE", "Mistral 7B", "AlphaCode" (the split "Alpha|CodeYujia" finds only "Alpha" glued to "Code").
  let wordEnd = last.length;
  while (wordEnd > 0 && CLOSING_PUNCTUATION.includes(last.charCodeAt(wordEnd - 1))) wordEnd -= 1;
  // (A word longer than any a title ends in is a line of junk: nothing more is told from it.)
  if (wordEnd < 2 || wordEnd > LONGEST_WORD) return score;
  const word = wordEnd === last.length ? last : last.slice(0, wordEnd);
  // (A bare number only with the word before it, a name's, "NGC 1068": abstracts are full of
  // numbers, and "11" of "with 11" + "B Active ParametersAilin Huang" is no evidence.)
  const number = NUMBER.test(word);
  const evidence = number ? lastTwoWords(part, end) : word;
  if (hasUpperOrDigit(word) && (!number || NAMED_NUMBER.test(evidence)) && containsWord(abstract, evidence)) score += 2;
  // A word with a capital inside may be a name's start glued to the title; not a unit
  // after a number, with which a title ends well: "…at 13 TeV" + "CMS Collaboration", not
  // "…13 Te" by "VCMS Collaboration".
  else if (hasLowerThenUpper(word) && !isNameWord(word)) score += QUANTITY.test(lastTwoWords(part, end)) ? 1 : -1.5;
  return score;
}

const NUMBER = /^\d+(?:[.,]\d+)*$/;
// A number and a unit with a capital after a lower-case letter: electronvolts, millikelvin, kilowatts, kilohertz…
const QUANTITY = /^\d+(?:[.,]\d+)* (?:[kMGTPE]?eV|[mμn][KAW]|kW|kHz)$/u;
// A number after a word with a capital or a digit in it ("NGC 1068", "Llama 3"), not after "with".
const NAMED_NUMBER = /^\S*[A-Z\d]\S* /;

/** The last two words of `part` before `end` ("NGC 1068" of "…galaxy NGC 1068"). */
function lastTwoWords(part: string, end: number): string {
  const space = part.lastIndexOf(" ", end - 1);
  return part.slice(space > 0 ? part.lastIndexOf(" ", space - 1) + 1 : 0, end);
}

/** `text.toLowerCase()`, with no new string for ASCII text that has no capital. */
function toLower(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 127 || isAsciiUpper(code)) return text.toLowerCase();
  }
  return text;
}

/** `/\p{Lu}|\d/u.test(word)`, told from character codes for ASCII. */
function hasUpperOrDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code > 127) return /\p{Lu}|\d/u.test(word);
    if (isAsciiUpper(code) || isDigit(code)) return true;
  }
  return false;
}

/** `/\p{Ll}\p{Lu}/u.test(word)`, told from character codes for ASCII. */
function hasLowerThenUpper(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code > 127) return /\p{Ll}\p{Lu}/u.test(word);
    if (i > 0 && isAsciiUpper(code) && isAsciiLower(word.charCodeAt(i - 1))) return true;
  }
  return false;
}

/** Last characters of a title cut inside a word. */
const CUT_WORD_ENDS = /* @__PURE__ */ codesOf("-'’([{/&+_`‘");

/** Whether `part` opens a quote before `end` that its apostrophe there closes: "`", "‘", or "'" before a word. */
function closesQuote(part: string, end: number): boolean {
  const close = part.charCodeAt(end - 1);
  if (close !== 39) return part.lastIndexOf("‘", end - 3) >= 0;
  const spaced = part.lastIndexOf(" '", end - 4);
  return part.lastIndexOf("`", end - 3) >= 0 || (spaced >= 0 && part.charCodeAt(spaced + 2) !== 32) || part.charCodeAt(0) === 39;
}
/** Punctuation after a title's last word. */
const CLOSING_PUNCTUATION = /* @__PURE__ */ codesOf(".,:;!?)]");
/** The longest word in TITLE_END_WORDS: a longer one is not looked up (its lower case is never made). */
const LONGEST_TITLE_END_WORD = /* @__PURE__ */ Math.max(...[...TITLE_END_WORDS].map((word) => word.length));

/** The UTF-16 codes of a string's characters. */
function codesOf(text: string): number[] {
  return Array.from(text, (ch) => ch.charCodeAt(0));
}

/**
 * Whether `text` contains `word` with no letter or digit glued to either side.
 *
 * @example
 * containsWord("We present emcee, a sampler.", "emcee"); //=> true
 * containsWord("We present CodeGemma.", "Gemma"); //=> false
 */
export function containsWord(text: string, word: string): boolean {
  let at = text.indexOf(word);
  while (at >= 0) {
    const before = at === 0 ? " " : text[at - 1]!;
    const after = at + word.length >= text.length ? " " : text[at + word.length]!;
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
    at = text.indexOf(word, at + 1);
  }
  return false;
}

/** Splits a clean author list on commas. */
function splitAuthorList(text: string): string[] {
  return text === "" ? [] : text.split(",").map((s) => s.trim()).filter((s) => s !== "");
}

/**
 * Joins a person cut in two by a stray comma: two neighbouring one-word
 * "authors" that are both plain capitalised words ("Alexander, Vezhnevets")
 * are one name. A one-word organisation ("OpenAI") is left alone.
 */
function repairAuthors(authors: readonly string[]): {
  authors: string[];
  repairs: { parts: string[]; merged: string }[];
} {
  const out: string[] = [];
  const repairs: { parts: string[]; merged: string }[] = [];
  if (!authors.some(needsRepair)) return { authors: authors as string[], repairs };
  for (let i = 0; i < authors.length; i++) {
    const a = authors[i]!;
    const b = authors[i + 1];
    if (b !== undefined && /^(?:Jr|Sr|II|III|IV)\.?$/.test(b) && a.includes(" ")) {
      // "John Smith, Jr." is one person whose suffix follows a comma.
      const merged = `${a} ${b}`;
      out.push(merged);
      repairs.push({ parts: [a, b], merged });
      i += 1;
    } else if (b !== undefined && isLoneNameWord(a) && isLoneNameWord(b)) {
      const merged = `${a} ${b}`;
      out.push(merged);
      repairs.push({ parts: [a, b], merged });
      i += 1;
    } else {
      out.push(a);
    }
  }
  return { authors: out, repairs };
}

/** Whether an author may take part in a repair: one word, or a suffix. */
function needsRepair(author: string): boolean {
  return !author.includes(" ");
}

/** A single capitalised word that is not an organisation. */
function isLoneNameWord(text: string): boolean {
  return !text.includes(" ") && isNameWord(text);
}

/** Reads `[text](url)` at the start of a byline. */
function readLeadingLink(text: string): { text: string; url: string; end: number } | undefined {
  if (!text.startsWith("[")) return undefined;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "[") depth += 1;
    else if (ch === "]") {
      depth -= 1;
      if (depth === 0) {
        if (text[i + 1] !== "(") return undefined;
        const close = text.indexOf(")", i + 2);
        if (close < 0) return undefined;
        const url = text.slice(i + 2, close).trim();
        if (url.includes(" ")) return undefined;
        return { text: text.slice(1, i).trim(), url, end: close + 1 };
      }
    }
  }
  return undefined;
}
