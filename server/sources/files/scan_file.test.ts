import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { BadFileError } from '../source_errors';
import { readLines } from './read_lines';
import { scanFile } from './scan_file';

const ZEEK_HEADER = { separator: '\t', setSeparator: ',', emptyField: '(empty)', unsetField: '-', fields: ['ts', 'uid', 'method'], types: ['time', 'string', 'string'] };

describe('scanFile and readLines', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'hunt-eda-scan-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports a non-JSON line with file and line, keeps the others', async () => {
    const file = join(dir, 'eve.json');
    writeFileSync(file, '{"a":1}\n{"a":2}\nnot json\n\n[1]\n{"a":3}\r\n');
    const kept: string[] = [];
    const result = await scanFile(file, { layout: 'ndjson' }, { keep: (text) => void kept.push(text) });
    expect(result.goodLines).toBe(4);
    expect(result.badLineCount).toBe(2);
    expect(result.badLines[0]).toMatchObject({ file, line: 3 });
    expect(result.badLines[0].reason).toMatch(/^not JSON/);
    expect(result.badLines[1]).toEqual({ file, line: 5, reason: 'a JSON value that is not an object' });
    expect(kept).toEqual(['{"a":1}\n', '{"a":2}\n', '\n', '{"a":3}\n']);
  });

  it('turns a truncated gzip into one bad line where the data stops, after yielding what came before', async () => {
    const lines = Array.from({ length: 2000 }, (_, i) => JSON.stringify({ i, pad: 'x'.repeat(50) })).join('\n');
    const full = gzipSync(lines);
    const file = join(dir, 'cut.json.gz');
    writeFileSync(file, full.subarray(0, Math.floor(full.length / 2)));
    const seen: number[] = [];
    await expect(
      (async () => {
        for await (const { line } of readLines(file)) seen.push(line);
      })(),
    ).rejects.toThrow(BadFileError);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.length).toBeLessThan(2000);
    const result = await scanFile(file, { layout: 'ndjson' });
    expect(result.badLineCount).toBe(1);
    expect(result.badLines[0].file).toBe(file);
    expect(result.badLines[0].reason).toBe('gzip data is truncated (unexpected end of file)');
    expect(result.badLines[0].line).toBeGreaterThan(seen.length - 1);
    expect(result.goodLines).toBeGreaterThanOrEqual(seen.length - 1);
  });

  it('checks Zeek records against #fields and CSV records against the header', async () => {
    const zeek = join(dir, 'http.log');
    writeFileSync(zeek, '#fields\tts\tuid\tmethod\n1.0\tC1\tGET\n2.0\tC2\n#close\tx\n');
    const zeekResult = await scanFile(zeek, { layout: 'zeek_tsv', header: ZEEK_HEADER });
    expect(zeekResult.badLines).toEqual([{ file: zeek, line: 3, reason: 'Zeek record has 2 fields but "#fields" names 3' }]);
    const csv = join(dir, 'a.csv');
    writeFileSync(csv, 'a,b\n1,2\n"3,4",5\n6\n');
    const csvResult = await scanFile(csv, { layout: 'csv', delimiter: ',' });
    expect(csvResult.badLines).toEqual([{ file: csv, line: 4, reason: 'CSV record has 1 fields but the header has 2' }]);
    expect(csvResult.goodLines).toBe(3);
  });
});
