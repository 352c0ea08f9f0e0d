import fc from 'fast-check';
import { seasonalDecompose } from './seasonal_decompose';
import { seasonalProfile } from './seasonal_profile';

const FIFTEEN_MINUTES = 15 * 60 * 1000;
const minuteOfDay = (ms: number): number => new Date(ms).getUTCHours() * 60 + new Date(ms).getUTCMinutes();

describe('seasonalProfile', () => {
  it('rotates a series that starts at 06:00 so the profile runs midnight to midnight', () => {
    const start = Date.parse('2024-03-01T06:00:00Z');
    // Seasonal value = minute of the day at the bucket start, over three days.
    const seasonal = Object.freeze(Array.from({ length: 3 * 96 }, (_, i) => minuteOfDay(start + i * FIFTEEN_MINUTES)));
    const profile = seasonalProfile(seasonal, { period: 96, firstBucketStartMs: start, intervalMs: FIFTEEN_MINUTES });
    expect(profile.firstBucketPhase).toBe(24);
    expect(profile.values).toEqual(Array.from({ length: 96 }, (_, p) => p * 15));
    expect(profile.offsetsMs.slice(0, 3)).toEqual([0, FIFTEEN_MINUTES, 2 * FIFTEEN_MINUTES]);
  });

  it('finds a 14:00 daily peak from a decomposition of a series starting mid-day', () => {
    const start = Date.parse('2024-03-01T09:30:00Z');
    const values = Array.from({ length: 7 * 96 }, (_, i) => {
      const minute = minuteOfDay(start + i * FIFTEEN_MINUTES);
      return 100 + (minute === 14 * 60 ? 50 : 0) + (i % 5);
    });
    const { seasonal } = seasonalDecompose(values, { period: 96 });
    const { values: profile } = seasonalProfile(seasonal, { period: 96, firstBucketStartMs: start, intervalMs: FIFTEEN_MINUTES });
    expect(profile.indexOf(Math.max(...profile))).toBe((14 * 60) / 15);
  });

  it('keeps a date_histogram offset as a shift of every bucket start', () => {
    const start = Date.parse('2024-03-01T00:05:00Z');
    const seasonal = Array.from({ length: 96 * 2 }, (_, i) => i % 96);
    const profile = seasonalProfile(seasonal, { period: 96, firstBucketStartMs: start, intervalMs: FIFTEEN_MINUTES });
    expect(profile.firstBucketPhase).toBe(0);
    expect(profile.offsetsMs[0]).toBe(5 * 60 * 1000);
    expect(profile.offsetsMs[95]).toBe(5 * 60 * 1000 + 95 * FIFTEEN_MINUTES);
  });

  it('aligns to midnight at a fixed UTC offset through phaseOriginMs', () => {
    const start = Date.parse('2024-03-01T00:00:00Z'); // 02:00 at +02:00
    const seasonal = Array.from({ length: 96 * 2 }, (_, i) => i % 96);
    const profile = seasonalProfile(seasonal, {
      period: 96,
      firstBucketStartMs: start,
      intervalMs: FIFTEEN_MINUTES,
      phaseOriginMs: -2 * 3600 * 1000,
    });
    expect(profile.firstBucketPhase).toBe(8);
    expect(profile.values[8]).toBe(0); // the series' first bucket, 02:00 local
    expect(profile.values[0]).toBe(88); // local midnight = 22:00 UTC, the 88th bucket of the UTC day
  });

  it("averages the cycles by default and takes the latest with 'last', ignoring NaN", () => {
    const seasonal = [1, 10, NaN, 3, 20, 30, 5, NaN, 50];
    const options = { period: 3, firstBucketStartMs: 0, intervalMs: 1000 };
    expect(seasonalProfile(seasonal, options).values).toEqual([3, 15, 40]);
    expect(seasonalProfile(seasonal, { ...options, aggregate: 'last' }).values).toEqual([5, 20, 50]);
    expect(seasonalProfile([NaN, 1, NaN, 2], { period: 2, firstBucketStartMs: 0, intervalMs: 1 }).values).toEqual([NaN, 1.5]);
  });

  it('returns the same profile whatever cycle the series starts in (rotation invariance)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 24 }),
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: -1e6, max: 1e6 }),
        (period, startBucket, origin) => {
          const pattern = Array.from({ length: period }, (_, p) => p * p - 3);
          const interval = 60_000;
          const originMs = origin * interval;
          const firstBucketStartMs = originMs + startBucket * interval;
          const seasonal = Object.freeze(Array.from({ length: 3 * period }, (_, i) => pattern[(startBucket + i) % period]));
          const { values } = seasonalProfile(seasonal, { period, firstBucketStartMs, intervalMs: interval, phaseOriginMs: originMs });
          expect(values).toEqual(pattern);
        },
      ),
    );
  });

  it('rejects impossible input with a clear error', () => {
    const options = { period: 4, firstBucketStartMs: 0, intervalMs: 1000 };
    expect(() => seasonalProfile([1, 2, 3], options)).toThrow('seasonalProfile requires at least one full period (4 values), got 3');
    expect(() => seasonalProfile([1, 2, 3, 4], { ...options, intervalMs: 0 })).toThrow('seasonalProfile requires intervalMs to be a positive number, got 0');
    expect(() => seasonalProfile([1, 2, 3, 4], { ...options, period: 0 })).toThrow('seasonalProfile requires period to be an integer >= 1, got 0');
    expect(() => seasonalProfile([1, 2, 3, 4], { ...options, firstBucketStartMs: NaN })).toThrow('finite epoch milliseconds');
  });
});
