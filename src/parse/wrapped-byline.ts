// Titles and bylines hard-wrapped over two to four lines, joined back into one.

import { wordSet } from "../_lib/word-set.js";
import { HANGING_HYPHEN } from "./abstract.js";
import { type BylineParts, bylineCore, CLEAN_NAME_SCORE, containsWord, cutAffiliations, cutEtAl, endsInFunctionWord, type NameEvidence, splitByline } from "./byline.js";
import { parseHeader } from "./header.js";
import { isFamilyParticle, isGroupName, isGroupWord, isInitial, isLowerParticle, isNameSuffix, isNameWord, nameScore } from "./names.js";
import { endsSentence, isChrome, isPageText } from "./page-text.js";
import type { SourceLine } from "./lines.js";
import type { RawEntry } from "./raw-entry.js";

/**
 * Joins a title and byline hard-wrapped over two to four lines (see the
 * comments inside for the title's lines). The second line continues the
 * byline when the first ends in a comma ("…Hubert Soyer," + "Remi Munos
 * et al."), when it opens with "et al.", when it ends the way only bylines
 * end (" et al.", " · deepmind") and the first line does not, or when the
 * first line alone holds no author and the two together do. A second line
 * that is a clean author list is glued on with no space, as the site glues
 * authors to titles ("…a Mirage?" + "Rylan Schaeffer, …"), or with a space
 * when the listing's earlier bylines showed one there (`spacedListing`). Done
 * as each entry completes, with no evidence from other entries but that count
 * of earlier ones, so a listing reads the same whether it arrives whole or as
 * a stream.
 *
 * @example
 * // "…Hubert Soyer," + "Remi Munos et al." is one byline
 * joinWrappedByline(entry).body[0].text; //=> "…Hubert Soyer, Remi Munos et al."
 *
 * @internal
 */
export function joinWrappedByline(raw: RawEntry, spacedListing = false): RawEntry {
  // Line by line, twice at most: a byline may wrap again before its affiliations or "et al."
  // ("…Provably Isolates" + "Content from StyleJulius von Kügelgen, …" + "· mpi-is, cambridge"),
  // or its third line end it ("…, André F. T. Martins," + "Ramón Fernandez Astudillo · unbabel");
  // any other third line is the abstract's ("…, Noam Shazeer," + "Niki Parmar," + "We propose…").
  // A join of title lines alone, the authors starting in the line joined on, counts as none: the
  // byline itself may wrap twice more ("…Quantum Phase Transitions in" + "Random … SystemsTomoki
  // Ohtsuki," + "Tomi Ohtsuki", as a narrow print column sets a long title and its byline). What
  // comes after such a join must go on the byline, as after any join ("…Security Games with" +
  // "Many DefendersYang Liu, Bo An" + "We study …" is a byline and its abstract), but for the
  // line a title wrapped twice was found to run into, and only once the joined lines read as a
  // title glued to a clean name: until then the byline is still to come ("…Extremely
  // Low-Resource" + "LanguagesSamuel Cahyawijaya, …"). Four lines at most, or five when the
  // fifth ends the byline.
  // A title and its author list as paragraphs of their own ("…Implicit Hate Speech" + a blank
  // line + "Fan Huang, Haewoon Kwak, Jisun An"), as some text renderings of the site's pages and
  // Markdown converters set the card's blocks apart: the list is glued on, as the site glues it.
  const [title, list] = raw.body;
  if (title && list && raw.afterBlank[1] && isTitleAboveAuthors(title.text, list.text, raw.body.length > 2)) {
    raw = {
      ...raw,
      wrappedByline: list,
      body: [joinedLine(title, "", list), ...raw.body.slice(2)],
      afterBlank: [raw.afterBlank[0]!, ...raw.afterBlank.slice(2)],
    };
  }
  let afterTitle = false;
  let vetted = false;
  for (let joins = 0, lines = 1; joins < 2 && lines < MAX_JOINED_LINES; joins++, lines++) {
    const [first, second] = raw.body;
    // A blank line between them means they were never one line.
    if (!first || !second || raw.afterBlank[1]) return raw;
    const gated = joins > 0 || (afterTitle && namesSomeone(first.text));
    // (The line after, when no blank line parts it, may tell a name the wrap cut.)
    const after = raw.body[2] && !raw.afterBlank[2] ? raw.body[2].text : undefined;
    if (gated && !vetted && !goesOnByline(first.text, second.text, afterTitle, after)) return raw;
    // (The fifth line, after a title wrapped three times, only when it ends the byline: "…Risk" +
    // "StratificationGiuseppe Sergioli, Carlo Cuccu, Giovanni" + "Pasini et al.", "…Sen Yang et" +
    // "al."; an abstract that opens with names, "Claude, Gemini Ultra, Llama", goes on no byline.)
    if (lines === MAX_JOINED_LINES - 1 && !endsBylineOnFifthLine(first.text, second.text)) return raw;
    const third = raw.body[2];
    // (And the line after that, when no blank line parts it: the third's byline may run on into it.)
    const fourth = raw.body[3] && !raw.afterBlank[3] ? raw.body[3].text : undefined;
    // A title wrapped twice before its authors: two lines of title words, then the rest. (Looked at
    // first when the first line ends in a word broken at its hyphen, "…Instruction-" + "Following
    // Models with Low-Rank" + "AdaptationHaonan Li, …": the two lines are title words whatever
    // the hyphen's glue reads them as.) A title wrapped once above a line that is the whole author
    // list (a print of the page): the title's lines join with a space ("…EU Non-Discrimination" +
    // "Law and AI"), the list with none.
    const brokenWord = joins === 0 && BROKEN_WORD_END.test(first.text) && !continuesSlug(first.text, second.text);
    let wrappedTwice = brokenWord && isTitleWrappedTwice(first.text, second.text, third?.text, raw.afterBlank[2], fourth);
    let glue = wrappedTwice
      ? hyphenGlue(first.text, second.text)
      : joins === 0 && third && !raw.afterBlank[2] && isAuthorListLine(third.text) && isTitleRest(first.text, second.text)
        ? (hyphenGlue(first.text, second.text) ?? " ")
        : bylineGlue(first.text, second.text, after);
    // (Also when the first line, all title words, ends in a word no title ends in, "…the Set of" +
    // "Subgame Perfect … Stochastic" + "GamesChris D Murray, Geoffrey Gordon": joined with a space
    // all the same.)
    // (Not after a given name glued to the first line's last word: "…TokensYuki" + "Müller" is a
    // byline cut inside its name, whatever the lines after it read as; nor once title lines were
    // joined, "…languagesNgoc Thanh de la" + "Fuente".)
    const titleWords = glue === undefined || (glue === " " && !afterTitle && !endsInGivenName(first.text));
    // (Not a first line that ends as a whole byline ends, its affiliations or "et al.": "…ReportNAVER
    // Cloud HyperCLOVA X Team · naver" above an abstract wrapped so that a line ends "…scaled by
    // mu" + "P. Supervised …" is no title wrapped twice.)
    if (titleWords && joins === 0 && !brokenWord && !endsLikeByline(first.text) && isTitleWrappedTwice(first.text, second.text, third?.text, raw.afterBlank[2], fourth)) {
      wrappedTwice = true;
      glue = " ";
    }
    if (glue === undefined) return raw;
    // (A "first author" opening the second line with a word the abstract names is the title's
    // rest above a byline a space parts from it, as a PDF's text gives a printed card: "…Covariance"
    // + "Control Ralph Sabbagh, …" when the abstract speaks of control.)
    // (So too, in a listing whose bylines show a space there, for any "first author" of three words
    // or more: "…Adversarial Reinforcement" + "Learning Thomas Spooner, …".)
    if (glue === "" && !first.text.endsWith("-") && opensWithTitleWord(first.text, second.text, raw.body, spacedListing)) glue = " ";
    const text = first.text + glue + second.text;
    vetted = wrappedTwice;
    // (Its authors read without the particles a wrap cut a name after, or with the rest of a name
    // cut after its initials: "…graph learning through" + "ridge spectral sparsificationLaurens
    // van der" + "Maaten, …, Ioannis Koutis et" + "al.".)
    if (joins === 0 && (wrappedTwice || isTitleLine(first.text, withCutInitials(withoutEndParticles(text), after)))) {
      joins -= 1;
      afterTitle = true;
    }
    raw = {
      ...raw,
      wrappedByline: second,
      body: [joinedLine(first, glue, second), ...raw.body.slice(2)],
      afterBlank: [raw.afterBlank[0]!, ...raw.afterBlank.slice(2)],
    };
  }
  return raw;
}

