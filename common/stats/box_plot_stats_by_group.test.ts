import fixture from '../../test/fixtures/pandas/distributions.json';
import { boxPlotStatsByGroup } from './box_plot_stats_by_group';

describe('boxPlotStatsByGroup', () => {
  it('matches the per-group numpy box statistics, groups in name order', () => {
    const points = Object.freeze(fixture.grouped.points.map((p) => Object.freeze({ ...p })));
    const result = boxPlotStatsByGroup(points);
    expect(result.map((g) => g.group)).toEqual(fixture.grouped.groups.map((g) => g.group));
    result.forEach(({ stats }, i) => {
      const expected = fixture.grouped.groups[i].stats;
      expect(stats.count).toBe(expected.count);
      for (const key of ['q1', 'median', 'q3', 'lowerFence', 'upperFence', 'lowerWhisker', 'upperWhisker'] as const) {
        expect(Math.abs((stats[key] ?? Number.NaN) - expected[key])).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected[key])));
      }
      expect(stats.outliers).toEqual(expected.outliers);
    });
  });

  it('rejects a point without a string group, naming it', () => {
    expect(() => boxPlotStatsByGroup([{ id: 'q', value: 1, group: undefined as unknown as string }])).toThrow(
      'boxPlotStatsByGroup requires a string group; point "q" has undefined',
    );
  });
});
