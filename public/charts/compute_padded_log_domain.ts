/** How far beyond the extremes a padded log axis reaches, as a share of the values' span in log space. */
export const LOG_DOMAIN_PADDING = 0.05;

/**
 * The domain of a natural-log axis over positive values, widened on both ends by `padding` × the span of
 * ln(value), so the marks on the extremes are drawn whole instead of cut by the plot's edge. A single value
 * (no span) is padded by a factor of e^padding each way. Null when there is no positive value (the chart
 * then picks its own domain). Inputs are not mutated; O(n).
 */
export function computePaddedLogDomain(values: readonly number[], padding: number = LOG_DOMAIN_PADDING): { min: number; max: number } | null {
  if (!(padding >= 0)) throw new RangeError(`computePaddedLogDomain requires padding ≥ 0, got ${padding}`);
  let low = Infinity;
  let high = -Infinity;
  for (const value of values) {
    if (!(value > 0) || !Number.isFinite(value)) continue;
    if (value < low) low = value;
    if (value > high) high = value;
  }
  if (low === Infinity) return null;
  const margin = (high > low ? Math.log(high) - Math.log(low) : 1) * padding;
  return { min: low * Math.exp(-margin), max: high * Math.exp(margin) };
}
