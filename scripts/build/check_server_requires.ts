import { builtinModules } from 'node:module';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Packages a plugin's server code may `require` without shipping them: Kibana resolves them from its own
 * `node_modules` (plugins/<id>/server walks up to <kibana>/node_modules).
 */
export const PROVIDED_BY_KIBANA = ['@kbn/config-schema', '@elastic/elasticsearch'] as const;

/** `lodash/fp` → `lodash`, `@scope/name/x` → `@scope/name`. */
export function packageNameOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

async function listJsFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.js')).map((e) => path.join(e.parentPath, e.name));
}

/**
 * Reads every `require("…")` in the compiled server code and fails on a bare package that is neither a Node
 * builtin, a runtime dependency shipped in the zip, nor provided by Kibana: it would crash Kibana at start
 * (e.g. a devDependency such as the embedded engine leaking into the plugin's import graph).
 */
export async function checkServerRequires(compiledDir: string, runtimeDependencies: readonly string[]): Promise<void> {
  const allowed = new Set<string>([...runtimeDependencies, ...PROVIDED_BY_KIBANA]);
  const builtins = new Set(builtinModules);
  const problems: string[] = [];
  for (const file of await listJsFiles(compiledDir)) {
    const source = await readFile(file, 'utf8');
    for (const match of source.matchAll(/\brequire\("([^"]+)"\)/g)) {
      const specifier = match[1];
      if (specifier.startsWith('.') || specifier.startsWith('/')) continue;
      const bare = specifier.replace(/^node:/, '');
      if (builtins.has(bare) || builtins.has(packageNameOf(bare))) continue;
      if (!allowed.has(packageNameOf(specifier))) {
        problems.push(`${path.relative(compiledDir, file)} requires "${specifier}"`);
      }
    }
  }
  if (problems.length > 0) {
    throw new Error(
      `server code requires packages the Kibana zip does not ship (add them to package.json "dependencies" or keep them out of server/index.ts's imports):\n  ${problems.join('\n  ')}`,
    );
  }
}
