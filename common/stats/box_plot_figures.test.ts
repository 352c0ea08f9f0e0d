import fixture from '../../test/fixtures/pandas/distributions.json';
import { boxPlotFigures } from './box_plot_figures';

describe('boxPlotFigures', () => {
  it.each(fixture.samples.map((s) => [s.name, s] as const))('matches numpy quartiles and Tukey fences on %s, from a Float64Array', (_name, sample) => {
    const sorted = Float64Array.from(sample.values).sort();
    const figures = boxPlotFigures(sorted);
    for (const key of ['q1', 'median', 'q3', 'iqr', 'lowerFence', 'upperFence', 'lowerWhisker', 'upperWhisker', 'min', 'max'] as const) {
      expect(Math.abs((figures[key] ?? Number.NaN) - sample.box[key])).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(sample.box[key])));
    }
    expect(figures.lowOutliers + figures.highOutliers).toBe(sample.box.outliers.length);
  });

  it('counts the values beyond each fence from the ends of the sorted values', () => {
    // q1 = 2, q3 = 4, fences at -1 and 7: -5 below, 7 inside, 7.5 and 9 above.
    const figures = boxPlotFigures(Object.freeze([-5, 2, 2, 2, 3, 3, 3, 4, 4, 4, 7, 7.5, 9]));
    expect([figures.lowOutliers, figures.highOutliers, figures.lowerWhisker, figures.upperWhisker]).toEqual([1, 2, 2, 7]);
  });

  it('rejects empty input and a bad k', () => {
    expect(() => boxPlotFigures([])).toThrow('boxPlotStats requires at least one point');
    expect(() => boxPlotFigures([1], { k: -1 })).toThrow('boxPlotStats requires k ≥ 0, got -1');
  });
});
