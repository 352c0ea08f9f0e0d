import { createWriteStream } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ZipFile } from 'yazl';

/** A fixed timestamp keeps the archive's bytes independent of when it was built. */
const FIXED_MTIME = new Date('2020-01-01T00:00:00Z');

/** Zips every file under `sourceDir` as `<prefix>/<relative path>`, in sorted order. */
export async function writeZip(sourceDir: string, prefix: string, zipPath: string): Promise<void> {
  const entries = await readdir(sourceDir, { withFileTypes: true, recursive: true });
  const files = entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(sourceDir, path.join(e.parentPath, e.name)))
    .sort();
  const zip = new ZipFile();
  for (const file of files) {
    zip.addBuffer(await readFile(path.join(sourceDir, file)), `${prefix}/${file.split(path.sep).join('/')}`, { mtime: FIXED_MTIME, mode: 0o100644 });
  }
  zip.end();
  await new Promise<void>((resolve, reject) => {
    const out = createWriteStream(zipPath);
    out.on('close', () => resolve());
    out.on('error', reject);
    zip.outputStream.on('error', reject).pipe(out);
  });
}
