import type { TimelineResponse } from '../../common/api/timeline';
import { seasonalProfile } from '../../common/stats/seasonal_profile';

export interface SeasonalProfileModel {
  /** x: milliseconds after phase 0 (UTC midnight for a daily period); y: the seasonal component. */
  readonly points: { readonly x: number; readonly y: number | null }[];
  readonly periodMs: number;
  /** True when one period is exactly one day, so the profile runs midnight to midnight. */
  readonly daily: boolean;
}

/**
 * The seasonal component over one period, starting at UTC midnight (common/stats seasonalProfile, mean
 * over cycles: the classical seasonal repeats exactly, STL's drifts and this is its average shape). Null
 * without a decomposition or when the series is shorter than one period. O(buckets).
 */
export function computeSeasonalProfileModel(response: TimelineResponse): SeasonalProfileModel | null {
  const decomposition = response.decomposition;
  if (!decomposition || response.bucket_starts.length < decomposition.period) return null;
  const intervalMs = response.interval_minutes * 60_000;
  const profile = seasonalProfile(
    decomposition.seasonal.map((value) => (value === null ? Number.NaN : value)),
    { period: decomposition.period, firstBucketStartMs: response.bucket_starts[0], intervalMs },
  );
  const periodMs = decomposition.period * intervalMs;
  return {
    points: profile.values.map((y, i) => ({ x: profile.offsetsMs[i], y: Number.isNaN(y) ? null : y })),
    periodMs,
    daily: periodMs === 86_400_000,
  };
}