/**
 * `first` and `second` as one line, `glue` between them, keeping where the input's lines
 * start in it (`SourceLine.joins`), so a diagnostic inside the second points into it.
 */
function joinedLine(first: SourceLine, glue: string, second: SourceLine): SourceLine {
  const at = first.text.length + glue.length;
  const joins = [...(first.joins ?? []), at, second.line, second.offset];
  if (second.joins) for (let k = 0; k < second.joins.length; k += 3) joins.push(second.joins[k]! + at, second.joins[k + 1]!, second.joins[k + 2]!);
  return { line: first.line, offset: first.offset, text: first.text + glue + second.text, joins };
}

/**
 * Whether `second`, a fifth line, ends the byline that four joined lines (`first`) hold: its
 * tail (" · mit", "al.", "et al." after no whole byline, "oxford, ubc" after a dot); the rest of
 * a name and names before affiliations ("Ye · kaist"); the rest of a name alone before "et al."
 * ("…, Shayan Oveis" + "Gharan et al."), or names after one word of a name's rest ("…, Linh
 * The" + "Nguyen, Nguyen Luong Tran et al.") or after a name the wrap cut ("…, Giovanni" +
 * "Pasini, Maria Rossi et al."). Not "In recent work, Kaplan et al." nor "John Smith, Jane Doe
 * et al." after a whole name, an abstract's first line, nor "et al. argued that …", nor "et al."
 * after affiliations.
 */
function endsBylineOnFifthLine(first: string, second: string): boolean {
  const whole = endsLikeByline(first);
  const joined = `${first} ${second}`;
  if (isBylineTail(first, second)) return endsLikeByline(joined) && !(whole && /^et al/.test(second));
  const core = bylineCore(second);
  if (whole || !isAuthorTail(core, false)) return false;
  return cutAffiliations(joined).affiliations.length > 0 || (endsLikeByline(joined) && (endsInNameCut(first) || !core.includes(", ") || !authorHead(second).includes(" ")));
}

/** Capitalised words that open an abstract's sentence, never a name's last word on a line of its own. */
const SENTENCE_OPENERS = /* @__PURE__ */ wordSet(`
  we our this these the in it a an here to for as on recent many most despite although
  abstract background objective objectives motivation highlights introduction purpose context
  overview methods results aims significance summary conclusion conclusions findings design
  setting importance keywords following building using given motivated inspired unlike like
  since while after extending revisiting combining existing previous prior
`);

/** No evidence from other entries: joins are decided entry by entry (see `joinWrappedByline`). */
const NO_EVIDENCE: NameEvidence = { names: new Set() };

/**
 * Authors without a last one the wrap may have cut, after its first word ("…, Alex Lamb,
 * Asanobu") or its particle ("…, Miryam de"), when there are at least `atLeast` of them.
 */
function withoutCutName(authors: readonly string[], atLeast: number): readonly string[] {
  return authors.length >= atLeast && isCutNameOrInitial(authors.at(-1)!) ? authors.slice(0, -1) : authors;
}

/** `line` without the lower-case particles that end it ("…AnalysisDiego de las" → "…AnalysisDiego"), at most three. */
function withoutEndParticles(line: string): string {
  let end = line.length;
  for (let count = 0; count < 3; count++) {
    const space = line.lastIndexOf(" ", end - 1);
    if (space <= 0 || !isLowerParticle(line.slice(space + 1, end))) break;
    end = space;
  }
  return end === line.length ? line : line.slice(0, end);
}

/**
 * `line` and the first word of `next` when `line` ends in initials glued to
 * a title's word and `next` opens with a name word: the name the wrap cut
 * after its initials, read whole ("…NetworksJ.R.R." + "Tolkien, …").
 */
function withCutInitials(line: string, next: string | undefined): string {
  if (next === undefined || !GLUED_INITIALS_END.test(line)) return line;
  // (Or the rest of it whole, when it goes on with more initials: "…gauge theoriesR." + "P. Malik".)
  const word = next.split(/[ ,]/, 1)[0]!;
  if (isNameWord(word)) return `${line} ${word}`;
  const head = authorHead(next);
  return isInitial(word) && head.split(" ").every(isNamePiece) ? `${line} ${head}` : line;
}

/** Initials glued to a title's last word, ending a text ("…structuresM.", "…NetworksJ.R.R.", "…DataT.-K.", "…Converge?H."). */
const GLUED_INITIALS_END = /[\p{Ll}\d)\]?!]\p{Lu}\p{Ll}?\.(?:-?\p{Lu}\.){0,2}$/u;

/** Whether an author is a name the wrap cut: one name word ("Asanobu"), or a name ending in a particle ("Miryam de", "Niels van"). */
function isCutName(author: string): boolean {
  return isNameWord(author) || (author.includes(" ") && isLowerParticle(lastWord(author)));
}

/**
 * Whether an author is a name the wrap cut after an initial with its dot: the initial alone
 * ("…, P. van Nieuwenhuizen, R." + "Wimmer") or after name words ("…ProductionLuis A." +
 * "Anchordoqui, …"). No whole name ends so but a few ("Hinton G.", the next line's first
 * words no name's rest), so only where a cut name is looked for: a second line that opens in
 * lower case or after a first line that names no one.
 */
function isCutAfterInitial(author: string): boolean {
  const words = author.split(" ");
  const last = words.pop()!;
  return last.endsWith(".") && isInitial(last) && !isNameSuffix(last) && words.every((word) => isNameWord(word) || isInitial(word));
}

/** Whether an author is a name the wrap cut, after a word, a particle or an initial (see `isCutName`, `isCutAfterInitial`). */
function isCutNameOrInitial(author: string): boolean {
  return isCutName(author) || isCutAfterInitial(author);
}

/**
 * Whether a line ends in a comma or a name the wrap cut: after a particle ("…Aaron van den",
 * "…, Nguyen Van"), an initial ("…Christopher D."), or a given name after a comma or glued to
 * the title ("…, Dustin", "…HammerDaniel").
 */
function endsInNameCut(line: string): boolean {
  return line.endsWith(",") || isFamilyParticle(lastWord(line)) || endsInInitial(line) || endsInCutName(line) || endsInGivenName(line);
}

/** A line that opens with a lower-case word, not "al.": the rest of a sentence. */
const GOES_ON_SENTENCE = /^\p{Ll}{2,}(?:[ ,;:]|$)/u;

/**
 * At most this many lines joined into one byline: a title wrapped twice and a byline wrapped
 * once more, or the title once and the byline twice; or a title wrapped three times and a
 * byline's end (see `joinWrappedByline`).
 */
const MAX_JOINED_LINES = 5;

/**
 * Whether `second` goes on the byline `first` after a join: in its tail, or
 * as a line that ends the way only bylines end or is an author list; after
 * title lines alone were joined, also after a comma ("…SystemsTomoki
 * Ohtsuki," + "Tomi Ohtsuki"), or as the rest of a name and whole names after
 * one cut in two ("…Ryosuke Sonobe, Shinnosuke" + "Takamichi, Hiroshi
 * Saruwatari", "…deep reinforcement learningMax" + "Jaderberg, Wojciech M.
 * Czarnecki"; not after a whole one, "…Jure Leskovec" + "We").
 */
