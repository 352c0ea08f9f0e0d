import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { createGzip } from 'node:zlib';

export interface WriteLinesOptions {
  /** Gzip the file (level 6, Node's default). */
  readonly gzip?: boolean;
  /** Called every `progressEvery` lines with the count so far. */
  readonly onProgress?: (lines: number) => void;
  readonly progressEvery?: number;
}

const CHUNK_CHARS = 1 << 20;

/**
 * Writes lines (each followed by '\n') to a file, optionally gzipped, in ~1 MB chunks and honouring
 * backpressure, so memory stays bounded whatever the line count. Resolves with the number of lines written
 * once the file is closed. Errors name the file.
 */
export async function writeLines(
  path: string,
  lines: Iterable<string> | AsyncIterable<string>,
  options: WriteLinesOptions = {},
): Promise<number> {
  const file = createWriteStream(path);
  const gzip = options.gzip ? createGzip() : undefined;
  const sink: Writable = gzip ?? file;
  if (gzip) gzip.pipe(file);

  let failure: Error | undefined;
  const onError = (error: Error) => {
    failure = failure ?? error;
  };
  file.on('error', onError);
  gzip?.on('error', onError);

  const every = options.progressEvery ?? 100_000;
  let count = 0;
  let chunk = '';
  const flush = async (): Promise<void> => {
    if (failure) throw failure;
    if (chunk.length === 0) return;
    const ok = sink.write(chunk);
    chunk = '';
    if (!ok) await drainOrFail(sink, file);
  };
  try {
    for await (const line of lines) {
      chunk += line;
      chunk += '\n';
      count += 1;
      if (options.onProgress && count % every === 0) options.onProgress(count);
      if (chunk.length >= CHUNK_CHARS) await flush();
    }
    await flush();
    const closed = once(file, 'close');
    sink.end();
    await closed;
  } catch (error) {
    file.destroy();
    throw new Error(`writeLines: cannot write ${path}: ${(failure ?? (error as Error)).message}`);
  }
  if (failure) throw new Error(`writeLines: cannot write ${path}: ${failure.message}`);
  return count;
}

/**
 * Waits for the sink to drain, or for the file to fail (a gzip sink does not see its file's errors). The
 * waiter that loses is removed: a listener left on the file per chunk piles up past Node's limit of ten
 * (MaxListenersExceededWarning) on any file of more than ten chunks.
 */
export async function drainOrFail(sink: Writable, file: Writable): Promise<void> {
  const settled = new AbortController();
  try {
    // `once` resolves with the event's arguments: none for a drain, the error for a failure.
    const [failure] = (await Promise.race([once(sink, 'drain', { signal: settled.signal }), once(file, 'error', { signal: settled.signal })])) as unknown[];
    if (failure !== undefined) throw failure;
  } finally {
    settled.abort();
  }
}
