import fc from 'fast-check';
import { alignBucketStart } from './align_bucket_start';

describe('alignBucketStart', () => {
  it('floors to the interval in UTC, as date_histogram fixed_interval does', () => {
    expect(alignBucketStart(Date.UTC(2018, 3, 26, 10, 7, 59, 999), 15 * 60_000)).toBe(Date.UTC(2018, 3, 26, 10, 0));
    expect(alignBucketStart(Date.UTC(2018, 3, 26, 10, 15), 15 * 60_000)).toBe(Date.UTC(2018, 3, 26, 10, 15));
    expect(alignBucketStart(Date.UTC(2018, 3, 26, 23, 59), 86_400_000)).toBe(Date.UTC(2018, 3, 26));
  });

  it('rounds negative timestamps down (towards −∞), as Elasticsearch’s roundKey does', () => {
    expect(alignBucketStart(-1, 60_000)).toBe(-60_000);
    expect(alignBucketStart(-60_000, 60_000)).toBe(-60_000);
    expect(alignBucketStart(-60_001, 60_000)).toBe(-120_000);
  });

  it('subtracts the offset before rounding and adds it back after', () => {
    const day = 86_400_000;
    const sixHours = 6 * 3_600_000;
    expect(alignBucketStart(Date.UTC(2018, 3, 26, 5), day, sixHours)).toBe(Date.UTC(2018, 3, 25, 6));
    expect(alignBucketStart(Date.UTC(2018, 3, 26, 7), day, sixHours)).toBe(Date.UTC(2018, 3, 26, 6));
    expect(alignBucketStart(Date.UTC(2018, 3, 26, 7), day, -sixHours)).toBe(Date.UTC(2018, 3, 26, 18) - day);
  });

  it('returns the start of a bucket holding t, for any safe integers', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -4e12, max: 4e12 }),
        fc.integer({ min: 1, max: 1e9 }),
        fc.integer({ min: -1e9, max: 1e9 }),
        (t, interval, offset) => {
          const start = alignBucketStart(t, interval, offset);
          expect(start).toBeLessThanOrEqual(t);
          expect(t - start).toBeLessThan(interval);
          expect(Number.isInteger((start - offset) / interval)).toBe(true);
          expect(alignBucketStart(start, interval, offset)).toBe(start);
        },
      ),
    );
  });

  it('rejects non-integer or non-positive arguments', () => {
    expect(() => alignBucketStart(1.5, 1000)).toThrow('alignBucketStart requires an integer timestampMs, got 1.5');
    expect(() => alignBucketStart(0, 0)).toThrow('alignBucketStart requires a positive integer intervalMs, got 0');
    expect(() => alignBucketStart(0, 1000, Number.NaN)).toThrow('alignBucketStart requires an integer offsetMs, got NaN');
  });
});
