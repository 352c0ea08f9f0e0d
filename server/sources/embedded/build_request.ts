import type { FieldFilter } from '../../../common/model/field_filter';
import type {
  BucketsQuery,
  ConversationGroupsQuery,
  DistributionQuery,
  SourceQuery,
  ValueCountsQuery,
} from '../analysis_source';
import { SourceError } from '../source_errors';
import type { ZeekHeader } from '../files/parse_zeek_header';
import { buildRecordedDirectionsSql } from './recorded_direction_sql';

/**
 * Pure builders: a canonical query plus the table's field catalogue → DuckDB SQL with positional
 * parameters. Nothing here touches DuckDB; embedded_source.ts runs what these return. Counts and epoch
 * milliseconds come back as DOUBLE (exact below 2^53): the driver turns BIGINT into JS bigints several
 * times more slowly, which shows on a million groups.
 */

export type FieldKind = 'timestamp' | 'number' | 'text' | 'boolean' | 'other';

/** One field of a loaded table: how SQL reads it and what it holds. */
export interface TableField {
  readonly expression: string;
  readonly kind: FieldKind;
}

/** A dataset as the builders see it: the relation to read (a table function over its files) and its fields. */
export interface TableCatalogue {
  /** The dataset's name, for messages. */
  readonly table: string;
  /** SQL for the FROM clause, e.g. `read_json([...], columns = {...})`. */
  readonly from: string;
  readonly fields: ReadonlyMap<string, TableField>;
}

/** A parameterised statement; `params` bind to the `?` placeholders in order. */
export interface SqlStatement {
  readonly sql: string;
  readonly params: ReadonlyArray<string | number | boolean>;
}

/** Per networks filter (by position in `filters`), the table holding the field's values inside the CIDRs. */
export type NetworkTables = ReadonlyMap<number, string>;

export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export function quoteString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

// ---------------------------------------------------------------------------------------------------
// Reading files

export type ReadSpec =
  | { readonly layout: 'ndjson' | 'json_array'; readonly files: readonly string[]; readonly gzip: boolean }
  | { readonly layout: 'zeek_tsv'; readonly files: readonly string[]; readonly gzip: boolean; readonly header: ZeekHeader }
  | { readonly layout: 'csv'; readonly files: readonly string[]; readonly gzip: boolean; readonly delimiter: string };

/** Column holding each row's file path (the reader's `filename` option). */
export const SOURCE_FILE_COLUMN = '__source_file';

/**
 * The table function call that reads a group of files of one layout.
 * JSON: `columns` (DuckDB's explicit schema, e.g. `{"alert": 'STRUCT("signature_id" VARCHAR)'}`) makes
 * DuckDB parse only the keys a query needs, and read keys that its schema sample (the first 20,480
 * records) never saw — eve files mix event types whose keys appear late. Without `columns` the schema
 * is sampled. Zeek TSV: types from `#types`, `#` lines skipped, the unset marker read as NULL, no quoting
 * (Zeek escapes instead).
 */
export function buildReadFilesSql(spec: ReadSpec, jsonColumns?: string): string {
  const files = `[${spec.files.map(quoteString).join(', ')}]`;
  const compression = spec.gzip ? 'gzip' : 'uncompressed';
  const common = `compression = '${compression}', filename = '${SOURCE_FILE_COLUMN}'`;
  switch (spec.layout) {
    case 'ndjson':
    case 'json_array': {
      const schema = jsonColumns === undefined ? '' : `columns = ${jsonColumns}, `;
      return (
        `read_json(${files}, format = '${spec.layout === 'ndjson' ? 'newline_delimited' : 'array'}', ${schema}` +
        `maximum_object_size = 67108864, ${common})`
      );
    }
    case 'zeek_tsv': {
      const columns = spec.header.fields
        .map((field, index) => `${quoteString(field)}: '${zeekColumnType(spec.header.types[index] ?? 'string')}'`)
        .join(', ');
      return (
        `read_csv(${files}, delim = ${quoteString(spec.header.separator)}, header = false, comment = '#', ` +
        `quote = '', escape = '', auto_detect = false, columns = {${columns}}, ` +
        `nullstr = ${quoteString(spec.header.unsetField)}, ${common})`
      );
    }
    case 'csv':
      return `read_csv(${files}, delim = ${quoteString(spec.delimiter)}, header = true, union_by_name = true, ${common})`;
  }
}

