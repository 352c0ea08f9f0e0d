import type { EventsQuery, SourceQuery } from '../analysis_source';
import { SourceError } from '../source_errors';
import type { DatasetShape, FieldUse, NetworkTables, SqlStatement, TableCatalogue } from './build_request';
import { Params, SOURCE_FILE_COLUMN, buildRelation, buildWhere, fieldUsesOf, quoteIdentifier, quoteString, readAs, requireField } from './build_request';

/**
 * Pure builders for the raw-events drill-down. The analyses read JSON with an explicit schema of just the
 * keys they use; an event must come back whole, including keys no sample saw, so JSON is read here with
 * `read_json_objects` (each record's raw text) and the keys the query filters on are extracted from that
 * text with the same casts as buildRelation. Zeek TSV and CSV have a fixed schema and are read as the
 * analyses read them, every column; only Zeek's `ts` is returned as Zeek writes it (epoch seconds, as its
 * JSON logs hold it too), not as the TIMESTAMPTZ the analyses make of it.
 */

/** Column of the events relation holding a JSON record's raw text. */
export const RAW_RECORD_COLUMN = '__raw_record';

/** What an events query selects (its scope), without the paging and field options the analyses do not know. */
export function eventsScopeOf(query: EventsQuery): SourceQuery {
  const { index, timestampField, timeRange, filters, elasticsearchQuery } = query;
  return {
    index,
    timestampField,
    ...(timeRange !== undefined ? { timeRange } : {}),
    ...(filters !== undefined ? { filters } : {}),
    ...(elasticsearchQuery !== undefined ? { elasticsearchQuery } : {}),
  };
}

/** The relation an events query reads: how its records come back, and the fields it can filter on. */
export type EventsCatalogue =
  | (TableCatalogue & { readonly records: 'json' })
  | (TableCatalogue & { readonly records: 'columns'; readonly columns: ReadonlyArray<{ readonly name: string; readonly expression: string }> });

/** Output columns every events row has before the event itself. */
export const EVENT_TIMESTAMP_COLUMN = '__event_timestamp';
export const EVENT_FILE_COLUMN = '__event_file';

function jsonPath(path: readonly string[]): string {
  return `$.${path.map((key) => `"${key.replace(/"/g, '\\"')}"`).join('.')}`;
}

/** The events relation of a dataset for the fields the query's scope uses (see fieldUsesOf). */
export function buildEventsRelation(shape: DatasetShape, query: EventsQuery): EventsCatalogue {
  const uses: ReadonlyMap<string, FieldUse> = fieldUsesOf(eventsScopeOf(query));
  const isJson = shape.groups.length > 0 && shape.groups.every((group) => group.layout === 'ndjson' || group.layout === 'json_array');
  if (!isJson) {
    const catalogue = buildRelation(shape, uses);
    const zeek = shape.groups.every((group) => group.layout === 'zeek_tsv');
    const columns = [...catalogue.fields].map(([name, field]) => ({
      name,
      // Zeek has no renames: its time field is the column of that name.
      expression: zeek && field.kind === 'timestamp' ? quoteIdentifier(name) : field.expression,
    }));
    return { ...catalogue, records: 'columns', columns };
  }
  const readers = shape.groups.map((group) => {
    const files = `[${group.files.map(quoteString).join(', ')}]`;
    const format = group.layout === 'ndjson' ? 'newline_delimited' : 'array';
    return (
      `(SELECT json AS ${quoteIdentifier(RAW_RECORD_COLUMN)}, ${quoteIdentifier(SOURCE_FILE_COLUMN)} FROM read_json_objects(${files}, ` +
      `format = '${format}', compression = '${group.gzip ? 'gzip' : 'uncompressed'}', maximum_object_size = 67108864, ` +
      `filename = '${SOURCE_FILE_COLUMN}'))`
    );
  });
  const from = readers.length === 1 ? (readers[0] ?? '') : `(${readers.map((reader) => `SELECT * FROM ${reader}`).join(' UNION ALL ')})`;
  const fields = new Map<string, { expression: string; kind: FieldUse }>();
  for (const [name, use] of uses) {
    const sampled = shape.fields.get(name);
    if (sampled && use === 'number' && sampled.kind !== 'number') {
      throw new SourceError('bad_query', `Field "${name}" holds ${sampled.kind} values; this needs number`);
    }
    const path = shape.topLevelKeys?.has(name) ? [name] : name.split('.');
    const raw = `json_extract_string(${quoteIdentifier(RAW_RECORD_COLUMN)}, ${quoteString(jsonPath(path))})`;
    const unit = shape.timestamp?.field === name ? shape.timestamp.numericUnit : 's';
    fields.set(name, { expression: readAs(raw, use, sampled?.kind, unit), kind: use });
  }
  return { table: shape.name, from, fields, records: 'json' };
}

/**
 * The first (`asc`) or last (`desc`) `size` events by timestamp. `ORDER BY ALL` sorts on the timestamp,
 * then the file, then the record itself, so ties come back in the same order on every run although DuckDB
 * reads files in parallel. Column records are selected as `c0…cN` (in `catalogue.columns` order) so no
 * field name can clash with the two leading columns.
 */
export function buildEventsSql(catalogue: EventsCatalogue, query: EventsQuery, networkTables: NetworkTables = new Map()): SqlStatement {
  if (!Number.isInteger(query.size) || query.size <= 0) throw new SourceError('bad_query', `size must be a positive whole number, got ${query.size}`);
  const params = new Params();
  const timestamp = requireField(catalogue, query.timestampField, ['timestamp']).expression;
  const where = buildWhere(catalogue, query, params, networkTables, []);
  const record =
    catalogue.records === 'json'
      ? quoteIdentifier(RAW_RECORD_COLUMN)
      : catalogue.columns.map((column, index) => `${column.expression} AS c${index}`).join(', ');
  const direction = query.order === 'desc' ? 'DESC' : 'ASC';
  return {
    sql:
      `SELECT CAST(epoch_ms(${timestamp}) AS DOUBLE) AS ${EVENT_TIMESTAMP_COLUMN}, ${quoteIdentifier(SOURCE_FILE_COLUMN)} AS ${EVENT_FILE_COLUMN}, ${record} ` +
      `FROM ${catalogue.from} WHERE ${where} ORDER BY ALL ${direction} LIMIT ${params.add(query.size)}`,
    params: params.values,
  };
}

/**
 * How many events match, counted up to `upTo + 1` so the count stops early on a large selection and the
 * total reads as Elasticsearch's `track_total_hits: upTo` does. Runs on the analyses' own relation, which
 * reads only the keys the filters use.
 */
export function buildEventsCountSql(catalogue: TableCatalogue, query: SourceQuery, upTo: number, networkTables: NetworkTables = new Map()): SqlStatement {
  const params = new Params();
  const where = buildWhere(catalogue, query, params, networkTables, []);
  return {
    sql: `SELECT CAST(count(*) AS DOUBLE) AS total FROM (SELECT 1 FROM ${catalogue.from} WHERE ${where} LIMIT ${params.add(upTo + 1)})`,
    params: params.values,
  };
}