function goesOnByline(first: string, second: string, afterTitle: boolean, third: string | undefined): boolean {
  // (The byline's own tail goes on it whatever comes after: "…Justin Kerr et" + "al.".)
  if (isBylineTail(first, second)) return true;
  // (Names above a line that goes on a sentence with a function word open an abstract:
  // "…Priya Mensah" + "Hinton, Yann LeCun, Yoshua Bengio" + "and others argued that …". An
  // abstract may open in lower case with a product's name, "…, K. Jarrod" + "Millman, Stéfan J.
  // van der Walt" + "numpy is the primary …"; and names go on a byline whatever comes after when
  // the line before ends in a comma or a name the wrap cut, or they open with a particle or end
  // as only bylines end: "…, Dustin" + "Lang et al." + "and …".)
  if (third !== undefined && GOES_ON_SENTENCE.test(third) && endsInFunctionWord(third.split(" ", 1)[0]!) && !endsLikeByline(second) && !endsInNameCut(first) && !isLowerParticle(second.split(" ")[0]!)) return false;
  if (endsLikeByline(second) || isAuthorListLine(second)) return true;
  // A name cut after a particle, no name's end, or after its first word.
  const particleEnd = isLowerParticle(lastWord(first));
  const cutEnd = particleEnd || endsInCutName(first);
  // Its rest, then whole names ("…classificationNiels van der" + "Heijden, Ekaterina Shutova, …"),
  // not before a line that goes on in lower case: "…, Mausam" + "Claude, Gemini Ultra, Llama Guard"
  // + "and Mistral Large are compared …" is an abstract's list.
  if (cutEnd && continuesName(second) && !(third !== undefined && /^\p{Ll}/u.test(third))) return true;
  // Its rest alone: after a particle whatever comes after ("…, Miryam de" + "Lhoneux"), after a
  // first word on the card's last line or above a blank line, which no abstract's opening is
  // ("…, Matthew Hoffman, Zoubin" + "Ghahramani").
  if (cutEnd && (particleEnd || third === undefined) && isNameRest(second)) return true;
  if (!afterTitle) return false;
  if (first.endsWith(",")) return true;
  const last = splitByline(first, "", NO_EVIDENCE).authors.at(-1);
  if (last === undefined) return false;
  // After a name cut short (a given name glued to the title, "…reinforcement learningMax" +
  // "Jaderberg, …"), the rest of it and whole names, the last perhaps cut again ("…ModelPittawat"
  // + "Taveekitworachai, Potsawee Manakul, Kasima").
  // (A group of one word is no name cut short: "…ModelsOpenAI" + "Large Language Models".)
  // (Or a group's name cut short, whatever authors follow it: "…TranslationGemini" + "Team, Google".)
  if (!isWholeName(last) && !isGroupName(last)) return isAuthorTail(second, true) || completesGroupName(last, second);
  // After a whole one, the rest of it and whole names, the last perhaps cut ("…SundaneseRifki
  // Afina" + "Putri, Faiz Ghifari Haznitrama, Dea", "…The Event Horizon" + "Telescope
  // Collaboration, Kazunori Akiyama, Antxon"), but no new name first: "…Jane Doe, John Smith" +
  // "Claude Opus, Gemini Ultra, Llama" is an abstract's list. Or what no sentence opens with: a
  // particle or a suffix ("…Christian Schroeder" + "de Witt", "…Miller" + "III"), or a lone name
  // word ("…Dat Quoc" + "Nguyen"; not "We", "Background", "Machine-learning-as-a-service").
  // (Read with the line after when the wrap cut "et al." or the affiliations: "…Pramod Kaushik" +
  // "Mudrakarta, Mark Sandler, Andrey Zhmoginov et" + "al.".)
  const toEnd = third !== undefined && isBylineTail(second, third) ? bylineCore(`${second} ${third}`) : second;
  if (!isAuthorTail(toEnd, mayEndInCutName(last, authorHead(second), third))) return false;
  return bylineCore(toEnd).includes(", ") || isNameSuffix(second) || isLowerParticle(second.split(" ")[0]!) || (isNameWord(second) && !/-\p{Ll}/u.test(second) && !SENTENCE_OPENERS.has(second.toLowerCase()));
}

/**
 * Whether a line of names that goes on from `last`, the last author of the line before, and
 * opens with `head` may end in a name the wrap cut: after a name cut short itself, when the
 * line opens with the rest of one ("…The Event Horizon" + "Telescope Collaboration, Kazunori
 * Akiyama, Antxon"), or when the line after, `third`, finishes the byline ("…Jan Christian" +
 * "Blaise Cruz, …, Charibeth" + "Cheng · dlsu"); not before prose ("…Jane Doe, John Smith" +
 * "Claude Opus, Gemini Ultra, Llama" + "and Mistral are evaluated …" is an abstract's list).
 */
function mayEndInCutName(last: string | undefined, head: string, third: string | undefined): boolean {
  return !isWholeName(last) || !isCleanName(head) || isGroupName(head) || finishesByline(third);
}

/**
 * Whether a line finishes a byline whose name the line before cut: the rest of the name,
 * then whole names or the byline's end ("Cheng · dlsu", "Agarwal et al. · openai"), as
 * after "…LearningJan Christian" + "Blaise Cruz, Julianne Agatha Tan, Charibeth".
 */
function finishesByline(line: string | undefined): boolean {
  return line !== undefined && opensWithName(line) && (endsLikeByline(line) || isAuthorTail(line, false));
}

/**
 * Whether `title`, a card's first line, and `list`, the paragraph after it, are its title and
 * its author list set apart: the title line is no whole byline already (it does not end as only
 * bylines end, nor holds two or more clean names, unless the list is one of names that ends as
 * only bylines end), and the list is a clean author list, a list of
 * names of a name's shape, or one the byline's reading of the two glued finds right where it
 * begins ("Imagen 3" + "Imagen-Team-Google, Jason Baldridge, Jakob Bauer et al.", "Brendan
 * O'Donoghue, …"); or, when a paragraph follows (`before`), a sole author, a name of two to six
 * words or a group ("…Khatri-Rao kernel regression" + "Mircea Lazar" + the abstract). The
 * readings, a byline split each, are made last, and the last only for a list that ends as only
 * bylines end or ends no sentence, as an abstract does.
 */
function isTitleAboveAuthors(title: string, list: string, before: boolean): boolean {
  if (endsLikeByline(title) || parseHeader(list)) return false;
  const listEnd = endsLikeByline(list);
  const listed = listEnd || list.includes(", ");
  const soleAuthor = before && !isChrome(list) && ((SOLE_NAME.test(list) && isNameShaped(list)) || (list.length <= MAX_GROUP && isGroupName(list)));
  const names = soleAuthor || isAuthorListLine(list) || (listed && isNameShapedList(list));
  const readAsList = !names && listed && (listEnd || !endsSentence(list));
  if (!names && !readAsList) return false;
  // (A title that reads as a byline of its own, "…Framework for LLM-Guided, Reasoning-Driven Input
  // Mutation", is still one above a list of names that ends as only bylines end.)
  if (holdsCleanByline(title) && !(names && listEnd)) return false;
  return names || authorsOffsetOf(title + list) === title.length;
}

/** Whether a line reads as a whole byline already: two or more authors that all read cleanly. */
function holdsCleanByline(text: string): boolean {
  const { authors } = splitByline(text, "", NO_EVIDENCE);
  return authors.length >= 2 && authors.every(isCleanName);
}

/**
 * Whether a name has a name's shape, if not a clean name's: one to six words, the last
 * capitalised, each an initial, a capitalised word, a particle or a suffix ("A. Yu. Kitaev",
 * "Bo'az Klartag", "W. J. G. de Blok", "AbdelRahim Elmadany", "BICEP2 Collaboration").
 */
