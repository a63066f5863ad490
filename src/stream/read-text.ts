// Reading a source of chunks as text, in Web Streams terms only (no Node
// APIs), so the same code runs in browsers: bytes are decoded as UTF-8 with a
// streaming `TextDecoder`, so a character cut between two chunks is whole, or
// as Windows-1252 from the first bytes that are not UTF-8 on, or as UTF-16
// when the first bytes say so.
import { createListingDecoder } from "./decode-listing.js";

/**
 * One chunk of a listing: text, or bytes (a `Uint8Array`, which includes
 * Node's `Buffer`) of UTF-8, of Windows-1252 or of UTF-16 (see `decodeListing`).
 *
 * @example
 * // Both kinds may be mixed in one source
 * const chunks: ListingChunk[] = ["CLJul 31, 2024\n", new TextEncoder().encode("Gemma 2…")];
 */
export type ListingChunk = string | Uint8Array;

/**
 * Where a streamed listing comes from: a Web `ReadableStream`, or any async
 * or sync iterable of chunks (Node readable streams are async iterables).
 *
 * @example
 * // A file in Node, a fetch body in a browser
 * const fromNode: ListingSource = createReadStream("listing.txt");
 * const fromWeb: ListingSource = (await fetch(url)).body!;
 */
export type ListingSource =
  | ReadableStream<ListingChunk>
  | AsyncIterable<ListingChunk>
  | Iterable<ListingChunk>;

/**
 * Reads a source as pieces of text, stopping the source when the consumer
 * stops (a `break`, a `return`) or when `signal` aborts, which throws the
 * signal's reason as `fetch` does.
 *
 * @param source - the stream or iterable of chunks
 * @param signal - aborts the reading
 * @param windows1252 - told when bytes that are not UTF-8 turn the reading to Windows-1252, after the text before them is yielded
 * @returns the text, piece by piece, with a byte-order mark kept as U+FEFF
 * @throws {TypeError} when a chunk is neither a string nor a `Uint8Array`
 *
 * @example
 * // Bytes of "é" split across chunks decode to one character
 * for await (const text of readText([new Uint8Array([0xc3]), new Uint8Array([0xa9])])) console.log(text);
 * //=> "é"
 */
export async function* readText(source: ListingSource, signal?: AbortSignal, windows1252?: () => void): AsyncGenerator<string, void, undefined> {
  signal?.throwIfAborted();
  // The decoder keeps a leading BOM in the text, so the parser can report it and
  // count columns as `parseListing` does on the same bytes read as a string.
  const decoder = createListingDecoder();
  const none = new Uint8Array(0);
  let pendingBytes = false;
  /** The text of some bytes, cut where Windows-1252 began: `windows1252` is told between the two. */
  async function* decoded(bytes: Uint8Array, done: boolean): AsyncGenerator<string, void, undefined> {
    const text = decoder.decode(bytes, done);
    const at = decoder.turnedAt;
    if (at === undefined) {
      if (text !== "") yield text;
      return;
    }
    if (at > 0) yield text.slice(0, at);
    windows1252?.();
    if (at < text.length) yield text.slice(at);
  }
  for await (const chunk of readChunks(source, signal)) {
    if (typeof chunk === "string") {
      if (pendingBytes) {
        pendingBytes = false;
        yield* decoded(none, true);
      }
      if (chunk !== "") yield chunk;
    } else if (ArrayBuffer.isView(chunk)) {
      pendingBytes = true;
      yield* decoded(chunk instanceof Uint8Array ? chunk : new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength), false);
    } else {
      throw new TypeError(`a listing chunk must be a string or a Uint8Array, got ${describe(chunk)}`);
    }
  }
  if (pendingBytes) yield* decoded(none, true);
}

/** The raw chunks of a source, with cancellation wired to the source's own way of stopping. */
async function* readChunks(source: ListingSource, signal: AbortSignal | undefined): AsyncGenerator<unknown, void, undefined> {
  if (isReadableStream(source)) {
    // getReader() rather than `for await`: Safari's ReadableStream is not async iterable.
    const reader = source.getReader();
    const onAbort = () => void reader.cancel(signal!.reason).catch(() => undefined);
    signal?.addEventListener("abort", onAbort, { once: true });
    let finished = false;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        signal?.throwIfAborted();
        if (done) {
          finished = true;
          return;
        }
        yield value;
      }
    } finally {
      signal?.removeEventListener("abort", onAbort);
      if (!finished) await reader.cancel().catch(() => undefined);
      reader.releaseLock();
    }
  }
  const iterable = source as AsyncIterable<unknown> | Iterable<unknown>;
  if (iterable == null || (typeof (iterable as AsyncIterable<unknown>)[Symbol.asyncIterator] !== "function" && typeof (iterable as Iterable<unknown>)[Symbol.iterator] !== "function")) {
    throw new TypeError(`a listing source must be a ReadableStream or an iterable of chunks, got ${describe(source)}`);
  }
  if (typeof iterable === "string") {
    // A string is iterable, character by character; it is one chunk instead.
    yield iterable;
    return;
  }
  const iterator: AsyncIterator<unknown> | Iterator<unknown> =
    typeof (iterable as AsyncIterable<unknown>)[Symbol.asyncIterator] === "function"
      ? (iterable as AsyncIterable<unknown>)[Symbol.asyncIterator]()
      : (iterable as Iterable<unknown>)[Symbol.iterator]();
  let aborted: Promise<never> | undefined;
  let onAbort: (() => void) | undefined;
  if (signal) {
    aborted = new Promise<never>((_, reject) => {
      onAbort = () => reject(signal.reason);
      signal.addEventListener("abort", onAbort, { once: true });
    });
    aborted.catch(() => undefined);
  }
  let finished = false;
  try {
    for (;;) {
      const next = iterator.next();
      // A pending read of an async source cannot be interrupted; racing it
      // with the signal lets the loop end at once all the same.
      const step = aborted ? await Promise.race([next, aborted]) : await next;
      if (step.done) {
        finished = true;
        return;
      }
      yield step.value;
    }
  } finally {
    if (onAbort) signal!.removeEventListener("abort", onAbort);
    if (!finished && typeof iterator.return === "function") {
      // After an abort the source may be stuck in a read that never settles; do not wait for it.
      const closing = Promise.resolve(iterator.return()).catch(() => undefined);
      if (!signal?.aborted) await closing;
    }
  }
}

/** Whether a value is a Web `ReadableStream` (duck-typed: polyfills and other realms count). */
function isReadableStream(value: unknown): value is ReadableStream<unknown> {
  return typeof value === "object" && value !== null && typeof (value as ReadableStream).getReader === "function";
}

/** A short description of a value for an error message. */
function describe(value: unknown): string {
  return value === null ? "null" : Array.isArray(value) ? "an array" : typeof value === "object" ? (value.constructor?.name ?? "an object") : typeof value;
}
