import { createWriteStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { once } from 'node:events';

import type { DuckDBConnection } from '@duckdb/node-api';

import type { ZeekHeader } from '../files/parse_zeek_header';
import type { LineCheck } from '../files/scan_file';
import { scanFile } from '../files/scan_file';
import type { FileLayout } from '../files/detect_file_format';
import type { BadLine } from '../source_errors';
import { BadFileError } from '../source_errors';
import type { ReadSpec, TableField } from './build_request';
import { SOURCE_FILE_COLUMN, buildReadFilesSql, quoteIdentifier, quoteString } from './build_request';
import type { TimestampRule } from './describe_table_fields';
import { describeTableFields } from './describe_table_fields';
import { mapDuckDbError } from './errors';

/** One input file as detected. */
export interface InputFile {
  readonly path: string;
  readonly layout: FileLayout;
  readonly gzip: boolean;
  readonly zeekHeader?: ZeekHeader;
}

export interface DatasetSpec {
  readonly name: string;
  readonly files: readonly InputFile[];
  readonly timestamp?: TimestampRule;
  /** CSV only. */
  readonly delimiter?: string;
  /** Renames of fields (CSV header → field name), so a CSV can speak a preset's field names. */
  readonly renames?: Readonly<Record<string, string>>;
}

export interface LoadOptions {
  readonly skipBadLines: boolean;
  /** Where cleaned copies of files with bad lines go (skip mode). */
  readonly tempDir: string;
  readonly maxReportedBadLines: number;
  readonly signal?: AbortSignal;
}

export interface LoadedDataset {
  readonly table: string;
  /** Table of (file, first_row_id), for `file:ordinal` ids. */
  readonly filesTable: string;
  readonly fields: ReadonlyMap<string, TableField>;
  readonly rows: number;
  readonly skippedLineCount: number;
  readonly skippedLines: readonly BadLine[];
}

/** Past this size a broken JSON array is not re-parsed in memory to locate its error. */
const MAX_ARRAY_RELOCATE_BYTES = 512 * 1024 * 1024;

/**
 * Loads a dataset's files into one DuckDB table.
 * Fast path: DuckDB reads the files itself (parallel, native JSON/CSV parsing, gzip inflated natively).
 * If that fails, a streaming pass over the files (scanFile) finds the bad lines with file, line and
 * reason, because DuckDB's own error reports a wrong line number or a misleading reason (a truncated gzip
 * reads as "malformed JSON"). Without skipBadLines those lines are the error; with it, cleaned copies
 * (good lines only) are loaded instead and the skipped lines reported. See docs/adr/0001-embedded-engine.md.
 */
export async function loadDataset(connection: DuckDBConnection, spec: DatasetSpec, options: LoadOptions): Promise<LoadedDataset> {
  const groups = groupFiles(spec);
  const stages: string[] = [];
  const skipped: BadLine[] = [];
  let skippedLineCount = 0;
  for (const [index, group] of groups.entries()) {
    const stage = `${spec.name}__part${index}`;
    const outcome = await loadGroup(connection, stage, group, options);
    stages.push(stage);
    skippedLineCount += outcome.skippedLineCount;
    for (const bad of outcome.skippedLines) if (skipped.length < options.maxReportedBadLines) skipped.push(bad);
  }
  const table = quoteIdentifier(spec.name);
  if (stages.length === 1) {
    await connection.run(`ALTER TABLE ${quoteIdentifier(stages[0] ?? '')} RENAME TO ${table}`);
  } else {
    await connection.run(`CREATE TABLE ${table} AS ${stages.map((stage) => `SELECT * FROM ${quoteIdentifier(stage)}`).join(' UNION ALL BY NAME ')}`);
    for (const stage of stages) await connection.run(`DROP TABLE ${quoteIdentifier(stage)}`);
  }
  const filesTable = `${spec.name}__files`;
  await connection.run(
    `CREATE TABLE ${quoteIdentifier(filesTable)} AS SELECT ${quoteIdentifier(SOURCE_FILE_COLUMN)} AS file, min(rowid) AS first_row_id FROM ${table} GROUP BY 1`,
  );
  const shape = await connection.runAndReadAll(`SELECT * EXCLUDE (${quoteIdentifier(SOURCE_FILE_COLUMN)}) FROM ${table} LIMIT 0`);
  const zeek = spec.files.some((file) => file.layout === 'zeek_tsv');
  const described = describeTableFields(shape.columnNames(), shape.columnTypes(), {
    ...(spec.timestamp ? { timestamp: renamedRule(spec.timestamp, spec.renames) } : {}),
    ...(zeek ? { emptyMarker: spec.files[0]?.zeekHeader?.emptyField ?? '(empty)' } : {}),
  });
  const fields = applyRenames(described, spec.renames);
  if (spec.timestamp) {
    const timestamp = fields.get(spec.timestamp.field);
    if (!timestamp) throw new BadFileError([{ file: spec.files[0]?.path ?? spec.name, line: 1, reason: `no timestamp field "${spec.timestamp.field}"` }]);
  }
  const count = await connection.runAndReadAll(`SELECT count(*) AS n FROM ${table}`);
  const rows = Number(count.getRowObjectsJS()[0]?.n ?? 0);
  return { table: spec.name, filesTable, fields, rows, skippedLineCount, skippedLines: skipped };
}

interface FileGroup {
  readonly spec: ReadSpec;
  readonly files: readonly InputFile[];
}

/** Files that one reader call can take together: same layout, same compression, same Zeek columns. */
function groupFiles(spec: DatasetSpec): FileGroup[] {
  const groups = new Map<string, InputFile[]>();
  for (const file of spec.files) {
    const key = [file.layout, file.gzip, file.zeekHeader ? `${file.zeekHeader.separator}|${file.zeekHeader.fields.join(',')}|${file.zeekHeader.types.join(',')}` : ''].join('/');
    groups.set(key, [...(groups.get(key) ?? []), file]);
  }
  return [...groups.values()].map((files) => ({ files, spec: readSpecFor(files, files.map((file) => file.path), files[0]?.gzip ?? false, spec.delimiter) }));
}

function readSpecFor(files: readonly InputFile[], paths: readonly string[], gzip: boolean, delimiter = ','): ReadSpec {
  const first = files[0];
  if (!first) throw new Error('readSpecFor needs at least one file');
  if (first.layout === 'zeek_tsv') {
    if (!first.zeekHeader) throw new Error(`Zeek file ${first.path} has no parsed header`);
    return { layout: 'zeek_tsv', files: paths, gzip, header: first.zeekHeader };
  }
  if (first.layout === 'csv') return { layout: 'csv', files: paths, gzip, delimiter };
  return { layout: first.layout, files: paths, gzip };
}

async function loadGroup(
  connection: DuckDBConnection,
  stage: string,
  group: FileGroup,
  options: LoadOptions,
): Promise<{ skippedLineCount: number; skippedLines: readonly BadLine[] }> {
  try {
    await connection.run(`CREATE TABLE ${quoteIdentifier(stage)} AS SELECT * FROM ${buildReadFilesSql(group.spec)}`);
    return { skippedLineCount: 0, skippedLines: [] };
  } catch (nativeError) {
    if (options.signal?.aborted) throw mapDuckDbError(nativeError, options.signal);
    if (group.spec.layout === 'json_array') {
      await locateJsonArrayErrors(group.files);
      throw mapDuckDbError(nativeError);
    }
    return loadCleanedGroup(connection, stage, group, options, nativeError);
  }
}

/** The slow path: scan each file, then fail with its bad lines or load cleaned copies. */
async function loadCleanedGroup(
  connection: DuckDBConnection,
  stage: string,
  group: FileGroup,
  options: LoadOptions,
  nativeError: unknown,
): Promise<{ skippedLineCount: number; skippedLines: readonly BadLine[] }> {
  const bad: BadLine[] = [];
  let badLineCount = 0;
  const cleaned: { original: string; copy: string }[] = [];
  for (const [index, file] of group.files.entries()) {
    const check = lineCheckFor(group.spec, file);
    if (options.skipBadLines) {
      const copy = join(options.tempDir, `${stage}.${index}.${basename(file.path).replace(/\.gz$/i, '')}`);
      const out = createWriteStream(copy);
      const result = await scanFile(file.path, check, {
        maxReported: options.maxReportedBadLines,
        signal: options.signal,
        keep: async (text) => {
          if (!out.write(text)) await once(out, 'drain');
        },
      });
      out.end();
      await once(out, 'finish');
      cleaned.push({ original: file.path, copy });
      badLineCount += result.badLineCount;
      bad.push(...result.badLines);
    } else {
      const result = await scanFile(file.path, check, { maxReported: options.maxReportedBadLines, signal: options.signal });
      badLineCount += result.badLineCount;
      bad.push(...result.badLines);
    }
  }
  if (badLineCount === 0) throw mapDuckDbError(nativeError);
  if (!options.skipBadLines) throw new BadFileError(bad.slice(0, options.maxReportedBadLines));
  const spec = readSpecFor(group.files, cleaned.map((entry) => entry.copy), false, group.spec.layout === 'csv' ? group.spec.delimiter : undefined);
  try {
    await connection.run(`CREATE TABLE ${quoteIdentifier(stage)} AS SELECT * FROM ${buildReadFilesSql(spec)}`);
  } catch (error) {
    throw mapDuckDbError(error, options.signal);
  }
  for (const { original, copy } of cleaned) {
    await connection.run(
      `UPDATE ${quoteIdentifier(stage)} SET ${quoteIdentifier(SOURCE_FILE_COLUMN)} = ${quoteString(original)} WHERE ${quoteIdentifier(SOURCE_FILE_COLUMN)} = ${quoteString(copy)}`,
    );
  }
  return { skippedLineCount: badLineCount, skippedLines: bad.slice(0, options.maxReportedBadLines) };
}

function lineCheckFor(spec: ReadSpec, file: InputFile): LineCheck {
  if (spec.layout === 'zeek_tsv') return { layout: 'zeek_tsv', header: file.zeekHeader ?? spec.header };
  if (spec.layout === 'csv') return { layout: 'csv', delimiter: spec.delimiter };
  return { layout: 'ndjson' };
}

/**
 * A JSON array is one document: one bad byte spoils it, so its records cannot be skipped one by one.
 * Re-parses it to name the line of the first error.
 */
async function locateJsonArrayErrors(files: readonly InputFile[]): Promise<void> {
  for (const file of files) {
    if ((await stat(file.path)).size > MAX_ARRAY_RELOCATE_BYTES || file.gzip) continue;
    const text = await readFile(file.path, 'utf8');
    try {
      JSON.parse(text);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const position = /position (\d+)/.exec(message)?.[1];
      const line = position === undefined ? 1 : text.slice(0, Number(position)).split('\n').length;
      throw new BadFileError([{ file: file.path, line, reason: `not valid JSON (${message}); a JSON array cannot be read past a broken record` }]);
    }
  }
}

function renamedRule(rule: TimestampRule, renames?: Readonly<Record<string, string>>): TimestampRule {
  const original = Object.entries(renames ?? {}).find(([, to]) => to === rule.field)?.[0];
  return original === undefined ? rule : { ...rule, field: original };
}

function applyRenames(fields: Map<string, TableField>, renames?: Readonly<Record<string, string>>): Map<string, TableField> {
  if (!renames) return fields;
  const renamed = new Map<string, TableField>();
  for (const [name, field] of fields) renamed.set(renames[name] ?? name, field);
  return renamed;
}
