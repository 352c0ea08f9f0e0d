import type { DuckDBType } from '@duckdb/node-api';
import { DuckDBStructType, DuckDBTypeId } from '@duckdb/node-api';

import { quoteIdentifier } from './build_request';
import type { FieldKind, TableField } from './build_request';

export interface TimestampRule {
  /** The field (as documents name it) that holds the event time. */
  readonly field: string;
  /** How a numeric value counts time. Zeek's `ts` is epoch seconds. */
  readonly numericUnit: 's' | 'ms';
}

/**
 * The fields of a loaded table as documents name them: nested objects flattened to dotted paths
 * (`alert.signature_id`), literal dotted keys kept (`id.orig_h`), each with the SQL expression that reads
 * it and its kind. The timestamp field gets an expression that yields a TIMESTAMPTZ whatever its stored
 * type (string → parsed, number → epoch in `numericUnit`); `emptyMarker` (Zeek's `(empty)`) reads as ''.
 */
export function describeTableFields(
  names: readonly string[],
  types: readonly DuckDBType[],
  options: { readonly timestamp?: TimestampRule; readonly emptyMarker?: string } = {},
): Map<string, TableField> {
  const fields = new Map<string, TableField>();
  const visit = (path: string, expression: string, type: DuckDBType) => {
    if (type instanceof DuckDBStructType) {
      type.entryNames.forEach((entry, index) => {
        const entryType = type.entryTypes[index];
        if (entryType !== undefined) visit(`${path}.${entry}`, `${expression}.${quoteIdentifier(entry)}`, entryType);
      });
      return;
    }
    const kind = kindOf(type);
    let read = expression;
    if (kind === 'text' && options.emptyMarker !== undefined) {
      read = `(CASE WHEN ${expression} = '${options.emptyMarker.replace(/'/g, "''")}' THEN '' ELSE ${expression} END)`;
    }
    fields.set(path, { expression: read, kind });
  };
  names.forEach((name, index) => {
    const type = types[index];
    if (type !== undefined) visit(name, quoteIdentifier(name), type);
  });
  const rule = options.timestamp;
  const stored = rule ? fields.get(rule.field) : undefined;
  if (rule && stored && stored.kind !== 'timestamp') {
    const expression =
      stored.kind === 'number'
        ? rule.numericUnit === 's'
          ? `to_timestamp(CAST(${stored.expression} AS DOUBLE))`
          : `to_timestamp(CAST(${stored.expression} AS DOUBLE) / 1000.0)`
        : `TRY_CAST(${stored.expression} AS TIMESTAMPTZ)`;
    fields.set(rule.field, { expression, kind: 'timestamp' });
  }
  return fields;
}

function kindOf(type: DuckDBType): FieldKind {
  switch (type.typeId) {
    case DuckDBTypeId.TIMESTAMP:
    case DuckDBTypeId.TIMESTAMP_TZ:
    case DuckDBTypeId.TIMESTAMP_MS:
    case DuckDBTypeId.TIMESTAMP_NS:
    case DuckDBTypeId.TIMESTAMP_S:
    case DuckDBTypeId.DATE:
      return 'timestamp';
    case DuckDBTypeId.TINYINT:
    case DuckDBTypeId.SMALLINT:
    case DuckDBTypeId.INTEGER:
    case DuckDBTypeId.BIGINT:
    case DuckDBTypeId.HUGEINT:
    case DuckDBTypeId.UTINYINT:
    case DuckDBTypeId.USMALLINT:
    case DuckDBTypeId.UINTEGER:
    case DuckDBTypeId.UBIGINT:
    case DuckDBTypeId.FLOAT:
    case DuckDBTypeId.DOUBLE:
    case DuckDBTypeId.DECIMAL:
      return 'number';
    case DuckDBTypeId.VARCHAR:
    case DuckDBTypeId.UUID:
      return 'text';
    case DuckDBTypeId.BOOLEAN:
      return 'boolean';
    default:
      return 'other';
  }
}
