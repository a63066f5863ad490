import { readIsoDate } from "../_lib/calendar.js";
import { own } from "../_lib/own.js";
import { checkKeyStyle } from "../cite/citation-key.js";
import { compileQuery } from "../query/compile-query.js";
import { compileSort } from "../query/compile-sort.js";
import { QuerySyntaxError } from "../query/query-syntax-error.js";
import { parseMarkdownListing } from "../markdown/parse-markdown-listing.js";
import type { Paper } from "../model/paper.js";
import { type Diagnostic, formatDiagnostic } from "../parse/diagnostic.js";
import { parseListing } from "../parse/parse-listing.js";
import { parseListingStream, windows1252Diagnostic } from "../stream/parse-listing-stream.js";
import { decodeListing } from "../stream/decode-listing.js";
import { parseArgs } from "node:util";
import { endStreamedJson, OUTPUT_FORMATS, STREAMING_FORMATS } from "./formats.js";
import type { CliIo } from "./io.js";
import { VERSION } from "./version.js";

/**
 * The exit codes of `paperlist`: 0 success, 1 the input has errors (with
 * `--strict`) or cannot be read, 2 usage errors.
 *
 * @example
 * // Fail a script on usage errors only
 * if (code === EXIT.usage) console.error("bad arguments");
 */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

const MAIN_HELP = `Usage: paperlist <command> [options]

Turn pasted paper listings into typed data and citations.

Commands:
  parse <file|->   Parse a listing and print its papers or citations

Options:
  -h, --help       Show help (also: paperlist parse --help)
  -v, --version    Show the version

Exit codes: 0 success, 1 errors in the input (with --strict) or unreadable input, 2 usage errors.
`;