function isNameShaped(name: string): boolean {
  const words = name.split(" ");
  if (words.length > 6 || !/^\p{Lu}/u.test(words.at(-1)!)) return false;
  return words.every((word) => NAME_SHAPED_WORD.test(word) || isLowerParticle(word) || isFamilyParticle(word) || isNameSuffix(word));
}
const NAME_SHAPED_WORD = /^\p{Lu}[\p{L}\p{M}\d'’.-]*$/u;

/** Whether a line is a list of names of a name's shape (see `isNameShaped`), with its "et al." and affiliations or not. */
function isNameShapedList(line: string): boolean {
  const names = bylineCore(line).split(", ");
  return names.length <= 60 && names.every(isNameShaped);
}

/** Where the authors of the reading of byline `joined` start, with no evidence from other entries (-1 without authors). */
function authorsOffsetOf(joined: string): number {
  const { authors, authorsOffset } = splitByline(joined, "", NO_EVIDENCE);
  return authors.length > 0 ? authorsOffset : -1;
}

/** Whether `first` is all title in the byline `joined` it begins: the authors of its reading start after it. */
function isTitleLine(first: string, joined: string): boolean {
  return authorsOffsetOf(joined) > first.length;
}

/**
 * What joins `second` to the byline `first` ("" or " "), or `undefined` when
 * it is not the rest of it.
 *
 * @example
 * bylineGlue("Attention Is All You NeedAshish Vaswani, Noam Shazeer,", "Niki Parmar, Jakob Uszkoreit"); //=> " "
 * bylineGlue("A TitleJohn Smith, Jane Doe", "We study things."); //=> undefined
 *
 * @internal
 */
export function bylineGlue(first: string, second: string, third?: string): string | undefined {
  // Site chrome ("Load more", "PDF · BibTeX") is never the rest of a byline.
  if (second.length > 300 || parseHeader(second) || isChrome(second)) return undefined;
  if (continuesSlug(first, second)) return "";
  if (isBylineTail(first, second)) return " ";
  // A whole byline ends the way only bylines end; the rest may be the abstract.
  if (endsLikeByline(first)) return undefined;
  // A word broken at its hyphen ("Two-" + "Way Fixed Effects…").
  const hyphen = hyphenGlue(first, second);
  if (hyphen !== undefined) return hyphen;
  // A title cut after a word no title ends in ("…Deep Learning for" + "Signal and Image…"); not a
  // family name spelt as one ("…Security GamesYang Liu, Bo An", "…Sookyo In").
  if (first.endsWith(",") || (endsInFunctionWord(first) && !(endsInAuthorList(first) && /^\p{Lu}/u.test(lastWord(first))))) return " ";
  // A whole author list on a line of its own ("…Insights into Real-World AI Use" + "Alex Tamkin,
  // Miles McCain, Kunal Handa et al. · anthropic", as a print of the page sets them): the title
  // ends at the break (a first line ending in a name would end in its comma, above), glued with
  // no space, as the site glues them, whatever reading the first line alone has ("…A" by "I
  // Use"), and after an acronym too ("…Law and AI" + "Sandra Wachter, …"); not after an initial
  // with its dot ("…Peter J." + "Bickel, …", below), nor when a name begins glued in the first
  // line's last words ("…SurveyWei Yang" + "Bryan Lim, …").
  if (!first.endsWith(".") && !endsInAuthorList(first) && isAuthorListLine(second)) {
    // (A group's name may open ten words back: "…atmosphereThe JWST … Early" + "Release Science Team, …".)
    const window = isGroupName(authorHead(second)) ? 10 : 4;
    if (!first.split(" ").slice(-window).some(hasGluePoint)) return "";
  }
  // A break after an initial ("…Peter J." + "Bickel, …", "…structuresM." + "Hairer", "…methodsS."
  // + "M. Ali Eslami, …"), when the next line goes on with the rest of a name. A whole byline
  // seldom ends in an initial ("Weinan E", "Hinton G." do), and then an abstract follows, whose
  // first words are no name. Not, after a capital without a dot ("…Jan de Boer, E"), before
  // any page text (site chrome never joins, above).
  // (Nor before prose: "…Arnulf Jentzen, Weinan E" + "Here, we develop …" is an abstract.)
  // (Or an initial glued to an acronym, "…Physics at the LHCG." + "F. Giudice", "…self-consistent
  // RPAS." + "Harir, M. Bennai, …": no title ends in capitals and a full stop.)
  if ((endsInInitial(first) || ACRONYM_INITIAL_END.test(first)) && /^\p{Lu}/u.test(second) && (first.endsWith(".") || (!isPageText(second) && !isProse(second))) && opensWithName(second)) return " ";
  const firstReading = splitByline(first, "", NO_EVIDENCE);
  const firstAuthors = firstReading.authors;
  const lastAuthor = firstAuthors.at(-1);
  // The first line alone holds a byline when its reading has authors and a title that is
  // one: not '"' by "Liar Liar" ('"Liar, Liar' + 'Pants on Fire": …'), nor a word cut at
  // its hyphen, "Human-" by "Centered Artificial Intelligence: Reliable", "Safe", nor a lone
  // article that opens a group's name on the next line, "…Merger" by "The" ("…MergerThe" +
  // "LIGO Scientific Collaboration, …").
  const loneWord = firstAuthors.length === 1 && !firstAuthors[0]!.includes(" ") && endsInFunctionWord(firstAuthors[0]!);
  // (A title ending in a dash, "…Networks --Petar" + "Veličković, …", "…Thermodynamics -Edward
  // Witten, S. M. Ali" + "Eslami, …", is read as one cut at its hyphen was, but when the line
  // ends in a whole name above a line that opens with no name: "…mixing --Ryo Takahashi, Morimitsu
  // Tanimoto" + "We consider a Mass Varying …" is a byline and its abstract.)
  const dashedCut = DASHED_TITLE_END.test(firstReading.title) && !(isWholeName(lastAuthor) && !opensWithName(second));
  const firstAlone = firstAuthors.length > 0 && !loneWord && HAS_LETTER_OR_DIGIT.test(firstReading.title) && !CUT_TITLE_END.test(firstReading.title) && !dashedCut;
  // A break inside the title ("The No-U-Turn Sampler: Adaptively" + "Setting Path Lengths in
  // Hamiltonian Monte CarloMatthew D. Hoffman, Andrew Gelman", "Planck 2013 results." + "XVI.
  // Cosmological parametersPlanck Collaboration"): the first line holds no author list (a
  // comma and a space), and the second glues the rest of the title to names that all read
  // cleanly, with no sentence. One name is enough when the second line opens in lower case
  // ("…: TASI Lectures" + "on Non-Invertible SymmetriesShu-Heng Shao") or the first reads as
  // no clean name ("…TASI Lectures on Non-Invertible" alone gives "I Lectures on Non-Invertible").
  // The second line read alone, by the rules that need it, once.
  let secondAlone: BylineParts | undefined;
  // (A first line whose commas are a title's reads as no author list either: "CRAFTML, an
  // Efficient … for Extreme" + "Multi-label LearningWissam Siblini, …" gives "an Efficient …",
  // "…Games: Tasks, and an Analysis of the CoDraw" gives one author who reads poorly, "Draw";
  // not a line of prose, whose sentences no title has, nor a line that ends one.)
  const namesCleanly = firstAuthors.some(isCleanName);
  // (A reading that cuts an acronym names no one: "…like ChatG" by "PT Affect".)
  const cutInCapitals = firstAuthors.length > 0 && isCutInCapitals(firstReading.title, firstAuthors[0]!);
  // (Nor one that names no one cleanly, or cuts an acronym, and keeps a title's lower-case words
  // in an author: "Optimizing CMOS-compatible, superconducting … Resonators:" as "Optimizing C"
  // by "MOS-compatible", "superconducting Titanium Nitride Resonators:".)
  const keepsTitleWords = firstAuthors.some(holdsTitleWords) || ((cutInCapitals || !namesCleanly) && firstAuthors.some(holdsLowerWord));
  const noAuthorList = !first.includes(", ") || (((firstAuthors.length <= 1 && !namesCleanly) || keepsTitleWords) && !/[.!?](?: \p{Lu}|$)/u.test(first));
  if (noAuthorList && !/[\p{Ll}\d]\. \p{Lu}/u.test(second)) {
    // (Nor does a word cut at a digit, "…with Text" by "2Image": no group is named so.)
    const namesNoOne = !namesCleanly || cutInCapitals || (firstAuthors.length === 1 && /^\d\p{Lu}\p{Ll}+$/u.test(firstAuthors[0]!));
    const single = /^\p{Ll}/u.test(second) || namesNoOne;
    // (A line cut inside "et al." reads without its " et", under a first line that names no one
    // cleanly: "…Deep-RL with Importance Weighted" + "…ArchitecturesLasse Espeholt, …, Remi Munos et" + "al.".)
    const cutEt = namesNoOne && second.endsWith(" et");
    let alone = splitByline(cutEt ? second.slice(0, -3) : second, "", NO_EVIDENCE);
    if (!cutEt) secondAlone = alone;
    // (A line cut after a name's particles, which names no one so, reads without them: "…Stochastic
    // Principal Component AnalysisDiego de las" + "Casas, Ohad Shamir, …" names "Diego", cut after
    // its first word.)
    // (And one that ends in initials glued to the title reads with the rest of the name from the
    // line after: "…Adversarial NetworksJ.R.R." + "Tolkien, Sebastian Nowozin, …"; both at once
    // when the initials stand before particles, "…southern galaxiesT. van" + "Dijk, …", as
    // `joinWrappedByline` reads such a line.)
    if (alone.authors.length === 0 && !cutEt) {
      const withRest = withCutInitials(withoutEndParticles(second), third);
      if (withRest !== second) alone = splitByline(withRest, "", NO_EVIDENCE);
    }
    const { title, authors } = alone;
    // (The last may be a name the wrap cut after its first word: "…Deep LearningTarin Clanuwat,
    // Alex Lamb, Asanobu" + "Kitamoto · rois-ds, mila", "…ArchitecturesLasse Espeholt, Hubert".)
    // (Only under a first line that names no one cleanly, or before a second that opens in lower
    // case, "…Enhancing LM Adaptation" + "with Tulu 2Hamish Ivison, …, Valentina": a list of
    // products in an abstract's first line, "We evaluate ChatGPT Plus, …, Llama", reads so too.)
    // (Or a given name alone, the rest of which opens the line after: "…Low-Resource UsersHrishikesh"
    // + "Kulkarni, Sean MacAvaney, Nazli Goharian et al.".)
    const cutAlone = single && authors.length === 1 && third !== undefined && isCutNameOrInitial(authors[0]!) && continuesName(third);
    const whole = cutAlone ? [] : single ? withoutCutName(authors, 2) : authors;
    // (A name before a comma that the third line goes on from with whole names counts with the
    // first of them, under a first line that names no one or only a name cut from an acronym
    // glued to a title's word: "Multi-CrossRE A Multi-Lingual Multi-Domain" alone names "RE A
    // Multi-Lingual Multi-Domain", but "Dataset for Relation ExtractionElisa Bassignana," + "Filip
    // Ginter, Sampo Pyysalo" glue the title's rest to a list of names. Not under a whole byline,
    // "…BilliardsAleksandra Uskova", nor a name cut in capitals, "We compare ChatGPT Plus,".)
    const firstCutsAcronym = firstAuthors.length === 1 && /^\p{Lu}{2}/u.test(firstAuthors[0]!) && /\p{Ll}$/u.test(firstReading.title);
    const listGoesOn = authors.length === 1 && (namesNoOne || firstCutsAcronym) && second.endsWith(",") && /\p{Ll}$/u.test(title) && third !== undefined && isCleanName(authorHead(third)) && isAuthorTail(bylineCore(third), true);
    const named = authors.length + (listGoesOn ? 1 : 0);
    if (title !== "" && named >= (single || (GLUED_TITLE_END.test(title) && !GLUED_TITLE_END.test(firstReading.title)) ? 1 : 2) && whole.every(isCleanName)) return " ";
  }
  // The break fell exactly where the author list is glued to the title ("…a Mirage?" +
  // "Rylan Schaeffer, …"): the second line is a clean author list with no title in it.
  // (Not title words that read as a name, "…for Extracting Biomedical" + "Relationships Between
  // Chemicals, Diseases and": a byline never ends in a function word.)
  // (Nor title words that read as a name above a line that glues the rest of the title to its
  // authors: "…Reliability in Low-Resource" + "Settings Using Corpus Similarity" + "MeasuresJonathan
  // Dunn, …" is a title wrapped twice; a line that ends as only bylines end is one all the same.)
  if (!firstAlone && isCleanName(authorHead(second)) && !endsInFunctionWord(second) && (secondAlone ?? splitByline(second, "", NO_EVIDENCE)).authors.length === 0 && (endsLikeByline(second) || third === undefined || !namesSomeone(third))) return "";
  // Prose has sentences; the tail of a byline has none, and a title fragment ends in no
  // full stop (an initial or a suffix, "Maryna S.", "A. Yu.", "A.M.", "Jr.", is no full stop).
  // (With the line after, when the wrap cut the byline's end: "…Vincent Lepetit et" + "al.",
  // "…Junbo Zhao et al. ·" + "eth-zurich".)
  const secondToEnd = third !== undefined && isBylineTail(second, third) ? `${second} ${third}` : second;
  const bylineEnd = endsLikeByline(secondToEnd) && !/[\p{Ll}\d][.!?] \p{Lu}/u.test(cutAffiliations(secondToEnd).rest);
  // (But a dot that may be an initial glued to an acronym, "…Supersymmetric QCDN." + "Seiberg,
  // E. Witten · rutgers, ias", goes on with the rest of a name and a byline's end.)
  if (/[.!?]$/.test(first) && !endsInNamePart(first) && !(bylineEnd && /\p{Lu}\.$/u.test(first) && opensWithName(second))) return undefined;
  // (After a whole byline, not when the second line's words before its end are prose, two or
  // more lower-case words that are no particles, and name no one cleanly: "…, Shreya Pathak" +
  // "We compare two settings | zero-shot" is an abstract.)
  if (bylineEnd) {
    const prose = firstAlone && isProse(cutEtAl(cutAffiliations(secondToEnd).rest).rest) && !(secondAlone ?? splitByline(second, "", NO_EVIDENCE)).authors.some(isCleanName);
    // (Nor a line of a word that opens a sentence, a name and "et al." after a whole name with
    // no comma after it: "…Ashish Vaswani" + "Following Vaswani et al." opens an abstract citing
    // him. The rest of a long name goes on, "…Juan Felipe" + "Ceron Uribe et al. · openai".)
    const secondCore = bylineCore(secondToEnd);
    // (A word of four letters or more: "An", "In" are given names too, "…Nguyen Thi" + "An Binh et al.".)
    const opener = secondCore.split(" ")[0]!;
    const newName = firstAlone && !secondCore.includes(", ") && isWholeName(lastAuthor) && secondCore.includes(" ") && opener.length >= 4 && SENTENCE_OPENERS.has(opener.toLowerCase());
    return prose || newName ? undefined : " ";
  }
  // A name cut in two ("…Laurens van" + "der Maaten", "…Sander" + "Dieleman, Jeffrey De
  // Fauw, …", "…Ngô Bảo" + "Châu"): name words, then whole names, and no sentence. Two
  // or more name words alone after a whole name ("…, Lin F. Yang" + "The International
  // Mathematical") open an abstract wrapped narrowly, unless a lower-case particle opens
  // them ("…, Guy Van" + "den Broeck"): no sentence does; or unless they are two words alone,
  // the first no sentence's opener, above a line that opens a sentence ("…ModelsBernt Ivar" +
  // "Utstøl Nødland" + "We train …").
  const head = authorHead(second);
  if (lastAuthor !== undefined && completesGroupName(lastAuthor, second)) return " ";
  // (After a name the wrap cut, the list may end in a comma, going on in the line after: "…Rule
  // ReshapingMatt" + "Bonakdarpour, Sabyasachi Chatterjee," + "Rina Barber".)
  const tail = lastAuthor !== undefined && isCutName(lastAuthor) && !isGroupName(lastAuthor) ? second.replace(/,$/, "") : second;
  if (isAuthorTail(tail, mayEndInCutName(lastAuthor, head, third)) && (bylineCore(second) !== head || !head.includes(" ") || isLowerParticle(head.split(" ")[0]!) || !isWholeName(lastAuthor) || (head === second && isNameEndAboveSentence(head, third)))) return " ";
  return !firstAlone && splitByline(`${first} ${second}`, "", NO_EVIDENCE).authors.length > 0 ? " " : undefined;
}

/**
 * What joins a line ending in a word broken at its hyphen to the next: no
 * space ("Two-" + "Way Fixed Effects…"), or a space when the hyphen hangs
 * ("Pre-" + "and Post-Training"); `undefined` when the line ends in none.
 */
function hyphenGlue(first: string, second: string): string | undefined {
  if (!BROKEN_WORD_END.test(first)) return undefined;
  return HANGING_HYPHEN.test(second) ? " " : "";
}

/**
 * Whether a title runs over two whole lines before the line that ends it
 * glued to its authors, as a text browser wraps a long one ("Machine learning
 * … fully nonlinear partial" + "differential equations and second-order
 * backward stochastic differential" + "equationsChristian Beck, Weinan E,
 * Arnulf Jentzen · ethz, princeton"): neither of the first two lines names
 * anyone, the second holds no sentence (a question may end in it, a colon may end it, and a
 * part's number in Roman numerals, "III.", is none), and the three together, their
 * authors starting in the third, end in two or more names that all read
 * cleanly, or in a byline's end (`et al.`, affiliations) and names the first
 * of which reads cleanly or is glued to the third line's first word
 * (`problemsWeinan E`; not `…networks of Yann Le` + `Cun, Geoffrey Hinton et
 * al.`, an abstract's). The third line's byline may run on into the `fourth`
 * when that ends a byline or goes on inside its end.
 */
function isTitleWrappedTwice(first: string, second: string, third: string | undefined, blankBeforeThird: boolean | undefined, fourth?: string): boolean {
  // (A question may end a title's first part, "…Named Entity" + "Recognition? A Study of …", and
  // a colon the second line, "…geometrically local interactions:" + "Dequantization and …"; a
  // part's number is no sentence, "…massive" + "stars: III. Spectroscopy of …", "…in OGLE-IV
  // data. I. Events with …".)
  if (third === undefined || blankBeforeThird || second.length > 300 || third.length > 300 || /[.!?]$/.test(second) || holdsSentenceEnd(second) || parseHeader(third) || isChrome(third)) return false;
  if (namesSomeone(first) || namesSomeone(second)) return false;
  const title = `${first}${hyphenGlue(first, second) ?? " "}${second} `;
  if (endsTitleWrappedTwice(title, third, third, fourth === undefined || isProse(fourth))) return true;
  // (The byline may wrap once more, when the line after ends it or goes on inside its end:
  // "…Density EstimationYacine Jernite, Anna" + "Choromanska, David Sontag · google",
  // "…OverfittingXu SUN, Xuancheng REN, Shuming Ma et" + "al. · mit"; or when it goes on a name
  // the wrap cut after its given name, glued to the title or after a comma, with the rest of it
  // alone or before whole names: "…Dequantization and universalityKazuki Sakamoto, Keisuke" +
  // "Fujii", "…vanishing homotopyPete" + "Rigas", "…CryptographyRuopengyu" + "Xu, Chenglian Liu".)
  if (fourth === undefined || fourth.length > 300 || parseHeader(fourth) || isChrome(fourth)) return false;
  const restOfName = (endsInCutName(third) || endsInGivenName(third) || endsInInitial(third)) && (continuesName(fourth) || isNameRest(fourth));
  // (Or whole names after a comma that ends the third line: "…posterior constraintsStefan
  // Habenschuss," + "Johannes Bill, Bernhard Nessler".)
  const moreNames = third.endsWith(",") && isAuthorTail(fourth, false);
  return (isBylineTail(third, fourth) || endsLikeByline(fourth) || restOfName || moreNames) && endsTitleWrappedTwice(title, third, `${third} ${fourth}`, restOfName || moreNames);
}

/** Whether a line holds a full stop or an exclamation mark before a space, not around a part's number in Roman numerals ("III.", "I."). */
function holdsSentenceEnd(line: string): boolean {
  for (const match of line.matchAll(SENTENCE_END)) if (!PART_NUMBER.test(match[1]!) && !PART_NUMBER.test(match[2]!)) return true;
  return false;
}
const SENTENCE_END = /(\S*)[.!] (\S*)/gu;
const PART_NUMBER = /^[IVX]+\.?$/;

/**
 * Whether `byline` (the `third` line, or it and the line after) ends the
 * title whose first two lines are `title` (see `isTitleWrappedTwice`). One
 * name is `enough` (above prose or nothing, or finished by the line after),
 * when it reads cleanly and is glued with no space to a lower-case letter
 * (or a group's name of words to any letter or digit),
 * as the site glues a title to its byline and nothing else in a card is:
 * "…comparison of" + "objective functions for estimating" +
 * "linear-nonlinear modelsJan-Willem van de Meent" + "Code and data are …".
 */
function endsTitleWrappedTwice(title: string, third: string, byline: string, enough = false): boolean {
  const split = splitByline(title + byline, "", NO_EVIDENCE);
  const { authors } = split;
  // The authors start in the third line: names in the second are an abstract's ("…the networks
  // of Yann LeCun, Geoffrey Hinton et al." + "and show that …"); not in the line after it.
  const titleInThird = split.title.length - title.length;
  if (titleInThird <= 0 || titleInThird >= third.length) return false;
  // (The last may be a name the wrap cut after its first word or an initial, after two whole
  // ones: "…deep reinforcement" + "learningMax Jaderberg, Wojciech M. Czarnecki, Iain" +
  // "Dunning et al.", "…wavelengthMaxim A. Yurkin, Valeri P. Maltsev, Alfons G." + "Hoekstra".)
  const whole = authors.length >= 3 && endsInInitial(authors.at(-1)!) ? authors.slice(0, -1) : withoutCutName(authors, 3);
  if (whole.length >= 2 && whole.every(isCleanName)) return true;
  // (Or glued to a group's name of words after any letter or digit: "…at $\sqrt{s}=$ 13 TeV" + "CMS
  // Collaboration"; not to one token, which may be an acronym cut in two: "…including H" + "ERA-II".)
  if (enough && authors.length === 1 && (/\p{Ll}$/u.test(split.title) || (/[\p{L}\p{N}]$/u.test(split.title) && authors[0]!.includes(" ") && isGroupName(authors[0]!))) && isCleanName(authors[0]!)) return true;
  // Or a byline's end, and a first author glued to the third line's first word, or one that reads cleanly.
  return endsLikeByline(byline) && (!third.slice(0, titleInThird).includes(" ") || isCleanName(authors[0] ?? ""));
}

/**
 * Whether a line opens with the rest of a name and goes on with whole names
 * that read cleanly ("Nowozin, Andreas Geiger", "der Heijden, Ekaterina
 * Shutova"): a word or two of a name, particles aside, then a comma.
 */
function continuesName(line: string): boolean {
  const core = bylineCore(line);
  return core.includes(", ") && authorHead(core).split(" ").filter((word) => !isLowerParticle(word)).length <= 2 && isAuthorTail(core, false);
}

/**
 * Whether a line's reading is a title glued, at a lower-case letter, to one name the wrap cut
 * (see `isCutName`): a given name, or one with its particle ("…TokensYuki", "…DatasetSophie da";
 * not "…Vision-and-Language").
 */
function endsInGivenName(line: string): boolean {
  const { authors, authorsOffset } = splitByline(line, "", NO_EVIDENCE);
  return authors.length === 1 && isCutName(authors[0]!) && /\p{Ll}/u.test(line[authorsOffset - 1]!);
}

/**
 * Whether `head`, a line's words with nothing after them, are a long name's last two words
 * above a line that opens a sentence (`third`): the first of them no sentence's opener
 * ("…ModelsBernt Ivar" + "Utstøl Nødland" + "We train …").
 */
function isNameEndAboveSentence(head: string, third: string | undefined): boolean {
  const words = head.split(" ");
  return words.length === 2 && !SENTENCE_OPENERS.has(words[0]!.toLowerCase()) && third !== undefined && /^\p{Lu}/u.test(third) && SENTENCE_OPENERS.has(third.split(" ")[0]!.toLowerCase());
}

/**
 * Whether `next` opens with the rest of a group's name that `last`, one word
 * and no group alone, began: a word or two ending in a group word, then more
 * authors ("Gemini" + "Team, Google"), as the wrap cut it; or an acronym,
 * alone or before whole names ("Meta" + "FAIR, Kai Yu").
 */
function completesGroupName(last: string, next: string): boolean {
  if (last.includes(" ") || isGroupName(last)) return false;
  const core = bylineCore(next);
  const [head, ...rest] = core.split(", ");
  const words = head!.split(" ");
  if (words.length > 2 || !/^\p{Lu}/u.test(core)) return false;
  if (isGroupWord(words.at(-1)!)) return core.includes(", ");
  // Or an acronym that ends it, before whole names or alone ("…MonotonicityMeta" + "FAIR, Kai Yu").
  return words.length === 1 && GROUP_ACRONYM.test(head!) && rest.every(isCleanName) && !isChrome(next);
}

/** An acronym that may end a group's name ("Meta" + "FAIR", "NVIDIA" + "ADLR"). */
const GROUP_ACRONYM = /^\p{Lu}{2,6}$/u;

/** Whether a byline's last author is one name word after a comma: a name the wrap cut after its first word ("…, Zoubin"). */
function endsInCutName(line: string): boolean {
  const at = line.lastIndexOf(", ");
  return at >= 0 && isNameWord(line.slice(at + 2));
}

/**
 * Whether a line is the rest of a name and nothing more: one name word, after particles or not,
 * that opens no sentence and is no site chrome ("Ghahramani", "der Maaten"; not "Trending Papers",
 * "Computer Vision").
 */
function isNameRest(line: string): boolean {
  const words = line.split(" ");
  const last = words.at(-1)!;
  return words.length <= 3 && words.slice(0, -1).every(isLowerParticle) && isNameWord(last) && !SENTENCE_OPENERS.has(last.toLowerCase()) && !isChrome(line);
}

/**
 * Whether a line alone reads as a title glued to a name that reads cleanly;
 * not at a word cut at its hyphen ("KuroNet: Pre-" by "Modern Japanese
 * Kuzushiji Character") or inside a run of capitals ("…Detection: C" by "NN
 * Architectures", "…like ChatG" by "PT Affect"), nor to names that read
 * poorly ("…Cross-Lingual L" by "LM"): a title's own words where a narrow
 * column wrapped it.
 */
function namesSomeone(line: string): boolean {
  const { title, authors } = splitByline(line, "", NO_EVIDENCE);
  // (A group of one word counts: "…Large Language ModelsOpenAI" names one.)
  return authors.some((author) => isCleanName(author) || (ONE_WORD_GROUP.test(author) && isGroupName(author))) && !/[-/]$/.test(title) && !isCutInCapitals(title, authors[0]!);
}

/** A name of one word of letters, digits and hyphens, not all capitals: "OpenAI", "DeepSeek-AI" (not "MRI"). */
const ONE_WORD_GROUP = /^\p{Lu}[\p{L}\d-]*\p{Ll}[\p{L}\d-]*$/u;

/**
 * Whether a reading cuts a run of capitals, "…Detection: C" by "NN Architectures", "…of NOM" by
 * "A Toward …", "…for 3" by "D Medical Image", or an acronym's plural, "Can LL" by "Ms Generate
 * Novel Research": an acronym's, not a glue point.
 */
function isCutInCapitals(title: string, first: string): boolean {
  // (After a digit, one capital alone: "…with GPT-4" by "C. Lawrence Zitnick", "…AlphaFold 3" by
  // "DJ Strouse" are names.)
  return /\p{Lu}$/u.test(title) ? /^\p{Lu}(?!\p{Ll})|^\p{Lu}s(?!\p{L})/u.test(first) : /\d$/.test(title) && /^\p{Lu} /u.test(first);
}

/**
 * Whether a word holds a glue point, a lower-case letter, a digit or closing
 * punctuation meeting a capital ("ClassifierMarco", "LearningDeepSeek-AI",
 * "Hours?Teven"), or capitals before a capitalised word ("SLAMDevendra",
 * "ZDaniel"), that no name word has ("McCain", "DeAndre" are name words).
 */
function hasGluePoint(word: string): boolean {
  return GLUE_SEAM.test(word) && !isNameWord(word);
}

// A lower-case letter, a digit or closing punctuation meeting a capital, or capitals before a
// capitalised word: where a title's word and a name may meet.
const GLUE_SEAM = /[\p{Ll}\d?!)\]"'’”:+]\p{Lu}|\p{Lu}\p{Lu}\p{Ll}/u;

