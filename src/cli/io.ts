/**
 * What the CLI needs from the outside world; `src/bin.ts` supplies the real
 * one, tests a fake. Keeps `main` pure of `process`.
 *
 * @example
 * // A fake for tests that collects output
 * let out = "";
 * const io: CliIo = {
 *   stdout: (s) => { out += s; }, stderr: () => {},
 *   readFile: async () => "", readStdin: async () => "",
 *   streamFile: async function* () {}, streamStdin: async function* () {},
 *   env: {}, stderrIsTTY: false,
 * };
 */
export interface CliIo {
  /** Writes to standard output; `false` means the output is backed up (wait for `drain`). */
  stdout(text: string): boolean | void;
  /** Resolves when backed-up standard output has drained (absent: never backed up). */
  drain?(): Promise<void>;
  /** Whether standard input is a terminal: papers then print as each entry ends. */
  readonly stdinIsTTY?: boolean;
  /** Writes to standard error. */
  stderr(text: string): void;
  /**
   * Reads a file, as bytes (decoded as `decodeListing` does: UTF-16 when its first bytes
   * say so, UTF-8, else Windows-1252) or as text; rejects with an error whose `code` is
   * `ENOENT` for a missing file.
   */
  readFile(path: string): Promise<Uint8Array | string>;
  /** Reads all of standard input, as bytes or as text (see `readFile`). */
  readStdin(): Promise<Uint8Array | string>;
  /** Reads a file as a stream of chunks; the first read rejects (`ENOENT`) for a missing file. */
  streamFile(path: string): AsyncIterable<Uint8Array | string>;
  /** Reads standard input as a stream of chunks. */
  streamStdin(): AsyncIterable<Uint8Array | string>;
  /** Environment variables (`NO_COLOR`, `FORCE_COLOR`). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether standard error is a terminal (colours only then). */
  readonly stderrIsTTY: boolean;
}
