import path from 'node:path';
import { getDefaultViewsDir } from './default_views_dir';

describe('getDefaultViewsDir', () => {
  it('uses $XDG_DATA_HOME when it is absolute, else ~/.local/share, and %APPDATA% on Windows', () => {
    expect(getDefaultViewsDir({ XDG_DATA_HOME: '/data' }, 'linux', '/home/ana')).toBe(path.join('/data', 'hunt-eda', 'views'));
    expect(getDefaultViewsDir({ XDG_DATA_HOME: 'relative' }, 'linux', '/home/ana')).toBe(path.join('/home/ana', '.local', 'share', 'hunt-eda', 'views'));
    expect(getDefaultViewsDir({}, 'darwin', '/Users/ana')).toBe(path.join('/Users/ana', '.local', 'share', 'hunt-eda', 'views'));
    expect(getDefaultViewsDir({ APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, 'win32', 'C:\\Users\\ana')).toBe(path.join('C:\\Users\\ana\\AppData\\Roaming', 'hunt-eda', 'views'));
  });
});
