/**
 * The start of the fixed-interval bucket holding `timestampMs`, as Elasticsearch's `date_histogram` with
 * `fixed_interval` and `offset` places it in UTC: floor((t − offset) / interval) · interval + offset.
 * Elasticsearch rounds with floor division on longs (negative times round down, towards −∞, not towards 0)
 * and adds the offset back after rounding (Rounding.TimeIntervalRounding and OffsetRounding). Computed with
 * an exact integer remainder, so it is exact for every safe-integer input. O(1).
 *
 * @throws RangeError when an argument is not a safe integer or the interval is not positive.
 * @example alignBucketStart(Date.UTC(2018, 3, 26, 10, 7), 15 * 60_000) // Date.UTC(2018, 3, 26, 10, 0)
 * @example alignBucketStart(-1, 60_000) // -60000
 */
export function alignBucketStart(timestampMs: number, intervalMs: number, offsetMs = 0): number {
  if (!Number.isSafeInteger(timestampMs)) throw new RangeError(`alignBucketStart requires an integer timestampMs, got ${timestampMs}`);
  if (!Number.isSafeInteger(intervalMs) || intervalMs <= 0) {
    throw new RangeError(`alignBucketStart requires a positive integer intervalMs, got ${intervalMs}`);
  }
  if (!Number.isSafeInteger(offsetMs)) throw new RangeError(`alignBucketStart requires an integer offsetMs, got ${offsetMs}`);
  const shifted = timestampMs - offsetMs;
  const remainder = shifted % intervalMs;
  // `%` keeps the dividend's sign; a negative remainder means floor is one interval further down.
  return timestampMs - (remainder < 0 ? remainder + intervalMs : remainder);
}
