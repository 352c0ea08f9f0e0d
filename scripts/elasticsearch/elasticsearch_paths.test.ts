import { chooseDefaultCacheDir, isReachableByOtherUsers } from './elasticsearch_paths';

const modes = (table: Record<string, number>) => (dir: string) => table[dir];

describe('isReachableByOtherUsers', () => {
  it('is true when every directory down to the checkout grants o+x', () => {
    expect(isReachableByOtherUsers('/work/main', modes({ '/': 0o40755, '/work': 0o40755, '/work/main': 0o40755 }))).toBe(true);
  });

  it('is false when one parent is closed to others, as mktemp -d and /root are', () => {
    expect(isReachableByOtherUsers('/tmp/ci.x/p', modes({ '/': 0o40755, '/tmp': 0o41777, '/tmp/ci.x': 0o40700, '/tmp/ci.x/p': 0o40755 }))).toBe(false);
  });

  it('ignores directories that do not exist yet', () => {
    expect(isReachableByOtherUsers('/srv/new/dir', modes({ '/': 0o40755, '/srv': 0o40755 }))).toBe(true);
  });
});

describe('chooseDefaultCacheDir', () => {
  it("keeps the cache in the checkout's .cache when the Elasticsearch user can reach it", () => {
    expect(chooseDefaultCacheDir('/work/main', modes({ '/': 0o40755, '/work': 0o40755, '/work/main': 0o40755 }))).toBe('/work/main/.cache/elasticsearch');
  });

  it('moves it to one directory per checkout under /var/tmp when a parent is closed', () => {
    const closed = modes({ '/': 0o40755, '/root': 0o40700, '/root/a': 0o40755, '/root/b': 0o40755 });
    const a = chooseDefaultCacheDir('/root/a', closed);
    expect(a).toMatch(/^\/var\/tmp\/hunt-eda-es-[0-9a-f]{12}$/);
    expect(chooseDefaultCacheDir('/root/b', closed)).not.toBe(a);
    expect(chooseDefaultCacheDir('/root/a', closed)).toBe(a);
  });
});
