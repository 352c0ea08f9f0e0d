import { BUCKET_MS, HTTP_MONTH_START } from './http_spec';

/**
 * Fills collection gaps (listed by bucket start) by linear interpolation between the nearest non-gap
 * neighbours, so a decomposition keeps its phase; the gap indexes are returned so they are never scored.
 * For tests and the sample-data checks only: the product decides its own gap policy.
 */
export function fillGaps(series: readonly number[], gapStarts: readonly string[], start: number = HTTP_MONTH_START): { values: number[]; gaps: Set<number> } {
  const gaps = new Set(gapStarts.map((iso) => Math.round((Date.parse(iso) - start) / BUCKET_MS)));
  const values = series.slice();
  for (const g of gaps) {
    let before = g - 1;
    let after = g + 1;
    while (gaps.has(before)) before -= 1;
    while (gaps.has(after)) after += 1;
    if (before < 0 || after >= values.length) throw new Error(`fillGaps: gap bucket ${g} has no neighbour on both sides`);
    values[g] = values[before] + ((values[after] - values[before]) * (g - before)) / (after - before);
  }
  return { values, gaps };
}
