export type SeasonalProfileAggregate = 'mean' | 'last';

export interface SeasonalProfileOptions {
  /** Buckets per cycle (96 for a day of 15-minute buckets). Integer >= 1. */
  period: number;
  /** Start of the first bucket of `seasonal`, epoch milliseconds. */
  firstBucketStartMs: number;
  /** Bucket width in milliseconds (fixed interval, 900 000 for 15 minutes). */
  intervalMs: number;
  /**
   * An instant at phase 0 of the cycle, epoch ms; any instant a whole number of cycles away gives the same
   * profile. Default 0 (1970-01-01T00:00Z), i.e. UTC midnight for a daily cycle. For midnight at a fixed UTC
   * offset of +02:00 pass −2 h (−7 200 000); daylight-saving shifts are not modelled.
   */
  phaseOriginMs?: number;
  /**
   * How to collapse the cycles: `'mean'` (default) averages each phase over all cycles ignoring NaN (the
   * classical seasonal is identical in every cycle; STL's drifts, and this gives its average shape);
   * `'last'` takes each phase's latest non-NaN value (STL's current shape).
   */
  aggregate?: SeasonalProfileAggregate;
}

export interface SeasonalProfile {
  /** values[p]: the seasonal component at phase p; values[0] is the first bucket starting at or after phase 0. */
  values: number[];
  /** Start of each profile bucket, in ms after phase 0 (e.g. 0, 900 000, … for buckets aligned to midnight). */
  offsetsMs: number[];
  /** Phase (index into `values`) of the input's first bucket. */
  firstBucketPhase: number;
}

const FN = 'seasonalProfile';

/**
 * The seasonal component over one period, rotated so it starts at a chosen phase, e.g. midnight to
 * midnight for 15-minute buckets: the decompositions index phase by array position from the first bucket,
 * so a series starting at 06:00 has its 00:00 bucket at phase 72 of 96; this puts it first.
 *
 * Method: bucket i starts at firstBucketStartMs + i·intervalMs; its phase is
 * floor(((start − phaseOriginMs) mod (period·intervalMs)) / intervalMs). When buckets are not aligned to the
 * origin (a date_histogram offset), `offsetsMs` carries that shift.
 *
 * Edge cases: NaN seasonal values are ignored; a phase with no value is NaN. Throws if the series is
 * shorter than one period or options are invalid. The input is not mutated.
 *
 * Cost: O(n) time, O(period) memory.
 *
 * @example
 * // 15-minute buckets starting 2024-03-01T06:00Z: values[0] is the 00:00–00:15 bucket.
 * seasonalProfile(stl(x, { period: 96 }).seasonal, { period: 96, firstBucketStartMs: Date.parse('2024-03-01T06:00Z'), intervalMs: 900_000 });
 */
export function seasonalProfile(seasonal: readonly number[], options: SeasonalProfileOptions): SeasonalProfile {
  const { period, firstBucketStartMs, intervalMs, phaseOriginMs = 0, aggregate = 'mean' } = options;
  if (!Number.isInteger(period) || period < 1) {
    throw new Error(`${FN} requires period to be an integer >= 1, got ${String(period)}`);
  }
  if (seasonal.length < period) {
    throw new Error(`${FN} requires at least one full period (${period} values), got ${seasonal.length}`);
  }
  if (!Number.isFinite(intervalMs) || intervalMs <= 0) {
    throw new Error(`${FN} requires intervalMs to be a positive number, got ${String(intervalMs)}`);
  }
  if (!Number.isFinite(firstBucketStartMs) || !Number.isFinite(phaseOriginMs)) {
    throw new Error(`${FN} requires firstBucketStartMs and phaseOriginMs to be finite epoch milliseconds`);
  }
  if (aggregate !== 'mean' && aggregate !== 'last') {
    throw new Error(`${FN} requires aggregate to be 'mean' or 'last', got ${String(aggregate)}`);
  }

  const cycleMs = period * intervalMs;
  const sinceOrigin = positiveModulo(firstBucketStartMs - phaseOriginMs, cycleMs);
  const firstBucketPhase = Math.floor(sinceOrigin / intervalMs) % period;
  const shiftMs = sinceOrigin - firstBucketPhase * intervalMs;

  const sums = new Float64Array(period);
  const counts = new Float64Array(period);
  const last = new Float64Array(period).fill(NaN);
  for (let i = 0; i < seasonal.length; i++) {
    const v = seasonal[i];
    if (Number.isNaN(v)) continue;
    const phase = (firstBucketPhase + i) % period;
    sums[phase] += v;
    counts[phase]++;
    last[phase] = v;
  }
  const values = Array.from({ length: period }, (_, p) =>
    aggregate === 'last' ? last[p] : counts[p] === 0 ? NaN : sums[p] / counts[p],
  );
  const offsetsMs = Array.from({ length: period }, (_, p) => shiftMs + p * intervalMs);
  return { values, offsetsMs, firstBucketPhase };
}

function positiveModulo(a: number, m: number): number {
  const r = a % m;
  return r < 0 ? r + m : r;
}
