import { quantileSorted } from 'simple-statistics';

/**
 * Sample quantile(s) by linear interpolation between order statistics: Hyndman–Fan type 7, the default of
 * numpy (`method='linear'`), pandas and R. With the values sorted ascending as x[0..n−1], the quantile at p is
 * x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]) where h = (n − 1)·p; p = 0 gives the minimum and p = 1 the maximum.
 *
 * Delegates the interpolation to simple-statistics' quantileSorted, which implements exactly type 7 (checked
 * against numpy in quantile.test.ts and the pandas fixtures). Results can differ from numpy in the last bit:
 * numpy interpolates from the upper neighbour when the fraction is ≥ 0.5.
 *
 * Edge cases: a single value is every quantile of itself. Throws on empty input, on NaN or ±Infinity in the
 * values (pandas would skip NaN and numpy would return NaN; here it is an error naming the index), and on p
 * outside [0, 1]. The input is copied, never mutated. Cost: O(n log n) for the sort, then O(1) per p.
 *
 * @example quantile([1, 2, 3, 4], 0.25) // 1.75, as numpy.quantile([1, 2, 3, 4], 0.25)
 */
export function quantile(values: readonly number[], p: number): number;
export function quantile(values: readonly number[], p: readonly number[]): number[];
export function quantile(values: readonly number[], p: number | readonly number[]): number | number[] {
  const sorted = sortForQuantiles(values, 'quantile');
  return typeof p === 'number' ? quantileOfSorted(sorted, p) : p.map((one) => quantileOfSorted(sorted, one));
}

/**
 * Type-7 quantile of values already sorted ascending and free of NaN (as from sortForQuantiles): for many
 * quantiles of one sample without sorting again; a sorted Float64Array works as well. O(1).
 */
export function quantileOfSorted(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) throw new RangeError('quantile requires at least one value');
  if (typeof p !== 'number' || !(p >= 0 && p <= 1)) throw new RangeError(`quantile requires p in [0, 1], got ${p}`);
  // quantileSorted only indexes and reads length, so any array-like serves.
  return quantileSorted(sorted as number[], p);
}

/** An ascending copy of `values` for quantileOfSorted; throws on empty input or a non-finite value. */
export function sortForQuantiles(values: readonly number[], caller = 'quantile'): number[] {
  if (values.length === 0) throw new RangeError(`${caller} requires at least one value`);
  const copy = new Float64Array(values.length);
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i];
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new RangeError(`${caller} requires finite numbers; value at index ${i} is ${String(value)}`);
    }
    copy[i] = value;
  }
  return Array.from(copy.sort());
}
