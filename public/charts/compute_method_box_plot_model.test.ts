import type { CategoryDistribution } from '../../common/api/distribution';
import { computeMethodBoxPlotModel } from './compute_method_box_plot_model';

const category = (name: string, overrides: Partial<CategoryDistribution> = {}): CategoryDistribution => ({
  category: name,
  count: 100,
  min: 0,
  max: 9_000_000,
  q1: 1000,
  median: 2000,
  q3: 4000,
  lower_fence: -3500,
  upper_fence: 8500,
  whisker_low: 0,
  whisker_high: 8000,
  outliers_total: 3,
  outliers: [{ id: 'a', value: 9_000_000, timestamp: 5 }],
  ...overrides,
});

describe('computeMethodBoxPlotModel', () => {
  it('converts bytes to MB and keeps every returned outlier document', () => {
    const model = computeMethodBoxPlotModel({
      categories: [category('GET'), category('POST', { whisker_low: 1000, whisker_high: 4000 })],
      precision: { quartiles: 'approximate', fences: 'approximate', count_min_max: 'exact', whiskers_and_outliers: 'exact_given_fences' },
      partial: false,
      warnings: [],
    });
    expect(model.boxes[0].coordinates).toEqual({ x0: -0.3, x1: 0.3, y0: 0.001, y1: 0.004 });
    expect(model.outliers.map((o) => [o.x, o.y, o.method, o.document.id])).toEqual([
      [0, 9, 'GET', 'a'],
      [1, 9, 'POST', 'a'],
    ]);
    expect(model.outliersNotShown).toBe(4);
    expect(model.whiskers[4].coordinates).toMatchObject({ y0: 0.001 });
  });

  it('raises zero-byte values to one byte on the log scale', () => {
    const model = computeMethodBoxPlotModel(
      {
        categories: [category('GET', { whisker_low: 0, outliers: [{ id: 'z', value: 0, timestamp: 1 }] })],
        precision: { quartiles: 'exact', fences: 'exact', count_min_max: 'exact', whiskers_and_outliers: 'exact_given_fences' },
        partial: false,
        warnings: [],
      },
      'log',
    );
    expect(model.whiskers[0].coordinates.y0).toBe(1e-6);
    expect(model.outliers[0].y).toBe(1e-6);
  });
});