/** Zeek's types as DuckDB columns: times and intervals as seconds, counters as integers, the rest text. */
function zeekColumnType(zeekType: string): string {
  switch (zeekType) {
    case 'time':
    case 'interval':
    case 'double':
      return 'DOUBLE';
    case 'count':
    case 'int':
    case 'port':
      return 'BIGINT';
    default:
      return 'VARCHAR';
  }
}

/** How a query uses a field, which decides how a JSON key is read. */
export type FieldUse = 'timestamp' | 'number' | 'text';

/** What a dataset is, for building the relation a query reads. */
export interface DatasetShape {
  readonly name: string;
  /** Groups of files one reader call takes (same layout, compression, Zeek columns). */
  readonly groups: readonly ReadSpec[];
  /**
   * Fields with their kinds: the whole schema for Zeek and CSV; for JSON, what DuckDB's sample saw
   * (used to check kinds and to tell a literal dotted key like Zeek's `id.orig_h` from a nested path).
   */
  readonly fields: ReadonlyMap<string, TableField>;
  /** JSON only: the top-level keys the sample saw. */
  readonly topLevelKeys?: ReadonlySet<string>;
  /** JSON only: the time field and how a number in it counts time. */
  readonly timestamp?: { readonly field: string; readonly numericUnit: 's' | 'ms' };
}

/**
 * The relation a query reads and the fields it may use. Zeek TSV and CSV files have a fixed schema and
 * are read whole (DuckDB pushes the projection down). JSON is read with an explicit schema of just the
 * keys the query uses, each as text: a number is cast where the query needs one (TRY_CAST, so a string
 * where a number was expected reads as missing, as Elasticsearch ignores a malformed value), a time
 * is parsed (ISO 8601 with offset) or counted from the epoch when the sample saw a number.
 */
export function buildRelation(shape: DatasetShape, uses: ReadonlyMap<string, FieldUse>): TableCatalogue {
  const union = (readers: readonly string[]) =>
    readers.length === 1 ? (readers[0] ?? '') : `(${readers.map((reader) => `SELECT * FROM ${reader}`).join(' UNION ALL BY NAME ')})`;
  const isJson = shape.groups.every((group) => group.layout === 'ndjson' || group.layout === 'json_array');
  if (!isJson) {
    return { table: shape.name, from: union(shape.groups.map((group) => buildReadFilesSql(group))), fields: shape.fields };
  }
  const tree = new Map<string, JsonNode>();
  const fields = new Map<string, TableField>();
  for (const [name, use] of uses) {
    const sampled = shape.fields.get(name);
    if (sampled && use === 'number' && sampled.kind !== 'number') {
      throw new SourceError('bad_query', `Field "${name}" holds ${sampled.kind} values; this needs number`);
    }
    const path = shape.topLevelKeys?.has(name) ? [name] : name.split('.');
    addJsonPath(tree, path);
    const raw = path.map(quoteIdentifier).join('.');
    fields.set(name, { expression: readAs(raw, use, sampled?.kind, shape.timestamp?.field === name ? shape.timestamp.numericUnit : 's'), kind: use });
  }
  const columns = jsonColumnsSql(tree);
  return { table: shape.name, from: union(shape.groups.map((group) => buildReadFilesSql(group, columns))), fields };
}

/** A JSON schema as a tree of keys: objects are maps, anything else a leaf read as text. */
export type JsonNode = 'leaf' | Map<string, JsonNode>;

function addJsonPath(tree: Map<string, JsonNode>, path: readonly string[]): void {
  const [head, ...rest] = path;
  if (head === undefined) return;
  if (rest.length === 0) {
    if (!tree.has(head)) tree.set(head, 'leaf');
    return;
  }
  let child = tree.get(head);
  if (child === undefined || child === 'leaf') {
    child = new Map<string, JsonNode>();
    tree.set(head, child);
  }
  addJsonPath(child, rest);
}

