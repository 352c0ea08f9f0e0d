import fc from 'fast-check';
import fixture from '../../test/fixtures/pandas/distributions.json';
import { boxPlotStats } from './box_plot_stats';

const close = (actual: number | null, expected: number) =>
  expect(Math.abs((actual ?? Number.NaN) - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));

describe('boxPlotStats', () => {
  it.each(fixture.samples.map((s) => [s.name, s] as const))('matches numpy quartiles and Tukey fences on %s', (_name, sample) => {
    const points = Object.freeze(sample.ids.map((id, i) => Object.freeze({ id, value: sample.values[i] })));
    const stats = boxPlotStats(points);
    const expected = sample.box;
    for (const key of ['q1', 'median', 'q3', 'iqr', 'lowerFence', 'upperFence', 'lowerWhisker', 'upperWhisker', 'min', 'max'] as const) {
      close(stats[key], expected[key]);
    }
    expect(stats.count).toBe(expected.count);
    expect(stats.outliers).toEqual(expected.outliers);
  });

  it('finds the skewed samples’ high outliers with their ids', () => {
    const stats = boxPlotStats(fixture.samples[0].ids.map((id, i) => ({ id, value: fixture.samples[0].values[i] })));
    expect(stats.outliers.length).toBeGreaterThan(0);
    expect(stats.outliers.every((o) => o.value > stats.upperFence)).toBe(true);
  });

  it('counts a value on a fence as inside and breaks value ties by id', () => {
    // n = 13: q1 = x(3) = 2, q3 = x(9) = 4, IQR = 2, fences at -1 and 7: 7 is inside (whisker), 7.5 beyond.
    const values = [7.5, 7.5, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4, 7];
    const stats = boxPlotStats(values.map((value, i) => ({ id: i === 0 ? 'b' : i === 1 ? 'a' : `v${i}`, value })));
    expect([stats.q1, stats.q3, stats.lowerFence, stats.upperFence]).toEqual([2, 4, -1, 7]);
    expect([stats.lowerWhisker, stats.upperWhisker]).toEqual([1, 7]);
    expect(stats.outliers).toEqual([
      { id: 'a', value: 7.5 },
      { id: 'b', value: 7.5 },
    ]);
  });

  it('has no whiskers when no value lies inside the fences (k below 0.5)', () => {
    const stats = boxPlotStats([{ id: 'x', value: 0 }, { id: 'y', value: 10 }], { k: 0 });
    expect([stats.lowerWhisker, stats.upperWhisker]).toEqual([null, null]);
    expect(stats.outliers.map((o) => o.id)).toEqual(['x', 'y']);
  });

  it('rejects empty input, non-finite values and a bad k', () => {
    expect(() => boxPlotStats([])).toThrow('boxPlotStats requires at least one point');
    expect(() => boxPlotStats([{ id: 'e7', value: Number.POSITIVE_INFINITY }])).toThrow(
      'boxPlotStats requires finite values; point "e7" has Infinity',
    );
    expect(() => boxPlotStats([{ id: 'a', value: 1 }], { k: -1 })).toThrow('boxPlotStats requires k ≥ 0, got -1');
  });

  it('partitions every point into whisker range or outliers, without mutating input', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 1, maxLength: 80 }), (raw) => {
        const points = Object.freeze(raw.map((value, i) => Object.freeze({ id: `p${i}`, value })));
        const stats = boxPlotStats(points);
        const inside = points.filter((p) => p.value >= stats.lowerFence && p.value <= stats.upperFence);
        expect(inside.length + stats.outliers.length).toBe(points.length);
        expect(stats.lowerWhisker).toBe(Math.min(...inside.map((p) => p.value)));
        expect(stats.upperWhisker).toBe(Math.max(...inside.map((p) => p.value)));
        expect(points.map((p) => p.value)).toEqual(raw);
      }),
    );
  });
});
