import { SourceError } from '../source_errors';
import type { DatasetShape, FieldUse, JsonNode, TableCatalogue } from './build_request';
import { SOURCE_FILE_COLUMN, quoteIdentifier, quoteString, readAs } from './build_request';

/** One input file as loaded into DuckDB (see load_file_table.ts), as the relation builder sees it. */
export interface LoadedTableRef {
  /** SQL naming the table, e.g. `"f_3"."records"`. */
  readonly table: string;
  /** The file as the user named it: what the rows' `__source_file` says. */
  readonly file: string;
  /** JSON only: the keys loaded, each leaf as text (the file's schema sample). */
  readonly jsonColumns?: ReadonlyMap<string, JsonNode>;
  /** JSON only: the sample read every record, so a key it did not see is in no record. */
  readonly complete?: boolean;
}

/**
 * The relation a query reads from the loaded tables (one per file, unioned by name), with the same fields
 * and the same reading rules as buildRelation has over the files themselves, so results cannot differ.
 * Zeek TSV and CSV tables hold every column. A JSON table holds the keys its schema sample saw: a field it
 * lacks reads as NULL when the sample covered the whole file, and otherwise may sit in records past the
 * sample, so the answer is `undefined` and the caller reads the files (buildRelation), as before loading.
 */
export function buildTableRelation(shape: DatasetShape, tables: readonly LoadedTableRef[], uses: ReadonlyMap<string, FieldUse>): TableCatalogue | undefined {
  if (tables.length === 0) throw new Error(`dataset ${shape.name} has no loaded table`);
  const file = (ref: LoadedTableRef) => `${quoteString(ref.file)} AS ${quoteIdentifier(SOURCE_FILE_COLUMN)}`;
  const union = (selects: readonly string[]) => `(${selects.join(' UNION ALL BY NAME ')})`;
  if (tables.every((ref) => ref.jsonColumns === undefined)) {
    return { table: shape.name, from: union(tables.map((ref) => `SELECT *, ${file(ref)} FROM ${ref.table}`)), fields: shape.fields };
  }
  const fields = new Map<string, { expression: string; kind: FieldUse }>();
  const paths = new Map<string, readonly string[]>();
  for (const [name, use] of uses) {
    const sampled = shape.fields.get(name);
    if (sampled && use === 'number' && sampled.kind !== 'number') {
      throw new SourceError('bad_query', `Field "${name}" holds ${sampled.kind} values; this needs number`);
    }
    paths.set(name, shape.topLevelKeys?.has(name) ? [name] : name.split('.'));
    const unit = shape.timestamp?.field === name ? shape.timestamp.numericUnit : 's';
    fields.set(name, { expression: readAs(quoteIdentifier(name), use, sampled?.kind, unit), kind: use });
  }
  const selects: string[] = [];
  for (const ref of tables) {
    const columns: string[] = [];
    for (const [name, path] of paths) {
      const found = findColumn(ref.jsonColumns ?? new Map(), path);
      if (found === 'column') columns.push(`${path.map(quoteIdentifier).join('.')} AS ${quoteIdentifier(name)}`);
      else if (found === 'absent' && ref.complete === true) columns.push(`CAST(NULL AS VARCHAR) AS ${quoteIdentifier(name)}`);
      else return undefined;
    }
    selects.push(`SELECT ${[...columns, file(ref)].join(', ')} FROM ${ref.table}`);
  }
  return { table: shape.name, from: union(selects), fields };
}

/**
 * Where a key path lands in a loaded schema: on a leaf (a text column), nowhere, or somewhere only the files
 * can answer: inside a value loaded whole as text (an array, an object DuckDB sampled as a map), or on an
 * object read whole (its JSON text).
 */
function findColumn(tree: ReadonlyMap<string, JsonNode>, path: readonly string[]): 'column' | 'absent' | 'not_loaded' {
  const [head, ...rest] = path;
  const node = head === undefined ? undefined : tree.get(head);
  if (node === undefined) return 'absent';
  if (node === 'leaf') return rest.length === 0 ? 'column' : 'not_loaded';
  return rest.length === 0 ? 'not_loaded' : findColumn(node, rest);
}
