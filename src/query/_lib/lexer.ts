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

/** Whether a character ends a word: white space, a parenthesis or a quote that opens a phrase. */
function isBreak(char: string | undefined): boolean {
  return char === undefined || char === "(" || char === ")" || CLOSERS[char] !== undefined || /\s/.test(char);
}

/**
 * The quotes that open a phrase, and the ones that close each: the straight quote, and the
 * typographic ones a phone or a word processor puts in its place (“…”, „…“ or „…”, «…»).
 */
const CLOSERS: Readonly<Record<string, string>> = { '"': '"', "\u201c": "\u201d", "\u201e": "\u201c\u201d", "\u00ab": "\u00bb" };

/** Signs that other search boxes read as operators (-x, +x, !x): here they would quietly search for x. */
const SIGNS: Readonly<Record<string, string>> = {
  "-": "NOT before a term to leave out the papers it matches",
  "\u2013": "NOT before a term to leave out the papers it matches",
  "\u2014": "NOT before a term to leave out the papers it matches",
  "!": "NOT before a term to leave out the papers it matches",
  "+": 'a term with no "+": terms side by side must all match already',
};

/**
 * Refuses signs glued to the start of a term (one or more, then a letter, a digit or a quote:
 * "-x", "--x", "+-x", "–x"), which would otherwise be dropped as punctuation.
 */
function refuseSign(query: string, at: number): void {
  const expected = SIGNS[query[at]!];
  let end = at + 1;
  while (SIGNS[query[end]!] !== undefined) end++;
  const next = query.codePointAt(end);
  if (expected !== undefined && next !== undefined && (CLOSERS[query[end]!] !== undefined || /[\p{L}\p{N}]/u.test(String.fromCodePoint(next)))) {
    throw new QuerySyntaxError({ code: "unexpected-token", query, column: at + 1, length: 1, found: query[at]!, expected: `${expected} (or the term in quotes to search for it as written)` });
  }
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
    if (CLOSERS[char] !== undefined) {
      const close = phraseEnd(query, i);
      const value = query.slice(i + 1, close);
      tokens.push({
        type: "term", column: i + 1, text: query.slice(i, close + 1),
        field: undefined, value, valueColumn: i + 1, valueLength: close + 1 - i,
      });
      i = close + 1;
      continue;
    }
    refuseSign(query, i);
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
  const closers = CLOSERS[query[open]!]!;
  let close = open + 1;
  while (close < query.length && !closers.includes(query[close]!)) close++;
  if (close === query.length) {
    throw new QuerySyntaxError({
      code: "unterminated-phrase", query, column: open + 1, length: query.length - open,
      found: query.slice(open), expected: `a closing ${closers[0]} at the end of the phrase`,
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
  if (next !== undefined && CLOSERS[next] !== undefined) {
    const close = phraseEnd(query, at);
    return {
      type: "term", column: start + 1, text: query.slice(start, close + 1), field,
      value: query.slice(at + 1, close), valueColumn: at + 1, valueLength: close + 1 - at,
    };
  }
  // (Not in a year's or a date's value, which says what it expects itself: "year:-2020".)
  if (field !== "year" && field !== "date") refuseSign(query, at);
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
