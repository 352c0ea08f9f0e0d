import type { TableCatalogue } from './build_request';
import {
  buildBucketsSql,
  buildRelation,
  fieldUsesOf,
  buildConversationGroupsSql,
  buildDistributionSql,
  buildReadFilesSql,
  buildValueCountsSql,
  quoteIdentifier,
  requireField,
} from './build_request';

const CATALOGUE: TableCatalogue = {
  table: 'suricata',
  from: 'events',
  fields: new Map([
    ['timestamp', { expression: '"timestamp"', kind: 'timestamp' }],
    ['alert.signature_id', { expression: '"alert"."signature_id"', kind: 'number' }],
    ['alert.signature', { expression: '"alert"."signature"', kind: 'text' }],
    ['src_ip', { expression: '"src_ip"', kind: 'text' }],
    ['dest_ip', { expression: '"dest_ip"', kind: 'text' }],
    ['http.http_method', { expression: '"http"."http_method"', kind: 'text' }],
    ['flow.bytes_toserver', { expression: '"flow"."bytes_toserver"', kind: 'number' }],
  ]),
};

const FIELDS = { signatureId: 'alert.signature_id', signature: 'alert.signature', sourceIp: 'src_ip', destinationIp: 'dest_ip' };

describe('build_request (golden SQL)', () => {
  it('quotes identifiers with embedded quotes', () => {
    expect(quoteIdentifier('a"b')).toBe('"a""b"');
  });

  it('reads NDJSON, gzip as detected, with the file name column', () => {
    expect(buildReadFilesSql({ layout: 'ndjson', files: ['/x/eve.json', "/x/o'k.json"], gzip: true })).toBe(
      "read_json(['/x/eve.json', '/x/o''k.json'], format = 'newline_delimited', maximum_object_size = 67108864, " +
        "compression = 'gzip', filename = '__source_file')",
    );
  });

  it('reads Zeek TSV with the types of its #types header', () => {
    const header = { separator: '\t', setSeparator: ',', emptyField: '(empty)', unsetField: '-', fields: ['ts', 'id.orig_h', 'request_body_len'], types: ['time', 'addr', 'count'] };
    expect(buildReadFilesSql({ layout: 'zeek_tsv', files: ['/z/http.log.gz'], gzip: true, header })).toBe(
      "read_csv(['/z/http.log.gz'], delim = '\t', header = false, comment = '#', quote = '', escape = '', auto_detect = false, " +
        "columns = {'ts': 'DOUBLE', 'id.orig_h': 'VARCHAR', 'request_body_len': 'BIGINT'}, nullstr = '-', compression = 'gzip', filename = '__source_file')",
    );
  });

  it('groups conversations by sid, source and destination in one statement', () => {
    const statement = buildConversationGroupsSql(CATALOGUE, {
      index: 'suricata',
      timestampField: 'timestamp',
      timeRange: { from: 1000, to: 2000 },
      filters: [{ kind: 'terms', field: 'alert.signature_id', values: [2024216, '2024217'] }],
      fields: FIELDS,
      maxGroups: 10,
    });
    expect(statement.sql).toBe(
      'SELECT CAST("alert"."signature_id" AS VARCHAR) AS signature_id, min(CAST("alert"."signature" AS VARCHAR)) AS signature, ' +
        'CAST("src_ip" AS VARCHAR) AS source_ip, CAST("dest_ip" AS VARCHAR) AS destination_ip, ' +
        'CAST(epoch_ms(min("timestamp")) AS DOUBLE) AS first_seen, CAST(epoch_ms(max("timestamp")) AS DOUBLE) AS last_seen, ' +
        'CAST(count(*) AS DOUBLE) AS observations ' +
        'FROM events WHERE "timestamp" IS NOT NULL AND "alert"."signature_id" IS NOT NULL AND "src_ip" IS NOT NULL AND "dest_ip" IS NOT NULL ' +
        'AND epoch_ms("timestamp") >= ? AND epoch_ms("timestamp") < ? AND CAST("alert"."signature_id" AS VARCHAR) IN (?, ?) ' +
        'GROUP BY 1, 3, 4 ORDER BY 1, 3, 4 LIMIT ?',
    );
    expect(statement.params).toEqual([1000, 2000, '2024216', '2024217', 11]);
  });

  it('adds the recorded directions to each group when a direction field is mapped', () => {
    const catalogue: TableCatalogue = { ...CATALOGUE, fields: new Map([...CATALOGUE.fields, ['network.direction', { expression: '"network"."direction"', kind: 'text' }]]) };
    const statement = buildConversationGroupsSql(catalogue, { index: 'suricata', timestampField: 'timestamp', fields: FIELDS }, new Map(), 'network.direction');
    expect(statement.sql).toBe(
      'SELECT CAST("alert"."signature_id" AS VARCHAR) AS signature_id, min(CAST("alert"."signature" AS VARCHAR)) AS signature, ' +
        'CAST("src_ip" AS VARCHAR) AS source_ip, CAST("dest_ip" AS VARCHAR) AS destination_ip, ' +
        'CAST(epoch_ms(min("timestamp")) AS DOUBLE) AS first_seen, CAST(epoch_ms(max("timestamp")) AS DOUBLE) AS last_seen, ' +
        'CAST(count(*) AS DOUBLE) AS observations, ' +
        "list_transform(list_slice(list_sort(list_transform(map_entries(histogram(CAST(\"network\".\"direction\" AS VARCHAR))), e -> {'n': -e.value, 'k': e.key})), 1, 2), e -> e.k) AS recorded_directions " +
        'FROM events WHERE "timestamp" IS NOT NULL AND "alert"."signature_id" IS NOT NULL AND "src_ip" IS NOT NULL AND "dest_ip" IS NOT NULL ' +
        'GROUP BY 1, 3, 4 ORDER BY 1, 3, 4',
    );
  });

  it('buckets a byte sum by date_histogram alignment, with method, bytes and outside-home filters', () => {
    const statement = buildBucketsSql(
      CATALOGUE,
      {
        index: 'suricata',
        timestampField: 'timestamp',
        intervalMs: 900_000,
        offsetMs: 60_000,
        metric: { kind: 'sum', field: 'flow.bytes_toserver' },
        filters: [
          { kind: 'terms', field: 'http.http_method', values: ['POST', 'PUT'] },
          { kind: 'range', field: 'flow.bytes_toserver', gt: 0 },
          { kind: 'networks', field: 'dest_ip', cidrs: ['10.0.0.0/8'], negate: true },
        ],
      },
      new Map([[2, '__networks_2']]),
    );
    expect(statement.sql).toBe(
      'SELECT floor((epoch_ms("timestamp") - 60000) / 900000) * 900000 + 60000 AS start, ' +
        'coalesce(sum(CAST("flow"."bytes_toserver" AS DOUBLE)), 0) AS value FROM events WHERE "timestamp" IS NOT NULL ' +
        'AND CAST("http"."http_method" AS VARCHAR) IN (?, ?) ' +
        'AND ("flow"."bytes_toserver" IS NOT NULL AND "flow"."bytes_toserver" > ?) ' +
        'AND CAST("dest_ip" AS VARCHAR) IN (SELECT address FROM "__networks_2" WHERE NOT inside) GROUP BY 1 ORDER BY 1',
    );
    expect(statement.params).toEqual(['POST', 'PUT', 0]);
  });

  it('counts values least common first with the distinct count', () => {
    const statement = buildValueCountsSql(CATALOGUE, { index: 'suricata', timestampField: 'timestamp', field: 'http.http_method', order: 'ascending', size: 5 });
    expect(statement.sql).toBe(
      'SELECT value, count, count(*) OVER () AS distinct_values FROM (SELECT CAST("http"."http_method" AS VARCHAR) AS value, count(*) AS count ' +
        'FROM events WHERE "timestamp" IS NOT NULL AND "http"."http_method" IS NOT NULL GROUP BY 1) ORDER BY count ASC, value ASC LIMIT ?',
    );
    expect(statement.params).toEqual([5]);
  });

  it('computes type-7 quartiles and fences with the factor asked for', () => {
    const statement = buildDistributionSql(CATALOGUE, {
      index: 'suricata',
      timestampField: 'timestamp',
      valueField: 'flow.bytes_toserver',
      categoryField: 'http.http_method',
      fenceFactor: 3,
    });
    expect(statement.sql).toContain('quantile_cont(value, 0.25) AS q1, quantile_cont(value, 0.5) AS median, quantile_cont(value, 0.75) AS q3');
    expect(statement.sql).toContain('q1 - 3 * (q3 - q1) AS lower_fence, q3 + 3 * (q3 - q1) AS upper_fence');
    expect(statement.params).toEqual([]);
  });

  it('rejects missing fields, wrong kinds, Elasticsearch DSL and bad intervals with the name of what is wrong', () => {
    expect(() => requireField(CATALOGUE, 'nope')).toThrow('Field "nope" does not exist in dataset "suricata"');
    expect(() =>
      buildBucketsSql(CATALOGUE, { index: 'suricata', timestampField: 'src_ip', intervalMs: 1000, metric: { kind: 'count' } }),
    ).toThrow('Field "src_ip" holds text values; this needs timestamp');
    expect(() =>
      buildBucketsSql(CATALOGUE, { index: 'suricata', timestampField: 'timestamp', intervalMs: 1000, metric: { kind: 'sum', field: 'src_ip' } }),
    ).toThrow('Field "src_ip" holds text values; this needs number');
    expect(() =>
      buildBucketsSql(CATALOGUE, { index: 'suricata', timestampField: 'timestamp', intervalMs: 0, metric: { kind: 'count' } }),
    ).toThrow('intervalMs must be a positive whole number of milliseconds, got 0');
    expect(() =>
      buildConversationGroupsSql(CATALOGUE, { index: 'suricata', timestampField: 'timestamp', fields: FIELDS, elasticsearchQuery: { term: { src_ip: '10.0.0.1' } } }),
    ).toThrow('The embedded engine cannot run an Elasticsearch query; use filters instead');
    const everything = [{ match_all: {} }, { bool: { must: [], filter: [], should: [], must_not: [] } }];
    for (const elasticsearchQuery of everything) {
      expect(() => buildConversationGroupsSql(CATALOGUE, { index: 'suricata', timestampField: 'timestamp', fields: FIELDS, elasticsearchQuery })).not.toThrow();
    }
  });

  it('reads JSON with an explicit schema of just the keys a query uses, casting by use', () => {
    const uses = fieldUsesOf({
      index: 'suricata',
      timestampField: 'timestamp',
      valueField: 'flow.bytes_toserver',
      categoryField: 'http.http_method',
      filters: [{ kind: 'networks', field: 'id.resp_h', cidrs: ['10.0.0.0/8'] }],
    });
    expect([...uses]).toEqual([
      ['timestamp', 'timestamp'],
      ['id.resp_h', 'text'],
      ['flow.bytes_toserver', 'number'],
      ['http.http_method', 'text'],
    ]);
    const relation = buildRelation(
      {
        name: 'mixed',
        groups: [{ layout: 'ndjson', files: ['/x/a.json'], gzip: false }],
        fields: new Map([['flow.bytes_toserver', { expression: '"flow"."bytes_toserver"', kind: 'number' }]]),
        topLevelKeys: new Set(['timestamp', 'id.resp_h', 'flow']),
        timestamp: { field: 'timestamp', numericUnit: 's' },
      },
      uses,
    );
    expect(relation.from).toBe(
      "read_json(['/x/a.json'], format = 'newline_delimited', columns = {'timestamp': 'VARCHAR', 'id.resp_h': 'VARCHAR', " +
        "'flow': 'STRUCT(\"bytes_toserver\" VARCHAR)', 'http': 'STRUCT(\"http_method\" VARCHAR)'}, maximum_object_size = 67108864, " +
        "compression = 'uncompressed', filename = '__source_file')",
    );
    expect(Object.fromEntries(relation.fields)).toEqual({
      timestamp: { expression: 'TRY_CAST("timestamp" AS TIMESTAMPTZ)', kind: 'timestamp' },
      'id.resp_h': { expression: '"id.resp_h"', kind: 'text' },
      'flow.bytes_toserver': { expression: 'TRY_CAST("flow"."bytes_toserver" AS DOUBLE)', kind: 'number' },
      'http.http_method': { expression: '"http"."http_method"', kind: 'text' },
    });
  });

  it('counts a Zeek JSON time in epoch seconds and refuses to sum a text field the sample saw', () => {
    const shape = {
      name: 'zeek_http',
      groups: [{ layout: 'ndjson' as const, files: ['/z/http.json'], gzip: false }],
      fields: new Map([
        ['ts', { expression: '"ts"', kind: 'number' as const }],
        ['method', { expression: '"method"', kind: 'text' as const }],
      ]),
      topLevelKeys: new Set(['ts', 'method']),
      timestamp: { field: 'ts', numericUnit: 's' as const },
    };
    expect(buildRelation(shape, new Map([['ts', 'timestamp']])).fields.get('ts')?.expression).toBe('to_timestamp(TRY_CAST("ts" AS DOUBLE))');
    expect(() => buildRelation(shape, new Map([['method', 'number']]))).toThrow('Field "method" holds text values; this needs number');
  });
});
