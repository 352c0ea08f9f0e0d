/**
 * The embedded engine's raw-events drill-down over the real samples (../shared/data/real): every answer is
 * checked against the raw records read independently in this file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

import { flattenEventSource } from '../../../common/events/flatten_event_source';
import type { EventsQuery } from '../analysis_source';
import { SourceError } from '../source_errors';
import type { EmbeddedSource } from './embedded_source';
import { openEmbeddedSource } from './open_embedded_source';

const REAL = resolve(__dirname, '../../../../shared/data/real');
const EVE_FILE = join(REAL, 'suricata-eve', 'wrccdc-2018-alerts-only.json');
const ZEEK = join(REAL, 'zeek-http');
const signal = new AbortController().signal;

jest.setTimeout(60_000);

interface EveAlert {
  readonly timestamp: string;
  readonly src_ip: string;
  readonly dest_ip: string;
  readonly alert: { readonly signature_id: number };
}

const eve = JSON.parse(readFileSync(EVE_FILE, 'utf8')) as EveAlert[];
/** Suricata writes offsets without a colon (-0600), which Date.parse does not read. */
const eveTime = (alert: EveAlert): number => Date.parse(alert.timestamp.replace(/(\d\d)(\d\d)$/, '$1:$2'));

/** Zeek TSV rows as column → cell, `-` (unset) left out, `(empty)` read as ''. */
function readZeek(): Array<Record<string, string>> {
  const rows: Array<Record<string, string>> = [];
  for (const file of readdirSync(ZEEK).filter((name) => name.endsWith('.log.gz')).sort()) {
    let columns: string[] = [];
    for (const line of gunzipSync(readFileSync(join(ZEEK, file))).toString('utf8').split('\n')) {
      if (line.startsWith('#fields\t')) columns = line.split('\t').slice(1);
      if (line.length === 0 || line.startsWith('#')) continue;
      const row: Record<string, string> = {};
      line.split('\t').forEach((cell, i) => {
        if (cell !== '-') row[columns[i] ?? `?${i}`] = cell === '(empty)' ? '' : cell;
      });
      rows.push(row);
    }
  }
  return rows;
}

const base = { size: 20, order: 'asc', trackTotalUpTo: 10_000 } as const;

describe('embedded engine: raw events of the real Suricata alerts', () => {
  let source: EmbeddedSource;
  beforeAll(async () => {
    source = await openEmbeddedSource([EVE_FILE]);
  });
  afterAll(async () => {
    await source.close();
  });

  it('returns a conversation’s alert whole, as the file holds it, with its time in epoch ms', async () => {
    const alert = eve.find((candidate) => candidate.alert.signature_id === 2024216);
    if (alert === undefined) throw new Error('the sample holds sid 2024216 (README)');
    const query: EventsQuery = {
      ...base,
      index: 'suricata',
      timestampField: 'timestamp',
      filters: [
        { kind: 'terms', field: 'alert.signature_id', values: ['2024216'] },
        { kind: 'terms', field: 'src_ip', values: [alert.src_ip] },
        { kind: 'terms', field: 'dest_ip', values: [alert.dest_ip] },
      ],
    };
    const result = await source.fetchEvents(query, signal);
    expect(result.total).toEqual({ value: 1, relation: 'eq' });
    expect(result.events).toEqual([
      { id: `${EVE_FILE}@${new Date(eveTime(alert)).toISOString()}`, index: 'suricata', timestamp: eveTime(alert), source: flattenEventSource({ ...alert }) },
    ]);
  });

  it('gives every alert of one source in time order, counted exactly, and the last ones first when asked', async () => {
    const bySource = new Map<string, EveAlert[]>();
    for (const alert of eve) bySource.set(alert.src_ip, [...(bySource.get(alert.src_ip) ?? []), alert]);
    const [busiest, alerts] = [...bySource].sort((a, b) => b[1].length - a[1].length)[0] ?? ['', []];
    expect(alerts.length).toBeGreaterThan(5);
    const times = alerts.map(eveTime).sort((a, b) => a - b);
    const query: EventsQuery = { ...base, size: 5, index: 'suricata', timestampField: 'timestamp', filters: [{ kind: 'terms', field: 'src_ip', values: [busiest] }] };
    const first = await source.fetchEvents(query, signal);
    expect(first.total).toEqual({ value: alerts.length, relation: 'eq' });
    expect(first.events.map((event) => event.timestamp)).toEqual(times.slice(0, 5));
    expect(first.events.every((event) => event.source.src_ip === busiest)).toBe(true);
    const last = await source.fetchEvents({ ...query, order: 'desc', includeFields: ['timestamp', 'alert.signature_id'] }, signal);
    expect(last.events.map((event) => event.timestamp)).toEqual([...times].reverse().slice(0, 5));
    expect(Object.keys(last.events[0]?.source ?? {}).sort()).toEqual(['alert.signature_id', 'timestamp']);
  });

  it('reports a total past the tracked limit as a lower bound', async () => {
    const result = await source.fetchEvents({ ...base, size: 1, trackTotalUpTo: 100, index: 'suricata', timestampField: 'timestamp' }, signal);
    expect(eve.length).toBeGreaterThan(100);
    expect(result.total).toEqual({ value: 100, relation: 'gte' });
  });

  it('matches nothing on a key no record holds, as Elasticsearch on an unmapped field, and names a dataset that is not loaded', async () => {
    const unknownKey = await source.fetchEvents({ ...base, index: 'suricata', timestampField: 'timestamp', filters: [{ kind: 'terms', field: 'rule.id', values: ['1'] }] }, signal);
    expect(unknownKey).toEqual({ events: [], total: { value: 0, relation: 'eq' }, warnings: [] });
    await expect(source.fetchEvents({ ...base, index: 'zeek_http', timestampField: 'ts' }, signal)).rejects.toThrow(
      new SourceError('not_found', 'No dataset matches "zeek_http"; loaded datasets: suricata'),
    );
  });
});

