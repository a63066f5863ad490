// The only file that touches `process`: wires the real world into the CLI.
import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { main } from "./cli/main.js";

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  // `paperlist parse big.txt | head` closes the pipe early; that is not a failure.
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  drain: () => new Promise<void>((resolve) => process.stdout.once("drain", () => resolve())),
  stdinIsTTY: Boolean(process.stdin.isTTY),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFile(path),
  readStdin,
  streamFile: (path) => createReadStream(path),
  streamStdin: () => process.stdin,
  env: process.env,
  stderrIsTTY: Boolean(process.stderr.isTTY),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`paperlist: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 70;
  },
);
