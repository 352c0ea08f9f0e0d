import { computeTimelineModel } from './compute_timeline_model';
import { TIMELINE } from './test_fixtures';

const H = 3_600_000;

describe('computeTimelineModel', () => {
  it('greys the unscored edges and draws mean ± n·σ', () => {
    const model = computeTimelineModel(TIMELINE, { gaps: 'zero', threshold: 3 });
    expect(model.unscorable).toEqual([
      { x0: 0, x1: H },
      { x0: 5 * H, x1: 6 * H },
    ]);
    expect(model.band).toEqual({ mean: 7, lower: -23, upper: 37 });
    expect(model.outliersOnObserved.map((o) => [o.x, o.y])).toEqual([
      [3 * H, 40],
      [4 * H, 0],
    ]);
    expect(model.outliersOnResidual.map((o) => o.y)).toEqual([33, -5]);
    expect(model.missingBuckets).toBe(0);
  });

  it('with gaps as missing, leaves empty buckets out, greys them and drops their outliers', () => {
    const model = computeTimelineModel(TIMELINE, { gaps: 'missing', threshold: 3 });
    expect(model.observed[4]).toEqual({ x: 4 * H, y: null });
    expect(model.residual[4].y).toBeNull();
    expect(model.unscorable).toEqual([
      { x0: 0, x1: H },
      { x0: 4 * H, x1: 6 * H },
    ]);
    expect(model.outliersOnObserved.map((o) => o.x)).toEqual([3 * H]);
    expect(model.missingBuckets).toBe(1);
  });

  it('has no band and all-null components without a decomposition', () => {
    const model = computeTimelineModel({ ...TIMELINE, decomposition: null, residual_center: null, residual_scale: null, outliers: [] }, { gaps: 'zero', threshold: 3 });
    expect(model.band).toBeNull();
    expect(model.trend.every((p) => p.y === null)).toBe(true);
    expect(model.unscorable).toEqual([{ x0: 0, x1: 6 * H }]);
  });
});
