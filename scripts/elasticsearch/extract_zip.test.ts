import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import yazl from 'yazl';
import { extractZip } from './extract_zip';

function writeZip(file: string, entries: ReadonlyArray<{ name: string; content: string; mode: number }>): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const entry of entries) zip.addBuffer(Buffer.from(entry.content), entry.name, { mode: entry.mode });
  zip.end();
  return new Promise((resolve, reject) => {
    zip.outputStream.pipe(fs.createWriteStream(file)).on('close', resolve).on('error', reject);
  });
}

describe('extractZip', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-zip-'));
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('keeps scripts executable and makes every file readable by other users', async () => {
    const zipPath = path.join(dir, 'a.zip');
    await writeZip(zipPath, [
      { name: 'es/bin/elasticsearch', content: '#!/bin/sh\n', mode: 0o100750 },
      { name: 'es/config/jvm.options', content: '-Xms1g\n', mode: 0o100600 },
    ]);
    const target = path.join(dir, 'out');
    expect(await extractZip(zipPath, target)).toBe(2);
    expect(fs.statSync(path.join(target, 'es/bin/elasticsearch')).mode & 0o777).toBe(0o755);
    expect(fs.statSync(path.join(target, 'es/config/jvm.options')).mode & 0o777).toBe(0o644);
    expect(fs.readFileSync(path.join(target, 'es/config/jvm.options'), 'utf8')).toBe('-Xms1g\n');
  });

  it('refuses an entry that climbs out of the target directory', async () => {
    const zipPath = path.join(dir, 'evil.zip');
    // yazl refuses "../" itself, so the name is patched in the finished archive (same length).
    await writeZip(zipPath, [{ name: 'xx/evil.txt', content: 'x', mode: 0o100644 }]);
    const bytes = fs.readFileSync(zipPath);
    fs.writeFileSync(zipPath, Buffer.from(bytes.toString('latin1').split('xx/evil.txt').join('../evil.txt'), 'latin1'));
    await expect(extractZip(zipPath, path.join(dir, 'out'))).rejects.toThrow(/invalid relative path|points outside/);
    expect(fs.existsSync(path.join(dir, 'evil.txt'))).toBe(false);
  });
});
