// Quotation marks and apostrophes in a title, set as citeproc-js sets them.

/**
 * A title's straight quotation marks and apostrophes as citeproc-js prints
 * them with APA's style: marks that pair at word boundaries become “…”, and
 * ‘…’ inside those, whether the title wrote them "…" or '…'; every other
 * straight apostrophe becomes ’ (`It’s`, `the ’90s`, `the 5’ end`); a double
 * quote that pairs with nothing stays as written.
 *
 * @param text - a title (after sentence case)
 * @returns the title with typographic quotes
 *
 * @example
 * typographicQuotes(`"Why should I trust you?": Explaining the predictions`); //=> "“Why should I trust you?”: Explaining the predictions"
 * typographicQuotes("R1-zero's \"aha moment\" with 'inner' quotes"); //=> "R1-zero’s “aha moment” with “inner” quotes"
 */
export function typographicQuotes(text: string): string {
  if (!text.includes('"') && !text.includes("'")) return text;
  const out = text.split("");
  // The quotes opened and not yet closed, innermost last.
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const mark = text[i]!;
    if (mark !== '"' && mark !== "'") continue;
    const before = i > 0 ? text[i - 1]! : "";
    const after = i + 1 < text.length ? text[i + 1]! : "";
    const innermost = open.at(-1);
    // (It closes the innermost quote when that was opened with the same mark, after a word;
    // a single one only before a word's end, or it is an apostrophe: "'a don't b'".)
    if (innermost !== undefined && text[innermost] === mark && before !== "" && !SPACE.test(before) && (mark === '"' || after === "" || CLOSE_AFTER.test(after))) {
      open.pop();
      const inner = open.length > 0;
      out[innermost] = inner ? "‘" : "“";
      out[i] = inner ? "’" : "”";
    } else if ((before === "" || OPEN_AFTER.test(before)) && after !== "" && !SPACE.test(after)) {
      open.push(i);
    } else if (mark === "'") {
      out[i] = "’";
    }
  }
  // An opening mark that nothing closed: a double quote stays, a single one is an apostrophe ("the '90s").
  for (const at of open) if (text[at] === "'") out[at] = "’";
  return out.join("");
}

const SPACE = /\s/u;
// What a quote may open after: nothing, white space, an opening bracket, a dash or a slash.
const OPEN_AFTER = /[\s([{\-–—/“‘]/u;
// What a single quote may close before: nothing, white space, punctuation, a closing bracket, a dash or a slash.
const CLOSE_AFTER = /[\s.,;:!?)\]}\-–—/”’'"]/u;