/** `{"a": 'VARCHAR', "alert": 'STRUCT("signature_id" VARCHAR)'}` */
export function jsonColumnsSql(tree: ReadonlyMap<string, JsonNode>): string {
  const typeOf = (node: JsonNode): string =>
    node === 'leaf' ? 'VARCHAR' : `STRUCT(${[...node].map(([key, child]) => `${quoteIdentifier(key)} ${typeOf(child)}`).join(', ')})`;
  return `{${[...tree].map(([key, node]) => `${quoteString(key)}: ${quoteString(typeOf(node))}`).join(', ')}}`;
}

export function readAs(raw: string, use: FieldUse, sampledKind: FieldKind | undefined, numericUnit: 's' | 'ms'): string {
  switch (use) {
    case 'text':
      return raw;
    case 'number':
      return `TRY_CAST(${raw} AS DOUBLE)`;
    case 'timestamp':
      if (sampledKind === 'number') {
        return numericUnit === 's' ? `to_timestamp(TRY_CAST(${raw} AS DOUBLE))` : `to_timestamp(TRY_CAST(${raw} AS DOUBLE) / 1000.0)`;
      }
      return `TRY_CAST(${raw} AS TIMESTAMPTZ)`;
  }
}

/** Every field a query reads, with how it reads it. */
export function fieldUsesOf(query: SourceQuery & Partial<ConversationGroupsQuery & ValueCountsQuery & DistributionQuery> & { metric?: BucketsQuery['metric'] }): Map<string, FieldUse> {
  const uses = new Map<string, FieldUse>();
  const rank: Record<FieldUse, number> = { text: 0, number: 1, timestamp: 2 };
  const use = (name: string | undefined, how: FieldUse) => {
    if (name === undefined) return;
    const before = uses.get(name);
    if (before === undefined || rank[how] > rank[before]) uses.set(name, how);
  };
  use(query.timestampField, 'timestamp');
  if (query.fields) for (const name of Object.values(query.fields)) use(name, 'text');
  for (const filter of query.filters ?? []) use(filter.field, filter.kind === 'range' ? 'number' : 'text');
  if (query.metric?.kind === 'sum') use(query.metric.field, 'number');
  use(query.field, 'text');
  use(query.valueField, 'number');
  use(query.categoryField, 'text');
  return uses;
}

// ---------------------------------------------------------------------------------------------------
// Selecting events

export class Params {
  readonly values: Array<string | number | boolean> = [];
  add(value: string | number | boolean): string {
    this.values.push(value);
    return '?';
  }
}

/** The field, or a bad-query error naming it (and, for a kind mismatch, what it holds). */
export function requireField(catalogue: TableCatalogue, name: string, kinds?: readonly FieldKind[]): TableField {
  const field = catalogue.fields.get(name);
  if (!field) throw new SourceError('bad_query', `Field "${name}" does not exist in dataset "${catalogue.table}"`);
  if (kinds && !kinds.includes(field.kind)) {
    throw new SourceError('bad_query', `Field "${name}" holds ${field.kind} values; this needs ${kinds.join(' or ')}`);
  }
  return field;
}

function timestampOf(catalogue: TableCatalogue, query: SourceQuery): string {
  return requireField(catalogue, query.timestampField, ['timestamp']).expression;
}

/** The WHERE conjuncts shared by every query: time range, filters, and the fields that must be present. */
export function buildWhere(
  catalogue: TableCatalogue,
  query: SourceQuery,
  params: Params,
  networkTables: NetworkTables,
  required: readonly string[],
): string {
  if (query.elasticsearchQuery !== undefined && !isMatchAll(query.elasticsearchQuery)) {
    throw new SourceError('bad_query', 'The embedded engine cannot run an Elasticsearch query; use filters instead');
  }
  const timestamp = timestampOf(catalogue, query);
  const conjuncts = [`${timestamp} IS NOT NULL`, ...required.map((expression) => `${expression} IS NOT NULL`)];
  if (query.timeRange) {
    conjuncts.push(`epoch_ms(${timestamp}) >= ${params.add(query.timeRange.from)}`);
    conjuncts.push(`epoch_ms(${timestamp}) < ${params.add(query.timeRange.to)}`);
  }
  (query.filters ?? []).forEach((filter, index) => {
    conjuncts.push(buildFilter(catalogue, filter, params, networkTables.get(index)));
  });
  return conjuncts.join(' AND ');
}

