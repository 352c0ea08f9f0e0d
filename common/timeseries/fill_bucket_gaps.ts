import type { TimeBucket } from '../model/time_bucket';
import { alignBucketStart } from './align_bucket_start';

export type BucketGaps = 'zero' | 'missing';

/** A bucket after gap filling: value null where no bucket was given and gaps are 'missing'. */
export interface FilledTimeBucket {
  readonly start: number;
  readonly value: number | null;
}

export interface FillBucketGapsOptions {
  /** Epoch ms; the first bucket is the one holding `from`. */
  readonly from: number;
  /** Epoch ms, inclusive: the last bucket is the one holding `to` (as date_histogram's extended_bounds.max). */
  readonly to: number;
  readonly intervalMs: number;
  readonly offsetMs?: number;
  /** 'zero': an absent bucket counted nothing; 'missing': an absent bucket is unknown (null). */
  readonly gaps: BucketGaps;
  /** Refuse to build more buckets than this (1,000,000 by default). */
  readonly maxBuckets?: number;
}

/**
 * Every bucket from the one holding `from` to the one holding `to`, aligned as Elasticsearch's fixed-interval
 * `date_histogram` aligns them (alignBucketStart), with the given buckets' values and the gaps filled as
 * chosen: 0 for 'zero', or null for 'missing'. Null (not NaN) marks a missing bucket so the type forces the
 * caller to decide, and it survives JSON unchanged; turn it into NaN (`value ?? NaN`) for the decompositions,
 * which treat NaN as missing as statsmodels does.
 *
 * Reported, never silently dropped: a bucket whose start is not aligned, lies outside [from, to], repeats
 * an earlier start, or has a non-finite value. The input may be in any order and is never mutated.
 * Cost: O(n + m) for n given and m produced buckets.
 *
 * @throws RangeError naming the bucket (by index) and the problem.
 * @example fillBucketGaps([{ start: 0, value: 3 }], { from: 0, to: 1_800_000, intervalMs: 900_000, gaps: 'zero' }).map((b) => b.value) // [3, 0, 0]
 */
export function fillBucketGaps(buckets: readonly TimeBucket[], options: FillBucketGapsOptions & { readonly gaps: 'zero' }): TimeBucket[];
export function fillBucketGaps(buckets: readonly TimeBucket[], options: FillBucketGapsOptions): FilledTimeBucket[];
export function fillBucketGaps(
  buckets: readonly TimeBucket[],
  { from, to, intervalMs, offsetMs = 0, gaps, maxBuckets = 1_000_000 }: FillBucketGapsOptions,
): FilledTimeBucket[] {
  if (gaps !== 'zero' && gaps !== 'missing') throw new RangeError(`fillBucketGaps requires gaps 'zero' or 'missing', got ${String(gaps)}`);
  if (!Number.isSafeInteger(from) || !Number.isSafeInteger(to) || to < from) {
    throw new RangeError(`fillBucketGaps requires integer from ≤ to, got from ${from} and to ${to}`);
  }
  const first = alignBucketStart(from, intervalMs, offsetMs);
  const last = alignBucketStart(to, intervalMs, offsetMs);
  const count = (last - first) / intervalMs + 1;
  if (count > maxBuckets) {
    throw new RangeError(`fillBucketGaps would build ${count} buckets, more than maxBuckets (${maxBuckets}); widen the interval`);
  }
  const filler = gaps === 'zero' ? 0 : null;
  const values: (number | null)[] = new Array<number | null>(count).fill(filler);
  const seen = new Uint8Array(count);
  buckets.forEach((bucket, index) => {
    const { start, value } = bucket;
    if (!Number.isSafeInteger(start)) {
      throw new RangeError(`fillBucketGaps: bucket at index ${index} starts at ${String(start)}; expected integer epoch milliseconds`);
    }
    if (alignBucketStart(start, intervalMs, offsetMs) !== start) {
      throw new RangeError(`fillBucketGaps: bucket at index ${index} starts at ${start}, which is not aligned to the ${intervalMs} ms interval`);
    }
    if (start < first || start > last) {
      throw new RangeError(`fillBucketGaps: bucket at index ${index} starts at ${start}, outside the buckets of [from, to] (${first} to ${last})`);
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new RangeError(`fillBucketGaps: bucket at index ${index} has value ${String(value)}; expected a finite number`);
    }
    const slot = (start - first) / intervalMs;
    if (seen[slot] === 1) throw new RangeError(`fillBucketGaps: bucket at index ${index} repeats start ${start}`);
    seen[slot] = 1;
    values[slot] = value;
  });
  return values.map((value, i) => ({ start: first + i * intervalMs, value }));
}