/**
 * Whether a line opens an author list that goes on in the next line: names
 * that read cleanly parted by ", ", then the start of one (`Pravesh Agrawal,
 * Szymon Antoniak, Emma`); not a title's words (`Graph Networks, Fast and Slow`).
 */
function opensAuthorList(line: string): boolean {
  const pieces = line.split(", ");
  return pieces.length >= 2 && pieces.slice(0, -1).every(isCleanName) && pieces.at(-1)!.split(" ").every(isNamePiece);
}

/**
 * Whether a line reads as a title glued to a name that reads cleanly, at a
 * lower-case letter meeting a capitalised word (`…RevisitedYann LeCun`): not
 * a title's own mixed-case words (`…2D Boussinesq and 3D`, `…Mesh CNNs:`).
 *
 * @example
 * holdsGluedName("Gradient Descent RevisitedYann LeCun"); //=> true
 * holdsGluedName("Stable blowup of the 2D Boussinesq and 3D"); //=> false
 *
 * @internal
 */
export function holdsGluedName(line: string): boolean {
  if (!LOWER_TO_NAME.test(line)) return false;
  const { authors } = splitByline(line, "", NO_EVIDENCE);
  return authors.length > 0 && isCleanName(authors[0]!) && LOWER_TO_NAME.test(line.slice(Math.max(0, line.length - authors[0]!.length - 1)));
}
const LOWER_TO_NAME = /\p{Ll}\p{Lu}\p{Ll}/u;

