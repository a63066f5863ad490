// White space as JavaScript's `trim` sees it, told from a UTF-16 code.

/**
 * Whether a UTF-16 code is white space or a line terminator, as
 * `String.prototype.trim` sees it.
 *
 * @param code - a UTF-16 code unit
 * @returns whether `trim` would cut it
 *
 * @example
 * isWhiteSpace(0x3000); //=> true (ideographic space)
 */
export function isWhiteSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}
