import type { DatasetShape } from './build_request';
import { buildEventsCountSql, buildEventsRelation, buildEventsSql } from './build_events_sql';

const EVE: DatasetShape = {
  name: 'suricata',
  groups: [{ layout: 'json_array', files: ['/x/eve.json'], gzip: false }],
  fields: new Map([
    ['timestamp', { expression: '"timestamp"', kind: 'text' }],
    ['alert.signature_id', { expression: '"alert"."signature_id"', kind: 'number' }],
    ['src_ip', { expression: '"src_ip"', kind: 'text' }],
  ]),
  topLevelKeys: new Set(['timestamp', 'alert', 'src_ip']),
  timestamp: { field: 'timestamp', numericUnit: 's' },
};

const ZEEK: DatasetShape = {
  name: 'zeek_http',
  groups: [
    {
      layout: 'zeek_tsv',
      files: ['/z/http.log.gz'],
      gzip: true,
      header: { separator: '\t', setSeparator: ',', emptyField: '(empty)', unsetField: '-', fields: ['ts', 'method'], types: ['time', 'string'] },
    },
  ],
  fields: new Map([
    ['ts', { expression: 'to_timestamp(CAST("ts" AS DOUBLE))', kind: 'timestamp' }],
    ['method', { expression: '"method"', kind: 'text' }],
  ]),
};

const conversation = {
  index: 'suricata',
  timestampField: 'timestamp',
  timeRange: { from: 1000, to: 2000 },
  filters: [
    { kind: 'terms', field: 'alert.signature_id', values: ['2024216'] },
    { kind: 'terms', field: 'src_ip', values: ['10.47.1.1'] },
  ],
  size: 20,
  order: 'asc',
  trackTotalUpTo: 10_000,
} as const;

describe('build_events_sql (golden SQL)', () => {
  it('reads JSON records whole and filters on keys extracted from their text with the analyses casts', () => {
    const relation = buildEventsRelation(EVE, conversation);
    expect(relation.records).toBe('json');
    expect(relation.from).toBe(
      `(SELECT json AS "__raw_record", "__source_file" FROM read_json_objects(['/x/eve.json'], format = 'array', compression = 'uncompressed', ` +
        `maximum_object_size = 67108864, filename = '__source_file'))`,
    );
    const statement = buildEventsSql(relation, conversation);
    expect(statement.sql).toBe(
      `SELECT CAST(epoch_ms(TRY_CAST(json_extract_string("__raw_record", '$."timestamp"') AS TIMESTAMPTZ)) AS DOUBLE) AS __event_timestamp, ` +
        `"__source_file" AS __event_file, "__raw_record" FROM ${relation.from} WHERE ` +
        `TRY_CAST(json_extract_string("__raw_record", '$."timestamp"') AS TIMESTAMPTZ) IS NOT NULL AND ` +
        `epoch_ms(TRY_CAST(json_extract_string("__raw_record", '$."timestamp"') AS TIMESTAMPTZ)) >= ? AND ` +
        `epoch_ms(TRY_CAST(json_extract_string("__raw_record", '$."timestamp"') AS TIMESTAMPTZ)) < ? AND ` +
        `CAST(json_extract_string("__raw_record", '$."alert"."signature_id"') AS VARCHAR) IN (?) AND ` +
        `CAST(json_extract_string("__raw_record", '$."src_ip"') AS VARCHAR) IN (?) ` +
        `ORDER BY ALL ASC LIMIT ?`,
    );
    expect(statement.params).toEqual([1000, 2000, '2024216', '10.47.1.1', 20]);
  });

  it('reads Zeek TSV by column, each as the analyses read it but ts as Zeek wrote it, and sorts the last events first', () => {
    const query = { index: 'zeek_http', timestampField: 'ts', size: 5, order: 'desc', trackTotalUpTo: 100 } as const;
    const relation = buildEventsRelation(ZEEK, query);
    expect(relation.records === 'columns' && relation.columns).toEqual([
      { name: 'ts', expression: '"ts"' },
      { name: 'method', expression: '"method"' },
    ]);
    expect(buildEventsSql(relation, query).sql).toBe(
      `SELECT CAST(epoch_ms(to_timestamp(CAST("ts" AS DOUBLE))) AS DOUBLE) AS __event_timestamp, "__source_file" AS __event_file, ` +
        `"ts" AS c0, "method" AS c1 FROM ${relation.from} ` +
        `WHERE to_timestamp(CAST("ts" AS DOUBLE)) IS NOT NULL ORDER BY ALL DESC LIMIT ?`,
    );
  });

  it('counts matches up to one past the limit, so a large selection stops early', () => {
    const statement = buildEventsCountSql({ table: 'zeek_http', from: 'events', fields: ZEEK.fields }, { index: 'zeek_http', timestampField: 'ts' }, 10_000);
    expect(statement.sql).toBe(
      'SELECT CAST(count(*) AS DOUBLE) AS total FROM (SELECT 1 FROM events WHERE to_timestamp(CAST("ts" AS DOUBLE)) IS NOT NULL LIMIT ?)',
    );
    expect(statement.params).toEqual([10_001]);
  });

  it('names a filter field the dataset does not have', () => {
    const query = { ...conversation, filters: [{ kind: 'terms', field: 'rule.id', values: ['1'] }] } as const;
    const relation = buildEventsRelation(ZEEK, { ...query, timestampField: 'ts' });
    expect(() => buildEventsSql(relation, { ...query, timestampField: 'ts' })).toThrow('Field "rule.id" does not exist in dataset "zeek_http"');
  });
});