/** `{match_all: {}}` or a `bool` without clauses (what an empty KQL bar becomes) selects everything. */
function isMatchAll(query: Readonly<Record<string, unknown>>): boolean {
  const keys = Object.keys(query);
  if (keys.length === 1 && keys[0] === 'match_all') return true;
  const bool = query.bool;
  if (keys.length !== 1 || typeof bool !== 'object' || bool === null) return false;
  return Object.values(bool).every((clauses) => Array.isArray(clauses) && clauses.length === 0);
}

function buildFilter(catalogue: TableCatalogue, filter: FieldFilter, params: Params, networkTable: string | undefined): string {
  const field = requireField(catalogue, filter.field);
  switch (filter.kind) {
    case 'terms': {
      if (filter.values.length === 0) return filter.negate ? 'TRUE' : 'FALSE';
      const list = filter.values.map((value) => params.add(String(value))).join(', ');
      const test = `CAST(${field.expression} AS VARCHAR) IN (${list})`;
      return filter.negate ? `(${field.expression} IS NULL OR NOT (${test}))` : test;
    }
    case 'range': {
      requireField(catalogue, filter.field, ['number']);
      const bounds: string[] = [`${field.expression} IS NOT NULL`];
      if (filter.gt !== undefined) bounds.push(`${field.expression} > ${params.add(filter.gt)}`);
      if (filter.gte !== undefined) bounds.push(`${field.expression} >= ${params.add(filter.gte)}`);
      if (filter.lt !== undefined) bounds.push(`${field.expression} < ${params.add(filter.lt)}`);
      if (filter.lte !== undefined) bounds.push(`${field.expression} <= ${params.add(filter.lte)}`);
      return `(${bounds.join(' AND ')})`;
    }
    case 'networks': {
      if (networkTable === undefined) throw new Error(`networks filter on "${filter.field}" has no membership table`);
      const membership = `SELECT address FROM ${quoteIdentifier(networkTable)}`;
      return `CAST(${field.expression} AS VARCHAR) IN (${membership} WHERE ${filter.negate ? 'NOT inside' : 'inside'})`;
    }
    case 'exists':
      return filter.negate ? `${field.expression} IS NULL` : `${field.expression} IS NOT NULL`;
  }
}

/** Distinct values of an IP field, to classify against CIDRs outside SQL (DuckDB's inet is not bundled). */
export function buildDistinctValuesSql(catalogue: TableCatalogue, field: string): string {
  const expression = requireField(catalogue, field).expression;
  return `SELECT DISTINCT CAST(${expression} AS VARCHAR) AS address FROM ${catalogue.from} WHERE ${expression} IS NOT NULL`;
}

// ---------------------------------------------------------------------------------------------------
// The four analyses

/**
 * Conversations as one GROUP BY (signature id, source, destination) with min/max time and count. The
 * signature name is the group's smallest (deterministic; names agree unless a rule was renamed). One row
 * beyond `maxGroups` is asked for to tell truncation.
 */
export function buildConversationGroupsSql(
  catalogue: TableCatalogue,
  query: ConversationGroupsQuery,
  networkTables: NetworkTables = new Map(),
  /** A recorded direction field (e.g. network.direction): adds a `recorded_directions` column (buildRecordedDirectionsSql). */
  recordedDirectionField?: string,
): SqlStatement {
  const params = new Params();
  const sid = requireField(catalogue, query.fields.signatureId).expression;
  const name = requireField(catalogue, query.fields.signature).expression;
  const source = requireField(catalogue, query.fields.sourceIp).expression;
  const destination = requireField(catalogue, query.fields.destinationIp).expression;
  const timestamp = timestampOf(catalogue, query);
  const where = buildWhere(catalogue, query, params, networkTables, [sid, source, destination]);
  const limit = query.maxGroups !== undefined ? ` LIMIT ${params.add(query.maxGroups + 1)}` : '';
  return {
    sql:
      `SELECT CAST(${sid} AS VARCHAR) AS signature_id, min(CAST(${name} AS VARCHAR)) AS signature, ` +
      `CAST(${source} AS VARCHAR) AS source_ip, CAST(${destination} AS VARCHAR) AS destination_ip, ` +
      `CAST(epoch_ms(min(${timestamp})) AS DOUBLE) AS first_seen, CAST(epoch_ms(max(${timestamp})) AS DOUBLE) AS last_seen, ` +
      `CAST(count(*) AS DOUBLE) AS observations` +
      (recordedDirectionField !== undefined ? `, ${buildRecordedDirectionsSql(catalogue, recordedDirectionField)} AS recorded_directions ` : ' ') +
      `FROM ${catalogue.from} WHERE ${where} ` +
      `GROUP BY 1, 3, 4 ORDER BY 1, 3, 4${limit}`,
    params: params.values,
  };
}

