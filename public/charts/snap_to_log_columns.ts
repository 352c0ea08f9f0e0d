/**
 * Columns across a scatter's natural-log x axis that its marks are drawn on (see snapToLogColumns): about
 * 1.4 px apart on a 450 px panel, so a mark moves by under a pixel.
 */
export const SCATTER_HIT_COLUMNS = 320;

/**
 * Each positive value moved to the nearest of `columns` + 1 evenly spaced positions in ln space between the
 * smallest and the largest (both kept exactly). Elastic Charts finds the marks of a points-only LineSeries
 * under the pointer by snapping the pointer to the nearest x value of any mark in any facet, then keeping
 * the marks at that exact x: with thousands of distinct OTRs most marks could never be hovered or clicked.
 * Marks sharing a column share one x value, so the pointer over a mark snaps to its column. Values that are
 * not positive and finite are returned as they are; a single distinct value is left alone. Inputs are not
 * mutated; O(n).
 */
export function snapToLogColumns(values: readonly number[], columns: number = SCATTER_HIT_COLUMNS): number[] {
  if (!(Number.isInteger(columns) && columns >= 1)) throw new RangeError(`snapToLogColumns requires columns ≥ 1, got ${columns}`);
  const isPlottable = (value: number): boolean => value > 0 && Number.isFinite(value);
  let low = Infinity;
  let high = -Infinity;
  for (const value of values) {
    if (!isPlottable(value)) continue;
    low = Math.min(low, value);
    high = Math.max(high, value);
  }
  if (!(high > low)) return [...values];
  const lnLow = Math.log(low);
  const step = (Math.log(high) - lnLow) / columns;
  return values.map((value) => {
    if (!isPlottable(value)) return value;
    const column = Math.round((Math.log(value) - lnLow) / step);
    // The end columns are the extremes themselves (exp(ln x) may differ from x in the last bit).
    if (column <= 0) return low;
    if (column >= columns) return high;
    return Math.exp(lnLow + column * step);
  });
}
