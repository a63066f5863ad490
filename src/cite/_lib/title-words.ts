/**
 * The shared analysis behind APA sentence case and BibTeX brace protection:
 * which words of a title carry capitals that must survive.
 */

/** One piece of a title: a word (letters, digits, marks, inner apostrophes) or the text between two words. */
export interface TitlePiece {
  readonly text: string;
  readonly word: boolean;
  /** The word's capitals must survive any case change (acronym, camel-case, proper noun, ...). */
  readonly keep: boolean;
  /** The word opens the title or a subtitle, where sentence case wants a capital. */
  readonly opens: boolean;
}

/** Evidence about proper nouns: exact words known to be names ("Gemma", "Bayesian"). */
export type ProperNounSet = ReadonlySet<string>;

// Words with inner apostrophes stay whole ("O'Donoghue"); hyphens split ("Deep-RL" → "Deep", "RL").
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{N}\p{M}]+)*/gu;
// A subtitle starts after a colon, a question or exclamation mark, or an em dash (APA 6.17).
const SUBTITLE_BREAK = /[:?!—]\s*$/u;

/**
 * Eponyms and names common in machine-learning titles that no abstract may
 * mention capitalised mid-sentence ("Bayesian optimization", "Monte Carlo").
 */
export const BUILT_IN_PROPER_NOUNS: ProperNounSet = new Set([
  "Bayes", "Bayesian", "Gaussian", "Markov", "Markovian", "Monte", "Carlo", "Euclidean", "Hessian",
  "Jacobian", "Lipschitz", "Boltzmann", "Langevin", "Wasserstein", "Hilbert", "Fourier", "Laplace",
  "Laplacian", "Riemannian", "Nash", "Turing", "Hamiltonian", "Lagrangian", "Newton", "Kalman",
  "Dirichlet", "Bernoulli", "Poisson", "Shapley", "Hebbian", "Hopfield", "Atari", "Go", "StarCraft",
  "Minecraft", "Wikipedia", "English", "Chinese", "French", "German", "Spanish", "Japanese", "Arabic",
  "Python", "Java", "Internet", "Earth", "Mars",
  "January", "February", "March", "April", "June", "July", "August", "September", "October",
  "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
]);

/**
 * Splits a title into words and separators and decides, per word, whether its
 * capitals must survive. A word keeps them when it is an acronym (`IMPALA`,
 * `RL`, `LLMs`), camel-case (`AlphaCode`, `PixelCNN`, `FeUdal`, `iPhone`),
 * mixes capitals and digits (`7B`, `3D`), is a single capital other than the
 * article "A" (`Q` of `Q-learning`, `I`), or is a known proper noun.
 */
export function analyzeTitle(title: string, properNouns: ProperNounSet): TitlePiece[] {
  const pieces: TitlePiece[] = [];
  let last = 0;
  let opens = true;
  for (const match of title.matchAll(WORD)) {
    const start = match.index;
    if (start > last) {
      const gap = title.slice(last, start);
      pieces.push({ text: gap, word: false, keep: false, opens: false });
      if (SUBTITLE_BREAK.test(gap)) opens = true;
    }
    const text = match[0];
    pieces.push({ text, word: true, keep: mustKeepCapitals(text, properNouns), opens });
    opens = false;
    last = start + text.length;
  }
  if (last < title.length) pieces.push({ text: title.slice(last), word: false, keep: false, opens: false });
  return pieces;
}

/** Whether a single word's capitals carry meaning (see `analyzeTitle`). */
export function mustKeepCapitals(word: string, properNouns: ProperNounSet): boolean {
  const letters = [...word];
  let upper = 0;
  let upperAfterFirst = false;
  let digit = false;
  letters.forEach((ch, i) => {
    if (isUpper(ch)) {
      upper += 1;
      if (i > 0) upperAfterFirst = true;
    } else if (/\p{N}/u.test(ch)) digit = true;
  });
  if (upper === 0) return false;
  if (upper >= 2 || upperAfterFirst) return true;
  if (digit) return true;
  if (letters.length === 1) return word !== "A";
  return properNouns.has(word) || properNouns.has(word.replace(/['’]s$/u, ""));
}

/** Whether a character is a capital letter (has a distinct lower-case form). */
export function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