/** How many groups there are in all, for a truncated result. */
export function buildConversationGroupCountSql(catalogue: TableCatalogue, query: ConversationGroupsQuery, networkTables: NetworkTables = new Map()): SqlStatement {
  const grouped = buildConversationGroupsSql(catalogue, { ...query, maxGroups: undefined }, networkTables);
  return { sql: `SELECT count(*) AS total FROM (${grouped.sql})`, params: grouped.params };
}

/**
 * Non-empty buckets, aligned as Elasticsearch's fixed `date_histogram`:
 * start = floor((t − offset) / interval) · interval + offset, on epoch ms (UTC). Empty buckets are
 * filled in by parse_response (fillBuckets).
 */
export function buildBucketsSql(catalogue: TableCatalogue, query: BucketsQuery, networkTables: NetworkTables = new Map()): SqlStatement {
  if (!Number.isInteger(query.intervalMs) || query.intervalMs <= 0) {
    throw new SourceError('bad_query', `intervalMs must be a positive whole number of milliseconds, got ${query.intervalMs}`);
  }
  if (query.offsetMs !== undefined && !Number.isInteger(query.offsetMs)) {
    throw new SourceError('bad_query', `offsetMs must be a whole number of milliseconds, got ${query.offsetMs}`);
  }
  const params = new Params();
  const timestamp = timestampOf(catalogue, query);
  const metricField = query.metric.kind === 'sum' ? requireField(catalogue, query.metric.field, ['number']).expression : null;
  const where = buildWhere(catalogue, query, params, networkTables, []);
  const offset = query.offsetMs ?? 0;
  const start = `floor((epoch_ms(${timestamp}) - ${offset}) / ${query.intervalMs}) * ${query.intervalMs} + ${offset}`;
  const value = metricField === null ? 'CAST(count(*) AS DOUBLE)' : `coalesce(sum(CAST(${metricField} AS DOUBLE)), 0)`;
  return {
    sql: `SELECT ${start} AS start, ${value} AS value FROM ${catalogue.from} WHERE ${where} GROUP BY 1 ORDER BY 1`,
    params: params.values,
  };
}

/** Exact value counts, ordered by count then value, with the number of distinct values. */
export function buildValueCountsSql(catalogue: TableCatalogue, query: ValueCountsQuery, networkTables: NetworkTables = new Map()): SqlStatement {
  if (!Number.isInteger(query.size) || query.size <= 0) throw new SourceError('bad_query', `size must be a positive whole number, got ${query.size}`);
  const params = new Params();
  const field = requireField(catalogue, query.field, ['text', 'number', 'boolean', 'timestamp']).expression;
  const where = buildWhere(catalogue, query, params, networkTables, [field]);
  const direction = query.order === 'ascending' ? 'ASC' : 'DESC';
  return {
    sql:
      `SELECT value, count, count(*) OVER () AS distinct_values FROM (` +
      `SELECT CAST(${field} AS VARCHAR) AS value, count(*) AS count FROM ${catalogue.from} WHERE ${where} GROUP BY 1` +
      `) ORDER BY count ${direction}, value ASC LIMIT ${params.add(query.size)}`,
    params: params.values,
  };
}

const DISTRIBUTION_BASE = '__distribution_base';

/**
 * Tukey box figures per category with exact type-7 quartiles (`quantile_cont`: linear interpolation
 * between closest ranks, as numpy's default), fences q1 ∓ k·IQR, whiskers at the most extreme values
 * inside the fences, and the number of values beyond them.
 */
