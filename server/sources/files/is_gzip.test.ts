import { gzipSync } from 'node:zlib';

import { isGzip } from './is_gzip';

describe('isGzip', () => {
  it('recognises gzip by its magic bytes, not by a name', () => {
    expect(isGzip(gzipSync('hello'))).toBe(true);
    expect(isGzip(Buffer.from('{"a":1}'))).toBe(false);
    expect(isGzip(Buffer.from([0x1f]))).toBe(false);
  });
});
