import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

import { toConversation } from '../../../common/conversations/to_conversation';
import { DEFAULT_HOME_NETWORKS } from '../../../common/network/home_networks';
import { BadFileError } from '../source_errors';
import type { EmbeddedSource } from './embedded_source';
import { openEmbeddedSource } from './open_embedded_source';

/** The real samples live beside the repository (../shared/data/real), never copied into it. */
const REAL = resolve(__dirname, '../../../../shared/data/real');
const EVE = join(REAL, 'suricata-eve');
const ZEEK = join(REAL, 'zeek-http');
const signal = new AbortController().signal;

// DuckDB and the line scans read real files; the default 5 s is short on a loaded two-core machine.
jest.setTimeout(60_000);

const EVE_FIELDS = { signatureId: 'alert.signature_id', signature: 'alert.signature', sourceIp: 'src_ip', destinationIp: 'dest_ip' };
const ALERTS = [{ kind: 'terms', field: 'event_type', values: ['alert'] }] as const;

describe('embedded engine over the real Suricata samples', () => {
  // README table: alerts (= distinct sids) per file.
  it.each([
    ['wrccdc-2018-alerts-only.json', 207],
    ['wrccdc-2017-alerts-only.json', 161],
    ['first-org-conf-2015-alerts-only.json', 136],
    ['honeypot-2018-alerts-only.json', 44],
  ])('%s holds %i alerts, one per distinct sid', async (file, alerts) => {
    const source = await openEmbeddedSource([join(EVE, file)]);
    try {
      const [dataset] = source.datasets();
      expect(dataset?.name).toBe('suricata');
      expect(dataset?.rows).toBe(alerts);
      const sids = await source.fetchValueCounts(
        { index: 'suricata', timestampField: 'timestamp', filters: ALERTS, field: 'alert.signature_id', order: 'descending', size: 1000 },
        signal,
      );
      expect(sids.distinctValues).toBe(alerts);
      expect(sids.values.every((value) => value.count === 1)).toBe(true);
    } finally {
      await source.close();
    }
  });

  it('groups conversations with epoch-ms times read from the offset timestamps', async () => {
    const source = await openEmbeddedSource([join(EVE, 'wrccdc-2018-alerts-only.json')]);
    try {
      const result = await source.fetchConversationGroups({ index: 'suricata', timestampField: 'timestamp', filters: ALERTS, fields: EVE_FIELDS }, signal);
      const records = JSON.parse(readFileSync(join(EVE, 'wrccdc-2018-alerts-only.json'), 'utf8')) as Array<{
        timestamp: string;
        src_ip: string;
        dest_ip: string;
        alert: { signature_id: number; signature: string };
      }>;
      // Expected groups computed independently from the raw JSON (Date.parse reads the -0600 offsets).
      const expected = new Map<string, { first: number; last: number; n: number }>();
      for (const record of records) {
        const key = `${record.alert.signature_id}|${record.src_ip}|${record.dest_ip}`;
        const t = Date.parse(record.timestamp.replace(/(\d\d)(\d\d)$/, '$1:$2'));
        const entry = expected.get(key) ?? { first: t, last: t, n: 0 };
        expected.set(key, { first: Math.min(entry.first, t), last: Math.max(entry.last, t), n: entry.n + 1 });
      }
      expect(result.truncated).toBe(false);
      expect(result.groups).toHaveLength(expected.size);
      for (const group of result.groups) {
        const entry = expected.get(`${group.signatureId}|${group.sourceIp}|${group.destinationIp}`);
        expect(entry).toBeDefined();
        expect([group.firstSeen, group.lastSeen, group.observations]).toEqual([entry?.first, entry?.last, entry?.n]);
      }
      // The groups feed the shared conversion unchanged: every one becomes a Conversation.
      const converted = result.groups.map((group) => toConversation(group, DEFAULT_HOME_NETWORKS));
      expect(converted.filter((entry) => !entry.ok)).toEqual([]);
      const doublePulsar = result.groups.find((group) => group.signatureId === '2024216');
      expect(doublePulsar?.signature).toMatch(/DOUBLEPULSAR/);
      const keys = result.groups.map((group) => [group.signatureId, group.sourceIp, group.destinationIp].join('\u0000'));
      expect(keys).toEqual([...keys].sort());
    } finally {
      await source.close();
    }
  });

  it('truncates at maxGroups and says how many there were', async () => {
    const source = await openEmbeddedSource([EVE]);
    try {
      const result = await source.fetchConversationGroups({ index: 'suricata', timestampField: 'timestamp', fields: EVE_FIELDS, maxGroups: 10 }, signal);
      expect(result.groups).toHaveLength(10);
      expect(result.truncated).toBe(true);
      expect(result.totalGroups).toBe(207 + 161 + 136 + 44);
      // Truncation is said by `truncated` and the total; a source warning would mark the answer partial.
      expect(result.warnings).toEqual([]);
    } finally {
      await source.close();
    }
  });
});

