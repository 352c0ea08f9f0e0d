import type { CategoryDistribution, OutlierDocument } from '../../../common/model/category_distribution';
import type { ConversationGroup } from '../../../common/model/conversation_group';
import type { TimeBucket } from '../../../common/model/time_bucket';
import type { ValueCount } from '../../../common/model/value_count';
import { parseRecordedDirections } from './recorded_direction_sql';

/**
 * Pure: DuckDB result rows (as `getRowObjectsJS()` returns them, BIGINT as bigint) → canonical shapes.
 * Each parser checks the columns it reads, so a changed query fails loudly instead of yielding NaN.
 */
export type Row = Readonly<Record<string, unknown>>;

function numberOf(row: Row, column: string): number {
  const value = row[column];
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number') return value;
  throw new Error(`embedded engine: column "${column}" is not a number (${String(value)})`);
}

function stringOf(row: Row, column: string): string {
  const value = row[column];
  if (typeof value !== 'string') throw new Error(`embedded engine: column "${column}" is not a string (${String(value)})`);
  return value;
}

export function parseConversationGroupRows(rows: readonly Row[]): ConversationGroup[] {
  return rows.map((row) => ({
    signatureId: stringOf(row, 'signature_id'),
    signature: typeof row.signature === 'string' ? row.signature : '',
    sourceIp: stringOf(row, 'source_ip'),
    destinationIp: stringOf(row, 'destination_ip'),
    firstSeen: numberOf(row, 'first_seen'),
    lastSeen: numberOf(row, 'last_seen'),
    observations: numberOf(row, 'observations'),
    ...('recorded_directions' in row ? { recordedDirections: parseRecordedDirections(row.recorded_directions) } : {}),
  }));
}

/**
 * Non-empty buckets → the full series from `first` to `last` (bucket starts, inclusive), empty ones 0,
 * as `min_doc_count: 0` with `extended_bounds` gives them. Without bounds, from the first to the last
 * non-empty bucket.
 */
export function fillBuckets(
  rows: readonly Row[],
  intervalMs: number,
  bounds?: { readonly first: number; readonly last: number },
): TimeBucket[] {
  const values = new Map<number, number>();
  for (const row of rows) values.set(numberOf(row, 'start'), numberOf(row, 'value'));
  if (values.size === 0 && !bounds) return [];
  let first = bounds ? bounds.first : Number.POSITIVE_INFINITY;
  let last = bounds ? bounds.last : Number.NEGATIVE_INFINITY;
  for (const start of values.keys()) {
    first = Math.min(first, start);
    last = Math.max(last, start);
  }
  const buckets: TimeBucket[] = [];
  for (let start = first; start <= last; start += intervalMs) buckets.push({ start, value: values.get(start) ?? 0 });
  return buckets;
}

/** The start of the bucket holding `t` (same alignment as buildBucketsSql). */
export function bucketStart(t: number, intervalMs: number, offsetMs = 0): number {
  return Math.floor((t - offsetMs) / intervalMs) * intervalMs + offsetMs;
}

export function parseValueCountRows(rows: readonly Row[]): { values: ValueCount[]; distinctValues: number } {
  const first = rows[0];
  return {
    values: rows.map((row) => ({ value: stringOf(row, 'value'), count: numberOf(row, 'count') })),
    distinctValues: first ? numberOf(first, 'distinct_values') : 0,
  };
}

export function parseDistributionRows(
  rows: readonly Row[],
  outlierRows: readonly Row[],
  originalPath: (file: string) => string = (file) => file,
): CategoryDistribution[] {
  const outliers = new Map<string, OutlierDocument[]>();
  for (const row of outlierRows) {
    const category = stringOf(row, 'category');
    const list = outliers.get(category) ?? [];
    list.push({
      id: outlierId(originalPath(stringOf(row, 'file')), numberOf(row, 'timestamp'), numberOf(row, 'same_time_index')),
      value: numberOf(row, 'value'),
      timestamp: numberOf(row, 'timestamp'),
    });
    outliers.set(category, list);
  }
  return rows.map((row) => {
    const category = stringOf(row, 'category');
    return {
      category,
      count: numberOf(row, 'n'),
      min: numberOf(row, 'min'),
      max: numberOf(row, 'max'),
      q1: numberOf(row, 'q1'),
      median: numberOf(row, 'median'),
      q3: numberOf(row, 'q3'),
      lowerFence: numberOf(row, 'lower_fence'),
      upperFence: numberOf(row, 'upper_fence'),
      lowerWhisker: numberOf(row, 'lower_whisker'),
      upperWhisker: numberOf(row, 'upper_whisker'),
      outlierCount: numberOf(row, 'outlier_count'),
      outliers: outliers.get(category) ?? [],
      quartilesExact: true,
    };
  });
}

/** `file@2024-04-19T09:22:11.420Z`, with `#n` when several outliers of the file share that millisecond. */
export function outlierId(file: string, timestamp: number, sameTimeIndex: number): string {
  const time = new Date(timestamp).toISOString();
  return sameTimeIndex > 1 ? `${file}@${time}#${sameTimeIndex}` : `${file}@${time}`;
}
