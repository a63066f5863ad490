// `npm start`: the CLI on the bundled sample listing, in the formats people
// ask for first. Each step is a real `paperlist` command line.
import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { main } from "../src/cli/main.js";

const steps: [string, string[]][] = [
  ["The sample listing, parsed", ["--format", "summary"]],
  ["The sample as APA 7 references", ["--format", "apa", "--quiet"]],
  ["BibTeX for the papers with Jaderberg among the authors, 2016 to 2018, newest first", ["--format", "bibtex", "--query", "au:jaderberg AND year:2016..2018", "--sort", "date:desc", "--quiet"]],
];

const io = {
  stdout: (text: string) => void process.stdout.write(text),
  stderr: (text: string) => void process.stderr.write(text),
  readFile: (path: string) => readFile(path, "utf8"),
  readStdin: async () => "",
  streamFile: (path: string) => createReadStream(path),
  streamStdin: async function* () {},
  env: process.env,
  stderrIsTTY: Boolean(process.stderr.isTTY),
};

for (const [title, args] of steps) {
  const argv = ["parse", "fixtures/sample.txt", "--reference-date", "2026-11-26", ...args];
  process.stdout.write(`\n== ${title}\n$ paperlist ${argv.map((a) => (a.includes(" ") ? `"${a}"` : a)).join(" ")}\n\n`);
  const code = await main(argv, io);
  if (code !== 0) process.exit(code);
}
