import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import yauzl, { type Entry, type ZipFile } from 'yauzl';

export interface ZipContents {
  /** Every file entry name, as stored. */
  names: string[];
  read(name: string): Promise<Buffer>;
}

function openZip(zipPath: string): Promise<ZipFile> {
  return new Promise((resolve, reject) => yauzl.open(zipPath, { lazyEntries: true, autoClose: false }, (error, zip) => (error ? reject(error) : resolve(zip))));
}

/** Reads a zip's entry list and lets callers read single entries. */
export async function readZip(zipPath: string): Promise<ZipContents> {
  const zip = await openZip(zipPath);
  const entries = new Map<string, Entry>();
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: Entry) => {
      if (!entry.fileName.endsWith('/')) entries.set(entry.fileName, entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve());
    zip.on('error', reject);
    zip.readEntry();
  });
  return {
    names: [...entries.keys()],
    read: (name) =>
      new Promise((resolve, reject) => {
        const entry = entries.get(name);
        if (!entry) return reject(new Error(`${name} is not in ${zipPath}`));
        zip.openReadStream(entry, (error, stream) => {
          if (error) return reject(error);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => resolve(Buffer.concat(chunks)));
          stream.on('error', reject);
        });
      }),
  };
}

/**
 * What `bin/kibana-plugin install` does with a zip (src/cli/plugin/install/{zip,pack}.ts): find the
 * manifests at `kibana/<folder>/kibana.json`, take the first plugin, and extract its files with the
 * `kibana/<folder>/` prefix stripped into `<pluginsDir>/<manifest id>`. Returns the installed directory.
 */
export async function installPluginZip(zipPath: string, pluginsDir: string): Promise<{ pluginDir: string; manifest: Record<string, unknown>; pluginCount: number }> {
  const zip = await readZip(zipPath);
  const manifests = zip.names.map((name) => /^(kibana[\\/][^\\/]+)[\\/]kibana\.json$/.exec(name)).filter((match) => match !== null);
  const first = manifests[0];
  if (!first) throw new Error(`${zipPath} holds no kibana/<plugin>/kibana.json`);
  const prefix = `${first[1]}/`;
  const manifest = JSON.parse((await zip.read(`${prefix}kibana.json`)).toString('utf8')) as Record<string, unknown>;
  if (typeof manifest.id !== 'string') throw new Error(`${prefix}kibana.json has no string id`);
  const pluginDir = path.join(pluginsDir, manifest.id);
  await rm(pluginDir, { recursive: true, force: true });
  for (const name of zip.names.filter((n) => n.startsWith(prefix))) {
    const target = path.join(pluginDir, name.slice(prefix.length));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, await zip.read(name));
  }
  return { pluginDir, manifest, pluginCount: manifests.length };
}
