// Name shapes: how much a string looks like one author's name, and how a
// name splits into given and family parts.
import { isAsciiUpper } from "../_lib/chars.js";
import { wordSet } from "../_lib/word-set.js";
import type { Author } from "../model/author.js";

/**
 * Lower-case particles that belong to the family name ("van den Oord", "de las Casas", and abbreviated, "L. v.d. Wense";
 * the Dutch "tot" of "van Holthe tot Echten").
 */
const LOWER_PARTICLES = /* @__PURE__ */ wordSet(`
  van von der den de del della delle degli dalla dalle di da das do dos du la las le les los ten ter te zu zur bin ibn
  al el y e st. d' d’ op het 't ’t v. v.d. tot
`);

/**
 * Capitalised particles that still belong to the family name ("Jeffrey De Fauw", "Vincent Van Gogh",
 * the Amazigh and Mauritanian "Aït" and "Ould": "Fayçal Aït Aoudia").
 */
// ("Bin" is left out: capitalised, it is far more often a Chinese given name, "Xue Bin Peng".)
const UPPER_PARTICLES = /* @__PURE__ */ wordSet(`
  De Dal Dalla Dalle Del Della Delle Degli Der Den Di Da Das Dos Du Van Von Le La Ten Ter Mac St. Ben Ibn El Al Bou Ó Ní Nic Uí
  Aït Ait Ould
`);

/** Words of South Asian names, in which "Abu" is a given name's ("Md Abu Raihan", "Kazi Md Abu Saeed"). */
const SOUTH_ASIAN_NAME_WORD = /^(?:Md|Mohd|Mst|Sheikh|Shaikh|Syed|Sk|Kazi|Golam|Shah)\.?$/;

/** Words that mark a group author ("Gemma Team", "Imagen-Team-Google", "ATLAS Collaboration"). */
const GROUP_WORDS = /* @__PURE__ */ wordSet(`
  team group lab labs laboratory consortium collaboration project initiative committee
  contributors authors research inc inc. ltd llc institute center centre university foundation
  corporation corp company society association network alliance community organization
  organisation council board department office agency deepmind workshop program programme
  partnership partners federation
`);

/** Companies whose names open their research groups' names and no person's: "Microsoft Azure Quantum". */
const COMPANIES = /* @__PURE__ */ wordSet("microsoft google amazon apple intel samsung huawei alibaba tencent baidu adobe qualcomm salesforce");

/**
 * "AI" in capitals as a whole token or hyphen part ("Google AI", "Shanghai AI
 * Laboratory"): a group word only so written, since "Ai" is a family name
 * ("Qingyao Ai", "Baole Ai").
 */
const AI_WORD = /(?:^|[\s-])AI(?=$|[\s-])/;

/** Whether `name` holds the token "AI" in `[start, end)`. */
function isAiWord(name: string, start: number, end: number): boolean {
  return end - start === 2 && name.charCodeAt(start) === 65 && name.charCodeAt(start + 1) === 73;
}

/** Any group word as a whole token or hyphen part, tested in one pass. */
const GROUP_WORD = /* @__PURE__ */ (() =>
  new RegExp(`(?:^|[\\s-])(?:${[...GROUP_WORDS].map((w) => w.replace(".", "\\.")).join("|")})(?=$|[\\s-])`, "i"))();

/** A name glued to a group word in one token: "KimiTeam", "QwenLab". */
const GLUED_GROUP_WORD = /^\p{Lu}[\p{L}\d]*\p{Ll}(?:Team|Labs?|Group|Research)$/u;

/** A company named by its web domain: "Sand.ai", "Together.ai" (a capital first: no URL of prose). */
const DOMAIN_NAME = /^\p{Lu}[\p{L}\d-]*\.(?:ai|AI|io|com)$/u;

/** Generational suffixes written after a name ("Jr.", "III"). */
const SUFFIXES = new Set(["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV", "V"]);

/**
 * Whether a token is a generational suffix written after a name.
 *
 * @example
 * isNameSuffix("Jr."); //=> true
 * isNameSuffix("Jones"); //=> false
 */
export function isNameSuffix(token: string): boolean {
  return SUFFIXES.has(token);
}

/**
 * Common Iberian surnames: in a three-part name they usually open a compound
 * family name ("Sergio Gomez Colmenarejo"), where a middle given name would
 * otherwise be assumed ("Matthew Koichi Grimes").
 */
const IBERIAN_SURNAMES = /* @__PURE__ */ wordSet(`
  garcia diaz ruiz munoz ortiz torres flores rivera romero moreno castro vargas
  reyes cruz morales ortega delgado castillo guerrero medina aguilar herrera mendoza silva santos
  costa pereira oliveira ferreira rodrigues almeida carvalho sousa souza lima gomes ribeiro
  martins barbosa puig vidal serra soler ferrer pujol navarro molina blanco rubio iglesias
  alonso serrano ramos garrido lozano prieto calvo gallego cabrera fuentes carrasco caballero
  nieto pascual herrero montero hidalgo arias carmona crespo soto velasco moya parra gallardo
  rojas sanz cano cortes horta paes
`);

/**
 * Persian family names, made from a given name or a place with "-i" ("Ebrahimi", "Hosseini",
 * "Tehrani"): never a given name, and Iranians bear no middle names, so in the middle of a name
 * one opens a compound family name ("Samira Ebrahimi Kahou", "Mohammad Mohammadi Amiri"), as the
 * people write and are cited. (Not "Amiri", "Nouri", "Mehdi", "Hadi", "Ali": given names too; nor
 * "Rahimi", "Rashidi", "Hamidi", Malay and Swahili given names, nor "Hassani", an Arab nisba.)
 */
const PERSIAN_SURNAMES = /* @__PURE__ */ wordSet(`
  ebrahimi mohammadi hosseini ahmadi karimi rezaei moradi jafari kazemi hashemi ghasemi
  sadeghi akbari mousavi moosavi heidari rostami salehi bagheri taheri abbasi asadi najafi alavi
  shirazi tehrani esfahani kermani zamani soltani rahmani ghorbani yazdani nazari sharifi mirzaei
  shahbazi mahmoudi hosseinzadeh
`);

/**
 * Bengali compound family names, as pairs of words: "Ray Chaudhury", "Roy Chowdhury", "Das Gupta",
 * "Sen Gupta", "Das Sarma", "Guha Thakurta", "Ghosh Dastidar", "Dutta Roy", "Basu Mallick". Only
 * the pair opens one: "Das", "Roy" or "Dev" alone before another family name is a middle name as
 * often ("Amit Kumar Roy", "Kapil Dev Sharma").
 */
const BENGALI_COMPOUNDS = /* @__PURE__ */ wordSet(`
  ray|chaudhury ray|chaudhuri ray|chowdhury ray|choudhury roy|chowdhury roy|choudhury roy|chaudhuri
  roy|chaudhury das|gupta sen|gupta dutta|gupta datta|gupta das|sarma sen|sarma das|sharma
  sen|sharma guha|thakurta guha|roy ghosh|dastidar dutta|roy datta|roy basu|mallick basu|roy
`);

/** Whether two words make a Bengali compound family name (see `BENGALI_COMPOUNDS`). */
function isBengaliCompound(first: string, second: string): boolean {
  return BENGALI_COMPOUNDS.has(`${first.toLowerCase()}|${second.toLowerCase()}`);
}

/**
 * Given names that mark a Spanish name, not a Portuguese one ("Juan", not
 * "João"; "Luis", not "Luís"): a Spanish name of three or more words, with
 * no initial or particle, has a compound family name after its given name
 * (one word, or two when the second is a given name too, "José Luis"):
 * "Juan Altmayer Pizzorno", "José Luis Montiel Olea", "Borja Requena Pozo".
 * A Portuguese name is cited by its last surname ("Felipe Petroski Such",
 * "Rodrigo Frassetto Nogueira"), as for most others.
 */
