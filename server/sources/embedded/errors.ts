import { SourceError, messageOf } from '../source_errors';

/**
 * Maps a DuckDB failure onto the domain errors. DuckDB reports failures as plain Errors whose message
 * starts with its error class ("Binder Error: …", "Conversion Error: …", "INTERRUPT Error: …").
 */
export function mapDuckDbError(error: unknown, signal?: AbortSignal): SourceError {
  if (error instanceof SourceError) return error;
  const message = messageOf(error);
  if (signal?.aborted || /^INTERRUPT Error|Interrupted/i.test(message)) {
    return new SourceError('aborted', 'The embedded engine stopped the query because it was cancelled', { cause: error });
  }
  if (/^(Binder|Parser|Conversion|Catalog) Error/.test(message)) {
    return new SourceError('bad_query', `The embedded engine rejected the query: ${firstLine(message)}`, { cause: error });
  }
  if (/^Invalid Input Error: (Malformed JSON|CSV Error|Error when sniffing|JSON transform error)/.test(message)) {
    return new SourceError('bad_file', `The embedded engine could not read the input: ${firstLine(message)}`, { cause: error });
  }
  if (/^Out of Memory Error/.test(message)) {
    return new SourceError('unavailable', `The embedded engine ran out of memory: ${firstLine(message)}`, { cause: error });
  }
  return new SourceError('unavailable', `The embedded engine failed: ${firstLine(message)}`, { cause: error });
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