export function buildDistributionSql(catalogue: TableCatalogue, query: DistributionQuery, networkTables: NetworkTables = new Map()): SqlStatement {
  const k = query.fenceFactor ?? 1.5;
  if (!Number.isFinite(k) || k < 0) throw new SourceError('bad_query', `fenceFactor must be a non-negative number, got ${k}`);
  const { base, params } = distributionBase(catalogue, query, networkTables);
  return {
    sql:
      `WITH ${base}, quartiles AS (SELECT category, count(*) AS n, min(value) AS min, max(value) AS max, ` +
      `quantile_cont(value, 0.25) AS q1, quantile_cont(value, 0.5) AS median, quantile_cont(value, 0.75) AS q3 ` +
      `FROM ${DISTRIBUTION_BASE} GROUP BY category), ` +
      `fenced AS (SELECT *, q1 - ${k} * (q3 - q1) AS lower_fence, q3 + ${k} * (q3 - q1) AS upper_fence FROM quartiles) ` +
      `SELECT f.*, min(b.value) FILTER (WHERE b.value >= f.lower_fence) AS lower_whisker, ` +
      `max(b.value) FILTER (WHERE b.value <= f.upper_fence) AS upper_whisker, ` +
      `count(*) FILTER (WHERE b.value < f.lower_fence OR b.value > f.upper_fence) AS outlier_count ` +
      `FROM fenced f JOIN ${DISTRIBUTION_BASE} b USING (category) ` +
      `GROUP BY ALL ORDER BY f.category`,
    params: params.values,
  };
}

/**
 * The documents beyond each category's fences, the most extreme first (distance past the fence), at most
 * `maxOutliersPerCategory` each, with their file, time and a number telling apart records of one file
 * at the same millisecond (the engine reads files in parallel and sees no line numbers).
 */
export function buildDistributionOutliersSql(
  catalogue: TableCatalogue,
  query: DistributionQuery,
  fences: ReadonlyArray<{ readonly category: string; readonly lowerFence: number; readonly upperFence: number }>,
  networkTables: NetworkTables = new Map(),
): SqlStatement {
  if (fences.length === 0) return { sql: 'SELECT NULL AS category WHERE FALSE', params: [] };
  const { base, params } = distributionBase(catalogue, query, networkTables);
  const fenceRows = fences
    .map((fence) => `(${params.add(fence.category)}, CAST(${params.add(fence.lowerFence)} AS DOUBLE), CAST(${params.add(fence.upperFence)} AS DOUBLE))`)
    .join(', ');
  const limit = params.add(query.maxOutliersPerCategory ?? 100);
  return {
    sql:
      `WITH ${base}, fences(category, lower_fence, upper_fence) AS (VALUES ${fenceRows}), ` +
      `beyond AS (SELECT b.*, row_number() OVER (PARTITION BY b.category ORDER BY greatest(f.lower_fence - b.value, b.value - f.upper_fence) DESC, b.timestamp, b.file) AS rank ` +
      `FROM ${DISTRIBUTION_BASE} b JOIN fences f USING (category) WHERE b.value < f.lower_fence OR b.value > f.upper_fence), ` +
      `kept AS (SELECT * FROM beyond WHERE rank <= ${limit}) ` +
      `SELECT category, value, timestamp, file, row_number() OVER (PARTITION BY file, timestamp ORDER BY category, value) AS same_time_index, rank ` +
      `FROM kept ORDER BY category, rank`,
    params: params.values,
  };
}

function distributionBase(catalogue: TableCatalogue, query: DistributionQuery, networkTables: NetworkTables): { base: string; params: Params } {
  const params = new Params();
  const value = requireField(catalogue, query.valueField, ['number']).expression;
  const category = requireField(catalogue, query.categoryField).expression;
  const timestamp = timestampOf(catalogue, query);
  const where = buildWhere(catalogue, query, params, networkTables, [value, category]);
  const base =
    `${DISTRIBUTION_BASE} AS (SELECT CAST(${category} AS VARCHAR) AS category, CAST(${value} AS DOUBLE) AS value, ` +
    `epoch_ms(${timestamp}) AS timestamp, ${quoteIdentifier(SOURCE_FILE_COLUMN)} AS file ` +
    `FROM ${catalogue.from} WHERE ${where})`;
  return { base, params };
}
