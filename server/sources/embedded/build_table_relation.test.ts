import type { DatasetShape, FieldUse, JsonNode } from './build_request';
import { buildRelation } from './build_request';
import { buildTableRelation } from './build_table_relation';

const EVE: DatasetShape = {
  name: 'suricata',
  groups: [{ layout: 'ndjson', files: ['/x/eve.json'], gzip: false }],
  fields: new Map([
    ['timestamp', { expression: '"timestamp"', kind: 'timestamp' }],
    ['alert.signature_id', { expression: '"alert"."signature_id"', kind: 'number' }],
    ['src_ip', { expression: '"src_ip"', kind: 'text' }],
  ]),
  topLevelKeys: new Set(['timestamp', 'alert', 'src_ip']),
  timestamp: { field: 'timestamp', numericUnit: 's' },
};

const EVE_COLUMNS = new Map<string, JsonNode>([
  ['timestamp', 'leaf'],
  ['src_ip', 'leaf'],
  ['alert', new Map<string, JsonNode>([['signature_id', 'leaf']])],
  ['metadata', 'leaf'],
]);

const uses = (entries: Array<[string, FieldUse]>) => new Map(entries);

describe('buildTableRelation (golden SQL)', () => {
  it('reads Zeek tables whole, one per file, naming each row by its file as the user gave it', () => {
    const zeek: DatasetShape = {
      name: 'zeek_http',
      groups: [],
      fields: new Map([['ts', { expression: 'to_timestamp(CAST("ts" AS DOUBLE))', kind: 'timestamp' }]]),
    };
    const relation = buildTableRelation(
      zeek,
      [
        { table: '"f_0"."records"', file: 'logs/http.00.log.gz' },
        { table: '"f_1"."records"', file: "logs/o'k.log" },
      ],
      uses([['ts', 'timestamp']]),
    );
    expect(relation).toEqual({
      table: 'zeek_http',
      from: `(SELECT *, 'logs/http.00.log.gz' AS "__source_file" FROM "f_0"."records" UNION ALL BY NAME SELECT *, 'logs/o''k.log' AS "__source_file" FROM "f_1"."records")`,
      fields: zeek.fields,
    });
  });

  it('selects the JSON keys a query uses from the loaded columns, read as buildRelation reads them from files', () => {
    const relation = buildTableRelation(EVE, [{ table: '"f_0"."records"', file: '/x/eve.json', jsonColumns: EVE_COLUMNS, complete: false }], uses([
      ['timestamp', 'timestamp'],
      ['alert.signature_id', 'text'],
    ]));
    expect(relation?.from).toBe(
      `(SELECT "timestamp" AS "timestamp", "alert"."signature_id" AS "alert.signature_id", '/x/eve.json' AS "__source_file" FROM "f_0"."records")`,
    );
    expect(Object.fromEntries(relation?.fields ?? [])).toEqual({
      timestamp: { expression: 'TRY_CAST("timestamp" AS TIMESTAMPTZ)', kind: 'timestamp' },
      'alert.signature_id': { expression: '"alert.signature_id"', kind: 'text' },
    });
    // The same casts as reading the file (only the column each reads from differs).
    const fromFiles = buildRelation(EVE, uses([['timestamp', 'timestamp']]));
    expect(fromFiles.fields.get('timestamp')?.expression).toBe('TRY_CAST("timestamp" AS TIMESTAMPTZ)');
  });

  it('reads a key no record holds as NULL when the sample read the whole file', () => {
    const relation = buildTableRelation(EVE, [{ table: '"f_0"."records"', file: '/x/eve.json', jsonColumns: EVE_COLUMNS, complete: true }], uses([['http.http_method', 'text']]));
    expect(relation?.from).toBe(`(SELECT CAST(NULL AS VARCHAR) AS "http.http_method", '/x/eve.json' AS "__source_file" FROM "f_0"."records")`);
  });

  it.each([
    ['a key the sample did not see, in a file longer than the sample', 'http.http_method'],
    ['a key inside a value loaded whole as text', 'metadata.tag'],
    ['an object asked for whole', 'alert'],
  ])('leaves %s to the files (undefined)', (_, field) => {
    const refs = [
      { table: '"f_0"."records"', file: '/x/a.json', jsonColumns: EVE_COLUMNS, complete: true },
      { table: '"f_1"."records"', file: '/x/b.json', jsonColumns: EVE_COLUMNS, complete: false },
    ];
    expect(buildTableRelation(EVE, field === 'http.http_method' ? refs : refs.slice(0, 1), uses([[field, 'text']]))).toBeUndefined();
  });

  it('refuses to sum a field the sample saw holding text, as buildRelation does', () => {
    expect(() => buildTableRelation(EVE, [{ table: 't', file: 'f', jsonColumns: EVE_COLUMNS }], uses([['src_ip', 'number']]))).toThrow(
      'Field "src_ip" holds text values; this needs number',
    );
  });
});
