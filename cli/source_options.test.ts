import path from 'node:path';

import { UsageError } from './cli_errors';
import { toSourceSpec } from './source_options';

describe('toSourceSpec for files', () => {
  const env = { XDG_CACHE_HOME: '/cache' };

  it('keeps loaded files in the user cache by default, in --cache-dir when given, in memory with --no-cache', () => {
    expect(toSourceSpec(['eve.json'], {}, env)).toEqual({ kind: 'files', paths: ['eve.json'], skipBadLines: false, cacheDir: path.join('/cache', 'hunt-eda', 'tables') });
    expect(toSourceSpec(['eve.json'], { cacheDir: '/tmp/t', cache: true }, env)).toMatchObject({ cacheDir: '/tmp/t' });
    expect(toSourceSpec(['eve.json'], { cache: false }, env)).not.toHaveProperty('cacheDir');
  });

  it('refuses --cache-dir with --no-cache', () => {
    expect(() => toSourceSpec(['eve.json'], { cacheDir: '/tmp/t', cache: false }, env)).toThrow(new UsageError('give either --cache-dir or --no-cache, not both'));
  });
});