describe('embedded engine over the real Zeek http logs (72 gzip TSV files)', () => {
  let source: EmbeddedSource;
  beforeAll(async () => {
    source = await openEmbeddedSource([ZEEK]);
  });
  afterAll(() => source.close());

  it('loads all 18,829 transactions from the 72 hourly files', () => {
    const [dataset] = source.datasets();
    expect(dataset?.name).toBe('zeek_http');
    expect(dataset?.files).toHaveLength(72);
    expect(dataset?.rows).toBe(18_829);
  });

  it('counts methods exactly, least common first', async () => {
    const result = await source.fetchValueCounts({ index: 'zeek_http', timestampField: 'ts', field: 'method', order: 'ascending', size: 100 }, signal);
    const counts = Object.fromEntries(result.values.map((value) => [value.value, value.count]));
    expect(counts).toMatchObject({ GET: 18_286, HEAD: 222, POST: 172, CONNECT: 25 });
    expect(result.values.map((value) => value.count)).toEqual([...result.values.map((value) => value.count)].sort((a, b) => a - b));
    // 102 transactions have no method (Zeek's unset marker "-"); together with the counted ones they are all.
    const missing = await source.fetchBuckets(
      { index: 'zeek_http', timestampField: 'ts', intervalMs: 86_400_000, metric: { kind: 'count' }, filters: [{ kind: 'exists', field: 'method', negate: true }] },
      signal,
    );
    const missingCount = missing.buckets.reduce((sum, bucket) => sum + bucket.value, 0);
    expect(missingCount).toBe(102);
    expect(result.values.reduce((sum, value) => sum + value.count, 0) + missingCount).toBe(18_829);
  });

  it('buckets POSTs in 15-minute intervals aligned to UTC, with empty buckets over the whole range', async () => {
    const from = Date.UTC(2024, 3, 19);
    const to = Date.UTC(2024, 3, 22);
    const result = await source.fetchBuckets(
      {
        index: 'zeek_http',
        timestampField: 'ts',
        timeRange: { from, to },
        intervalMs: 15 * 60_000,
        metric: { kind: 'count' },
        filters: [{ kind: 'terms', field: 'method', values: ['POST', 'PUT'] }],
      },
      signal,
    );
    expect(result.buckets).toHaveLength(3 * 96);
    expect(result.buckets[0]?.start).toBe(from);
    expect(result.buckets.every((bucket, index) => bucket.start === from + index * 15 * 60_000)).toBe(true);
    expect(result.buckets.reduce((sum, bucket) => sum + bucket.value, 0)).toBe(172);
  });

  it('keeps only destinations outside the home networks, IPv4 and IPv6 alike', async () => {
    const base = { index: 'zeek_http', timestampField: 'ts', field: 'id.resp_h', order: 'descending', size: 50 } as const;
    const all = await source.fetchValueCounts(base, signal);
    const outside = await source.fetchValueCounts(
      { ...base, filters: [{ kind: 'networks', field: 'id.resp_h', cidrs: ['64.225.56.0/24', '2001:db8::/32'], negate: true }] },
      signal,
    );
    const inside = await source.fetchValueCounts({ ...base, filters: [{ kind: 'networks', field: 'id.resp_h', cidrs: ['64.225.56.0/24'] }] }, signal);
    expect(inside.values.map((value) => value.value)).toEqual(['64.225.56.201']);
    expect(outside.values.some((value) => value.value.startsWith('64.225.56.'))).toBe(false);
    const sum = (values: readonly { count: number }[]) => values.reduce((total, value) => total + value.count, 0);
    expect(sum(inside.values) + sum(outside.values)).toBe(sum(all.values));
  });

  it('gives type-7 quartiles, fences and the real documents beyond them', async () => {
    const result = await source.fetchDistribution(
      { index: 'zeek_http', timestampField: 'ts', valueField: 'request_body_len', categoryField: 'method', maxOutliersPerCategory: 5 },
      signal,
    );
    const post = result.categories.find((category) => category.category === 'POST');
    expect(post?.count).toBe(172);
    // Independent check: every POST's request_body_len from the same engine, quartiles by numpy's rule.
    const values = (
      await source.fetchValueCounts(
        { index: 'zeek_http', timestampField: 'ts', field: 'request_body_len', order: 'ascending', size: 10_000, filters: [{ kind: 'terms', field: 'method', values: ['POST'] }] },
        signal,
      )
    ).values.flatMap((value) => Array<number>(value.count).fill(Number(value.value)));
    values.sort((a, b) => a - b);
    const type7 = (p: number) => {
      const h = (values.length - 1) * p;
      const lower = values[Math.floor(h)] ?? NaN;
      const upper = values[Math.ceil(h)] ?? NaN;
      return lower + (h - Math.floor(h)) * (upper - lower);
    };
    expect([post?.q1, post?.median, post?.q3]).toEqual([type7(0.25), type7(0.5), type7(0.75)]);
    const iqr = type7(0.75) - type7(0.25);
    const beyond = values.filter((value) => value < type7(0.25) - 1.5 * iqr || value > type7(0.75) + 1.5 * iqr);
    expect(post?.outlierCount).toBe(beyond.length);
    expect(post?.outliers.length).toBe(Math.min(5, beyond.length));
    for (const outlier of post?.outliers ?? []) {
      expect(outlier.id).toMatch(/http\.2024-04-\d\d\.\d\d\.log\.gz@2024-04-\d\dT[\d:.]+Z(#\d+)?$/);
      expect(outlier.id).toContain(new Date(outlier.timestamp).toISOString());
      expect(outlier.value < (post?.lowerFence ?? 0) || outlier.value > (post?.upperFence ?? 0)).toBe(true);
    }
  });

  it('rejects an unknown field, naming it', async () => {
    await expect(
      source.fetchValueCounts({ index: 'zeek_http', timestampField: 'ts', field: 'no_such_field', order: 'ascending', size: 5 }, signal),
    ).rejects.toMatchObject({ code: 'bad_query', message: 'Field "no_such_field" does not exist in dataset "zeek_http"' });
  });

  it('stops a cancelled query with an aborted error', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      source.fetchValueCounts({ index: 'zeek_http', timestampField: 'ts', field: 'method', order: 'ascending', size: 5 }, controller.signal),
    ).rejects.toMatchObject({ code: 'aborted' });
  });
});