const SPANISH_GIVEN = /* @__PURE__ */ wordSet(`
  Juan Javier Alejandro Gonzalo Ignacio Joaquín Íñigo Ramón Jesús Andrés Pablo Santiago Enrique
  Guillermo Agustín Esteban Luis Diego Borja Álvaro Raúl Iñaki Jordi Alfonso
`);

/** Given names that, second in a Spanish or Portuguese name, make a compound given name ("José Luis", "Pablo Samuel"). */
const SECOND_GIVEN = /* @__PURE__ */ wordSet(`
  luis carlos manuel jose maria pablo miguel antonio francisco david daniel camilo sebastian ignacio
  andres felipe martin esteban samuel angel alberto diego juan ana isabel fernando eduardo enrique
  ricardo rafael ramon jesus alejandro javier gabriel jorge gustavo rodrigo emilio arturo ariel
  alfredo cesar hector hugo ivan jaime julio leonardo marcelo mariano mauricio oscar raul
  roberto ruben sergio victor agustin bautista benjamin cristian raphael paulo pedro vitor marcos
  henrique guilherme augusto lucas mateus matheus vinicius luiz joao tiago thiago otavio renato
  fabio flavio marco tulio leandro filipe alexandre mario batista tadeu artur arthur diogo afonso
  cristiano christiano ernesto angelo manoel goncalo nuno rui thales alvaro borja inaki jordi alfonso
  elena carmen lucia teresa paula sofia beatriz cecilia carolina fernanda cristina helena luisa
  julia mariana patricia adriana juliana
`);

/**
 * A title borne as the first of two given names ("Seyed Bagher Hashemi Natanzi"), unless a
 * third given name follows (`PERSIAN_SECOND`: "Seyed Mohammad Reza Hosseini"). ("Syed" is
 * not one: "Syed Afaq Ali Shah" has family name "Shah".)
 */
const GIVEN_TITLES = /* @__PURE__ */ wordSet("seyed seyyed sayed sayyed seyedeh");
/** Arabic words that bind to the name after them ("Abdul Karim", "servant of the Generous"). */
const BINDING_PREFIXES = /* @__PURE__ */ wordSet("Abdul Abdel Abd Abdol Abdur Abdal");
/** Particles in capitals that only Italian and Iberian names have (not "Das", "Do": Indian, Vietnamese). */
const ROMANCE_PARTICLE = /^D(?:[ae]|i|el|ell[aoe]|al|all[aoe]|os|egli)$/;
/** What follows "de" in a given name ("Juan de Dios", "Maria de Lourdes", "Francisco de Assis"). */
const DEVOTIONAL_GIVEN = /* @__PURE__ */ wordSet("Dios Jesús Jesus Lourdes Fátima Fatima Assis Deus Guadalupe Montserrat");
/**
 * Marian titles that, after "María" and a particle, end a given name ("María de los Ángeles",
 * "María del Carmen"); after another name they are surnames ("Manuel de Paz", "Juan del Rosario").
 */
const MARIAN_GIVEN = /* @__PURE__ */ wordSet(`
  Ángeles Angeles Luz Mercedes Nieves Paz Remedios Rosario Dolores Carmen Pilar Rocío Consuelo Socorro Milagros Carmo
`);
// "María" as written in full or shortened: "Maria", "M.", "Ma", "Mª", "M.ª" (accents in either form).
const MARIA = /^(?:Mari\u0301?a|María|M\.?ª?\.?|Ma\.?)$/;

/**
 * Given names that mark an Iranian name, spelled as Persian spells them ("Saeid", "Mehdi"):
 * Iranians bear no middle names, so a name of three words opening with one has a compound
 * family name ("Peyman Mohajerin Esfahani", "Babak Ehteshami Bejnordi"), unless the second
 * word is a second given name (`PERSIAN_SECOND`).
 */
const PERSIAN_GIVEN = /* @__PURE__ */ wordSet(`
  babak peyman saeid behnam farhad kaveh arash pouya milad vahid navid alireza mohammadreza hamidreza
  amirhossein soroush siavash mojtaba morteza masoud omid pedram ramin sepehr mehdi mehran mehrdad
  nima parisa mahsa elham fatemeh yasaman hamed
`);

/**
 * Words that, in a name opening with a Persian given name, tell a middle name or a one-word
 * family name: "Sadat" (borne by descendants of the Prophet), Arab and South Asian given
 * names and family names ("Navid Ahmed Khan", "Navid Iqbal Chowdhury").
 */
const OTHER_NAMES = /* @__PURE__ */ wordSet(`
  sadat sadaat ahmed ahmad mohamed muhammad mahmoud iqbal hanna mehmed khan chowdhury shah ali ibrahim hossain
  rahman uddin islam youssef
`);

/** Given names that, after another, make a compound Persian given name ("Mohammad Reza", "Amir Hossein"). */
const PERSIAN_SECOND = /* @__PURE__ */ wordSet("reza ali hossein hosein hassan hasan mohammad mohammed mahdi akbar amir javad");

/**
 * How many words of a name are its given name when its first words tell
 * (see `SPANISH_GIVEN`, `GIVEN_TITLES`, `PERSIAN_GIVEN`), or `undefined`: only for names of
 * three or more capitalised words (`end` of `tokens`) with no initial or particle.
 */
function toldGivenLength(tokens: readonly string[], end: number): number | undefined {
  if (end < 3) return undefined;
  for (let i = 1; i < end; i++) if (!isNameWord(tokens[i]!) || isFamilyParticle(tokens[i]!)) return undefined;
  if (GIVEN_TITLES.has(tokens[0]!.toLowerCase())) return PERSIAN_SECOND.has(tokens[2]!.toLowerCase()) ? undefined : 2;
  // (Not a name whose other words are Arab or South Asian ones: "Navid Ahmed Khan", "Fatemeh Sadat Hosseini".)
  if (end === 3 && PERSIAN_GIVEN.has(tokens[0]!.toLowerCase()) && !OTHER_NAMES.has(tokens[2]!.toLowerCase())) {
    return PERSIAN_SECOND.has(tokens[1]!.toLowerCase()) || OTHER_NAMES.has(tokens[1]!.toLowerCase()) ? 2 : 1;
  }
  const second = SECOND_GIVEN.has(withoutAccents(tokens[1]!.toLowerCase()));
  // Spanish when the first given name is, or a second one ("José Luis": José is Portuguese too).
  if (!SPANISH_GIVEN.has(tokens[0]!) && !(second && SPANISH_GIVEN.has(tokens[1]!))) return undefined;
  return second ? 2 : 1;
}

/** Whether the first two words of a name may decide its given name (see `toldGivenLength`). */
function mayTellGiven(name: string): boolean {
  const first = name.indexOf(" ");
  const second = name.indexOf(" ", first + 1);
  const lower = name.slice(0, first).toLowerCase();
  return SPANISH_GIVEN.has(name.slice(0, first)) || GIVEN_TITLES.has(lower) || PERSIAN_GIVEN.has(lower) || SPANISH_GIVEN.has(name.slice(first + 1, second));
}

// Both functions are pure and names recur (a byline's readings share strings,
// and authors repeat across a listing), so what is known of a name is kept in a
// small memo that is dropped whole when full: memory stays bounded on any input.
// A small memo also stays in the CPU's cache: 8,000 names did better than 20,000
// on listings whose names repeat and on listings whose names do not. One memo
// serves both: every author is scored (in its byline) before it is split, so its
// split finds the entry its score made, even in a listing whose names never recur.
const MEMO_LIMIT = 8_000;

