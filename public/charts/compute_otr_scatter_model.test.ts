import { computeOtrScatterModel, JITTER, jitterOffset } from './compute_otr_scatter_model';
import { COLUMNS } from './test_fixtures';

describe('computeOtrScatterModel', () => {
  it('drops OTR = 0 and counts it, plotting OTR in hours against observations', () => {
    const model = computeOtrScatterModel(COLUMNS, { zeroOtr: 'drop', jitter: false });
    expect(model.dropped).toBe(1);
    expect(model.points.map(({ x, y, row, direction }) => ({ x, y, row, direction }))).toEqual([
      { x: 2, y: 5, row: 1, direction: 'internal_to_internal' },
      { x: 24, y: 40, row: 2, direction: 'internal_to_internal' },
    ]);
    expect(model.directions).toEqual(['internal_to_internal']);
  });

  it('under log1p keeps every conversation at OTR + 1 hour', () => {
    const model = computeOtrScatterModel(COLUMNS, { zeroOtr: 'log1p', jitter: false });
    expect(model.dropped).toBe(0);
    expect(model.points.map((p) => p.x)).toEqual([1, 3, 25]);
    expect(model.directions).toEqual(['internal_to_external', 'internal_to_internal']);
  });

  it('jitters within ±JITTER on the log scale, the same way every time', () => {
    const a = computeOtrScatterModel(COLUMNS, { zeroOtr: 'log1p', jitter: true });
    const b = computeOtrScatterModel(COLUMNS, { zeroOtr: 'log1p', jitter: true });
    expect(a.points).toEqual(b.points);
    a.points.forEach((p, i) => {
      expect(Math.abs(Math.log(p.x / [1, 3, 25][i]))).toBeLessThanOrEqual(JITTER);
      expect(Math.abs(Math.log(p.y / COLUMNS.observations[i]))).toBeLessThanOrEqual(JITTER);
    });
    expect(a.points.some((p, i) => p.x !== [1, 3, 25][i])).toBe(true);
  });

  it('spreads jitter offsets over [−1, 1]', () => {
    const offsets = Array.from({ length: 2000 }, (_, row) => jitterOffset(row, 0));
    expect(Math.min(...offsets)).toBeLessThan(-0.95);
    expect(Math.max(...offsets)).toBeGreaterThan(0.95);
    expect(Math.abs(offsets.reduce((s, v) => s + v, 0) / offsets.length)).toBeLessThan(0.05);
  });

  it('keeps every k-th point above the limit and reports k', () => {
    const model = computeOtrScatterModel(COLUMNS, { zeroOtr: 'log1p', jitter: false, maxPoints: 2 });
    expect(model.decimationStep).toBe(2);
    expect(model.plottable).toBe(3);
    expect(model.points.map((p) => p.row)).toEqual([0, 2]);
  });
});
