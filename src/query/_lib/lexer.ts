import { QuerySyntaxError } from "../query-syntax-error.js";

/** An operator or parenthesis token. */
export interface SymbolToken {
  readonly type: "(" | ")" | "AND" | "OR" | "ANDNOT" | "NOT" | "eof";
  /** 1-based column of its first character. */
  readonly column: number;
  /** The text as written ("" at the end). */
  readonly text: string;
}

/** A search term: `field:value`, `field:"a phrase"`, a bare word or a bare phrase. */
export interface TermToken {
  readonly type: "term";
  readonly column: number;
  readonly text: string;
  /** The field as written, lower-cased; `undefined` for a bare term. */
  readonly field: string | undefined;
  /** The value, without quotes. */
  readonly value: string;
  /** 1-based column of the value (of its opening quote, when quoted). */
  readonly valueColumn: number;
  /** Length of the value as written, quotes included. */
  readonly valueLength: number;
}

/** One token of a query. */
export type Token = SymbolToken | TermToken;

const OPERATORS: ReadonlySet<string> = new Set(["AND", "OR", "ANDNOT", "NOT"]);

/** Whether a character ends a word: white space, a parenthesis or a quote. */
function isBreak(char: string | undefined): boolean {
  return char === undefined || char === "(" || char === ")" || char === '"' || /\s/.test(char);
}

/**
 * Splits a query into tokens in one left-to-right pass (linear time: every
 * character is looked at a bounded number of times). Ends with an `eof` token.
 *
 * @throws {QuerySyntaxError} for an unterminated phrase, a field without a value, or a lower-case operator
 */
export function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  const n = query.length;
  let i = 0;
  while (i < n) {
    const char = query[i]!;
    if (/\s/.test(char)) {
      i++;
      continue;
    }
    if (char === "(" || char === ")") {
      tokens.push({ type: char, column: i + 1, text: char });
      i++;
      continue;
    }
    if (char === '"') {
      const close = phraseEnd(query, i);
      const value = query.slice(i + 1, close);
      tokens.push({
        type: "term", column: i + 1, text: query.slice(i, close + 1),
        field: undefined, value, valueColumn: i + 1, valueLength: close + 1 - i,
      });
      i = close + 1;
      continue;
    }
    let j = i;
    while (j < n && !isBreak(query[j]) && query[j] !== ":") j++;
    if (j < n && query[j] === ":") {
      const term = fieldTerm(query, i, j);
      tokens.push(term);
      i = term.column - 1 + term.text.length;
      continue;
    }
    const word = query.slice(i, j);
    const upper = word.toUpperCase();
    if (OPERATORS.has(upper)) {
      if (word !== upper) {
        throw new QuerySyntaxError({
          code: "lowercase-operator", query, column: i + 1, length: word.length, found: word,
          expected: `an operator in capitals (${upper}), or "${word}" in quotes to search for the word`,
        });
      }
      tokens.push({ type: upper as SymbolToken["type"], column: i + 1, text: word });
    } else {
      tokens.push({ type: "term", column: i + 1, text: word, field: undefined, value: word, valueColumn: i + 1, valueLength: word.length });
    }
    i = j;
  }
  tokens.push({ type: "eof", column: n + 1, text: "" });
  return tokens;
}

/** Index of the quote closing the phrase opened at `open`. */
function phraseEnd(query: string, open: number): number {
  const close = query.indexOf('"', open + 1);
  if (close < 0) {
    throw new QuerySyntaxError({
      code: "unterminated-phrase", query, column: open + 1, length: query.length - open,
      found: query.slice(open), expected: 'a closing " at the end of the phrase',
    });
  }
  return close;
}

/** Reads `field:value` whose field spans `start` to the colon at `colon`. */
function fieldTerm(query: string, start: number, colon: number): TermToken {
  if (colon === start) {
    throw new QuerySyntaxError({ code: "unexpected-token", query, column: start + 1, length: 1, found: ":", expected: "a term" });
  }
  const field = query.slice(start, colon).toLowerCase();
  const at = colon + 1;
  const next = query[at];
  if (next === '"') {
    const close = phraseEnd(query, at);
    return {
      type: "term", column: start + 1, text: query.slice(start, close + 1), field,
      value: query.slice(at + 1, close), valueColumn: at + 1, valueLength: close + 1 - at,
    };
  }
  // A colon may sit inside a value (all:foo:bar), so only breaks end it.
  let end = at;
  while (end < query.length && !isBreak(query[end])) end++;
  if (end === at) {
    throw new QuerySyntaxError({
      code: "missing-value", query, column: at + 1, length: next === undefined ? 0 : 1,
      found: next === undefined ? "end of query" : next,
      expected: `a value right after "${query.slice(start, colon + 1)}"`,
    });
  }
  return {
    type: "term", column: start + 1, text: query.slice(start, end), field,
    value: query.slice(at, end), valueColumn: at + 1, valueLength: end - at,
  };
}
