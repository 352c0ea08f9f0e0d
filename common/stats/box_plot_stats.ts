import { boxPlotFigures } from './box_plot_figures';

/** One value to place in a box plot, with the id that lets an outlier be drilled down to its record. */
export interface BoxPlotPoint {
  readonly id: string;
  readonly value: number;
}

/** Tukey box-plot figures of one sample. */
export interface BoxPlotStats {
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
  /**
   * The smallest and largest data values inside the fences (inclusive), as Vega-Lite and matplotlib draw
   * them. Null only when no value lies inside, which needs k < 0.5 (e.g. two distinct values with k = 0).
   */
  readonly lowerWhisker: number | null;
  readonly upperWhisker: number | null;
  /** Points beyond the fences, ascending by value then id. */
  readonly outliers: readonly BoxPlotPoint[];
}

/**
 * Tukey box-plot statistics: quartiles by linear interpolation (type 7, as numpy and pandas), fences at
 * Q1 − k·IQR and Q3 + k·IQR (k = 1.5 by default), whiskers at the most extreme data inside the fences (a
 * value equal to a fence is inside), and every point strictly beyond a fence as an outlier with its id.
 * For k ≥ 0.5 some datum always lies inside the fences, so both whiskers are numbers.
 *
 * Throws on empty input, a non-finite value (naming the id) or k that is negative or not finite. The input
 * is never mutated. Cost: O(n log n) for one sort.
 *
 * @example boxPlotStats([1, 2, 3, 4, 100].map((value, i) => ({ id: `e${i}`, value }))).outliers // [{ id: 'e4', value: 100 }]
 */
export function boxPlotStats(points: readonly BoxPlotPoint[], { k = 1.5 }: { readonly k?: number } = {}): BoxPlotStats {
  if (points.length === 0) throw new RangeError('boxPlotStats requires at least one point');
  if (!(Number.isFinite(k) && k >= 0)) throw new RangeError(`boxPlotStats requires k ≥ 0, got ${k}`);
  for (const point of points) {
    if (typeof point.value !== 'number' || !Number.isFinite(point.value)) {
      throw new RangeError(`boxPlotStats requires finite values; point ${JSON.stringify(point.id)} has ${String(point.value)}`);
    }
  }
  const sorted = [...points].sort((a, b) => a.value - b.value || compareStrings(a.id, b.id));
  const { lowOutliers, highOutliers, ...figures } = boxPlotFigures(
    sorted.map((p) => p.value),
    { k },
  );
  return {
    ...figures,
    outliers: [...sorted.slice(0, lowOutliers), ...sorted.slice(sorted.length - highOutliers)].map(({ id, value }) => ({ id, value })),
  };
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