/** What is known of one name: its `nameScore` (NaN until asked) and its `analyzeName` (once asked). */
interface NameFacts {
  score: number;
  author: Author | undefined;
}

const memo = new Map<string, NameFacts>();

/** The memo's entry for `name`, made empty (forgetting everything first when the memo is full) on a miss. */
function factsOf(name: string): NameFacts {
  let facts = memo.get(name);
  if (facts === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    facts = { score: NaN, author: undefined };
    memo.set(name, facts);
  }
  return facts;
}

const UPPER = /^\p{Lu}/u;

/** Whether a token is an initial: "W.", "L", "J.-B.", "S.M.". */
export function isInitial(token: string): boolean {
  return /^(?:\p{Lu}(?:\.-?\p{Lu}){0,3}\.?|\p{Lu}{2})$/u.test(token);
}

/** Whether a token is a lower-case name particle ("van", "de"). */
export function isLowerParticle(token: string): boolean {
  return LOWER_PARTICLES.has(token);
}

/**
 * Whether a token reads as a capitalised word of a person's name:
 * "Morgane", "McAleese", "O'Donoghue", "Wei-Hung", "Trębacz", "DeAndre".
 * "D'" and "O'" may open a word in lower case ("D'souza", as some spell
 * "D'Souza"; not "L'apprentissage", "C'est"). An apostrophe inside a word
 * before lower case, as names transliterated from Arabic and Indonesian have
 * them ("Abdurro'uf", "Sa'id", "Syafi'i"), is a name's too, but not an English
 * contraction's or an abbreviation's ("Don't", "Let's", "They're", "Can't-Miss", "Int'l"). Internal capitals are allowed only after a known prefix (Mc, Mac, O', D',
 * De, Di, La, Le, Van, Vander, Von, Fitz) or a hyphen, so a title word glued to a
 * name ("CodeYujia", "SNELaurens") fails, and so does a phrase joined by
 * hyphens around a small word ("Difference-in-differences").
 */
export function isNameWord(token: string): boolean {
  return isPlainCapitalized(token, 0, token.length) || (NAME_WORD.test(token) && !HYPHENATED_PHRASE.test(token));
}

// A phrase joined by hyphens around a small word, "Difference-in-differences", "State-of-the-art":
// no name ("Abd-al-Rahman" has a particle there, no English word).
const HYPHENATED_PHRASE = /-(?:in|of|on|to|the|and|for|by|at|or|vs)-/i;

// Prefixes after which an internal capital still makes a name word ("McAleese", "DeAndre").
const CAPITAL_PREFIXES = ["Mc", "Mac", "Fitz", "De", "Di", "Da", "Du", "La", "Le", "Van", "Vander", "Vanden", "Von", "Al", "El", "Ben", "Abu", "Ibn"];

/** A name word (see `isNameWord`). */
const NAME_WORD = /* @__PURE__ */ (() =>
  new RegExp(
    `^(?:\\p{Lu}\\p{Ll}*(?:['’]\\p{Lu})?\\p{Ll}+|\\p{Lu}\\p{Ll}+['’](?!(?:s|t|d|m|l|ll|re|ve)(?!\\p{Ll}))\\p{Ll}+|[DO]['’]\\p{Ll}{3,}|(?:${CAPITAL_PREFIXES.join("|")})\\p{Lu}\\p{Ll}+|\\p{Lu}\\p{Ll}?['’]\\p{Lu}\\p{Ll}+|(?:d|l|dell|dall|degl)['’]\\p{Lu}\\p{Ll}+)(?:-\\p{Lu}?\\p{Ll}+(?:['’]\\p{Lu}\\p{Ll}+)?)*$`,
    "u",
  ))();

/**
 * Whether `text[from, to)` is a capital ASCII letter followed by one or more
 * lower-case ones ("Morgane"): the commonest name word, told without a
 * pattern (every such word is a name word).
 */
function isPlainCapitalized(text: string, from: number, to: number): boolean {
  if (to - from < 2) return false;
  let code = text.charCodeAt(from);
  if (code < 65 || code > 90) return false;
  for (let i = from + 1; i < to; i++) {
    code = text.charCodeAt(i);
    if (code < 97 || code > 122) return false;
  }
  return true;
}

/**
 * `computeNameScore` from character codes, for names of two to six words
 * made of ASCII letters and dots, with no group word: the commonest names
 * ("Morgane Riviere", "Jack W. Rae") and most strings weighed as a first
 * author ("SizeGemma Team"). Gives exactly what `computeNameScore` gives (a
 * property test checks this), or `undefined` for any other string.
 *
 * @param name - a string weighed as a name
 * @returns its score, or `undefined` when the general path must decide
 *
 * @example
 * // Two name words and an initial
 * fastNameScore("Jack W. Rae"); //=> 2.6
 *
 * @internal
 */
export function fastNameScore(name: string): number | undefined {
  let score = 0;
  let words = 0;
  // Whether the word before was an initial (a family name of two syllables after one: "Jeff Z. HaoChen").
  let afterInitial = false;
  let start = 0;
  const length = name.length;
  while (start < length) {
    let end = name.indexOf(" ", start);
    if (end < 0) end = length;
    if (end > start) {
      const kind = wordKind(name, start, end);
      if (kind === WordKind.Other) return undefined;
      const isLast = end >= length || isBlankTail(name, end);
      // A group word ("Team", "AI", "Inc.") sends the whole name down the general path.
      if ((GROUP_HASHES.has(wordLowerHash) && GROUP_WORDS.has(name.slice(start, end).toLowerCase())) || isAiWord(name, start, end) || (words === 0 && COMPANY_HASHES.has(wordLowerHash))) return undefined;
      // A word of three capitals or more may be a family name written in capitals ("Wei ZHANG"):
      // the general path weighs it.
      if ((kind === WordKind.Capitals || kind === WordKind.CapitalFirst) && end - start >= 3 && isAsciiCapitals(name, start, end)) return undefined;
      if (kind === WordKind.NameWord) score += 1;
      // "II" and "V" read as initials, but after two words they are suffixes ("Neal J. Evans II").
      else if (kind === WordKind.Initial) score += !isLast ? 0.6 : words >= 2 && SUFFIXES.has(name.slice(start, end)) ? 0.3 : -3;
      else {
        const special = SPECIAL_HASHES.has(wordHash) ? name.slice(start, end) : "";
        if (words > 0 && !isLast && (LOWER_PARTICLES.has(special) || UPPER_PARTICLES.has(special))) score += 0.3;
        else if (isLast && SUFFIXES.has(special)) score += 0.3;
        else if (kind === WordKind.Capitals) score -= 1;
        else if (kind === WordKind.Syllables && (!isLast || (words >= 2 && afterInitial))) score += SYLLABLES_SCORE;
        else if (kind === WordKind.CapitalFirst || kind === WordKind.Syllables) score -= CAPITAL_INSIDE_PENALTY;
        else score -= 4;
      }
      afterInitial = kind === WordKind.Initial;
      words += 1;
      if (words > 6) return undefined;
    }
    start = end + 1;
  }
  return words >= 2 ? score : undefined;
}

/** Whether `name[from, to)` is ASCII capitals only. */
function isAsciiCapitals(name: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isAsciiUpper(name.charCodeAt(i))) return false;
  return true;
}

