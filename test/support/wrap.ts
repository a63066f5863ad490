// Hard wraps, as a mail client or `fmt` makes them, for tests of damaged copies.

/**
 * `line` broken at spaces into lines of at most `width` characters (a longer
 * word stays whole; never after a hyphen, which would join).
 *
 * @example
 * wrapAtSpaces("We study things that matter", 12); //=> ["We study", "things that", "matter"]
 */
export function wrapAtSpaces(line: string, width: number): string[] {
  const out: string[] = [];
  let current = "";
  for (const word of line.split(" ")) {
    if (current !== "" && current.length + 1 + word.length > width && !current.endsWith("-")) {
      out.push(current);
      current = word;
    } else {
      current = current === "" ? word : `${current} ${word}`;
    }
  }
  if (current !== "") out.push(current);
  return out;
}
