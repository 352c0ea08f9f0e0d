import type { TableCatalogue } from './build_request';

/** As many values per conversation as the Elasticsearch adapter's `terms` sub-aggregation (size 2) gives. */
export const RECORDED_DIRECTION_VALUES = 2;

/**
 * The aggregate, inside the conversations GROUP BY, giving a group's most frequent values of the recorded
 * direction field (at most RECORDED_DIRECTION_VALUES, count descending then value ascending, as a `terms`
 * aggregation orders them), or NULL when no event holds one. A field the dataset lacks yields NULL for
 * every group, as Elasticsearch answers a `terms` on an unmapped field: the field is optional, and the
 * response then counts every conversation as not recorded.
 */
export function buildRecordedDirectionsSql(catalogue: TableCatalogue, field: string): string {
  const column = catalogue.fields.get(field);
  if (column === undefined) return 'CAST(NULL AS VARCHAR[])';
  const counted = `map_entries(histogram(CAST(${column.expression} AS VARCHAR)))`;
  // Sorting {n: −count, k: value} structs orders by count descending, then value ascending.
  const ordered = `list_sort(list_transform(${counted}, e -> {'n': -e.value, 'k': e.key}))`;
  return `list_transform(list_slice(${ordered}, 1, ${RECORDED_DIRECTION_VALUES}), e -> e.k)`;
}

/** The aggregate's value for one row → its values, most frequent first ([] for NULL). */
export function parseRecordedDirections(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    throw new Error(`embedded engine: column "recorded_directions" is not a list of strings (${String(value)})`);
  }
  return value;
}
