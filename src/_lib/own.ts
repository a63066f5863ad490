// Look-ups in plain objects by keys that come from input: a listing's subject
// code, a character reference's name, a citation-key style, a CLI format.

/**
 * The value `record` holds under `key` itself, never one it inherits from
 * `Object.prototype`: with `record[key]`, "constructor" or "__proto__" in the
 * input would find a function or an object.
 *
 * @param record - a table written as an object literal
 * @param key - a key from the input
 * @returns the value, or `undefined` when the table has no such key of its own
 *
 * @example
 * own({ cs: "Computer Science" }, "cs"); //=> "Computer Science"
 * own({ cs: "Computer Science" }, "constructor"); //=> undefined
 */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
