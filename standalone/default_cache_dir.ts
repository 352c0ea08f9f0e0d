import { homedir } from 'node:os';
import path from 'node:path';

/**
 * Where the CLI keeps files loaded into the embedded engine unless told otherwise: the user's cache
 * directory ($XDG_CACHE_HOME, else ~/.cache; %LOCALAPPDATA% on Windows), under hunt-eda/tables. Safe to
 * delete: entries are rebuilt from the files (see server/sources/embedded/file_table_cache.ts).
 */
export function getDefaultCacheDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home: string = homedir()): string {
  if (platform === 'win32' && env.LOCALAPPDATA) return path.join(env.LOCALAPPDATA, 'hunt-eda', 'tables');
  const cacheHome = env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : path.join(home, '.cache');
  return path.join(cacheHome, 'hunt-eda', 'tables');
}
