import { fillBucketGaps } from './fill_bucket_gaps';

const M15 = 900_000;
const T0 = Date.UTC(2018, 3, 26);

describe('fillBucketGaps', () => {
  const given = Object.freeze([Object.freeze({ start: T0 + 2 * M15, value: 4 }), Object.freeze({ start: T0, value: 1 })]);

  it('fills absent buckets with 0 or null, from the bucket holding from to the one holding to (inclusive)', () => {
    const range = { from: T0 + 60_000, to: T0 + 3 * M15, intervalMs: M15 };
    expect(fillBucketGaps(given, { ...range, gaps: 'zero' })).toEqual([
      { start: T0, value: 1 },
      { start: T0 + M15, value: 0 },
      { start: T0 + 2 * M15, value: 4 },
      { start: T0 + 3 * M15, value: 0 },
    ]);
    expect(fillBucketGaps(given, { ...range, gaps: 'missing' }).map((b) => b.value)).toEqual([1, null, 4, null]);
    expect(given.map((b) => b.start)).toEqual([T0 + 2 * M15, T0]);
  });

  it('aligns with an offset', () => {
    const hour = 3_600_000;
    const filled = fillBucketGaps([{ start: T0 + 30 * 60_000, value: 2 }], {
      from: T0,
      to: T0 + hour,
      intervalMs: hour,
      offsetMs: 30 * 60_000,
      gaps: 'zero',
    });
    expect(filled).toEqual([
      { start: T0 - 30 * 60_000, value: 0 },
      { start: T0 + 30 * 60_000, value: 2 },
    ]);
  });

  it('reports buckets it cannot place instead of dropping them', () => {
    const options = { from: T0, to: T0 + M15, intervalMs: M15, gaps: 'zero' } as const;
    expect(() => fillBucketGaps([{ start: T0 + 1, value: 1 }], options)).toThrow(
      `fillBucketGaps: bucket at index 0 starts at ${T0 + 1}, which is not aligned to the 900000 ms interval`,
    );
    expect(() => fillBucketGaps([{ start: T0 + 2 * M15, value: 1 }], options)).toThrow('outside the buckets of [from, to]');
    expect(() => fillBucketGaps([{ start: T0, value: 1 }, { start: T0, value: 2 }], options)).toThrow(`bucket at index 1 repeats start ${T0}`);
    expect(() => fillBucketGaps([{ start: T0, value: Number.NaN }], options)).toThrow('bucket at index 0 has value NaN; expected a finite number');
    expect(() => fillBucketGaps([{ start: 0.5, value: 1 }], options)).toThrow('starts at 0.5; expected integer epoch milliseconds');
  });

  it('rejects impossible ranges and too many buckets', () => {
    expect(() => fillBucketGaps([], { from: 10, to: 0, intervalMs: M15, gaps: 'zero' })).toThrow('fillBucketGaps requires integer from ≤ to, got from 10 and to 0');
    expect(() => fillBucketGaps([], { from: 0, to: 10 * M15, intervalMs: M15, gaps: 'zero', maxBuckets: 5 })).toThrow(
      'fillBucketGaps would build 11 buckets, more than maxBuckets (5)',
    );
    expect(() => fillBucketGaps([], { from: 0, to: 1, intervalMs: M15, gaps: 'nan' as 'zero' })).toThrow("fillBucketGaps requires gaps 'zero' or 'missing', got nan");
  });
});
