/**
 * The CLI as a user runs it, on the real samples in ../shared/data/real: results are checked against an
 * oracle computed here straight from the files (JSON.parse per line, Zeek TSV split on tabs), not against
 * the engine's own numbers.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

import { DIRECTIONS } from '../../common/model/direction';
import type { ConversationsOutput } from '../../cli/to_conversations_output';
import type { TimelineOutput } from '../../cli/to_timeline_output';
import { parseJson, REAL_DATA, runCli } from './run_cli';

const EVE_DIR = path.join(REAL_DATA, 'suricata-eve');
const ZEEK_DIR = path.join(REAL_DATA, 'zeek-http');

interface EveAlert {
  timestamp: string;
  src_ip: string;
  dest_ip: string;
  alert: { signature_id: number; signature: string };
}

/** The sample files are pretty-printed JSON arrays of eve records. */
function readEveAlerts(): EveAlert[] {
  return readdirSync(EVE_DIR)
    .filter((name) => name.endsWith('.json'))
    .flatMap((name) => JSON.parse(readFileSync(path.join(EVE_DIR, name), 'utf8')) as EveAlert[]);
}

/** Suricata's `2018-03-24T14:37:19.037299-0600` (no offset: UTC) → epoch ms, sub-millisecond digits dropped. */
function eveTime(text: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:([+-])(\d{2}):?(\d{2})|Z)?$/.exec(text);
  if (!match) throw new Error(`not a Suricata time: ${text}`);
  const [, y, mo, d, h, mi, sec, fraction = '0', sign, oh = '0', om = '0'] = match;
  const local = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(sec)) + Math.floor(Number(`0.${fraction}`) * 1000);
  const offset = (Number(oh) * 60 + Number(om)) * 60_000 * (sign === '-' ? -1 : 1);
  return local - offset;
}

function readZeekHttp(): Array<{ ts: number; method: string }> {
  const rows: Array<{ ts: number; method: string }> = [];
  for (const name of readdirSync(ZEEK_DIR).filter((file) => file.endsWith('.log.gz'))) {
    const lines = gunzipSync(readFileSync(path.join(ZEEK_DIR, name))).toString('utf8').split('\n');
    const fields = (lines.find((line) => line.startsWith('#fields')) ?? '').split('\t').slice(1);
    for (const line of lines.filter((text) => text !== '' && !text.startsWith('#'))) {
      const values = line.split('\t');
      rows.push({ ts: Number(values[fields.indexOf('ts')]), method: values[fields.indexOf('method')] ?? '' });
    }
  }
  return rows;
}

describe('hunt-eda conversations on real Suricata eve.json', () => {
  it('finds one conversation per (sid, source, destination) with exact first/last seen and counts', async () => {
    const result = await runCli(['conversations', EVE_DIR, '--format', 'json']);
    expect(result.code).toBe(0);
    const output = parseJson<ConversationsOutput>(result);

    const expected = new Map<string, { first: number; last: number; count: number; signature: string }>();
    for (const alert of readEveAlerts()) {
      const key = `${alert.alert.signature_id}|${alert.src_ip}|${alert.dest_ip}`;
      const t = eveTime(alert.timestamp);
      const entry = expected.get(key);
      if (entry) expected.set(key, { ...entry, first: Math.min(entry.first, t), last: Math.max(entry.last, t), count: entry.count + 1 });
      else expected.set(key, { first: t, last: t, count: 1, signature: alert.alert.signature });
    }
    expect(output.conversations).toHaveLength(expected.size);
    for (const row of output.conversations) {
      const oracle = expected.get(`${row.signature_id}|${row.source_ip}|${row.destination_ip}`);
      expect({ row: row.signature_id, first: row.first_seen, last: row.last_seen, observations: row.observations, signature: row.signature }).toEqual({
        row: row.signature_id,
        first: new Date(oracle?.first ?? 0).toISOString(),
        last: new Date(oracle?.last ?? 0).toISOString(),
        observations: oracle?.count,
        signature: oracle?.signature,
      });
      expect(row.otr_seconds).toBeCloseTo(((oracle?.last ?? 0) - (oracle?.first ?? 0)) / 1000, 3);
      expect(DIRECTIONS).toContain(row.direction);
    }
    expect(output.summary.conversations).toBe(expected.size);
    expect(output.summary.total_observations).toBe(548);
    // The DOUBLEPULSAR beacon response the README names is among them.
    expect(output.conversations.some((row) => row.signature_id === '2024216')).toBe(true);
  }, 120_000);

  it('prints CSV with one line per conversation and a header', async () => {
    const result = await runCli(['conversations', EVE_DIR, '--format', 'csv', '--preset', 'suricata']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toBe('signature_id,signature,source_ip,destination_ip,first_seen,last_seen,otr_seconds,observations,direction');
    expect(lines).toHaveLength(1 + new Set(readEveAlerts().map((a) => `${a.alert.signature_id}|${a.src_ip}|${a.dest_ip}`)).size);
  }, 120_000);
});

describe('hunt-eda timeline and rare on real Zeek http.log (72 gzipped hourly files)', () => {
  it('counts every transaction into hourly buckets and scores the residuals', async () => {
    const result = await runCli(['timeline', ZEEK_DIR, '--interval', '1h', '--period', '24', '--format', 'json']);
    expect(result.code).toBe(0);
    const output = parseJson<TimelineOutput>(result);
    const rows = readZeekHttp();
    expect(rows).toHaveLength(18_829);
    const perHour = new Map<number, number>();
    for (const row of rows) {
      const hour = Math.floor((row.ts * 1000) / 3_600_000) * 3_600_000;
      perHour.set(hour, (perHour.get(hour) ?? 0) + 1);
    }
    expect(output.buckets).toHaveLength(72);
    expect(output.buckets.map((bucket) => bucket.value)).toEqual(output.buckets.map((bucket) => perHour.get(Date.parse(bucket.start)) ?? 0));
    // Classical decomposition: the first and last period/2 buckets have no trend, hence no score.
    expect(output.trend.slice(0, 12)).toEqual(Array(12).fill(null));
    expect(output.trend[12]).toEqual(expect.any(Number));
    expect(output.not_scorable).toHaveLength(24);
    for (const outlier of output.outliers) {
      expect(Math.abs(outlier.score)).toBeGreaterThan(3);
      expect(outlier.sign).toBe(Math.sign(outlier.score));
    }
  }, 120_000);

  it('filters methods before bucketing (--methods POST)', async () => {
    const result = await runCli(['timeline', ZEEK_DIR, '--interval', '1h', '--period', '24', '--methods', 'post', '--format', 'csv']);
    expect(result.code).toBe(0);
    const values = result.stdout.trim().split('\n').slice(1).map((line) => Number(line.split(',')[1]));
    expect(values.reduce((sum, value) => sum + value, 0)).toBe(readZeekHttp().filter((row) => row.method === 'POST').length);
  }, 120_000);

  it('lists the rarest methods first with exact counts', async () => {
    const result = await runCli(['rare', 'method', ZEEK_DIR, '--format', 'json']);
    expect(result.code).toBe(0);
    const output = parseJson<{ values: Array<{ value: string; count: number }>; distinct_values: number }>(result);
    const counts = new Map<string, number>();
    for (const row of readZeekHttp()) if (row.method !== '-') counts.set(row.method, (counts.get(row.method) ?? 0) + 1);
    const expected = [...counts].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).map(([value, count]) => ({ value, count }));
    expect(output.values).toEqual(expected.slice(0, 10));
  }, 120_000);
});

