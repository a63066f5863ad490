import { parseArgs } from "node:util";
import { parseListing } from "../parse/parse-listing.js";
import { type Diagnostic, formatDiagnostic } from "../parse/diagnostic.js";
import { OUTPUT_FORMATS } from "./formats.js";
import type { CliIo } from "./io.js";
import { VERSION } from "./version.js";

/** Exit codes: 0 success, 1 the input has errors (`--strict`) or cannot be read, 2 usage errors. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

const MAIN_HELP = `Usage: paperlist <command> [options]

Turn pasted paper listings into typed data and citations.

Commands:
  parse <file|->   Parse a listing and print its papers

Options:
  -h, --help       Show help (also: paperlist parse --help)
  -v, --version    Show the version

Exit codes: 0 success, 1 errors in the input (with --strict) or unreadable input, 2 usage errors.
`;

const PARSE_HELP = `Usage: paperlist parse <file|-> [options]

Parse a listing (a file, or standard input with -) and print its papers on
standard output. Diagnostics go to standard error as
"file:line:col severity code message".

Options:
  -f, --format <name>          ${Object.keys(OUTPUT_FORMATS).join(" | ")} (default: json)
      --reference-date <date>  YYYY-MM-DD the listing was captured (default: today);
                               year-less dates ("Feb 10") are read against it
      --strict                 Exit 1 when the listing has any error
  -q, --quiet                  Print no diagnostics
  -h, --help                   Show this help
`;

/**
 * Runs the `paperlist` command line with the given arguments (without `node`
 * and the script name) and returns the exit code. Never throws for bad input
 * or bad usage: both are reported on standard error.
 *
 * @param argv - the arguments, e.g. `["parse", "papers.txt", "--format", "ndjson"]`
 * @param io - where output goes and input comes from
 * @returns the exit code (see `EXIT`)
 *
 * @example
 * // Parse a file to NDJSON
 * const code = await main(["parse", "papers.txt", "--format", "ndjson"], nodeIo);
 * code; //=> 0
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "-h" || command === "--help" || command === "help") {
    io.stdout(MAIN_HELP);
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  if (command === "-v" || command === "--version") {
    io.stdout(`${VERSION}\n`);
    return EXIT.ok;
  }
  if (command === "parse") return runParse(rest, io);
  return usageError(io, `unknown command "${command}"`, MAIN_HELP);
}

/** `paperlist parse` */
async function runParse(argv: readonly string[], io: CliIo): Promise<number> {
  let values;
  let positionals;
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string", short: "f", default: "json" },
        "reference-date": { type: "string" },
        strict: { type: "boolean", default: false },
        quiet: { type: "boolean", short: "q", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    }));
  } catch (error) {
    return usageError(io, (error as Error).message, PARSE_HELP);
  }
  if (values.help) {
    io.stdout(PARSE_HELP);
    return EXIT.ok;
  }
  if (positionals.length !== 1) {
    return usageError(io, positionals.length === 0 ? "missing <file> (use - for standard input)" : `expected one file, got ${positionals.length}`, PARSE_HELP);
  }
  const format = OUTPUT_FORMATS[values.format];
  if (!format) {
    return usageError(io, `unknown format "${values.format}" (expected ${Object.keys(OUTPUT_FORMATS).join(", ")})`, PARSE_HELP);
  }
  const referenceDate = values["reference-date"];
  if (referenceDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(referenceDate)) {
    return usageError(io, `--reference-date must be YYYY-MM-DD, got "${referenceDate}"`, PARSE_HELP);
  }
  const file = positionals[0]!;
  let text: string;
  try {
    text = file === "-" ? await io.readStdin() : await io.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : (error as Error).message;
    io.stderr(`paperlist: cannot read ${file}: ${reason}\n`);
    return EXIT.failed;
  }
  let result;
  try {
    result = parseListing(text, referenceDate === undefined ? {} : { referenceDate });
  } catch (error) {
    if (error instanceof RangeError) return usageError(io, error.message, PARSE_HELP);
    throw error;
  }
  if (!values.quiet) printDiagnostics(result.diagnostics, file === "-" ? "<stdin>" : file, io);
  io.stdout(format(result.papers, { ascii: false, keyStyle: undefined }));
  const errors = result.diagnostics.filter((d) => d.severity === "error").length;
  return values.strict && errors > 0 ? EXIT.failed : EXIT.ok;
}

/** Prints diagnostics to standard error, coloured only on a terminal and never under NO_COLOR. */
function printDiagnostics(diagnostics: readonly Diagnostic[], file: string, io: CliIo): void {
  const color = useColor(io);
  for (const diagnostic of diagnostics) {
    const line = formatDiagnostic(diagnostic, file);
    io.stderr(`${color ? paint(line, diagnostic.severity) : line}\n`);
  }
}

/** Colours on a TTY unless NO_COLOR is set (any value); FORCE_COLOR forces them. */
function useColor(io: CliIo): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== "") return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== "0") return true;
  return io.stderrIsTTY;
}

/** Wraps a line in the ANSI colour of its severity. */
function paint(text: string, severity: Diagnostic["severity"]): string {
  const code = severity === "error" ? 31 : severity === "warning" ? 33 : 2;
  return `\u001b[${code}m${text}\u001b[0m`;
}

/** Prints a one-line usage error and a hint, and returns the usage exit code. */
function usageError(io: CliIo, message: string, help: string): number {
  const usage = help.split("\n")[0];
  io.stderr(`paperlist: ${message}\n${usage}\nTry --help for more.\n`);
  return EXIT.usage;
}
