/**
 * Damaged inputs through the CLI: each error names the file and the line and exits 1; with
 * --skip-bad-lines the rest is analysed (exit 0) and the skipped lines are listed on stderr.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

import type { ConversationsOutput } from '../../cli/to_conversations_output';
import type { TimelineOutput } from '../../cli/to_timeline_output';
import { parseJson, REAL_DATA, runCli } from './run_cli';

const EVE = path.join(REAL_DATA, 'suricata-eve', 'wrccdc-2018-alerts-only.json');
const ZEEK = path.join(REAL_DATA, 'zeek-http', 'http.2024-04-19.00.log.gz');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'hunt-eda-bad-files-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The sample is a JSON array; as NDJSON (one record a line) bad lines can be skipped one by one. */
const eveLines = () => (JSON.parse(readFileSync(EVE, 'utf8')) as unknown[]).map((record) => JSON.stringify(record));

describe('bad files', () => {
  it('a non-JSON line: names file and line; --skip-bad-lines analyses the other lines', async () => {
    const lines = eveLines();
    const file = path.join(dir, 'eve.json');
    writeFileSync(file, [...lines.slice(0, 40), 'this is { not json', ...lines.slice(40)].join('\n') + '\n');
    const strict = await runCli(['conversations', file, '--format', 'json']);
    expect({ code: strict.code, stderr: strict.stderr }).toEqual({ code: 1, stderr: expect.stringContaining(`hunt-eda: ${file}:41: not JSON`) });

    const lenient = await runCli(['conversations', file, '--format', 'json', '--skip-bad-lines']);
    expect(lenient.code).toBe(0);
    expect(parseJson<ConversationsOutput>(lenient).summary.total_observations).toBe(lines.length);
    expect(lenient.stderr).toContain(`skipped 1 bad line(s):\n  ${file}:41: not JSON`);
  }, 120_000);

  it('a truncated gzip: names file and the line where it stops; --skip-bad-lines keeps the complete lines', async () => {
    const lines = eveLines();
    const full = gzipSync(lines.join('\n') + '\n');
    const file = path.join(dir, 'eve.cut.json.gz');
    writeFileSync(file, full.subarray(0, Math.floor(full.length * 0.6)));
    const strict = await runCli(['conversations', file, '--format', 'json']);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(new RegExp(`${file.replace(/[.]/g, '\\.')}:\\d+: gzip data is truncated`));

    const lenient = await runCli(['conversations', file, '--format', 'json', '--skip-bad-lines']);
    expect(lenient.code).toBe(0);
    const observations = parseJson<ConversationsOutput>(lenient).summary.total_observations;
    expect(observations).toBeGreaterThan(0);
    expect(observations).toBeLessThan(lines.length);
    const badLine = Number(new RegExp(`${file.replace(/[.]/g, '\\.')}:(\\d+): gzip data is truncated`).exec(lenient.stderr)?.[1]);
    expect(badLine).toBe(observations + 1);
  }, 120_000);

  it('a Zeek log with a wrong header: names file and line; --skip-bad-lines analyses the good logs', async () => {
    const good = path.join(dir, 'http.00.log.gz');
    writeFileSync(good, readFileSync(ZEEK));
    const wrong = path.join(dir, 'http.01.log');
    writeFileSync(wrong, '#separator \\x09\n#path\thttp\n#types\ttime\tstring\n1713484832.77\tC1\n');
    const args = ['timeline', good, wrong, '--interval', '5m', '--period', '2', '--format', 'json'];
    const strict = await runCli(args);
    expect({ code: strict.code, stderr: strict.stderr.trim() }).toEqual({ code: 1, stderr: `hunt-eda: ${wrong}:4: Zeek log header has no "#fields" line` });

    const lenient = await runCli([...args, '--skip-bad-lines']);
    expect(lenient.code).toBe(0);
    const total = parseJson<TimelineOutput>(lenient).buckets.reduce((sum, bucket) => sum + bucket.value, 0);
    const records = gunzipSync(readFileSync(ZEEK)).toString('utf8').split('\n').filter((line) => line !== '' && !line.startsWith('#'));
    expect(total).toBe(records.length);
    expect(lenient.stderr).toContain(`${wrong}:4: Zeek log header has no "#fields" line (file skipped)`);
  }, 120_000);
});
