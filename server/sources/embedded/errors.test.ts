import { SourceError } from '../source_errors';
import { mapDuckDbError } from './errors';

describe('mapDuckDbError', () => {
  it('maps DuckDB error classes onto the domain errors, keeping the first line of the message', () => {
    expect(mapDuckDbError(new Error('Binder Error: Referenced column "x" not found\nLINE 1: ...'))).toMatchObject({
      code: 'bad_query',
      message: 'The embedded engine rejected the query: Binder Error: Referenced column "x" not found',
    });
    expect(mapDuckDbError(new Error('Invalid Input Error: Malformed JSON in file "a"'))).toMatchObject({ code: 'bad_file' });
    expect(mapDuckDbError(new Error('Out of Memory Error: failed to allocate'))).toMatchObject({ code: 'unavailable' });
    expect(mapDuckDbError(new Error('INTERRUPT Error: Interrupted!'))).toMatchObject({ code: 'aborted' });
  });

  it('calls anything an aborted signal stopped "aborted", and passes domain errors through', () => {
    const controller = new AbortController();
    controller.abort();
    expect(mapDuckDbError(new Error('Catalog Error: whatever'), controller.signal).code).toBe('aborted');
    const original = new SourceError('not_found', 'No dataset matches "x"');
    expect(mapDuckDbError(original)).toBe(original);
  });
});
