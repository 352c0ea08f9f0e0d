/**
 * Conversations over a 2.46-million-line eve.json (the WannaCry outbreak sample): the embedded engine
 * (DuckDB through openAnalysisSource + getConversations) against pandas (read_json(lines=True) + groupby),
 * in the same run, each in its own process so each peak RSS is its own.
 *
 *   npx tsx bench/embedded/run.ts [--file EVE_JSON] [--repeats N]
 *
 * Without --file the outbreak sample is generated once into .cache/sample/ (as `hunt-eda serve` does).
 * Prints the best-of-N time of each, the ratio pandas / embedded, both peak RSS, and checks both found the
 * same conversations and observations. Results also go to bench/results/embedded.json (git-ignored).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { ensureSampleFiles } from '../../standalone/ensure_sample_files';

const ROOT = resolve(__dirname, '..', '..');

interface Run {
  seconds: number;
  peak_rss_mib: number;
  conversations: number;
  observations: number;
  otr_seconds_sum: number;
}

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

function best(runs: readonly Run[]): Run {
  return runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
}

async function main(): Promise<void> {
  const repeats = Number(option('--repeats') ?? '1');
  if (!Number.isInteger(repeats) || repeats < 1) throw new Error(`--repeats must be a positive integer, got ${option('--repeats')}`);
  const file = option('--file') ?? (await ensureSampleFiles()).find((path) => path.endsWith('.eve.json'));
  if (file === undefined) throw new Error('no eve.json to read');
  const lines = Number(execFileSync('wc', ['-l', file], { encoding: 'utf8' }).trim().split(/\s+/)[0]);
  const python = execFileSync('bash', [join(ROOT, 'scripts/python/env.sh')], { encoding: 'utf8' }).trim();
  const dir = mkdtempSync(join(tmpdir(), 'embedded-bench-'));
  const embedded: Run[] = [];
  const pandas: Run[] = [];
  try {
    for (let r = 0; r < repeats; r++) {
      const out = join(dir, `embedded-${r}.json`);
      execFileSync(process.execPath, [require.resolve('tsx/cli'), join(__dirname, 'embedded_conversations.ts'), file, out], { stdio: 'inherit' });
      embedded.push(JSON.parse(readFileSync(out, 'utf8')) as Run);
      const pyOut = join(dir, `pandas-${r}.json`);
      execFileSync(python, [join(__dirname, 'pandas_conversations.py'), file, pyOut], { stdio: 'inherit' });
      pandas.push(JSON.parse(readFileSync(pyOut, 'utf8')) as Run);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const e = best(embedded);
  const p = best(pandas);
  const same = e.conversations === p.conversations && e.observations === p.observations && Math.abs(e.otr_seconds_sum - p.otr_seconds_sum) < 1e-3 * Math.max(1, p.otr_seconds_sum);
  const result = {
    file,
    lines,
    bytes: statSync(file).size,
    repeats,
    embedded: e,
    pandas: p,
    speedup: p.seconds / e.seconds,
    same_result: same,
  };
  mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench', 'results', 'embedded.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(`conversations over ${lines.toLocaleString('en-US')} lines (${(result.bytes / 2 ** 20).toFixed(0)} MiB), best of ${repeats}:`);
  console.log(`  embedded (DuckDB): ${e.seconds.toFixed(2)} s, peak RSS ${e.peak_rss_mib.toFixed(0)} MiB, ${e.conversations} conversations, ${e.observations} observations`);
  console.log(`  pandas:            ${p.seconds.toFixed(2)} s, peak RSS ${p.peak_rss_mib.toFixed(0)} MiB, ${p.conversations} conversations, ${p.observations} observations`);
  console.log(`  speed-up ${result.speedup.toFixed(1)}× (goal ≥ 10×); same result: ${same}`);
  if (!same) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