/**
 * Whether a line ends inside an author list: after its last ", " come only
 * pieces of a name (`…GradientsMax Jaderberg, Wojciech`, a name the wrap cut
 * in two), not title words (`Methods, Analysis & Insights from …`).
 *
 * @example
 * endsInAuthorList("…GradientsMax Jaderberg, Wojciech"); //=> true
 * endsInAuthorList("Methods, Analysis & Insights from Multimodal LLM Pre-training"); //=> false
 *
 * @internal
 */
export function endsInAuthorList(line: string): boolean {
  const comma = line.lastIndexOf(", ");
  return comma >= 0 && line.slice(comma + 2).split(" ").every(isNamePiece);
}

/**
 * Whether `second` can be the rest of a title `first` began: no author list
 * nor the start of one, no sentence, no site chrome; and `first` ends in no
 * comma (after which a name would follow), no whole byline's end, and holds
 * no name glued in its last words (`…RevisitedYann LeCun`).
 */
function isTitleRest(first: string, second: string): boolean {
  if (first.endsWith(",") || endsLikeByline(first) || endsInAuthorList(first) || holdsGluedName(first)) return false;
  // (Nor the start of an author list that wraps again: "Ashish Vaswani, Noam Shazeer," + "Niki Parmar et al. · google".)
  if (second.endsWith(",") || isAuthorListLine(second) || opensAuthorList(second)) return false;
  return !/[.!?]$|[.!?] \p{Lu}/u.test(second) && !isChrome(second) && second.length <= 300;
}

