export interface Band {
  readonly value: number;
  /** How many of the values equal `value` exactly. */
  readonly count: number;
  /** count / all values, in [0, 1]. */
  readonly share: number;
}

export interface Banding {
  readonly values: number;
  readonly distinctValues: number;
  /** Values repeated at least minRepeats times, by count descending then value ascending. */
  readonly bands: readonly Band[];
  /** How many values lie in some band, and their share of all values. */
  readonly valuesInBands: number;
  readonly shareInBands: number;
}

/**
 * Banding along one axis of a scatter plot: values repeated exactly across many conversations (the
 * striations at single OTRs or observation counts in the log–log view), stated as facts. Exact equality is
 * meant: OTRs come from integer milliseconds and observations are counts, and ln maps equal inputs to equal
 * outputs, so bands are the same whether raw or logged values are given. -0 and 0 are one value (0).
 *
 * The input is never mutated. Cost: O(n) hashing plus O(b log b) to order b bands.
 *
 * @throws RangeError for minRepeats that is not an integer ≥ 2, or a non-finite value (naming its index).
 * @example detectBanding([3600, 3600, 3600, 12.5], { minRepeats: 3 }).bands // [{ value: 3600, count: 3, share: 0.75 }]
 */
export function detectBanding(values: readonly number[], { minRepeats }: { readonly minRepeats: number }): Banding {
  if (!Number.isInteger(minRepeats) || minRepeats < 2) {
    throw new RangeError(`detectBanding requires minRepeats to be an integer ≥ 2, got ${minRepeats}`);
  }
  const counts = new Map<number, number>();
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i];
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new RangeError(`detectBanding requires finite numbers; value at index ${i} is ${String(value)}`);
    }
    // Map keys use SameValueZero and store -0 as 0, so -0 and 0 are one band, reported as 0.
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  const bands: Band[] = [];
  let valuesInBands = 0;
  for (const [value, count] of counts) {
    if (count < minRepeats) continue;
    bands.push({ value, count, share: count / values.length });
    valuesInBands += count;
  }
  bands.sort((a, b) => b.count - a.count || a.value - b.value);
  return {
    values: values.length,
    distinctValues: counts.size,
    bands,
    valuesInBands,
    shareInBands: values.length === 0 ? 0 : valuesInBands / values.length,
  };
}
