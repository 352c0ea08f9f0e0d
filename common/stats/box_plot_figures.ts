import { quantileOfSorted } from './quantile';

/** The figures of a Tukey box plot, without the outliers themselves (see boxPlotStats for those). */
export interface BoxPlotFigures {
  readonly count: number;
  readonly min: number;
  readonly q1: number;
  readonly median: number;
  readonly q3: number;
  readonly max: number;
  /** q3 − q1. */
  readonly iqr: number;
  /** q1 − k·IQR and q3 + k·IQR (k = 1.5 unless given). */
  readonly lowerFence: number;
  readonly upperFence: number;
  /** The smallest and largest values inside the fences (inclusive); null only when none lies inside (k < 0.5). */
  readonly lowerWhisker: number | null;
  readonly upperWhisker: number | null;
  /** Values below the lower fence are sorted[0 … lowOutliers − 1]. */
  readonly lowOutliers: number;
  /** Values above the upper fence are the last highOutliers of sorted. */
  readonly highOutliers: number;
}

/**
 * Tukey box-plot figures of values already sorted ascending (an array or a Float64Array): quartiles by linear
 * interpolation (type 7, as numpy and pandas), fences at Q1 − k·IQR and Q3 + k·IQR, whiskers at the most
 * extreme values inside the fences (a value equal to a fence is inside), and how many values lie beyond each
 * fence. Lets a caller with a million values keep them in a typed array and point at outliers by index.
 *
 * Throws on empty input or k that is negative or not finite; values are trusted to be finite and sorted.
 * Cost: O(1) for the quartiles plus O(number of outliers) to walk in from both ends.
 *
 * @example boxPlotFigures(Float64Array.of(1, 2, 3, 4, 100)).highOutliers // 1
 */
export function boxPlotFigures(sorted: ArrayLike<number>, { k = 1.5 }: { readonly k?: number } = {}): BoxPlotFigures {
  if (sorted.length === 0) throw new RangeError('boxPlotStats requires at least one point');
  if (!(Number.isFinite(k) && k >= 0)) throw new RangeError(`boxPlotStats requires k ≥ 0, got ${k}`);
  const q1 = quantileOfSorted(sorted, 0.25);
  const median = quantileOfSorted(sorted, 0.5);
  const q3 = quantileOfSorted(sorted, 0.75);
  const iqr = q3 - q1;
  const lowerFence = q1 - k * iqr;
  const upperFence = q3 + k * iqr;
  let low = 0;
  while (low < sorted.length && sorted[low] < lowerFence) low += 1;
  let high = sorted.length - 1;
  while (high >= 0 && sorted[high] > upperFence) high -= 1;
  const anyInside = low <= high;
  return {
    count: sorted.length,
    min: sorted[0],
    q1,
    median,
    q3,
    max: sorted[sorted.length - 1],
    iqr,
    lowerFence,
    upperFence,
    lowerWhisker: anyInside ? sorted[low] : null,
    upperWhisker: anyInside ? sorted[high] : null,
    lowOutliers: anyInside ? low : sorted.length,
    highOutliers: anyInside ? sorted.length - 1 - high : 0,
  };
}
