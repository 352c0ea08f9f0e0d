import { appendFileSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { BadFileError } from '../source_errors';
import type { EmbeddedSource } from './embedded_source';
import type { FileLoadEvent } from './load_file_table';
import { openEmbeddedSource } from './open_embedded_source';

const signal = new AbortController().signal;
jest.setTimeout(60_000);

const EVE_FIELDS = { signatureId: 'alert.signature_id', signature: 'alert.signature', sourceIp: 'src_ip', destinationIp: 'dest_ip' };
const QUERY = { index: 'suricata', timestampField: 'timestamp', fields: EVE_FIELDS } as const;

const alert = (i: number, source = '10.0.0.1') =>
  JSON.stringify({ timestamp: `2024-01-01T00:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}.000000+0000`, event_type: 'alert', src_ip: source, dest_ip: '8.8.8.8', alert: { signature_id: 1000 + (i % 3), signature: `sig ${i % 3}` } });
const eveLines = (count: number, source?: string) => Array.from({ length: count }, (_, i) => alert(i, source)).join('\n') + '\n';

async function observations(source: EmbeddedSource): Promise<number> {
  const result = await source.fetchConversationGroups(QUERY, signal);
  return result.groups.reduce((sum, group) => sum + group.observations, 0);
}

describe('the embedded engine loads each file once', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'hunt-eda-load-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('answers later analyses from the table: the file is read once, and not at all after', async () => {
    const file = join(dir, 'eve.json');
    writeFileSync(file, eveLines(300));
    // A whole second, which utimes sets exactly (a Date keeps only milliseconds of the nanoseconds written).
    const loadedAt = new Date('2024-06-01T12:00:00Z');
    utimesSync(file, loadedAt, loadedAt);
    const loads: FileLoadEvent[] = [];
    const source = await openEmbeddedSource([file], { onFileLoaded: (event) => loads.push(event) });
    try {
      expect(loads).toEqual([{ file, from: 'file' }]);
      expect(source.datasets()[0]?.rows).toBe(300);
      expect(await observations(source)).toBe(300);
      // Same bytes count, other content, the old modification time: a file as it was when loaded, to any
      // check, but one that reading again would give other answers (every source becomes 10.9.9.9).
      writeFileSync(file, eveLines(300, '10.9.9.9'));
      utimesSync(file, loadedAt, loadedAt);
      const again = await source.fetchConversationGroups(QUERY, signal);
      expect(new Set(again.groups.map((group) => group.sourceIp))).toEqual(new Set(['10.0.0.1']));
      const sources = await source.fetchValueCounts({ index: 'suricata', timestampField: 'timestamp', field: 'src_ip', order: 'descending', size: 5 }, signal);
      expect(sources.values).toEqual([{ value: '10.0.0.1', count: 300 }]);
      expect(loads).toHaveLength(1);
    } finally {
      await source.close();
    }
  });

  it('loads a file again when it changes, before the next analysis', async () => {
    const file = join(dir, 'eve.json');
    writeFileSync(file, eveLines(100));
    const loads: FileLoadEvent[] = [];
    const source = await openEmbeddedSource([file], { onFileLoaded: (event) => loads.push(event) });
    try {
      expect(await observations(source)).toBe(100);
      appendFileSync(file, alert(7, '10.0.0.2') + '\n');
      const [afterAppend, concurrent] = await Promise.all([observations(source), observations(source)]);
      expect([afterAppend, concurrent]).toEqual([101, 101]);
      expect(loads).toEqual([
        { file, from: 'file' },
        { file, from: 'file' },
      ]);
      expect(source.datasets()[0]?.rows).toBe(101);
    } finally {
      await source.close();
    }
  });

  it('keeps loaded files in the cache directory: a second source takes them from there, a changed file replaces its entry', async () => {
    const cacheDir = join(dir, 'cache');
    const eve = join(dir, 'eve.json');
    const zeek = join(dir, 'http.log');
    writeFileSync(eve, eveLines(50));
    writeFileSync(zeek, '#separator \\x09\n#path\thttp\n#fields\tts\tuid\tmethod\n#types\ttime\tstring\tstring\n1713484832.5\tC1\tGET\n1713484833.5\tC2\tPOST\n');
    const open = async (loads: FileLoadEvent[]) => openEmbeddedSource([eve, zeek], { cacheDir, onFileLoaded: (event) => loads.push(event) });
    const first: FileLoadEvent[] = [];
    const a = await open(first);
    const answerA = await a.fetchValueCounts({ index: 'zeek_http', timestampField: 'ts', field: 'method', order: 'ascending', size: 5 }, signal);
    await a.close();
    expect(first.map((event) => event.from)).toEqual(['file', 'file']);
    const entries = readdirSync(cacheDir);
    expect(entries.filter((name) => name.endsWith('.duckdb'))).toHaveLength(2);
    expect(entries.filter((name) => !name.endsWith('.duckdb'))).toEqual([]);

    const second: FileLoadEvent[] = [];
    const b = await open(second);
    try {
      expect(second).toEqual([
        { file: eve, from: 'cache' },
        { file: zeek, from: 'cache' },
      ]);
      expect(await observations(b)).toBe(50);
      expect(await b.fetchValueCounts({ index: 'zeek_http', timestampField: 'ts', field: 'method', order: 'ascending', size: 5 }, signal)).toEqual(answerA);
      expect(b.datasets().map((dataset) => dataset.rows)).toEqual([50, 2]);
    } finally {
      await b.close();
    }

    appendFileSync(eve, alert(1) + '\n');
    const third: FileLoadEvent[] = [];
    const c = await open(third);
    try {
      expect(third).toEqual([
        { file: eve, from: 'file' },
        { file: zeek, from: 'cache' },
      ]);
      expect(await observations(c)).toBe(51);
    } finally {
      await c.close();
    }
    expect(readdirSync(cacheDir).filter((name) => name.endsWith('.duckdb'))).toHaveLength(2);
  });

  it('remembers skipped lines in the cache: reported again when skipping, an error naming them otherwise', async () => {
    const cacheDir = join(dir, 'cache');
    const file = join(dir, 'eve.json');
    writeFileSync(file, [alert(0), 'not json at all', alert(1), alert(2)].join('\n') + '\n');
    for (const from of ['file', 'cache']) {
      const loads: FileLoadEvent[] = [];
      const source = await openEmbeddedSource([file], { cacheDir, skipBadLines: true, onFileLoaded: (event) => loads.push(event) });
      try {
        expect(loads).toEqual([{ file, from }]);
        expect(source.loadReport).toMatchObject({ skippedLineCount: 1, skippedLines: [{ file, line: 2 }] });
        expect(await observations(source)).toBe(3);
      } finally {
        await source.close();
      }
    }
    const strict = openEmbeddedSource([file], { cacheDir });
    await expect(strict).rejects.toThrow(BadFileError);
    await expect(openEmbeddedSource([file], { cacheDir })).rejects.toThrow(`${file}:2: not JSON`);
  });

  it('reports the bytes loaded, ending at the files\' total', async () => {
    const files = [join(dir, 'a.json'), join(dir, 'b.json')];
    writeFileSync(files[0] ?? '', eveLines(2000));
    writeFileSync(files[1] ?? '', eveLines(10));
    const reports: Array<{ loadedBytes: number; totalBytes: number }> = [];
    const source = await openEmbeddedSource(files, { onLoadProgress: (progress) => reports.push(progress) });
    await source.close();
    const total = files.reduce((sum, file) => sum + statSync(file).size, 0);
    expect(reports.length).toBeGreaterThanOrEqual(2);
    expect(reports.every((report) => report.totalBytes === total)).toBe(true);
    expect(reports.at(-1)?.loadedBytes).toBe(total);
    const loaded = reports.map((report) => report.loadedBytes);
    expect(loaded).toEqual([...loaded].sort((x, y) => x - y));
  });
});
