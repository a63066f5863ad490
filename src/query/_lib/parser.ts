import { allOf } from "../and.js";
import { not } from "../not.js";
import { anyOf } from "../or.js";
import type { Predicate } from "../predicate.js";
import { QuerySyntaxError } from "../query-syntax-error.js";
import { tokenize, type Token } from "./lexer.js";
import { fuseFields, type FieldConstraint } from "./fields.js";
import { compileTerm, type CompiledTerm } from "./terms.js";

/** Nesting allowed, far beyond any query a person writes and far below the stack's limit. */
const MAX_DEPTH = 256;

/**
 * Parses a query and compiles it as it goes, by recursive descent over the
 * grammar in docs/queries.md:
 *
 *     query   = or EOF
 *     or      = and { "OR" and }
 *     and     = unary { ["AND" | "ANDNOT"] unary }     (no operator: AND)
 *     unary   = "NOT" unary | primary
 *     primary = "(" or ")" | term
 *
 * Each token is consumed once, so parsing is linear in the query's length.
 * Runs of AND and of OR become one n-ary `and`/`or`, whose unrolled closures
 * are faster than nested pairs.
 *
 * @throws {QuerySyntaxError} at the first mistake, from left to right
 */
export function parseQuery(query: string): Predicate {
  const tokens = tokenize(query);
  let at = 0;
  let depth = 0;
  const peek = (): Token => tokens[at]!;

  /** Refuses nesting deep enough to overflow the stack, which would throw an untyped RangeError. */
  const enter = (): void => {
    if (++depth > MAX_DEPTH) {
      const token = peek();
      throw new QuerySyntaxError({
        code: "too-deep", query, column: token.column, length: token.text.length, found: token.text,
        expected: `at most ${MAX_DEPTH} nested parentheses and NOTs`,
      });
    }
  };

  const fail = (token: Token, expected: string): never => {
    throw new QuerySyntaxError({
      code: "unexpected-token", query, column: token.column, length: token.text.length,
      found: token.type === "eof" ? "end of query" : token.text, expected,
    });
  };

  const parseOr = (): Predicate => {
    const operands = [parseAnd()];
    while (peek().type === "OR") {
      at++;
      operands.push(parseAnd());
    }
    return anyOf(operands);
  };

  const parseAnd = (): Predicate => {
    const operands = [parseUnary()];
    for (;;) {
      const type = peek().type;
      if (type === "AND") {
        at++;
        operands.push(parseUnary());
      } else if (type === "ANDNOT") {
        at++;
        operands.push({ predicate: not(parseUnary().predicate) });
      } else if (type === "term" || type === "(" || type === "NOT") {
        // Adjacent terms mean AND, as in a search box: `au:jaderberg cat:cs.LG`.
        operands.push(parseUnary());
      } else {
        return conjunction(operands);
      }
    }
  };

  const parseUnary = (): CompiledTerm => {
    if (peek().type === "NOT") {
      enter();
      at++;
      const operand = parseUnary();
      depth--;
      return { predicate: not(operand.predicate) };
    }
    return parsePrimary();
  };

  const parsePrimary = (): CompiledTerm => {
    const token = peek();
    if (token.type === "(") {
      enter();
      at++;
      const inner = parseOr();
      if (peek().type !== ")") return fail(peek(), 'an operator or ")"');
      at++;
      depth--;
      return { predicate: inner };
    }
    if (token.type === "term") {
      at++;
      return compileTerm(query, token);
    }
    return fail(token, "a term");
  };

  const predicate = parseOr();
  if (peek().type !== "eof") fail(peek(), "an operator or the end of the query");
  return predicate;
}

/**
 * ANDs the operands of one run of AND. Two or more plain field terms (dates,
 * category, has:code) become one fused test that runs first: the terms are
 * pure, so their order cannot change the result, and the cheap field tests
 * spare the text matching of most papers.
 */
function conjunction(operands: readonly CompiledTerm[]): Predicate {
  const constraints: FieldConstraint[] = [];
  for (const operand of operands) if (operand.constraint) constraints.push(operand.constraint);
  if (constraints.length < 2) return allOf(operands.map((operand) => operand.predicate));
  const fused = fuseFields(constraints);
  const others = operands.filter((operand) => !operand.constraint).map((operand) => operand.predicate);
  // (A set: a run of thousands of terms of one kind would take time as its square in a list.)
  const left = new Set(fused.rest);
  const rest = operands.filter((operand) => operand.constraint && left.has(operand.constraint));
  return allOf([fused.predicate, ...rest.map((operand) => operand.predicate), ...others]);
}
