/**
 * Why a query was refused: a token where another was expected, a phrase
 * without its closing quote, a field the language does not have, a field
 * without a value, a value the field cannot read, `and`/`or`/`not` in
 * lower case (operators are written in capitals), or more than 256 nested
 * parentheses and NOTs.
 *
 * @example
 * // Branch on the kind of mistake
 * const code: QueryErrorCode = "unknown-field";
 */
export type QueryErrorCode =
  | "unexpected-token"
  | "unterminated-phrase"
  | "unknown-field"
  | "missing-value"
  | "invalid-value"
  | "lowercase-operator"
  | "too-deep";

/**
 * What `QuerySyntaxError` is made from.
 *
 * @example
 * const details: QuerySyntaxErrorDetails = { code: "unexpected-token", query: "(au:x OR)", column: 9, length: 1, found: ")", expected: "a term" };
 */
export interface QuerySyntaxErrorDetails {
  readonly code: QueryErrorCode;
  readonly query: string;
  readonly column: number;
  readonly length: number;
  readonly found: string;
  readonly expected: string;
}

/** The message's opening words for each code. */
const LEADS: Readonly<Record<QueryErrorCode, string>> = {
  "unexpected-token": "unexpected",
  "unterminated-phrase": "unterminated phrase",
  "unknown-field": "unknown field",
  "missing-value": "unexpected",
  "invalid-value": "invalid value",
  "lowercase-operator": "unexpected",
  "too-deep": "nesting too deep:",
};

/**
 * The error `compileQuery` throws for a query it cannot read, as data: where
 * (`column`, 1-based, in UTF-16 code units like the parser's diagnostics),
 * what was there (`found`, the text or `"end of query"`), and what would have
 * made sense (`expected`). The message reads like
 * `unexpected ")" at column 17; expected a term`.
 *
 * A query is never repaired or half-run: an empty query, a dangling
 * operator or an empty phrase is an error, not a query that matches every
 * paper.
 *
 * @param details - the code, the query, the position and what was found and expected
 * @returns the error, whose `name` is "QuerySyntaxError"
 *
 * @example
 * // Point at the mistake
 * try { compileQuery("(au:jaderberg OR)"); } catch (error) {
 *   if (error instanceof QuerySyntaxError) error.message;
 * }
 * //=> 'unexpected ")" at column 17; expected a term'
 */
export class QuerySyntaxError extends SyntaxError {
  override readonly name = "QuerySyntaxError";
  /** The kind of mistake. */
  readonly code: QueryErrorCode;
  /** The whole query as given. */
  readonly query: string;
  /** 1-based column where the mistake starts. */
  readonly column: number;
  /** 1-based column just past the mistake (equal to `column` at the end of the query). */
  readonly endColumn: number;
  /** The text found there, or "end of query". */
  readonly found: string;
  /** What the parser expected instead, in words. */
  readonly expected: string;

  /**
   * Whether `value` is a `QuerySyntaxError`: one this class made, or one of another copy of
   * paperlist loaded beside it (the ESM and the CommonJS build each hold the class, and a program
   * whose dependencies `import` and `require` the package loads both), told by its name.
   *
   * @example
   * // An error of the CommonJS copy, caught where the ESM one was imported
   * error instanceof QuerySyntaxError; //=> true
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return Function.prototype[Symbol.hasInstance].call(this, value) || (this === QuerySyntaxError && value instanceof SyntaxError && value.name === "QuerySyntaxError");
  }

  constructor(details: QuerySyntaxErrorDetails) {
    // The text of an unterminated phrase runs to the end of the query; the column says enough.
    const found =
      details.code === "unterminated-phrase" ? "" : details.found === "end of query" ? " end of query" : ` ${JSON.stringify(details.found)}`;
    super(`${LEADS[details.code]}${found} at column ${details.column}; expected ${details.expected}`);
    this.code = details.code;
    this.query = details.query;
    this.column = details.column;
    this.endColumn = details.column + details.length;
    this.found = details.found;
    this.expected = details.expected;
  }
}
