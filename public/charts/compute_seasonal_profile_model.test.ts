import { computeSeasonalProfileModel } from './compute_seasonal_profile_model';
import { TIMELINE } from './test_fixtures';

describe('computeSeasonalProfileModel', () => {
  it('averages the seasonal component over one period from phase 0', () => {
    const model = computeSeasonalProfileModel(TIMELINE);
    expect(model).toEqual({ points: [{ x: 0, y: -1 }, { x: 3_600_000, y: 1 }], periodMs: 7_200_000, daily: false });
  });

  it('calls a 96 × 15-minute period daily', () => {
    const starts = Array.from({ length: 192 }, (_, i) => i * 900_000);
    const seasonal = starts.map((_, i) => (i % 96) - 47.5);
    const model = computeSeasonalProfileModel({
      ...TIMELINE,
      interval_minutes: 15,
      bucket_starts: starts,
      values: starts.map(() => 1),
      decomposition: { method: 'stl', model: 'additive', period: 96, trend: seasonal, seasonal, residual: seasonal },
    });
    expect(model?.daily).toBe(true);
    expect(model?.points[0]).toEqual({ x: 0, y: -47.5 });
    expect(model?.points).toHaveLength(96);
  });

  it('is null without a decomposition', () => {
    expect(computeSeasonalProfileModel({ ...TIMELINE, decomposition: null })).toBeNull();
  });
});
