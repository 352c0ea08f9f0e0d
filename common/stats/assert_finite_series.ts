/**
 * Shared input guard for the decomposition functions: rejects an empty series and any value that is NaN or
 * ±Infinity, naming the first offending index. statsmodels' `seasonal_decompose` rejects missing values the
 * same way ("This function does not handle missing values"); gaps must be filled (or the series cut) before
 * decomposing. Cost: O(n).
 *
 * @throws Error `"<fn> requires a non-empty series"` or `"<fn> requires finite values (no missing values): values[i] is NaN"`
 */
export function assertFiniteSeries(fn: string, values: readonly number[]): void {
  if (values.length === 0) {
    throw new Error(`${fn} requires a non-empty series`);
  }
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new Error(`${fn} requires finite values (no missing values): values[${i}] is ${String(v)}`);
    }
  }
}
