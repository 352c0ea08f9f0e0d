import { BIGINT, DOUBLE, STRUCT, TIMESTAMP, VARCHAR } from '@duckdb/node-api';

import { describeTableFields } from './describe_table_fields';

describe('describeTableFields', () => {
  it('flattens nested objects to dotted paths and keeps literal dotted keys', () => {
    const fields = describeTableFields(
      ['timestamp', 'alert', 'id.orig_h'],
      [TIMESTAMP, STRUCT({ signature_id: BIGINT, signature: VARCHAR }), VARCHAR],
    );
    expect(Object.fromEntries(fields)).toEqual({
      timestamp: { expression: '"timestamp"', kind: 'timestamp' },
      'alert.signature_id': { expression: '"alert"."signature_id"', kind: 'number' },
      'alert.signature': { expression: '"alert"."signature"', kind: 'text' },
      'id.orig_h': { expression: '"id.orig_h"', kind: 'text' },
    });
  });

  it("reads Zeek's epoch-second ts as a time and its (empty) marker as an empty string", () => {
    const fields = describeTableFields(['ts', 'host'], [DOUBLE, VARCHAR], { timestamp: { field: 'ts', numericUnit: 's' }, emptyMarker: '(empty)' });
    expect(fields.get('ts')).toEqual({ expression: 'to_timestamp(CAST("ts" AS DOUBLE))', kind: 'timestamp' });
    expect(fields.get('host')).toEqual({ expression: `(CASE WHEN "host" = '(empty)' THEN '' ELSE "host" END)`, kind: 'text' });
  });

  it('parses a text time and counts a numeric one in milliseconds when told', () => {
    expect(describeTableFields(['t'], [VARCHAR], { timestamp: { field: 't', numericUnit: 'ms' } }).get('t')?.expression).toBe('TRY_CAST("t" AS TIMESTAMPTZ)');
    expect(describeTableFields(['t'], [BIGINT], { timestamp: { field: 't', numericUnit: 'ms' } }).get('t')?.expression).toBe(
      'to_timestamp(CAST("t" AS DOUBLE) / 1000.0)',
    );
  });
});
