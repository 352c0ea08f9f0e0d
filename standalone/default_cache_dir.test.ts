import path from 'node:path';
import { getDefaultCacheDir } from './default_cache_dir';

describe('getDefaultCacheDir', () => {
  it('uses $XDG_CACHE_HOME when it is absolute, else ~/.cache, and %LOCALAPPDATA% on Windows', () => {
    expect(getDefaultCacheDir({ XDG_CACHE_HOME: '/cache' }, 'linux', '/home/ana')).toBe(path.join('/cache', 'hunt-eda', 'tables'));
    expect(getDefaultCacheDir({ XDG_CACHE_HOME: 'relative' }, 'linux', '/home/ana')).toBe(path.join('/home/ana', '.cache', 'hunt-eda', 'tables'));
    expect(getDefaultCacheDir({}, 'darwin', '/Users/ana')).toBe(path.join('/Users/ana', '.cache', 'hunt-eda', 'tables'));
    expect(getDefaultCacheDir({ LOCALAPPDATA: 'C:\\Users\\ana\\AppData\\Local' }, 'win32', 'C:\\Users\\ana')).toBe(path.join('C:\\Users\\ana\\AppData\\Local', 'hunt-eda', 'tables'));
  });
});
