import { homedir } from 'node:os';
import path from 'node:path';

/**
 * Where the standalone server keeps saved views unless told otherwise: the user's data directory
 * ($XDG_DATA_HOME, else ~/.local/share; %APPDATA% on Windows), under hunt-eda/views. Created on the first save.
 */
export function getDefaultViewsDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home: string = homedir()): string {
  if (platform === 'win32' && env.APPDATA) return path.join(env.APPDATA, 'hunt-eda', 'views');
  const dataHome = env.XDG_DATA_HOME && path.isAbsolute(env.XDG_DATA_HOME) ? env.XDG_DATA_HOME : path.join(home, '.local', 'share');
  return path.join(dataHome, 'hunt-eda', 'views');
}