describe('embedded engine: raw events of the real Zeek http.log', () => {
  let source: EmbeddedSource;
  const zeek = readZeek();
  beforeAll(async () => {
    source = await openEmbeddedSource([ZEEK]);
  });
  afterAll(async () => {
    await source.close();
  });

  it('gives the events of one outlier-bucket selection (GET or CONNECT, to outside the sensor) with every Zeek column', async () => {
    const from = Date.parse('2024-04-19T00:00:00Z');
    const to = Date.parse('2024-04-22T00:00:00Z');
    const sensor = '64.225.56.201';
    const expected = zeek.filter((row) => {
      const t = Number(row.ts) * 1000;
      return t >= from && t < to && (row.method === 'GET' || row.method === 'CONNECT') && row['id.resp_h'] !== sensor;
    });
    // The sensor answers almost every request: the few that went elsewhere are what the filters must find.
    expect(expected.length).toBeGreaterThan(10);
    expect(expected.length).toBeLessThan(100);
    const result = await source.fetchEvents(
      {
        ...base,
        size: 500,
        index: 'zeek_http',
        timestampField: 'ts',
        timeRange: { from, to },
        filters: [
          { kind: 'terms', field: 'method', values: ['GET', 'CONNECT'] },
          { kind: 'networks', field: 'id.resp_h', cidrs: [`${sensor}/32`], negate: true },
        ],
      },
      signal,
    );
    expect(result.total).toEqual({ value: expected.length, relation: 'eq' });
    const key = (uid: unknown, depth: unknown) => `${String(uid)}/${String(depth)}`;
    expect(result.events.map((event) => key(event.source.uid, event.source.trans_depth)).sort()).toEqual(
      expected.map((row) => key(row.uid, row.trans_depth)).sort(),
    );
    const byKey = new Map(expected.map((row) => [key(row.uid, row.trans_depth), row]));
    for (const event of result.events) {
      const row = byKey.get(key(event.source.uid, event.source.trans_depth));
      // Zeek times are microseconds; both sides cut them to the millisecond.
      expect(Math.abs(event.timestamp - Number(row?.ts) * 1000)).toBeLessThan(1);
      expect(event.source).toMatchObject({
        ts: Number(row?.ts),
        method: row?.method,
        'id.orig_h': row?.['id.orig_h'],
        'id.resp_h': row?.['id.resp_h'],
        request_body_len: Number(row?.request_body_len),
      });
    }
    const times = result.events.map((event) => event.timestamp);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('names a field the Zeek columns do not have', async () => {
    const query: EventsQuery = { ...base, index: 'zeek_http', timestampField: 'ts', filters: [{ kind: 'terms', field: 'rule.id', values: ['1'] }] };
    await expect(source.fetchEvents(query, signal)).rejects.toThrow(new SourceError('bad_query', 'Field "rule.id" does not exist in dataset "zeek_http"'));
  });
});
