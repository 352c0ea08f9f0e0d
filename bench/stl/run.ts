/**
 * Robust STL over one year of 15-minute buckets (35 040 values, period 96): common/stats/stl against
 * statsmodels STL(robust=True).fit() on the same series, in the same run.
 *
 *   npx tsx bench/stl/run.ts [--repeats N]
 *
 * Prints both best-of-N times, the ratio (TypeScript / statsmodels; below 1 means faster than statsmodels)
 * and the largest difference between the two results. The Python side runs in the venv printed by
 * `bash scripts/python/env.sh`. Results are also written to bench/results/stl.json (git-ignored).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stl } from '../../common/stats/stl';

const ROOT = resolve(__dirname, '..', '..');
const PERIOD = 96;
const N = 365 * PERIOD;

function parseRepeats(argv: string[]): number {
  const at = argv.indexOf('--repeats');
  const repeats = at >= 0 ? Number(argv[at + 1]) : 2;
  if (!Number.isInteger(repeats) || repeats < 1) {
    throw new Error(`--repeats must be a positive integer, got ${argv[at + 1]}`);
  }
  return repeats;
}

/** Deterministic PRNG (mulberry32) so every run times the same series. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Daily and weekly cycles, a slow trend, noise, and a spike or dip every ~3 days. */
function yearOfBuckets(): number[] {
  const random = mulberry32(2024);
  return Array.from({ length: N }, (_, i) => {
    const daily = 80 * Math.sin((2 * Math.PI * i) / PERIOD) + 30 * Math.sin((4 * Math.PI * i) / PERIOD + 1);
    const weekly = 40 * Math.sin((2 * Math.PI * i) / (7 * PERIOD));
    const noise = (random() + random() + random() - 1.5) * 10;
    const anomaly = random() < 1 / 300 ? (random() < 0.5 ? 300 : -150) : 0;
    return 400 + 0.002 * i + daily + weekly + noise + anomaly;
  });
}

function maxAbsDifference(a: readonly number[], b: readonly number[]): number {
  return a.reduce((worst, v, i) => Math.max(worst, Math.abs(v - b[i])), 0);
}

function main(): void {
  const repeats = parseRepeats(process.argv.slice(2));
  const values = yearOfBuckets();

  const tsSeconds: number[] = [];
  const warmStart = process.hrtime.bigint();
  let ts = stl(values, { period: PERIOD, robust: true });
  const tsColdSeconds = Number(process.hrtime.bigint() - warmStart) / 1e9;
  for (let r = 0; r < repeats; r++) {
    const start = process.hrtime.bigint();
    ts = stl(values, { period: PERIOD, robust: true });
    tsSeconds.push(Number(process.hrtime.bigint() - start) / 1e9);
  }

  const python = execFileSync('bash', [join(ROOT, 'scripts/python/env.sh')], { encoding: 'utf8' }).trim();
  const dir = mkdtempSync(join(tmpdir(), 'stl-bench-'));
  let py: { seconds: number[]; trend: number[]; seasonal: number[]; statsmodels: string };
  try {
    writeFileSync(join(dir, 'in.json'), JSON.stringify({ values, period: PERIOD, repeats }));
    execFileSync(python, [join(__dirname, 'time_statsmodels_stl.py'), join(dir, 'in.json'), join(dir, 'out.json')], {
      stdio: 'inherit',
    });
    py = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const tsBest = Math.min(...tsSeconds);
  const pyBest = Math.min(...py.seconds);
  const ratio = tsBest / pyBest;
  const maxDiff = Math.max(maxAbsDifference(ts.trend, py.trend), maxAbsDifference(ts.seasonal, py.seasonal));
  const report = {
    series: `${N} values, period ${PERIOD}, robust STL (inner 2, outer 15)`,
    repeats,
    typescriptColdSeconds: tsColdSeconds,
    typescriptSeconds: tsSeconds,
    statsmodelsSeconds: py.seconds,
    statsmodelsVersion: py.statsmodels,
    node: process.version,
    ratio,
    maxAbsDifference: maxDiff,
  };
  console.log(`robust STL, ${N} values, period ${PERIOD}, best of ${repeats} (after one warm-up run for TypeScript)`);
  console.log(`  TypeScript  ${tsBest.toFixed(3)} s (first, cold run: ${tsColdSeconds.toFixed(3)} s)`);
  console.log(`  statsmodels ${pyBest.toFixed(3)} s (${py.statsmodels})`);
  console.log(`  ratio TS / statsmodels = ${ratio.toFixed(3)}${ratio <= 1 ? ' (goal met: not slower)' : ' (SLOWER than statsmodels)'}`);
  console.log(`  max |difference| of trend and seasonal = ${maxDiff.toExponential(2)}`);
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench/results/stl.json'), JSON.stringify(report, null, 2) + '\n');
}

main();
