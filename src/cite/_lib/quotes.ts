// Quotation marks and apostrophes in a title, set as citeproc-js sets them.

/**
 * A title's straight quotation marks and apostrophes as citeproc-js prints
 * them with APA's style: marks that pair at word boundaries become “…” when
 * they are of the kind the title's first pair uses, ‘…’ when of the other
 * kind (`"…"` then `'…'`, or `'…'` then `"…"`); every other straight
 * apostrophe becomes ’ (`It’s`, `the ’90s`, `the 5’ end`); a double quote
 * that pairs with nothing stays as written.
 *
 * @param text - a title (after sentence case)
 * @returns the title with typographic quotes
 *
 * @example
 * typographicQuotes(`"Why should I trust you?": Explaining the predictions`); //=> "“Why should I trust you?”: Explaining the predictions"
 * typographicQuotes(`R1-zero's "aha moment" and 'inner' quotes`); //=> "R1-zero’s “aha moment” and ‘inner’ quotes"
 */
export function typographicQuotes(text: string): string {
  if (!text.includes('"') && !text.includes("'")) return text;
  const out = text.split("");
  // The marks opened and not yet closed, innermost last; then the pairs found, by their opening.
  const open: number[] = [];
  const pairs: [number, number][] = [];
  for (let i = 0; i < text.length; i++) {
    const mark = text[i]!;
    if (mark !== '"' && mark !== "'") continue;
    const before = i > 0 ? text[i - 1]! : "";
    const after = i + 1 < text.length ? text[i + 1]! : "";
    // The innermost open mark; a double quote looks past single marks left open ("the '90s").
    let at = open.length - 1;
    if (mark === '"') while (at >= 0 && text[open[at]!] === "'") at -= 1;
    // (A mark closes one opened with the same mark, after a word; a single one only before a
    // word's end, or it is an apostrophe: "'a don't b'".)
    if (at >= 0 && text[open[at]!] === mark && before !== "" && !SPACE.test(before) && (mark === '"' || after === "" || CLOSE_AFTER.test(after))) {
      pairs.push([open[at]!, i]);
      // (Single marks opened inside the pair and never closed are apostrophes.)
      for (let k = at + 1; k < open.length; k++) out[open[k]!] = "’";
      open.length = at;
    } else if ((before === "" || OPEN_AFTER.test(before)) && after !== "" && !SPACE.test(after)) {
      open.push(i);
    } else if (mark === "'") {
      out[i] = "’";
    }
  }
  // An opening mark that nothing closed: a double quote stays, a single one is an apostrophe ("the '90s").
  for (const at of open) if (text[at] === "'") out[at] = "’";
  pairs.sort((a, b) => a[0] - b[0]);
  const outer = pairs.length > 0 ? text[pairs[0]![0]] : undefined;
  for (const [from, to] of pairs) {
    const double = text[from] === outer;
    out[from] = double ? "“" : "‘";
    out[to] = double ? "”" : "’";
  }
  return out.join("");
}

const SPACE = /\s/u;
// What a quote may open after: nothing, white space, an opening bracket, a slash or another quote.
const OPEN_AFTER = /[\s([{/“‘"']/u;
// What a single quote may close before: nothing, white space, punctuation, a closing bracket, a slash or another quote.
const CLOSE_AFTER = /[\s.,;:!?)\]}/”’'"]/u;