describe('hunt-eda usage', () => {
  it('shows help and exits 0', async () => {
    const result = await runCli(['conversations', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--home-net <cidr>');
  }, 60_000);

  it.each([[['help', 'timeline'], '--methods <list>'], [['--version'], '0.1.0']])('%j exits 0 (commander ends it with a help or version code)', async (args, shown) => {
    const result = await runCli(args);
    expect({ code: result.code, stdout: result.stdout }).toEqual({ code: 0, stdout: expect.stringContaining(shown) });
  }, 60_000);

  it.each([[[]], [['help', 'frobnicate']]])('%j prints the help to stderr and exits 2', async (args) => {
    const result = await runCli(args);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 2, stderr: expect.stringContaining('Usage: hunt-eda') });
  }, 60_000);

  it.each([
    [['conversations'], /nothing to analyse: give files .* or --es URL --index PATTERN/],
    [['conversations', EVE_DIR, '--format', 'xml'], /--format: expected json, csv or table, got "xml"/],
    [['conversations', EVE_DIR, '--es', 'http://127.0.0.1:9'], /give either --es or files, not both/],
    [['conversations', '--es', 'http://127.0.0.1:9'], /--es needs --index PATTERN/],
    [['timeline', ZEEK_DIR, '--interval', '15s'], /--interval: expected minutes, hours or days/],
    [['timeline', ZEEK_DIR, '--from', 'yesterday'], /--from: "yesterday" is not a time/],
    [['serve', '--host', '0.0.0.0', '--no-app'], /refusing to listen on 0\.0\.0\.0.*--allow-remote/],
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['conversations', EVE_DIR, '--bogus'], /unknown option '--bogus'/],
    [['conversations', '--es', 'not a url', '--index', 'x'], /--es: "not a url" is not a URL/],
  ])('%j exits 2 and says what to fix', async (args, message) => {
    const result = await runCli(args);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 2, stderr: expect.stringMatching(message) });
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('exits 1 for a source it cannot read, without a stack trace', async () => {
    const missing = await runCli(['conversations', '/nonexistent/eve.json']);
    expect({ code: missing.code, stderr: missing.stderr }).toEqual({ code: 1, stderr: expect.stringContaining('No such file or directory: /nonexistent/eve.json') });
    const unreachable = await runCli(['conversations', '--es', 'http://127.0.0.1:9', '--index', 'x']);
    expect({ code: unreachable.code, stderr: unreachable.stderr }).toEqual({ code: 1, stderr: expect.stringMatching(/cannot reach Elasticsearch at http:\/\/127\.0\.0\.1:9.*check --es/) });
    expect(unreachable.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});
