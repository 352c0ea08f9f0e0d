import { StringDecoder } from 'node:string_decoder';

import { BadFileError, messageOf } from '../source_errors';
import { openTextStream } from './open_text_stream';

export interface NumberedLine {
  readonly text: string;
  /** 1-based. */
  readonly line: number;
}

/**
 * The file's lines, one at a time (gunzipped when the file is gzip), so memory stays bounded by the
 * longest line whatever the file's size. A trailing `\r` is dropped. A truncated or corrupt gzip stream
 * rejects with a BadFileError naming the file and the line where the data stops; the lines before it
 * have been yielded.
 */
export async function* readLines(path: string, signal?: AbortSignal): AsyncGenerator<NumberedLine> {
  const { stream, gzip } = await openTextStream(path, signal);
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let line = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      pending += decoder.write(chunk);
      let start = 0;
      let end = pending.indexOf('\n', start);
      while (end !== -1) {
        line += 1;
        yield { text: stripCarriageReturn(pending.slice(start, end)), line };
        start = end + 1;
        end = pending.indexOf('\n', start);
      }
      pending = pending.slice(start);
    }
  } catch (error) {
    if (signal?.aborted) throw error;
    const reason = gzip ? `gzip data ${describeZlibError(error)}` : `cannot be read (${messageOf(error)})`;
    throw new BadFileError([{ file: path, line: line + 1, reason }]);
  }
  pending += decoder.end();
  if (pending.length > 0) {
    line += 1;
    yield { text: stripCarriageReturn(pending), line };
  }
}

function stripCarriageReturn(text: string): string {
  return text.endsWith('\r') ? text.slice(0, -1) : text;
}

function describeZlibError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code === 'Z_BUF_ERROR' || /unexpected end of file/i.test(messageOf(error))) return 'is truncated (unexpected end of file)';
  return `is corrupt (${messageOf(error)})`;
}