/**
 * Whether a line is an author list and nothing else: names that all read
 * cleanly, parted by ", ", two or more or one before `et al.` or affiliations.
 *
 * @example
 * isAuthorListLine("Alex Tamkin, Miles McCain, Kunal Handa et al. · anthropic"); //=> true
 * isAuthorListLine("We study things, and more."); //=> false
 *
 * @internal
 */
export function isAuthorListLine(line: string): boolean {
  const names = bylineCore(line).split(", ");
  if (names.length < 2 && !endsLikeByline(line)) return false;
  // Not when the first name may hold a title's end: one word ("AINVIDIA, Niket Agarwal"), or a
  // word with a seam ("LearningDeepSeek-AI", "Research ProblemsWalid Saad"), even a name's
  // ("Know'Hanning Zhang", "McCain": too close to call).
  const firstWords = names[0]!.split(" ");
  if (firstWords.length < 2 || firstWords.some((word) => GLUE_SEAM.test(word))) return false;
  // (A title glued to the first reads as no clean name: "UseAlex Tamkin".)
  return names.every(isCleanName);
}

/**
 * Whether an author of a reading holds a lower-case function word, as a
 * title's words do and no name does ("an Efficient Clustering-based …",
 * "Lightweight and Flexible Research Platform").
 */
function holdsTitleWords(author: string): boolean {
  return author.split(" ").some((word) => word === word.toLowerCase() && endsInFunctionWord(word));
}

/**
 * Whether an author holds a lower-case word of six letters or more that is no name particle
 * ("superconducting Titanium …"; not "Miryam de", nor the short lower-case words of names,
 * "Ehsan ul Haq", "Nguyen thi Lan", "danah boyd").
 */
function holdsLowerWord(author: string): boolean {
  return author.split(" ").some((word) => /^\p{Ll}{6,}/u.test(word) && !isLowerParticle(word));
}

/** Whether text holds two or more lower-case words that are no name particles ("de", "van der"). */
function isProse(text: string): boolean {
  let words = 0;
  for (const word of text.split(" ")) if (/^\p{Ll}{2,}$/u.test(word) && !isLowerParticle(word) && ++words === 2) return true;
  return false;
}

/**
 * Whether `second` goes on the byline `first` in its tail: a break just before or after the
 * affiliation dot, before or inside "et al.", or inside the affiliations ("… · tsinghua," +
 * "zhipu-ai").
 */
function isBylineTail(first: string, second: string): boolean {
  return (
    continuesSlug(first, second) ||
    /[·•|]$/.test(first) ||
    /^(?:[·•|] |et al\.?(?:$| ))/.test(second) ||
    (/ et$/.test(first) && /^al\.?(?:$| )/.test(second)) ||
    (first.endsWith(",") && SLUG_LIST.test(second) && cutAffiliations(first).affiliations.length > 0)
  );
}

/** Whether `second` goes on a slug `first` ends in, broken at its hyphen as a print wraps one ("… · mit, eth-" + "zurich, imperial"). */
function continuesSlug(first: string, second: string): boolean {
  return first.endsWith("-") && /^[a-z0-9]/.test(second) && SLUG_LIST.test(second) && cutAffiliations(first).affiliations.at(-1)?.endsWith("-") === true;
}

/** Affiliation slugs alone: space-free words between commas ("zhipu-ai", "mit, stanford"). */
const SLUG_LIST = /^[^\s,]{1,60}(?:, ?[^\s,]{1,60})*$/;

/**
 * Whether a name reads as cleanly as the names a listing lends as evidence (see `CLEAN_NAME_SCORE`).
 *
 * @example
 * isCleanName("Morgane Riviere"); //=> true
 *
 * @internal
 */
export function isCleanName(name: string): boolean {
  return nameScore(name) >= CLEAN_NAME_SCORE;
}

/** The longest group read as a sole author alone in its paragraph. */
const MAX_GROUP = 100;
/** A name alone of two to six words, as a sole author's line holds it. */
const SOLE_NAME = /^[^\s,]+(?: [^\s,]+){1,5}$/;

/** Whether a line opens with what can be the rest of a name: name words, initials, particles up to its first comma ("Bickel, …", "Hairer", "M. Ali Eslami, …"). */
function opensWithName(text: string): boolean {
  const head = authorHead(text);
  return head.length <= 60 && head.split(" ").every(isNamePiece);
}

