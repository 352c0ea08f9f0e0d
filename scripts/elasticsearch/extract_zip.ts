import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';

/**
 * Extracts a zip archive into `targetDir`, keeping the Unix permission bits stored in the archive (the
 * Elasticsearch launch scripts must stay executable) and making everything readable by all users, since
 * the node runs as another user than the one that unpacked it. Entries that would escape `targetDir` are
 * refused. Cost: one pass over the archive, entries streamed to disk one at a time.
 */
export async function extractZip(zipPath: string, targetDir: string): Promise<number> {
  const zip = await yauzl.openPromise(zipPath, { lazyEntries: true });
  const root = path.resolve(targetDir);
  let count = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      const destination = path.resolve(root, entry.fileName);
      if (destination !== root && !destination.startsWith(root + path.sep)) {
        throw new Error(`extractZip: entry "${entry.fileName}" in ${zipPath} points outside ${targetDir}`);
      }
      if (entry.fileName.endsWith('/')) {
        fs.mkdirSync(destination, { recursive: true, mode: 0o755 });
        continue;
      }
      fs.mkdirSync(path.dirname(destination), { recursive: true, mode: 0o755 });
      // The high 16 bits of the external attributes hold st_mode when the archive was made on Unix.
      const storedMode = (entry.externalFileAttributes >>> 16) & 0o777;
      const mode = (storedMode & 0o111 ? 0o755 : 0o644) | (storedMode & 0o700);
      await pipeline(await zip.openReadStreamPromise(entry), fs.createWriteStream(destination, { mode }));
      fs.chmodSync(destination, mode);
      count += 1;
    }
  } finally {
    zip.close();
  }
  return count;
}
