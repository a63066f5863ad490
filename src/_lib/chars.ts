// Character classes told from UTF-16 codes: ASCII without a string or a
// pattern, other characters by Unicode property.

const UPPER = /^\p{Lu}/u;
const LETTER = /^\p{L}/u;
const LOWER = /^\p{Ll}/u;

/**
 * Whether a UTF-16 code is an ASCII letter.
 *
 * @example
 * isAsciiLetter(0x61); //=> true ("a")
 */
export function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * Whether a UTF-16 code is an ASCII capital.
 *
 * @example
 * isAsciiUpper(0x41); //=> true ("A")
 */
export function isAsciiUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}

/**
 * Whether a UTF-16 code is an ASCII lower-case letter.
 *
 * @example
 * isAsciiLower(0x61); //=> true ("a")
 */
export function isAsciiLower(code: number): boolean {
  return code >= 97 && code <= 122;
}

/**
 * Whether a UTF-16 code is an ASCII digit.
 *
 * @example
 * isDigit(0x37); //=> true ("7")
 */
export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Whether the character at `at` is a letter of any script (ASCII decided
 * without making a one-character string).
 *
 * @example
 * isLetterAt("Trębacz", 2); //=> true
 */
export function isLetterAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code < 128 ? isAsciiLetter(code) : LETTER.test(text[at]!);
}

/**
 * Whether the character at `at` is an upper-case letter (ASCII decided
 * without making a one-character string).
 *
 * @example
 * isUpperAt("Świrszcz", 0); //=> true
 */
export function isUpperAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code < 128 ? isAsciiUpper(code) : UPPER.test(text[at]!);
}

/**
 * Whether the character at `at` is a lower-case letter (ASCII decided
 * without making a one-character string).
 *
 * @example
 * isLowerAt("Łukasz", 1); //=> true
 */
export function isLowerAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code < 128 ? isAsciiLower(code) : LOWER.test(text[at] ?? "");
}
