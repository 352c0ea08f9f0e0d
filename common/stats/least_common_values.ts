import type { ValueCount } from '../model/value_count';

/**
 * The least common values of a categorical field, ranked: ascending by count, ties broken by the value
 * itself in UTF-16 code-unit order (locale-independent, the same on every machine), so the ranking is fully
 * deterministic. `limit` caps the list (all distinct values by default). Values are compared as exact
 * strings: no trimming or case folding. The input is never mutated. Cost: O(n + d log d) for d distinct values.
 *
 * @example leastCommonValues(['GET', 'GET', 'POST', 'PUT'], { limit: 2 }) // [{ value: 'POST', count: 1 }, { value: 'PUT', count: 1 }]
 */
export function leastCommonValues(values: readonly string[], { limit }: { readonly limit?: number } = {}): ValueCount[] {
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 0)) {
    throw new RangeError(`leastCommonValues requires limit to be a non-negative integer, got ${limit}`);
  }
  const counts = new Map<string, number>();
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i];
    if (typeof value !== 'string') {
      throw new TypeError(`leastCommonValues requires strings; value at index ${i} is ${value === null ? 'null' : typeof value}`);
    }
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  const ranked = [...counts].sort(([va, ca], [vb, cb]) => ca - cb || (va < vb ? -1 : va > vb ? 1 : 0));
  return ranked.slice(0, limit ?? ranked.length).map(([value, count]) => ({ value, count }));
}
