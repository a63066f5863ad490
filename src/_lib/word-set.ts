// Word lists written as text: a list of hundreds of words costs less to ship
// written one after another than as an array literal of quoted strings.

/**
 * The set of the words of a text, separated by white space.
 *
 * @param words - the words, one after another
 * @returns a new set of them
 *
 * @example
 * wordSet(`van von
 *   de`).has("von"); //=> true
 */
export function wordSet(words: string): Set<string> {
  return new Set(words.trim().split(/\s+/));
}
