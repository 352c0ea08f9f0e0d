import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkServerRequires, packageNameOf } from './check_server_requires';

describe('packageNameOf', () => {
  it.each([
    ['lodash/fp', 'lodash'],
    ['@kbn/config-schema', '@kbn/config-schema'],
    ['@duckdb/node-api/lib/x', '@duckdb/node-api'],
    ['zod', 'zod'],
  ])('%s → %s', (specifier, name) => expect(packageNameOf(specifier)).toBe(name));
});

describe('checkServerRequires', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'hunt-eda-requires-'));
    await mkdir(path.join(dir, 'server', 'routes'), { recursive: true });
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('accepts builtins, relative files, runtime dependencies and packages Kibana provides', async () => {
    await writeFile(
      path.join(dir, 'server', 'index.js'),
      'require("node:fs"); require("path"); require("./routes/a"); require("zod/v4"); require("@kbn/config-schema"); require("@elastic/elasticsearch");',
    );
    await expect(checkServerRequires(dir, ['zod'])).resolves.toBeUndefined();
  });

  it('names each file and package the zip would lack', async () => {
    await writeFile(path.join(dir, 'server', 'routes', 'a.js'), 'const { DuckDBInstance } = require("@duckdb/node-api");');
    await expect(checkServerRequires(dir, ['zod'])).rejects.toThrow(`${path.join('server', 'routes', 'a.js')} requires "@duckdb/node-api"`);
  });
});
