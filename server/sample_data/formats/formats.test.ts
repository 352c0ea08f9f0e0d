import { once } from 'node:events';
import { createWriteStream, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import { buildHttpMonthPlan, generateHttpTransactions } from '../http/generate_http_month';
import { buildOutbreakConversations } from '../outbreak/build_outbreak_conversations';
import { conversationPlanFromTable } from '../outbreak/conversation_plan';
import { generateOutbreakEvents, type SampleAlertEvent } from '../outbreak/generate_outbreak_events';
import { createAlertLineSerializer, formatSuricataTimestamp, toEcsAlert, toEveAlert } from './alert_formats';
import { toZeekHttpLine, ZEEK_HTTP_FIELDS, zeekHttpHeader } from './http_formats';
import { drainOrFail, writeLines } from './write_lines';

const REAL = path.resolve(__dirname, '../../../../shared/data/real');

function firstAlerts(count: number): SampleAlertEvent[] {
  const plan = conversationPlanFromTable(buildOutbreakConversations().filter((_, i) => i % 50 === 0));
  const events: SampleAlertEvent[] = [];
  for (const e of generateOutbreakEvents(plan, { seed: 3, idPrefix: 't' })) {
    events.push(e);
    if (events.length === count) break;
  }
  return events;
}

describe('alert formats', () => {
  const events = firstAlerts(2000);

  it('writes the same bytes through the fast serialiser as through the objects', () => {
    const ecs = createAlertLineSerializer('ecs');
    const eve = createAlertLineSerializer('eve');
    expect(events.filter((e) => ecs(e) !== JSON.stringify(toEcsAlert(e)))).toEqual([]);
    expect(events.filter((e) => eve(e) !== JSON.stringify(toEveAlert(e)))).toEqual([]);
    expect(new Set(events.map((e) => e.signature.id)).size).toBeGreaterThan(1);
  });

  it('lays eve.json alerts out like the real Suricata samples (same keys, same alert keys, same timestamp shape)', () => {
    const real = JSON.parse(readFileSync(path.join(REAL, 'suricata-eve/wrccdc-2018-alerts-only.json'), 'utf8')) as Record<string, unknown>[];
    const sample = real.find((r) => (r.alert as { signature_id: number }).signature_id === 2024216) as Record<string, unknown>;
    const ours = toEveAlert(events[0]);
    const optional = new Set(['flow', 'pcap_cnt', 'app_proto', 'payload', 'packet', 'stream', 'tx_id']);
    expect(Object.keys(ours)).toEqual(Object.keys(sample).filter((k) => !optional.has(k)));
    expect(Object.keys(ours.alert as object)).toEqual(Object.keys(sample.alert as object));
    expect(formatSuricataTimestamp(Date.UTC(2018, 3, 26, 7, 12, 41, 5))).toBe('2018-04-26T07:12:41.005000+0000');
    expect(String(sample.timestamp)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}[+-]\d{4}$/);
    expect(String(ours.timestamp)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}[+-]\d{4}$/);
  });

  it('uses the real ET Open name and revision for 2024216', () => {
    const real = JSON.parse(readFileSync(path.join(REAL, 'suricata-eve/wrccdc-2018-alerts-only.json'), 'utf8')) as { alert: Record<string, unknown> }[];
    const sample = real.find((r) => r.alert.signature_id === 2024216);
    const ours = events.map(toEveAlert).find((e) => (e.alert as { signature_id: number }).signature_id === 2024216);
    expect(ours?.alert).toEqual(sample?.alert);
  });
});

describe('Zeek http.log format', () => {
  it('has the real sample header (#fields and #types) and one value per field on each line', () => {
    const real = gunzipSync(readFileSync(path.join(REAL, 'zeek-http/http.2024-04-19.13.log.gz'))).toString('utf8').split('\n');
    const ours = zeekHttpHeader(Date.UTC(2024, 3, 1));
    for (const prefix of ['#separator', '#set_separator', '#empty_field', '#unset_field', '#path', '#fields', '#types']) {
      expect(ours.find((l) => l.startsWith(prefix))).toBe(real.find((l) => l.startsWith(prefix)));
    }
    let n = 0;
    for (const row of generateHttpTransactions(buildHttpMonthPlan())) {
      expect(toZeekHttpLine(row).split('\t')).toHaveLength(ZEEK_HTTP_FIELDS.length);
      n += 1;
      if (n === 500) break;
    }
  });
});

describe('writeLines', () => {
  it('writes plain and gzipped files with the same content, byte for byte on repeat', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'sample-lines-'));
    try {
      const lines = Array.from({ length: 30_000 }, (_, i) => `{"n":${i}}`);
      expect(await writeLines(path.join(dir, 'a.ndjson'), lines)).toBe(30_000);
      await writeLines(path.join(dir, 'a.ndjson.gz'), lines, { gzip: true });
      await writeLines(path.join(dir, 'b.ndjson.gz'), lines, { gzip: true });
      const plain = await readFile(path.join(dir, 'a.ndjson'), 'utf8');
      expect(plain).toBe(`${lines.join('\n')}\n`);
      expect(gunzipSync(await readFile(path.join(dir, 'a.ndjson.gz'))).toString('utf8')).toBe(plain);
      expect((await readFile(path.join(dir, 'b.ndjson.gz'))).equals(await readFile(path.join(dir, 'a.ndjson.gz')))).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('leaves no listener behind per drain, so a file of many chunks raises no MaxListenersExceededWarning', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'sample-lines-'));
    const file = createWriteStream(path.join(dir, 'big.txt'), { highWaterMark: 16 });
    try {
      const before = [file.listenerCount('error'), file.listenerCount('drain')];
      for (let chunk = 0; chunk < 20; chunk += 1) {
        expect(file.write('x'.repeat(64))).toBe(false);
        await drainOrFail(file, file);
      }
      expect([file.listenerCount('error'), file.listenerCount('drain')]).toEqual(before);
    } finally {
      file.end();
      await once(file, 'close');
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('stops waiting for a drain when the file fails', async () => {
    // A sink that never drains (as a gzip stream whose file went away), in front of a file that cannot open.
    const stuck = new Writable({ highWaterMark: 1, write: () => undefined });
    expect(stuck.write('x')).toBe(false);
    const file = createWriteStream('/nonexistent-dir/x.gz');
    await expect(drainOrFail(stuck, file)).rejects.toThrow('/nonexistent-dir/x.gz');
    expect([stuck.listenerCount('drain'), file.listenerCount('error')]).toEqual([0, 0]);
  });

  it('names the file when it cannot write', async () => {
    await expect(writeLines('/nonexistent-dir/x.ndjson', ['a'])).rejects.toThrow('/nonexistent-dir/x.ndjson');
  });
});
