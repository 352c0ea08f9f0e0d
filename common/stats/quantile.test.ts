import fc from 'fast-check';
import fixture from '../../test/fixtures/pandas/distributions.json';
import { quantile, quantileOfSorted, sortForQuantiles } from './quantile';

describe('quantile (type 7)', () => {
  it.each(fixture.samples.map((s) => [s.name, s] as const))('matches numpy.quantile(method="linear") on %s', (_name, sample) => {
    const values = Object.freeze([...sample.values]);
    const actual = quantile(values, sample.probabilities);
    actual.forEach((value, i) => expect(Math.abs(value - sample.quantiles[i])).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(sample.quantiles[i]))));
    expect(values).toEqual(sample.values);
  });

  it('interpolates between order statistics as numpy does on a hand-checkable sample', () => {
    // numpy.quantile([3, 1, 4, 2], [0, 0.25, 0.5, 0.9, 1]) == [1, 1.75, 2.5, 3.7, 4]
    expect(quantile([3, 1, 4, 2], [0, 0.25, 0.5, 0.9, 1])).toEqual([1, 1.75, 2.5, 3.7, 4]);
    expect(quantile([7], 0.3)).toBe(7);
  });

  it('rejects empty input, non-finite values and p outside [0, 1]', () => {
    expect(() => quantile([], 0.5)).toThrow('quantile requires at least one value');
    expect(() => quantile([1, Number.NaN], 0.5)).toThrow('quantile requires finite numbers; value at index 1 is NaN');
    expect(() => quantile([1, 2], 1.5)).toThrow('quantile requires p in [0, 1], got 1.5');
    expect(() => quantile([1, 2], Number.NaN)).toThrow('quantile requires p in [0, 1], got NaN');
    expect(() => quantileOfSorted([], 0.5)).toThrow('quantile requires at least one value');
  });

  it('is monotone in p, bounded by min and max, and never mutates its input', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 60 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (raw, p1, p2) => {
          const values = Object.freeze([...raw]);
          const [lo, hi] = p1 <= p2 ? [p1, p2] : [p2, p1];
          const sorted = sortForQuantiles(values);
          expect(quantileOfSorted(sorted, lo)).toBeLessThanOrEqual(quantileOfSorted(sorted, hi));
          expect(quantile(values, lo)).toBeGreaterThanOrEqual(sorted[0]);
          expect(quantile(values, hi)).toBeLessThanOrEqual(sorted[sorted.length - 1]);
          expect(values).toEqual(raw);
        },
      ),
    );
  });
});