describe('embedded engine over bad files', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'hunt-eda-bad-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const alert = (i: number) =>
    JSON.stringify({ timestamp: `2024-01-01T00:00:${String(i % 60).padStart(2, '0')}.000000+0000`, event_type: 'alert', src_ip: '10.0.0.1', dest_ip: '8.8.8.8', alert: { signature_id: 1000 + (i % 3), signature: `sig ${i % 3}` } });

  it('names file and line of a non-JSON line, and with skipBadLines analyses the rest', async () => {
    const file = join(dir, 'eve.json');
    writeFileSync(file, [alert(0), alert(1), 'this is not json', alert(2), alert(3)].join('\n') + '\n');
    await expect(openEmbeddedSource([file])).rejects.toThrow(BadFileError);
    await expect(openEmbeddedSource([file])).rejects.toThrow(`${file}:3: not JSON`);
    const source = await openEmbeddedSource([file], { skipBadLines: true });
    try {
      expect(source.loadReport.skippedLineCount).toBe(1);
      expect(source.loadReport.skippedLines[0]).toMatchObject({ file, line: 3 });
      const result = await source.fetchConversationGroups({ index: 'suricata', timestampField: 'timestamp', fields: EVE_FIELDS }, signal);
      expect(result.groups.reduce((sum, group) => sum + group.observations, 0)).toBe(4);
    } finally {
      await source.close();
    }
  });

  it('reports a truncated gzip with the line where it stops, and skips only the damage', async () => {
    const lines = Array.from({ length: 5000 }, (_, i) => alert(i)).join('\n') + '\n';
    const full = gzipSync(lines);
    const cut = join(dir, 'eve.cut.json.gz');
    writeFileSync(cut, full.subarray(0, Math.floor(full.length * 0.6)));
    await expect(openEmbeddedSource([cut])).rejects.toThrow(/eve\.cut\.json\.gz:\d+: gzip data is truncated \(unexpected end of file\)/);
    const source = await openEmbeddedSource([cut], { skipBadLines: true });
    try {
      const result = await source.fetchConversationGroups({ index: 'suricata', timestampField: 'timestamp', fields: EVE_FIELDS }, signal);
      const bad = source.loadReport.skippedLines[0];
      expect(bad?.reason).toBe('gzip data is truncated (unexpected end of file)');
      expect(source.loadReport.skippedLineCount).toBe(1);
      const rows = result.groups.reduce((sum, group) => sum + group.observations, 0);
      expect(rows).toBeGreaterThan(0);
      expect(rows).toBeLessThan(5000);
      // The lines kept are the complete ones before the cut; the partial last line counts as the bad one.
      expect(bad?.line).toBeGreaterThanOrEqual(rows + 1);
    } finally {
      await source.close();
    }
  });

  it('rejects a Zeek log with a wrong header, naming file and line; skipBadLines skips that file only', async () => {
    const good = readFileSync(join(ZEEK, 'http.2024-04-19.00.log.gz'));
    const goodCopy = join(dir, 'http.00.log.gz');
    writeFileSync(goodCopy, good);
    const wrong = join(dir, 'http.01.log');
    writeFileSync(wrong, '#separator \\x09\n#path\thttp\n#types\ttime\tstring\n1713484832.77\tC1\n');
    await expect(openEmbeddedSource([goodCopy, wrong])).rejects.toThrow(`${wrong}:4: Zeek log header has no "#fields" line`);
    const source = await openEmbeddedSource([goodCopy, wrong], { skipBadLines: true });
    try {
      expect(source.loadReport.skippedLines[0]?.file).toBe(wrong);
      expect(source.datasets().map((dataset) => [dataset.name, dataset.files.length])).toEqual([['zeek_http', 1]]);
    } finally {
      await source.close();
    }
  });

  it('reports a Zeek record with the wrong number of fields by file and line', async () => {
    const file = join(dir, 'http.02.log');
    writeFileSync(file, '#separator \\x09\n#path\thttp\n#fields\tts\tuid\tmethod\n#types\ttime\tstring\tstring\n1.5\tC1\tGET\n2.5\tC2\n#close\tx\n');
    await expect(openEmbeddedSource([file])).rejects.toThrow(`${file}:6: Zeek record has 2 fields but "#fields" names 3`);
  });

  it('meets a bad line beyond the schema sample when loading, and skips it on request', async () => {
    const file = join(dir, 'late-bad.json');
    const lines = Array.from({ length: 25_000 }, (_, i) => alert(i));
    lines[23_999] = '{"timestamp": "2024-01-01T00:00:00.000000+0000", "event_type": "alert", "src_ip": ';
    writeFileSync(file, lines.join('\n') + '\n');
    const query = { index: 'suricata', timestampField: 'timestamp', fields: EVE_FIELDS } as const;
    await expect(openEmbeddedSource([file])).rejects.toThrow(`${file}:24000: not JSON`);
    const lenient = await openEmbeddedSource([file], { skipBadLines: true });
    try {
      const result = await lenient.fetchConversationGroups(query, signal);
      expect(result.groups.reduce((sum, group) => sum + group.observations, 0)).toBe(24_999);
      expect(lenient.loadReport).toMatchObject({ skippedLineCount: 1, skippedLines: [{ file, line: 24_000 }] });
    } finally {
      await lenient.close();
    }
  });

  it('finds keys that first appear after the schema sample (eve http events late in a file of alerts)', async () => {
    const file = join(dir, 'mixed.json');
    const http = (i: number) =>
      JSON.stringify({ timestamp: '2024-01-01T01:00:00.000000+0000', event_type: 'http', src_ip: '10.0.0.2', dest_ip: '1.1.1.1', http: { http_method: i % 2 ? 'POST' : 'GET', length: 100 * i } });
    writeFileSync(file, [...Array.from({ length: 30_000 }, (_, i) => alert(i)), http(1), http(2), http(3)].join('\n') + '\n');
    const source = await openEmbeddedSource([file]);
    try {
      const methods = await source.fetchValueCounts(
        { index: 'suricata', timestampField: 'timestamp', field: 'http.http_method', order: 'descending', size: 5, filters: [{ kind: 'terms', field: 'event_type', values: ['http'] }] },
        signal,
      );
      expect(methods.values).toEqual([
        { value: 'POST', count: 2 },
        { value: 'GET', count: 1 },
      ]);
      const bytes = await source.fetchBuckets(
        { index: 'suricata', timestampField: 'timestamp', intervalMs: 3_600_000, metric: { kind: 'sum', field: 'http.length' } },
        signal,
      );
      expect(bytes.buckets).toEqual([
        { start: Date.UTC(2024, 0, 1, 0), value: 0 },
        { start: Date.UTC(2024, 0, 1, 1), value: 600 },
      ]);
    } finally {
      await source.close();
    }
  });

  it('reads Zeek JSON logs (literal dotted keys, epoch-second ts, gzip) and ECS NDJSON (nested objects)', async () => {
    const zeekFile = join(dir, 'http.2024-04-19.00.json.gz');
    const zeekLine = (i: number) =>
      JSON.stringify({ ts: 1713484800 + i * 60 + 0.5, uid: `C${i}`, 'id.orig_h': '10.1.1.1', 'id.resp_h': i % 2 ? '2001:db8::1' : '64.225.56.201', method: i % 3 ? 'GET' : 'POST', request_body_len: i });
    writeFileSync(zeekFile, gzipSync(Array.from({ length: 6 }, (_, i) => zeekLine(i)).join('\n') + '\n'));
    const ecsFile = join(dir, 'alerts.ndjson');
    const ecsLine = (i: number) =>
      JSON.stringify({ '@timestamp': `2024-04-19T00:0${i}:00.000Z`, rule: { id: '2024216', name: 'DOUBLEPULSAR' }, source: { ip: '10.0.0.5' }, destination: { ip: '8.8.4.4' } });
    writeFileSync(ecsFile, Array.from({ length: 3 }, (_, i) => ecsLine(i)).join('\n') + '\n');
    const source = await openEmbeddedSource([zeekFile, ecsFile]);
    try {
      expect(source.datasets().map((dataset) => [dataset.name, dataset.timestampField])).toEqual([
        ['zeek_http', 'ts'],
        ['ecs', '@timestamp'],
      ]);
      const outside = await source.fetchBuckets(
        {
          index: 'zeek_http',
          timestampField: 'ts',
          intervalMs: 120_000,
          metric: { kind: 'sum', field: 'request_body_len' },
          filters: [{ kind: 'networks', field: 'id.resp_h', cidrs: ['2001:db8::/32'], negate: true }],
        },
        signal,
      );
      // Requests 0, 2, 4 go to the IPv4 server (outside 2001:db8::/32): bytes 0, 2, 4 in 2-minute buckets.
      expect(outside.buckets).toEqual([
        { start: 1713484800_000, value: 0 },
        { start: 1713484920_000, value: 2 },
        { start: 1713485040_000, value: 4 },
      ]);
      const groups = await source.fetchConversationGroups(
        { index: 'ecs', timestampField: '@timestamp', fields: { signatureId: 'rule.id', signature: 'rule.name', sourceIp: 'source.ip', destinationIp: 'destination.ip' } },
        signal,
      );
      expect(groups.groups).toEqual([
        { signatureId: '2024216', signature: 'DOUBLEPULSAR', sourceIp: '10.0.0.5', destinationIp: '8.8.4.4', firstSeen: Date.UTC(2024, 3, 19), lastSeen: Date.UTC(2024, 3, 19, 0, 2), observations: 3 },
      ]);
      await expect(source.fetchValueCounts({ index: '*', timestampField: 'ts', field: 'method', order: 'ascending', size: 3 }, signal)).rejects.toMatchObject({
        code: 'bad_query',
        message: '"*" matches several datasets (zeek_http, ecs); name one',
      });
    } finally {
      await source.close();
    }
  });

  it('reads a CSV with its columns mapped to a preset\'s field names', async () => {
    const file = join(dir, 'alerts.csv');
    writeFileSync(file, 'time,sid,msg,src,dst\n2024-01-01T00:00:00Z,1,"a, b",10.0.0.1,8.8.8.8\n2024-01-01T00:10:00Z,1,"a, b",10.0.0.1,8.8.8.8\n');
    const source = await openEmbeddedSource([file], {
      csv: { columns: { time: '@timestamp', sid: 'rule.id', msg: 'rule.name', src: 'source.ip', dst: 'destination.ip' }, timestampField: '@timestamp' },
    });
    try {
      const result = await source.fetchConversationGroups(
        { index: 'csv', timestampField: '@timestamp', fields: { signatureId: 'rule.id', signature: 'rule.name', sourceIp: 'source.ip', destinationIp: 'destination.ip' } },
        signal,
      );
      expect(result.groups).toEqual([
        { signatureId: '1', signature: 'a, b', sourceIp: '10.0.0.1', destinationIp: '8.8.8.8', firstSeen: Date.UTC(2024, 0, 1), lastSeen: Date.UTC(2024, 0, 1, 0, 10), observations: 2 },
      ]);
    } finally {
      await source.close();
    }
  });
});