const PARSE_HELP = `Usage: paperlist parse <file|-> [options]

Parse a listing (a file, or standard input with -) and print its papers on
standard output. Diagnostics go to standard error as
"file:line:col severity code message". Files ending in .md or .markdown are
read as Markdown; plain text is read as a stream, so json, ndjson and
listing output starts at once on inputs of any size.

Options:
  -f, --format <name>          json | ndjson | listing | summary | bibtex | apa |
                               apa-html | apa-md | csl-json (default: json)
      --reference-date <date>  YYYY-MM-DD the listing was captured (default: today);
                               year-less dates ("Feb 10") are read against it
      --query <query>          keep matching papers, e.g. "au:jaderberg AND year:2016..2018"
      --sort <keys>            order by date, title, firstAuthor or category, each with
                               :asc or :desc, comma-separated (e.g. "date:desc,title");
                               APA lists keep APA's order
      --key-style <style>      BibTeX keys: scholar (default), camel, author-year,
                               or a template such as "{auth}{yy}{word}"
      --ascii                  BibTeX in pure ASCII with LaTeX accents (classic bibtex)
      --markdown               read the input as Markdown whatever its name
      --strict                 exit 1 when the listing has any error
  -q, --quiet                  print no diagnostics
  -h, --help                   show this help
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
  if (command === undefined) {
    io.stderr(MAIN_HELP);
    return EXIT.usage;
  }
  if (command === "-h" || command === "--help" || command === "help") {
    io.stdout(MAIN_HELP);
    return EXIT.ok;
  }
  if (command === "-v" || command === "--version") {
    io.stdout(`${VERSION}\n`);
    return EXIT.ok;
  }
  if (command === "parse") return runParse(rest, io);
  return usageError(io, `unknown command "${command}"`, MAIN_HELP);
}

/** The checked options of `paperlist parse`. */
interface ParseSettings {
  readonly file: string;
  readonly format: string;
  readonly referenceDate: string | undefined;
  readonly filter: ((paper: Paper) => boolean) | undefined;
  readonly sort: ((a: Paper, b: Paper) => number) | undefined;
  readonly keyStyle: string | undefined;
  readonly ascii: boolean;
  readonly markdown: boolean;
  readonly strict: boolean;
  readonly quiet: boolean;
}

/** `paperlist parse` */
async function runParse(argv: readonly string[], io: CliIo): Promise<number> {
  const settings = readParseArgs(argv, io);
  if (typeof settings === "number") return settings;
  const name = settings.file === "-" ? "<stdin>" : settings.file;
  const report = (diagnostic: Diagnostic) => {
    if (!settings.quiet) printDiagnostic(diagnostic, name, io);
  };
  try {
    const streaming = own(STREAMING_FORMATS, settings.format);
    const errors = streaming && !settings.sort && !settings.markdown
      ? await streamPapers(settings, streaming, report, io)
      : await collectPapers(settings, report, io);
    return settings.strict && errors > 0 ? EXIT.failed : EXIT.ok;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === undefined) throw error;
    const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : code === "EACCES" ? "permission denied" : (error as Error).message;
    io.stderr(`paperlist: cannot read ${settings.file}: ${reason}\n`);
    return EXIT.failed;
  }
}

/** Parses as a stream and prints each paper as soon as it is read; returns the error count. */
async function streamPapers(
  settings: ParseSettings,
  write: (paper: Paper, index: number) => string,
  report: (diagnostic: Diagnostic) => void,
  io: CliIo,
): Promise<number> {
  const source = settings.file === "-" ? io.streamStdin() : io.streamFile(settings.file);
  // Someone typing or pasting into a terminal wants each paper as its entry ends, not
  // after the next thousand entries that would serve as evidence.
  const interactive = settings.file === "-" && io.stdinIsTTY === true;
  const options = {
    ...(settings.referenceDate === undefined ? {} : { referenceDate: settings.referenceDate }),
    ...(interactive ? { evidenceWindow: { after: 0 } } : {}),
  };
  let count = 0;
  let errors = 0;
  for await (const event of parseListingStream(source, options)) {
    if (event.type === "diagnostic") {
      if (event.diagnostic.severity === "error") errors += 1;
      report(event.diagnostic);
    } else if (!settings.filter || settings.filter(event.paper)) {
      // Wait while the output is backed up, so a slow reader bounds the memory held.
      if (io.stdout(write(event.paper, count)) === false && io.drain) await io.drain();
      count += 1;
    }
  }
  if (settings.format === "json") io.stdout(endStreamedJson(count));
  return errors;
}

/** Parses the whole input, then filters, sorts and formats it; returns the error count. */
async function collectPapers(settings: ParseSettings, report: (diagnostic: Diagnostic) => void, io: CliIo): Promise<number> {
  const input = settings.file === "-" ? await io.readStdin() : await io.readFile(settings.file);
  const decoded: ReturnType<typeof decodeListing> = typeof input === "string" ? { text: input, encoding: "utf-8" } : decodeListing(input);
  if (decoded.encoding === "windows-1252") report(windows1252Diagnostic(decoded.line ?? 1));
  const text = decoded.text;
  const options = settings.referenceDate === undefined ? {} : { referenceDate: settings.referenceDate };
  const result = settings.markdown ? parseMarkdownListing(text, options) : parseListing(text, options);
  for (const diagnostic of result.diagnostics) report(diagnostic);
  let papers = settings.filter ? result.papers.filter(settings.filter) : result.papers;
  if (settings.sort) papers = [...papers].sort(settings.sort);
  const output = own(OUTPUT_FORMATS, settings.format)!(papers, { ascii: settings.ascii, keyStyle: settings.keyStyle });
  for (const diagnostic of output.diagnostics) report(diagnostic);
  io.stdout(output.text);
  return result.diagnostics.filter((d) => d.severity === "error").length;
}

/** Reads and checks the arguments of `paperlist parse`, or prints a usage error and returns its exit code. */
function readParseArgs(argv: readonly string[], io: CliIo): ParseSettings | number {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string", short: "f", default: "json" },
        "reference-date": { type: "string" },
        query: { type: "string" },
        sort: { type: "string" },
        "key-style": { type: "string" },
        ascii: { type: "boolean", default: false },
        markdown: { type: "boolean", default: false },
        strict: { type: "boolean", default: false },
        quiet: { type: "boolean", short: "q", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    // parseArgs explains at length; one line naming the option is what a person needs.
    const unknown = /Unknown option '([^']+)'/.exec((error as Error).message);
    const message = unknown ? `unknown option "${unknown[1]}"` : (error as Error).message.split(". ")[0]!;
    return usageError(io, message, PARSE_HELP);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(PARSE_HELP);
    return EXIT.ok;
  }
  if (positionals.length !== 1) {
    return usageError(io, positionals.length === 0 ? "missing <file> (use - for standard input)" : `expected one file, got ${positionals.length}`, PARSE_HELP);
  }
  if (!own(OUTPUT_FORMATS, values.format)) {
    return usageError(io, `unknown format "${values.format}" (expected ${Object.keys(OUTPUT_FORMATS).join(", ")})`, PARSE_HELP);
  }
  const referenceDate = values["reference-date"];
  if (referenceDate !== undefined && !readIsoDate(referenceDate)) {
    const shape = /^\d{4}-\d{2}-\d{2}$/.test(referenceDate) ? "a day that exists" : "YYYY-MM-DD";
    return usageError(io, `--reference-date must be ${shape}, got "${referenceDate}"`, PARSE_HELP);
  }
  const keyStyle = values["key-style"];
  try {
    if (keyStyle !== undefined) checkKeyStyle(keyStyle);
  } catch (error) {
    if (error instanceof RangeError) return usageError(io, `--key-style: ${error.message}`, PARSE_HELP);
    throw error;
  }
  let filter: ((paper: Paper) => boolean) | undefined;
  let sort: ((a: Paper, b: Paper) => number) | undefined;
  try {
    if (values.query !== undefined) filter = compileQuery(values.query);
    if (values.sort !== undefined) sort = compileSort(values.sort);
  } catch (error) {
    if (error instanceof QuerySyntaxError) return usageError(io, `--query: ${error.message}`, PARSE_HELP);
    if (error instanceof RangeError) return usageError(io, `--sort: ${error.message}`, PARSE_HELP);
    throw error;
  }
  // An APA reference list has its own order (by author, year and title), which the year
  // letters (2020a, 2020b) follow: --sort cannot change it, and says so.
  if (sort && APA_FORMATS.has(values.format) && !values.quiet) {
    io.stderr(`paperlist: warning: --sort is ignored with --format ${values.format}: an APA reference list is in APA's order (by author, then year and title)\n`);
  }
  const file = positionals[0]!;
  return {
    file,
    format: values.format,
    referenceDate,
    filter,
    sort,
    keyStyle,
    ascii: values.ascii,
    markdown: values.markdown || /\.(?:md|markdown)$/i.test(file),
    strict: values.strict,
    quiet: values.quiet,
  };
}

/** The formats that write an APA reference list, in APA's own order. */
const APA_FORMATS: ReadonlySet<string> = new Set(["apa", "apa-html", "apa-md"]);

/** Prints one diagnostic to standard error, coloured only on a terminal and never under NO_COLOR. */
function printDiagnostic(diagnostic: Diagnostic, file: string, io: CliIo): void {
  const line = formatDiagnostic(diagnostic, file);
  io.stderr(`${useColor(io) ? paint(line, diagnostic.severity) : line}\n`);
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