/** Whether a line is the end of a name followed by whole names: "der Maaten", "Dieleman, Jeffrey De Fauw". */
function isAuthorTail(text: string, lastMayBeCut: boolean): boolean {
  if (text.length > 200 || (/[.!?:;]$/.test(text) && !endsInNamePart(text))) return false;
  const [head, ...names] = bylineCore(text).split(", ");
  if (!head!.split(" ").every(isNamePiece)) return false;
  // (The last may be a name the next line goes on with, after a clean one: "Taveekitworachai,
  // Potsawee Manakul, Kasima" + "Tharnpipitchai et al. · scb10x", as a narrow column wraps it.)
  const cut = lastMayBeCut && names.length >= 2 && !endsLikeByline(text) && names.at(-1)!.split(" ").every(isNamePiece);
  return (cut ? names.slice(0, -1) : names).every(isCleanName);
}

/**
 * Whether a line's last author is a whole name ("Lin F. Yang", "Alexia
 * Jolicoeur-Martineau"): two words or more, the last a name word. A lone
 * word or a name cut after a particle or an initial ("Jane", "Laurens van")
 * is not, nor no author at all.
 */
function isWholeName(name: string | undefined): boolean {
  const words = name?.split(" ") ?? [];
  return words.length >= 2 && isNameWord(words.at(-1)!) && !isFamilyParticle(words.at(-1)!);
}

/** The first name of an author list, without "et al." and affiliations. */
function authorHead(text: string): string {
  return bylineCore(text).split(", ")[0]!;
}

/** A word that can be part of a person's name: a capitalised word, an initial or a particle. */
function isNamePiece(word: string): boolean {
  return isNameWord(word) || isInitial(word) || isLowerParticle(word) || isNameSuffix(word);
}

/** Whether a text's last word is an initial or a suffix ("S.", "Jr."): a dot that ends no sentence. */
function endsInNamePart(text: string): boolean {
  const last = lastWord(text);
  return isNameSuffix(last) || isInitialLike(last);
}

/** Whether a text ends in an initial (see `isInitialLike`); a suffix that reads like one ("II", "Jr.") is none. */
function endsInInitial(text: string): boolean {
  const last = lastWord(text);
  return !isNameSuffix(last) && isInitialLike(last);
}

/** Whether a word is an initial: "S.", "A.M.", "Yu.", or initials glued to a title ("…structuresM.", "…(FLAG)S.", "…DecompositionZ.Z.", "…DataT.-K.", "…DatasetMd.", "…Converge?H."). */
function isInitialLike(word: string): boolean {
  return isInitial(word) || /^\p{Lu}\p{Ll}\.$/u.test(word) || GLUED_INITIALS_END.test(word);
}

/** What follows a text's last space (all of it without one). */
function lastWord(text: string): string {
  return text.slice(text.lastIndexOf(" ") + 1);
}

/**
 * Whether the text after a header on its line reads as a byline: it ends the way
 * only bylines end, or all its authors after the first read cleanly.
 *
 * @example
 * readsAsByline("Gemma 2Gemma Team, Morgane Riviere et al. · deepmind"); //=> true
 *
 * @internal
 */
export function readsAsByline(text: string): boolean {
  const names = bylineCore(text).split(", ");
  return endsLikeByline(text) || (names.length > 1 && names.slice(1).every(isCleanName));
}

/**
 * Whether a line ends the way a byline does: " et al." or affiliation slugs.
 *
 * @example
 * endsLikeByline("Gemma 2Gemma Team, Morgane Riviere et al."); //=> true
 * endsLikeByline("We compare with prior work by Geoffrey Hinton, Yann LeCun"); //=> false
 *
 * @internal
 */
export function endsLikeByline(text: string): boolean {
  return cutEtAl(text).truncated || cutAffiliations(text).affiliations.length > 0;
}

/** A word broken at its hyphen, or at TeX's en dash ("Two-", "Yang--"; see `hyphenGlue`). */
const BROKEN_WORD_END = /\p{L}--?$/u;
/** An initial glued to an acronym, ending a line (" …the LHCG.", " …RPAS."; see `bylineGlue`). */
const ACRONYM_INITIAL_END = /(?:^| )\p{Lu}{3,6}\.$/u;
/** A title ending in a dash typed as hyphens after a space ("…Networks --", "…Thermodynamics -"; see `bylineGlue`). */
const DASHED_TITLE_END = /\s-{1,3}$/;
/** A title with a word in it (see `bylineGlue`). */
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** A title cut inside a word: at its hyphen (or TeX's en dash, "Yang--"), apostrophe or slash; not at a dash after a space ("…mixing --"). */
const CUT_TITLE_END = /(?<![\s-])--?$|['’/]$/;

/**
 * A title fragment that ends where a name is glued to it with no space: a
 * lower-case letter, a digit or closing punctuation ("…Decision Theorists" of
 * "…TheoristsElliott Thornley"). Prose glues no name so; a hyphen ("quasi-" of
 * "quasi-Monte Carlo") joins a word, not a name.
 */
const GLUED_TITLE_END = /[\p{Ll}\d)\]?!"'’”]$/u;

/**
 * Whether a line that reads as an author list opens with a title word: its first author has
 * three words or more, the first a capitalised word and no given name before an initial or a
 * particle, and the entry's later lines (its abstract, or what else follows) name that word
 * after the last word of the line `above` it, in any case; or the listing's bylines show a
 * space between title and authors (`spacedListing`, see `bylineStyle`).
 */
function opensWithTitleWord(above: string, line: string, body: readonly { readonly text: string }[], spacedListing: boolean): boolean {
  const words = authorHead(line).split(" ");
  if (words.length < 3 || !isNameWord(words[0]!) || isInitial(words[1]!) || isFamilyParticle(words[1]!)) return false;
  if (spacedListing) return true;
  // (The two words together, as the title's: "covariance control", not "young" of "young stars"
  // under "…Molecular Clouds" + "Young Jae Lee".)
  const phrase = `${above.slice(above.lastIndexOf(" ") + 1)} ${words[0]!}`.toLowerCase();
  for (let i = 2; i < body.length; i++) if (containsWord(body[i]!.text.toLowerCase(), phrase)) return true;
  return false;
}

/**
 * How a byline shows its title meeting its first author, when it tells, from its comma-separated
 * `parts` (see `prepareByline`): `"glued"` when a word among the last three of its first part,
 * or of a later part before the authors (one with a lower-case word: a title may hold a comma,
 * "…High Quality, Fast and CheapJane Doe, …"), glues a capital to a lower-case letter, a digit or
 * a stop before it ("…Practical SizeGemma Team"); `"spaced"` when the first part holds a title
 * of three words or more and ends in a clean name of two words after a space, with no such glue
 * ("…Deep Learning Statistical Arbitrage Jorge Guijarro-Ordonez"), as a PDF's text gives a
 * printed card. The authors' own capitals ("Jake VanderPlas") glue nothing.
 *
 * @example
 * bylineStyle(prepareByline("A solution to Ditor's problem Lorenzo Notaro · univie").parts); //=> "spaced"
 * bylineStyle(prepareByline("Gemma 2: Improving Open Language Models at a Practical SizeGemma Team, Morgane Riviere").parts); //=> "glued"
 *
 * @internal
 */
export function bylineStyle(parts: readonly string[]): "glued" | "spaced" | undefined {
  const part = parts[0]!;
  const tail = lastWords(part, 3);
  if (GLUED_INSIDE.test(tail)) return "glued";
  // (Read from the parts' ends, not split whole: a line of junk is one long part.)
  for (let k = 1, at = part.length; k < parts.length - 1 && at <= MAX_STYLE_PART; k++) {
    const piece = parts[k]!;
    if (!LOWER_WORD.test(piece)) break;
    if (GLUED_INSIDE.test(lastWords(piece, 3))) return "glued";
    at += piece.length + 2;
  }
  const words = tail.split(" ");
  return words.length === 3 && part.length > tail.length && part.lastIndexOf(" ", part.length - tail.length - 2) > 0 && nameScore(words.slice(1).join(" ")) >= CLEAN_NAME_SCORE ? "spaced" : undefined;
}
/**
 * A capital glued to a lower-case letter, a digit or a stop inside a word ("SizeGemma", "3Imagen",
 * "Mirage?Rylan"), but not the capital of "Mc", "Mac" or an initial's ("McAleese", "D.J.").
 */
const GLUED_INSIDE = /(?<!\bMa?)(?:[\p{Ll}\d?!)\]]|(?<!(?:^|[\s.])\p{Lu})\.)\p{Lu}/u;
/** A word opening in lower case. */
const LOWER_WORD = /(?:^|\s)\p{Ll}/u;
/** How far into a byline `bylineStyle` looks for the glue in parts after the first. */
const MAX_STYLE_PART = 400;

/** The last `count` words of `text` (all of it, with fewer). */
function lastWords(text: string, count: number): string {
  let at = text.length;
  for (let n = 0; n < count && at > 0; n++) at = text.lastIndexOf(" ", at - 1);
  return at <= 0 ? text : text.slice(at + 1);
}

