import type { ConversationColumns } from '../../common/api/conversations';
import { computeOtrScatterModel, getMarkRadius, JITTER, jitterOffset, MAX_MARK_RADIUS, POINT_RADIUS } from './compute_otr_scatter_model';
import { SCATTER_HIT_COLUMNS, snapToLogColumns } from './snap_to_log_columns';
import { COLUMNS } from './test_fixtures';

/** Half the hit-test column width in ln space, over the drawn x values. */
function halfColumn(xs: readonly number[]): number {
  return (Math.log(Math.max(...xs)) - Math.log(Math.min(...xs))) / SCATTER_HIT_COLUMNS / 2;
}

/** n conversations of one signature, OTR 1–100 h and 2–200 observations on a log grid, plus one far outlier. */
function manyConversations(n: number): ConversationColumns {
  const rows = Array.from({ length: n }, (_, i) => i);
  const otr = rows.map((i) => (i === n - 1 ? 5000 * 3600 : Math.round(3600 * Math.exp((i % 37) / 8))));
  return {
    signature_id: rows.map(() => '1'),
    signature_name: rows.map(() => 'ET A'),
    source_ip: rows.map((i) => `10.0.${i >> 8}.${i & 255}`),
    destination_ip: rows.map(() => '10.1.0.1'),
    first_seen: rows.map(() => 0),
    last_seen: otr.map((s) => s * 1000),
    otr_seconds: otr,
    observations: rows.map((i) => (i === n - 1 ? 1 : 2 + ((i * 7) % 199))),
    direction: rows.map(() => 'internal_to_internal' as const),
  };
}

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
    expect(model.points.map((p) => p.x)).toEqual(snapToLogColumns([1, 3, 25]));
    expect(model.directions).toEqual(['internal_to_external', 'internal_to_internal']);
  });

  it('jitters within ±JITTER on the log scale, the same way every time', () => {
    const a = computeOtrScatterModel(COLUMNS, { zeroOtr: 'log1p', jitter: true });
    const b = computeOtrScatterModel(COLUMNS, { zeroOtr: 'log1p', jitter: true });
    expect(a.points).toEqual(b.points);
    a.points.forEach((p, i) => {
      expect(Math.abs(Math.log(p.x / [1, 3, 25][i]))).toBeLessThanOrEqual(JITTER + halfColumn(a.points.map((q) => q.x)));
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

  it('draws every conversation as itself up to the limit', () => {
    const model = computeOtrScatterModel(manyConversations(300), { zeroOtr: 'drop', jitter: false, maxPoints: 300 });
    expect(model.mode).toEqual({ kind: 'all' });
    expect(model.points).toHaveLength(300);
    expect(model.points.every((p) => p.count === 1)).toBe(true);
  });

  it('above the limit merges on the log grid: counts add up, the outlier stays exact, clicks reach real rows', () => {
    const columns = manyConversations(3000);
    const model = computeOtrScatterModel(columns, { zeroOtr: 'drop', jitter: false, maxPoints: 500 });
    expect(model.plottable).toBe(3000);
    expect(model.mode.kind).toBe('decimated');
    expect(model.points.length).toBeLessThanOrEqual(500);
    expect(model.mode).toEqual({ kind: 'decimated', cellsPerAxis: expect.any(Number), merged: 3000 - model.points.length });
    expect(model.points.reduce((sum, p) => sum + p.count, 0)).toBe(3000);
    const outlier = model.points.find((p) => p.row === 2999);
    expect(outlier).toMatchObject({ x: 5000, y: 1, count: 1 });
    const half = halfColumn(model.points.map((p) => p.x));
    for (const p of model.points) {
      expect(Math.abs(Math.log(p.x) - Math.log(columns.otr_seconds[p.row] / 3600))).toBeLessThanOrEqual(half + 1e-12);
      expect(p.y).toBe(columns.observations[p.row]);
      expect(columns.otr_seconds[p.row]).toBeGreaterThanOrEqual(p.otrSecondsRange[0]);
      expect(columns.otr_seconds[p.row]).toBeLessThanOrEqual(p.otrSecondsRange[1]);
      expect(p.y).toBeGreaterThanOrEqual(p.observationsRange[0]);
      expect(p.y).toBeLessThanOrEqual(p.observationsRange[1]);
    }
    expect(model.points.some((p) => p.count > 1)).toBe(true);
  });

  it('reports merged ranges in seconds under log1p too', () => {
    const columns = manyConversations(3000);
    const model = computeOtrScatterModel(columns, { zeroOtr: 'log1p', jitter: false, maxPoints: 500 });
    const otrs = [...columns.otr_seconds];
    const merged = model.points.filter((p) => p.count > 1);
    expect(merged.length).toBeGreaterThan(0);
    for (const p of merged) {
      expect(otrs).toContain(p.otrSecondsRange[0]);
      expect(otrs).toContain(p.otrSecondsRange[1]);
    }
  });

  it('jitters the drawn representative but not the binning', () => {
    const columns = manyConversations(3000);
    const plain = computeOtrScatterModel(columns, { zeroOtr: 'drop', jitter: false, maxPoints: 500 });
    const jittered = computeOtrScatterModel(columns, { zeroOtr: 'drop', jitter: true, maxPoints: 500 });
    expect(jittered.points.map((p) => [p.row, p.count])).toEqual(plain.points.map((p) => [p.row, p.count]));
    expect(jittered.points.some((p, i) => p.x !== plain.points[i].x)).toBe(true);
  });

  it('draws marks on the hit-test columns, so marks in one column share one x and none moves by more than half a column', () => {
    const columns = manyConversations(3000);
    const model = computeOtrScatterModel(columns, { zeroOtr: 'drop', jitter: true, maxPoints: 5000 });
    // Where each jittered conversation would be drawn without the columns.
    const exact = model.points.map((p) => (columns.otr_seconds[p.row] / 3600) * Math.exp(JITTER * jitterOffset(p.row, 0)));
    expect(model.points.map((p) => p.x)).toEqual(snapToLogColumns(exact));
    expect(new Set(model.points.map((p) => p.x)).size).toBeLessThanOrEqual(SCATTER_HIT_COLUMNS + 1);
    expect(new Set(exact).size).toBeGreaterThan(SCATTER_HIT_COLUMNS + 1);
  });

  it('sizes merged marks by ln(count) within bounds', () => {
    expect(getMarkRadius(1)).toBe(POINT_RADIUS);
    expect(getMarkRadius(10)).toBeGreaterThan(getMarkRadius(2));
    expect(getMarkRadius(1e9)).toBe(MAX_MARK_RADIUS);
  });

  it('rejects a limit below one, naming it', () => {
    expect(() => computeOtrScatterModel(COLUMNS, { zeroOtr: 'drop', jitter: false, maxPoints: 0 })).toThrow('computeOtrScatterModel requires maxPoints ≥ 1, got 0');
  });
});
