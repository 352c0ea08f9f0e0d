import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const REPO_ROOT = path.resolve(__dirname, '..', '..');

/**
 * Compiles `server/` and the `common/` code it imports to CommonJS with tsc (tsconfig.server.json): what
 * Kibana `require`s from `plugins/huntEda/server/index.js`. Emits no declarations, maps, or test files.
 * Returns the directory holding `server/` and `common/`.
 */
export async function compileServer(outDir: string): Promise<string> {
  await rm(outDir, { recursive: true, force: true });
  const tsc = require.resolve('typescript/bin/tsc');
  try {
    await promisify(execFile)(process.execPath, [tsc, '-p', 'tsconfig.server.json', '--outDir', outDir], { cwd: REPO_ROOT, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const output = error instanceof Error && 'stdout' in error ? String(error.stdout) : String(error);
    throw new Error(`tsc -p tsconfig.server.json failed:\n${output}`);
  }
  return outDir;
}