/**
 * Whether `tokens[i]` is a family name written in capitals, as some authors
 * write theirs and some conventions ask ("Wei ZHANG", "Jean-Pierre
 * BOURGUIGNON", "ZHANG Wei"): a word of three capitals or more (hyphenated
 * or with an apostrophe, "DUPONT-MOREAU", "O'NEIL"), first or last of a name
 * of two to four words whose other words are name words (or given names of
 * two capitalised syllables, "SeungJun") or initials, one a name word at least. (Two capitals are initials: "JR".)
 *
 * @param tokens - the words of a name
 * @param i - the word asked about
 * @returns whether it is the name's family name in capitals
 *
 * @example
 * isCapitalsFamily(["Wei", "ZHANG"], 1); //=> true
 * isCapitalsFamily(["Deep", "LSTM", "Networks"], 1); //=> false
 */
export function isCapitalsFamily(tokens: readonly string[], i: number): boolean {
  const last = tokens.length - 1;
  if (last < 1 || last > 3 || (i !== 0 && i !== last) || !CAPITALS_WORD.test(tokens[i]!) || RUN_TOGETHER_INITIALS.test(tokens[i]!.normalize("NFD").replace(/\p{M}/gu, ""))) return false;
  let nameWords = 0;
  for (let k = 0; k <= last; k++) {
    if (k === i) continue;
    if (isNameWord(tokens[k]!) || (k !== last && isSyllablePair(tokens[k]!))) nameWords += 1;
    else if (!(isInitial(tokens[k]!) && k !== last)) return false;
  }
  // (A given name written out: initials before capitals are an acronym's as often, "N APP".)
  return nameWords > 0;
}
/**
 * What a family name in capitals written first adds to a name's score
 * (`nameScore`), taken back where the byline reader doubts it: 2 when a
 * person's name opens with one, else 0 (and for a group's, "ALICE
 * Collaboration", which is scored as a group). It counts +1 where a word of
 * three or four capitals would have cost 1; a longer word ("ZHANG Wei") would
 * have cost 2.5, so it keeps 1.5 of its credit.
 *
 * @param name - a name as written
 * @returns the credit, 0 or 2
 *
 * @example
 * capitalsFamilyCredit("ZHANG Wei"); //=> 2
 * capitalsFamilyCredit("Wei ZHANG"); //=> 0
 */
export function capitalsFamilyCredit(name: string): number {
  const space = name.indexOf(" ");
  return space > 2 && isAsciiUpper(name.charCodeAt(1)) && !isGroupName(name) && isCapitalsFamily(name.split(" ").filter((t) => t !== ""), 0) ? 2 : 0;
}

const CAPITALS_WORD = /^\p{Lu}(?:\p{Lu}|['’]\p{Lu}){2,}(?:-\p{Lu}{2,})*$/u;
// Three capitals with no vowel after the first are initials run together ("AKM", "JRR", "KVS"; an
// accented vowel is a vowel, "NGÔ", "GÜL", "LÖW", read without its accent).
const RUN_TOGETHER_INITIALS = /^\p{Lu}[^AEIOUY]{2}$/u;

/** Whether only spaces follow `at` (the word ending there is the last). */
function isBlankTail(name: string, at: number): boolean {
  for (let i = at; i < name.length; i++) if (name.charCodeAt(i) !== 32) return false;
  return true;
}

// The hashes of the word `wordKind` last read, as written and lower-cased: set by it, so
// that the word needs no string of its own unless its hash is one of a special word.
let wordHash = 0;
let wordLowerHash = 0;

/** The hash `wordKind` gives a word (31-polynomial over UTF-16 codes, 32 bits). */
function hashOf(word: string): number {
  let hash = 0;
  for (let i = 0; i < word.length; i++) hash = (hash * 31 + word.charCodeAt(i)) | 0;
  return hash;
}

// Words whose meaning is looked up by spelling: group words (any case), particles and
// suffixes (as written). A word whose hash is in neither set is none of them.
const GROUP_HASHES = /* @__PURE__ */ (() => new Set([...GROUP_WORDS].map(hashOf)))();
const SPECIAL_HASHES = /* @__PURE__ */ (() => new Set([...LOWER_PARTICLES, ...UPPER_PARTICLES, ...SUFFIXES].map(hashOf)))();
const COMPANY_HASHES = /* @__PURE__ */ (() => new Set([...COMPANIES].map(hashOf)))();

/** The shapes of an ASCII word that `computeNameScore` tells apart. */
const enum WordKind {
  /** `isNameWord`: "Morgane", "McAleese", "DeAndre". */
  NameWord,
  /** `isInitial`: "W.", "W", "SM", "S.M.". */
  Initial,
  /** Two to four capitals that are no initial ("ABC"). */
  Capitals,
  /** A capital, then letters and dots ("CodeYujia", "NeurIPS.", "A.B.C.D.E."). */
  CapitalFirst,
  /** Two syllables as names romanized from Korean, Chinese or Vietnamese are written, each capitalised (see `isSyllablePair`). */
  Syllables,
  /** Starts with a lower-case letter ("van", "st.", "foo"). */
  Lower,
  /** Anything else (a digit, a hyphen, an apostrophe, a letter beyond ASCII, a leading dot). */
  Other,
}

/** The shape of `name[from, to)`, an ASCII word, as `computeNameScore` weighs it. */
function wordKind(name: string, from: number, to: number): WordKind {
  let upper = 0;
  let lower = 0;
  let dots = 0;
  let hash = 0;
  let lowerHash = 0;
  for (let i = from; i < to; i++) {
    const code = name.charCodeAt(i);
    hash = (hash * 31 + code) | 0;
    lowerHash = (lowerHash * 31 + (code >= 65 && code <= 90 ? code + 32 : code)) | 0;
    if (code >= 65 && code <= 90) upper += 1;
    else if (code >= 97 && code <= 122) lower += 1;
    else if (code === 46) dots += 1;
    else return WordKind.Other;
  }
  wordHash = hash;
  wordLowerHash = lowerHash;
  const first = name.charCodeAt(from);
  if (first === 46) return WordKind.Other;
  // Initials glued to a name word ("V.S.D.S.Mahesh") are weighed by the general path.
  if (dots > 0 && lower > 0 && name.charCodeAt(from + 1) === 46) return WordKind.Other;
  if (first >= 97) return WordKind.Lower;
  const length = to - from;
  if (dots === 0 && lower > 0) {
    // A capital, then lower-case letters only: a name word.
    if (upper === 1) return length >= 2 ? WordKind.NameWord : WordKind.CapitalFirst;
    // An internal capital after a known prefix, then lower-case letters to the end.
    for (const prefix of CAPITAL_PREFIXES) {
      const at = from + prefix.length;
      if (upper === 2 && name.startsWith(prefix, from) && to - at >= 2 && isAsciiUpper(name.charCodeAt(at))) return WordKind.NameWord;
    }
    return upper === 2 && isSyllablePair(name.slice(from, to)) ? WordKind.Syllables : WordKind.CapitalFirst;
  }
  if (lower === 0 && isInitialShape(name, from, to)) return WordKind.Initial;
  if (dots === 0 && lower === 0 && upper >= 2 && upper <= 4) return WordKind.Capitals;
  return WordKind.CapitalFirst;
}

/**
 * `isInitial` for an ASCII word of capitals and dots: one to four capitals, two at most
 * undotted ("SM"), else each but the last dotted ("S.M.", "S.M"; "RINM." of "…by
 * KATRINM. Aker" is none).
 */
function isInitialShape(name: string, from: number, to: number): boolean {
  let capitals = 0;
  let dotted = false;
  for (let i = from; i < to; i++) {
    if (name.charCodeAt(i) === 46) {
      // A dot follows a capital, never another dot.
      if (i === from || name.charCodeAt(i - 1) === 46) return false;
      dotted = true;
    } else {
      // Two capitals in a row are dotted nowhere: "SM" alone.
      if (i > from && name.charCodeAt(i - 1) !== 46 && to - from > 2) return false;
      capitals += 1;
    }
  }
  return capitals >= 1 && capitals <= 4 && (to - from <= 2 || dotted);
}

/**
 * Whether a token is dotted initials glued to a name word, as some write a
 * given name ("V.S.D.S.Mahesh" of "V.S.D.S.Mahesh Akavarapu", "A.Kumar").
 *
 * @param token - one word of a name
 * @returns whether it is initials and a name word with no space between
 *
 * @example
 * isGluedInitials("V.S.D.S.Mahesh"); //=> true
 * isGluedInitials("V.S.D.S."); //=> false
 */
function isGluedInitials(token: string): boolean {
  const initials = GLUED_INITIALS.exec(token);
  return initials !== null && isNameWord(token.slice(initials[0].length));
}
const GLUED_INITIALS = /^(?:\p{Lu}\.-?){1,4}(?=\p{Lu}\p{Ll})/u;

/** Whether a name (as written) is a group or organisation rather than a person. */
export function isGroupName(name: string): boolean {
  if (GROUP_WORD.test(name) || AI_WORD.test(name) || GLUED_GROUP_WORD.test(name)) return true;
  // One token with a run of capitals or a digit is an organisation: "OpenAI",
  // "DeepSeek-AI", "NVIDIA", "xAI"; two capitalised words glued together
  // ("ActionsAlexander") are a title word glued to a name instead.
  // Capitals running into a lower-case word ("NELaurens") are an acronym glued to a name, and
  // capitals running into a script without case ("AN李娜" of "…GAN" + "李娜") one glued to a name in it.
  // So is a company named by its web domain: "Sand.ai", "Together.ai", "Character.AI".
  if (!name.includes(" ")) return (/\p{Lu}{2}|\d|^\p{Ll}+\p{Lu}/u.test(name) && !/^\p{Lu}{2,}\p{Ll}|\p{Lu}\p{Lo}/u.test(name)) || DOMAIN_NAME.test(name);
  // A company's name first: "Microsoft Azure Quantum", "Google Health".
  return COMPANIES.has(name.slice(0, name.indexOf(" ")).toLowerCase());
}

/**
 * How much a string looks like one author's name: positive for a clear
 * name, around zero for a doubtful one, strongly negative for text that no
 * name looks like (title words, lower-case words, digits, punctuation).
 */
export function nameScore(name: string): number {
  const facts = factsOf(name);
  // NaN, the score not yet known, is the one number unequal to itself. Most names are
  // plain ASCII words, scored from character codes.
  if (facts.score !== facts.score) facts.score = fastNameScore(name) ?? computeNameScore(name);
  return facts.score;
}

/**
 * `nameScore` without the memo.
 *
 * @param name - a string weighed as a name
 * @returns its score
 *
 * @example
 * computeNameScore("Morgane Riviere"); //=> 2
 *
 * @internal
 */
export function computeNameScore(name: string): number {
  // A letter an encoding could not hold, "?" in its place ("S?awomir", "?ukasz"), is weighed as a letter.
  if (name.includes("?") || name.includes("\ufffd")) name = withLostLetters(name);
  const tokens = name.split(" ").filter((t) => t !== "");
  if (tokens.length === 0) return -20;
  if (isGroupName(name)) return groupScore(name, tokens);
  if (tokens.length > 6) return -8;
  if (tokens.length === 1) {
    // A name in a script without case is often written as one token ("张伟").
    if (/^\p{Lo}{2,6}$/u.test(tokens[0]!)) return 0.5;
    // A lone capitalised word is seldom a whole name: real data has it only when a
    // comma cut a person in two ("Alexander, Vezhnevets"), which is repaired later.
    return isNameWord(tokens[0]!) ? -1.5 : -6;
  }
  let score = 0;
  const last = tokens.length - 1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (isNameWord(token)) score += 1;
    else if (isInitial(token)) score += i !== last ? 0.6 : i >= 2 && SUFFIXES.has(token) ? 0.3 : -3;
    else if (i > 0 && i < last && (isLowerParticle(token) || UPPER_PARTICLES.has(token))) score += 0.3;
    else if (i === last && SUFFIXES.has(token)) score += 0.3;
    else if (/^\p{Lo}+$/u.test(token)) score += 0.5;
    else if (isCapitalsFamily(tokens, i)) score += 1;
    else if (/^\p{Lu}{2,4}$/u.test(token)) score -= 1;
    else if (i !== last && isGluedInitials(token)) score += 1;
    // (Last only after a given name and an initial, "Jeff Z. HaoChen": a family name of two syllables.)
    else if ((i !== last || (i >= 2 && isInitial(tokens[i - 1]!))) && isSyllablePair(token)) score += SYLLABLES_SCORE;
    else if (/^\p{L}[\p{L}\p{M}'’.-]*$/u.test(token) && UPPER.test(token)) score -= CAPITAL_INSIDE_PENALTY;
    else score -= 4;
  }
  return score;
}

/**
 * Whether a name holds a letter lost to an encoding that could not hold it:
 * a "?" (or the replacement character) opening a word of letters, or after
 * a letter or a hyphen in one, with a lower-case letter after it ("S?awomir
 * Mucha" of "Sławomir Mucha", "?ukasz" of "Łukasz", "Jean-?ric"), or ending
 * it after two letters ("Pawe?" of "Paweł"), where no name has a question
 * mark.
 *
 * @param name - an author's name
 * @returns whether a letter of it was lost
 *
 * @example
 * hasLostLetter("S?awomir Mucha"); //=> true
 * hasLostLetter("Sławomir Mucha"); //=> false
 */
export function hasLostLetter(name: string): boolean {
  return (name.includes("?") || name.includes("\ufffd")) && name.split(" ").some((word) => LOST_LETTER_WORD.test(word));
}
// A word of letters (and hyphens, apostrophes) with "?" before a lower-case letter, opening it
// or after a letter or a hyphen ("Jean-?ric"), or ending it after two letters ("Pawe?" of
// "Paweł"): not "scholar?q=Dake" of a link, nor "Mirage?Rylan".
const LOST_LETTER_WORD = /^(?=[\p{L}\p{M}'’?\ufffd-]+$)[^?\ufffd]*(?:(?:\p{L}|^|-)[?\ufffd]\p{Ll}|\p{L}{2}[?\ufffd]$)/u;

/** `name` with each lost letter (see `hasLostLetter`) made a letter: "x" inside a word, "X" opening one. */
function withLostLetters(name: string): string {
  return name
    .split(" ")
    .map((word) => (LOST_LETTER_WORD.test(word) ? word.replace(/[?\ufffd]/gu, (_, at: number) => (at === 0 || word[at - 1] === "-" ? "X" : "x")) : word))
    .join(" ");
}

/**
 * What a given name of two capitalised syllables adds to a name's score
 * ("XuanLong Nguyen", "SueYeon Chung"): less than a plain name word, since
 * some products are named so too ("DeepSeek", "PanGu"); enough for the name
 * to beat a reading that leaves a title word glued to a syllable
 * ("…modelsXuan" by "Long Nguyen").
 */
const SYLLABLES_SCORE = 0.5;

/**
 * What a capitalised word that is no name word costs a name's score ("CodeYujia", "NeurIPS"):
 * also what a two-syllable given name would cost without its credit (see `syllableCredit`).
 */
const CAPITAL_INSIDE_PENALTY = 2.5;

/**
 * What `nameScore` credited a name for a given name of two capitalised
 * syllables opening it (see `isSyllablePair`), over what a word with a
 * capital inside would score: 0 for any other name. A reading that glues
 * that name to a capitalised title word takes the credit back, as the first
 * syllable may end a product's name instead ("TikTok" + "Kai Chen" read as
 * "…Tik" by "TokKai Chen").
 *
 * @param name - a name of two words or more
 * @returns the credit
 *
 * @example
 * syllableCredit("XuanLong Nguyen"); //=> 3
 * syllableCredit("Long Nguyen"); //=> 0
 */
export function syllableCredit(name: string): number {
  const space = name.indexOf(" ");
  return space > 0 && isSyllablePair(name.slice(0, space)) ? SYLLABLES_SCORE + CAPITAL_INSIDE_PENALTY : 0;
}

/**
 * Whether a word is two syllables, each opening with a capital, as given
 * names romanized from Korean, Chinese or Vietnamese are often written
 * ("SueYeon", "XuanLong", "JinYeong"): up to three consonants, one to three
 * vowels, and at most a closing "ng", "nh", "ch" or one of n, m, k, p, t,
 * c, l, r. English words seldom fit ("Code", "Wave", "Mind" do not).
 *
 * @param word - one word of a name
 * @returns whether it is two such syllables
 *
 * @example
 * isSyllablePair("XuanLong"); //=> true
 * isSyllablePair("WaveNet"); //=> false
 */
export function isSyllablePair(word: string): boolean {
  if (!CAMEL_PAIR.test(word)) return false;
  let second = 1;
  while (!isAsciiUpper(word.charCodeAt(second))) second += 1;
  return SYLLABLE.test(word.slice(0, second).toLowerCase()) && SYLLABLE.test(word.slice(second).toLowerCase());
}
const CAMEL_PAIR = /^[A-Z][a-z]+[A-Z][a-z]+$/;

/**
 * Whether a word is one short capitalised syllable, as `isSyllablePair`
 * reads them, of at most four letters ("Tik", "Deep", "Pan"): what a
 * product's name of two syllables opens with ("TikTok", "DeepSeek",
 * "PanGu"). Longer title words ("Models", "Speech", "Retrieval") are not.
 *
 * @param word - a word
 * @returns whether it is one capitalised syllable
 *
 * @example
 * isCapitalSyllable("Tik"); //=> true
 * isCapitalSyllable("Speech"); //=> false
 */
export function isCapitalSyllable(word: string): boolean {
  return CAPITAL_WORD.test(word) && SYLLABLE.test(word.toLowerCase());
}
const CAPITAL_WORD = /^[A-Z][a-z]{1,3}$/;
const SYLLABLE = /^[bcdfghjklmnpqrstvwxz]{0,3}[aeiouy]{1,3}(?:ng|nh|ch|[nmkptclr])?$/;

/**
 * How much a group name looks like one: "Gemma Team", "Imagen-Team-Google",
 * "OpenAI" score well; a group word dragging title words along
 * ("Seek-V3 Technical ReportDeepSeek-AI") or a bare acronym ("AI") does not.
 */
function groupScore(name: string, tokens: readonly string[]): number {
  // A group name still has no sentence punctuation in it, and few words, unless they are all
  // capitalised and end in a group word ("The JWST Transiting Exoplanet Community Early
  // Release Science Team").
  if (/[:;?!()[\]{}]/.test(name) || (tokens.length > 5 && !isLongGroupName(tokens))) return -6;
  // Two capitals before a lower-case letter open no group's name: an acronym's last letter glued
  // on ("…with Particle MCMC" + "Kimi Team" read as "…MCM" by "CKimi Team", "…LARS" + "DeepSeek-AI").
  const strayCapital = ACRONYM_END_GLUED.test(name) ? 1 : 0;
  if (tokens.length === 1) {
    // "AI01.AI": letters on both sides of digits is a name glued to the end of a title ("by 01.AI").
    if (/\p{L}\d.*\p{L}/u.test(name) && /^\p{L}+\d/u.test(name)) return 0;
    // A group word alone ("Team", "Research") names no group: it is cut from one ("KimiTeam").
    if (GROUP_WORDS.has(name.toLowerCase()) && name.toLowerCase() !== "deepmind") return -1;
    // Two seams in one word are a title's camel-case word glued on ("…AdaBoost" + "OpenAI" read as
    // "…Ada" by "BoostOpenAI"); a group's own name has one ("OpenAI", "DeepSeek-AI", "KimiTeam").
    return (name.replace(/[^\p{L}]/gu, "").length <= 3 ? -1 : 2) - strayCapital - (countSeams(name) >= 2 ? 2 : 0);
  }
  // A version opening a group's name is a title's, cut at its digits ("Qwen" + "3.5-Omni Technical
  // ReportQwen Team"); a group's own number has no dot or lower case ("1M2H Collaboration").
  let score = 2 - strayCapital - (/^\d\S*[\p{Ll}.]/u.test(tokens[0]!) ? 3 : 0);
  for (const token of tokens) {
    // Two words glued inside one token ("ReportDeepSeek") mean a title was glued on.
    if (countSeams(token) >= 2) score -= 4;
    if (/\d/.test(token)) score -= 1;
    // A lone letter opening a group name is a cut word ("LIGO" read as "LIG" + "O Scientific …").
    if (/^\p{Lu}$/u.test(token)) score -= 3;
    // Lower-case words other than particles and group words ("LCM team") are a title's.
    if (/^\p{Ll}/u.test(token) && !LOWER_PARTICLES.has(token) && token !== "of" && token !== "for" && token !== "and" && !GROUP_WORDS.has(token)) score -= 3;
  }
  return score;
}

const ACRONYM_END_GLUED = /^\p{Lu}\p{Lu}\p{Ll}/u;

/** How many times a lower-case letter meets a capital in a word ("ReportDeepSeek": 2). */
function countSeams(word: string): number {
  return word.match(/\p{Ll}\p{Lu}/gu)?.length ?? 0;
}

/**
 * Whether a word is one that names a group ("Team", "Collaboration",
 * "Consortium"), in any case.
 *
 * @param word - one word
 * @returns whether it is a group word
 *
 * @example
 * isGroupWord("Team"); //=> true
 * isGroupWord("Teams"); //=> false
 */
export function isGroupWord(word: string): boolean {
  return GROUP_WORDS.has(word.toLowerCase());
}

/** Up to ten capitalised words and small joining words ending in a group word: a long group's name. */
function isLongGroupName(tokens: readonly string[]): boolean {
  // (A title glued on shows as a seam inside a word, "DatasetMeta"; "McGill" is a name's.)
  return tokens.length <= 10 && isGroupWord(tokens.at(-1)!) && tokens.every((token) => LONG_GROUP_WORD.test(token) && (!GLUE_SEAM.test(token) || isNameWord(token)));
}
const LONG_GROUP_WORD = /^(?:\p{Lu}|(?:of|and|for|the|on|in|&)$)/u;
/**
 * A lower-case letter before a capital inside a word, where a title word was glued to a name:
 * "DatasetMeta", "ThingsJane" (not "NANOGrav").
 *
 * @example
 * GLUE_SEAM.test("ThingsJane"); //=> true
 *
 * @internal
 */
export const GLUE_SEAM = /\p{Ll}\p{Lu}/u;

/**
 * Splits a written name into an `Author`: groups become `literal`, people get
 * `given` and `family`, with particles and compound Iberian surnames kept in
 * `family` and a generational suffix apart.
 */
export function analyzeName(name: string): Author {
  // A fresh object each time: callers own (and may change) the authors they get.
  const facts = factsOf(name);
  // Most names are plain words with nothing to weigh, split from character codes.
  return copyAuthor((facts.author ??= plainAuthor(name) ?? computeAuthor(name)));
}

/** A copy of an author, written out shape by shape (faster than a spread over mixed shapes). */
function copyAuthor({ name, given, family, suffix, literal }: Author): Author {
  if (literal !== undefined) return { name, literal };
  if (family === undefined) return { name };
  return suffix === undefined ? { name, given, family } : { name, given, family, suffix };
}

/**
 * `computeAuthor` for the commonest names: two or more ASCII name words and
 * initials ("Morgane Riviere", "Jack W. Rae", "Nat McAleese") with no group
 * word, no particle or suffix after the first word, and no common Iberian
 * surname before the last word. Such a name's family name is its last word.
 * Returns `undefined` for any other name.
 *
 * @param name - a name as written
 * @returns the author, or `undefined` when the general path must decide
 *
 * @example
 * plainAuthor("Jack W. Rae"); //=> { name: "Jack W. Rae", given: "Jack W.", family: "Rae" }
 *
 * @internal
 */
export function plainAuthor(name: string): Author | undefined {
  let words = 0;
  let start = 0;
  let lastSpace = -1;
  let penultimate = -1;
  // The word after the last middle initial (after a first word that is none), or 0.
  let afterInitial = 0;
  for (;;) {
    let end = name.indexOf(" ", start);
    if (end < 0) end = name.length;
    const kind = wordKind(name, start, end);
    if (kind !== WordKind.NameWord && kind !== WordKind.Initial) return undefined;
    if (kind === WordKind.Initial && words > 0 && afterInitial !== -1) afterInitial = words + 1;
    else if (kind === WordKind.Initial) afterInitial = -1;
    // A group word or a particle after the first word needs the general path.
    if (GROUP_HASHES.has(wordLowerHash) || isAiWord(name, start, end) || (words > 0 ? SPECIAL_HASHES.has(wordHash) : COMPANY_HASHES.has(wordLowerHash))) return undefined;
    words += 1;
    if (end === name.length) break;
    penultimate = start;
    lastSpace = end;
    start = end + 1;
  }
  if (words < 2) return undefined;
  // Two or more words after a middle initial are the family name (see `lastMiddleInitial`).
  if (afterInitial > 0 && afterInitial < words - 1) return undefined;
  const family = name.slice(lastSpace + 1);
  if (SUFFIXES.has(family)) return undefined;
  if (words >= 3 && (opensCompoundSurname(name.slice(penultimate, lastSpace)) || isBengaliCompound(name.slice(penultimate, lastSpace), family) || BINDING_PREFIXES.has(name.slice(penultimate, lastSpace)) || mayTellGiven(name) || name.includes(" Abu "))) return undefined;
  return { name, given: name.slice(0, lastSpace), family };
}

/**
 * `analyzeName` without the memo.
 *
 * @param name - a name as written
 * @returns the author
 *
 * @example
 * computeAuthor("Aaron van den Oord"); //=> { name: "Aaron van den Oord", given: "Aaron", family: "van den Oord" }
 *
 * @internal
 */
export function computeAuthor(name: string): Author {
  const tokens = name.split(" ").filter((t) => t !== "");
  const group = isGroupName(name);
  if (tokens.length <= 1 || group) {
    // A lone personal word ("Alexander") or a name in a caseless script ("张伟") cannot be split
    // into given and family names, and is no group either: the parser reports it.
    // (A one-word name with an inner apostrophe before lower case is one too: "Abdurro'uf".)
    const personal = tokens.length === 1 && !group && (isNameWord(name) || /^(?:\p{Lo}+|\p{Lu}\p{Ll}+['’]\p{Ll}+)$/u.test(name));
    return personal ? { name } : { name, literal: true };
  }
  // A family name written in capitals before the given name is the family name ("ZHANG Wei").
  if (isCapitalsFamily(tokens, 0)) return { name, given: tokens.slice(1).join(" "), family: tokens[0]! };
  let end = tokens.length;
  let suffix: string | undefined;
  if (end > 2 && SUFFIXES.has(tokens[end - 1]!)) {
    suffix = tokens[end - 1];
    end -= 1;
  }
  let start = toldGivenLength(tokens, end) ?? end - 1;
  // A name of single pinyin syllables is Chinese, "Le" in it a syllable of the given name ("Jia Le Tian").
  // (One syllable at least with a shape only Mandarin has, "Jia", "Wang": "Jan De Man" is Flemish.)
  const syllables = end >= 3 ? tokens.slice(0, end).map((token) => token.toLowerCase()) : [];
  const chinese = syllables.length > 0 && syllables.every((syllable) => PINYIN.test(syllable)) && syllables.some((syllable) => MANDARIN.test(syllable));
  // Whether a particle before `at` opens the family name (not "Van" before a common Vietnamese
  // family name, a middle name: "Kiet Van Nguyen").
  const particleBefore = (at: number) => !chinese && at > 1 && isFamilyParticle(tokens[at - 1]!) && !isVietnameseMiddle(tokens, at, end);
  while (particleBefore(start)) start -= 1;
  // "Abu" ("father of") opens an Arab family name after a given name ("Hassan Abu Alhaija",
  // "Yousef Ali Abu Farha"); in South Asia it is a given name's, after "Md", "Kazi" … or initials
  // anywhere before it ("Md Abu Raihan", "A. K. M. Abu Zafar").
  if (start >= 2 && tokens[start - 1] === "Abu" && !tokens.slice(0, start - 1).some((token) => SOUTH_ASIAN_NAME_WORD.test(token) || isInitial(token))) start -= 1;
  // "Jeffrey De Fauw": the particle may be the first token after the given name,
  // but a given name must remain ("Soham De" keeps "De" as the whole family name).
  // So does "Abdul" before the last word ("M. Abdul Karim", "R. Abdul Khalek"): it binds to the
  // word after it ("servant of …"), as "Abdul-Mageed" shows when written with a hyphen.
  if (start === end - 1 && end >= 3 && ((opensCompoundSurname(tokens[start - 1]!) && !isVietnamese(name)) || isBengaliCompound(tokens[start - 1]!, tokens[start]!) || BINDING_PREFIXES.has(tokens[start - 1]!))) start -= 1;
  if (opensSpanishCompound(tokens, start, end)) start -= 1;
  // (A particle before that surname opens the family name too: "Maria da Silva Santos".)
  while (particleBefore(start)) start -= 1;
  // A conjunction joins two surnames into one family name, the Spanish "y", the Catalan "i", the
  // Portuguese "e": "José Ortega y Gasset", "Albert Guillén i Fàbregas" (a given name must remain).
  if (start >= 2 && CONJUNCTIONS.has(tokens[start]!) && CAPITALISED.test(tokens[start - 1]!)) start -= 1;
  else if (start >= 3 && start < end && CONJUNCTIONS.has(tokens[start - 1]!) && CAPITALISED.test(tokens[start - 2]!)) start -= 2;
  // "Abd" binds to a family name that opens with an article ("Mohamed Abd El Ghany").
  if (start >= 2 && start < end - 1 && BINDING_PREFIXES.has(tokens[start - 1]!)) start -= 1;
  // A lower-case particle further on opens the family name ("Cyprien de Masson d'Autume",
  // "Rodrigo de Salvo Braz"), when name words follow it ("Alexander G. de G. Matthews" has a
  // middle name "de G."), but not one that is a given name's ("Juan de Dios Ortúzar").
  // (Particles may follow one another: "C. de la Fuente Marcos".) So does an Italian or
  // Iberian particle in capitals before two name words ("Gianmarco De Francisci Morales",
  // "Giovanni Da San Martino"), not one before another particle ("Maria De La Luz …").
  for (let i = 1; i < start - 1; i++) {
    if (LOWER_PARTICLES.has(tokens[i]!) || (!chinese && ROMANCE_PARTICLE.test(tokens[i]!) && !isFamilyParticle(tokens[i + 1]!))) {
      let j = i + 1;
      while (j < start && LOWER_PARTICLES.has(tokens[j]!)) j += 1;
      const devotional = DEVOTIONAL_GIVEN.has(tokens[j]!) || (MARIAN_GIVEN.has(tokens[j]!.normalize("NFC")) && tokens.slice(0, i).some((t) => MARIA.test(t)));
      if (j < start && !devotional && tokens.slice(j, start).every(isNameWord)) start = i;
      break;
    }
  }
  // After a given name and a middle initial, the words that follow are the family name
  // ("Erik F. Tjong Kim Sang", "Juan C. Pérez García"): a middle name comes before the initial.
  const initial = lastMiddleInitial(tokens, start);
  if (initial > 0 && tokens.slice(initial + 1, end).every(isNameWord)) start = initial + 1;
  const author: Author = {
    name,
    given: tokens.slice(0, start).join(" "),
    family: tokens.slice(start, end).join(" "),
  };
  if (suffix) author.suffix = suffix;
  return author;
}

/**
 * Where the last initial before the family name's first word (`start`) is, when the name
 * opens with a given name that is no initial and two or more words come between: -1 otherwise.
 */
function lastMiddleInitial(tokens: readonly string[], start: number): number {
  if (start < 3 || isInitial(tokens[0]!)) return -1;
  for (let i = start - 2; i >= 1; i--) if (isInitial(tokens[i]!)) return i;
  return -1;
}

/** One syllable of Mandarin in pinyin, lower case, tones left off: an initial, then a final. */
const PINYIN = /^(?:[bpmfdtnlgkhjqxrzcsyw]|[zcs]h)?(?:a(?:i|o|ng?)?|o(?:u|ng)?|e(?:i|ng?|r)?|i(?:a(?:o|ng?)?|e|u|o?ng|n)?|u(?:a(?:i|ng?)?|o|i|n|e)?|ü(?:e|an|n)?)$/;

/** A pinyin syllable of a shape European names seldom have: an initial x, q, zh, ch or sh, or a final -ia, -ie, -iu, -ui, -uo, -ao or -ng. */
const MANDARIN = /^(?:[xq]|[zcs]h)|(?:ia|ie|iu|ui|uo|ao|ng)$/;

/**
 * Whether a token before the last one belongs to the family name: a particle
 * in lower case or capitalised, or one elided onto the next word.
 *
 * @example
 * isFamilyParticle("De"); //=> true
 * isFamilyParticle("Fernando"); //=> false
 *
 * @internal
 */
export function isFamilyParticle(token: string): boolean {
  return LOWER_PARTICLES.has(token) || UPPER_PARTICLES.has(token) || ELIDED_PARTICLE.test(token);
}

/** The conjunctions that join two surnames into one family name ("Ortega y Gasset", "Guillén i Fàbregas"). */
const CONJUNCTIONS = /* @__PURE__ */ new Set(["y", "i", "e"]);
/** A capitalised word, as a surname before a conjunction is written. */
const CAPITALISED = /^\p{Lu}\p{Ll}/u;

/** A particle elided onto the next word, which opens the family name: "Artur d'Avila Garcez". */
const ELIDED_PARTICLE = /^(?:d|l|dell|dall|degl)['’]\p{Lu}/u;

/** Lower-case text without its accents ("muñoz" → "munoz"), for the surname list. */
function withoutAccents(lower: string): string {
  return /[^a-z]/.test(lower) ? lower.normalize("NFD").replace(/\p{M}/gu, "") : lower;
}

/**
 * Whether the word before a family name that opens with a Spanish particle ("de", "del", "y")
 * is a Spanish patronymic in -ez that belongs to it, with a given name still before it:
 * "Javier Fernández de Bobadilla", "Marcos López de Prado", or a common Spanish surname
 * written with its accent: "F. Javier García de Abajo". (Other surnames before a
 * particle are often a middle name, as Portuguese and Filipino names have one: "Edleno
 * Silva de Moura", "Ana Santos de Leon", "Jose Garcia de Leon" as written in English; so
 * are given names with letters only Romance languages use: "Jean François de Lavergne",
 * "María José de Diego".)
 */
function opensSpanishCompound(tokens: readonly string[], start: number, end: number): boolean {
  if (start < 2 || start >= end - 1 || !SPANISH_PARTICLES.has(tokens[start]!)) return false;
  const before = tokens[start - 1]!;
  return /^\p{Lu}\p{Ll}+[eé]z$/u.test(before) || (SPANISH_ACCENT.test(before) && CAPITALISED.test(before) && IBERIAN_SURNAMES.has(withoutAccents(before.toLowerCase())));
}
const SPANISH_PARTICLES = /* @__PURE__ */ new Set(["de", "del", "y"]);
/** A letter with the accent Spanish writes (not "ç", "ã", "à": Portuguese and Catalan names put a middle name before a particle too). */
const SPANISH_ACCENT = /[áéíóúñ]/;

/**
 * Whether the word before the last is Vietnamese "Văn", a middle name, written
 * before a common Vietnamese family name ("Kiet Van Nguyen", "Dat Van Tran"):
 * not the Dutch particle "Van", which no such name follows.
 */
function isVietnameseMiddle(tokens: readonly string[], start: number, end: number): boolean {
  return start === end - 1 && start >= 2 && VAN.test(tokens[start - 1]!) && VIETNAMESE_FAMILY.has(withoutAccents(tokens[start]!.toLowerCase()));
}
const VAN = /^V[aă]n$/u;
/** The commonest Vietnamese family names, as written without their accents. */
const VIETNAMESE_FAMILY = /* @__PURE__ */ wordSet(`
  nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly
  dinh truong mai cao ha lam luong doan trinh ta thai tang chau quach vuong
`);

/**
 * Whether a name holds a letter only Vietnamese writes (ă, đ, ơ, ư, a vowel with a dot
 * below or a hook above, ĩ, ũ, ỹ): its words are syllables, whatever accents they share
 * with Portuguese ("Nguyễn Hoài Nam", "Đoàn Hà Linh").
 */
function isVietnamese(name: string): boolean {
  return VIETNAMESE_LETTER.test(name);
}
const VIETNAMESE_LETTER = /[ăđơưĩũỹĂĐƠƯĨŨỸ\u1ea0-\u1ef9]/u;

/**
 * Whether a middle token opens a compound family name: an Iberian one (a
 * common surname, a patronymic in -ez, "Gomez", a hyphenated surname whose
 * first part is one, "Martinez-Seara", or a token with letters only Catalan,
 * Spanish or Portuguese use, "Puigdomènech"), or a Persian one (see
 * `PERSIAN_SURNAMES`).
 */
function opensCompoundSurname(token: string): boolean {
  if (!isNameWord(token)) return false;
  const lower = token.toLowerCase();
  // (Vietnamese writes "à", "ã" too, in syllables ending in "nh" or "ng", which Iberian words do not:
  // "Phan Thành Nam", "Lê Hoàng Anh".)
  if (isIberianSurname(lower) || PERSIAN_SURNAMES.has(lower) || (/[àèòñçãõ]/.test(lower) && !/n[hg]$/.test(lower))) return true;
  // A hyphenated surname whose first part is a common Iberian one, or a patronymic: "Martinez-Seara"
  // (not a compound given name, "María-Cruz").
  const hyphen = lower.indexOf("-");
  return hyphen > 0 && isIberianSurname(lower.slice(0, hyphen));
}

/** Whether a word in lower case is a common Iberian surname or a patronymic in -ez ("gomez"). */
function isIberianSurname(lower: string): boolean {
  return IBERIAN_SURNAMES.has(withoutAccents(lower)) || /[eé]z$/.test(lower);
}
