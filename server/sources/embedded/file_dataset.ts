import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';

import type { DuckDBConnection } from '@duckdb/node-api';

import type { FileLayout } from '../files/detect_file_format';
import type { ZeekHeader } from '../files/parse_zeek_header';
import type { LineCheck } from '../files/scan_file';
import { scanFile } from '../files/scan_file';
import type { BadLine } from '../source_errors';
import { BadFileError, messageOf } from '../source_errors';
import type { DatasetShape, ReadSpec, TableField } from './build_request';
import { SOURCE_FILE_COLUMN, buildReadFilesSql, quoteIdentifier } from './build_request';
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

export interface DatasetOptions {
  readonly skipBadLines: boolean;
  /** Where cleaned copies of files with bad lines go (skip mode). */
  readonly tempDir: string;
  readonly maxReportedBadLines: number;
}

interface FileGroup {
  readonly files: readonly InputFile[];
  /** What DuckDB reads: the files themselves, or cleaned copies once bad lines were skipped. */
  readonly paths: readonly string[];
  readonly gzip: boolean;
}

/** Past this size a broken JSON array is not re-parsed in memory to locate its error. */
const MAX_ARRAY_RELOCATE_BYTES = 512 * 1024 * 1024;

/**
 * The files of one dataset, read by DuckDB where they lie (no copy into tables), and what to do when
 * DuckDB cannot read them. DuckDB's own error then points at the wrong line, or calls a truncated gzip
 * "malformed JSON"; `repair` scans the files line by line (scanFile) to name file, line and reason, and
 * either throws that (BadFileError) or, with skipBadLines, swaps in cleaned copies holding only the good
 * lines. See docs/adr/0001-embedded-engine.md.
 */
export class FileDataset {
  #groups: FileGroup[];
  #shape: DatasetShape;
  #copies = new Map<string, string>();
  #repairing: Promise<void> | null = null;
  #repaired = false;
  #skippedLineCount = 0;
  #skippedLines: BadLine[] = [];
  #rows: number | undefined;

  private constructor(
    private readonly spec: DatasetSpec,
    private readonly options: DatasetOptions,
  ) {
    this.#groups = groupFiles(spec.files);
    this.#shape = { name: spec.name, groups: [], fields: new Map() };
  }

  /** Groups the files and learns their fields (the schema for Zeek and CSV, DuckDB's sample for JSON). */
  static async open(connection: DuckDBConnection, spec: DatasetSpec, options: DatasetOptions): Promise<FileDataset> {
    const dataset = new FileDataset(spec, options);
    await dataset.withRepair(connection, () => dataset.describe(connection));
    return dataset;
  }

  get name(): string {
    return this.spec.name;
  }

  get files(): readonly string[] {
    return this.spec.files.map((file) => file.path);
  }

  get timestampField(): string | undefined {
    return this.spec.timestamp?.field;
  }

  /** Number of records, once `validate` has counted them. */
  get rows(): number | undefined {
    return this.#rows;
  }

  get skippedLineCount(): number {
    return this.#skippedLineCount;
  }

  get skippedLines(): readonly BadLine[] {
    return this.#skippedLines;
  }

  shape(): DatasetShape {
    return this.#shape;
  }

  /** The file a row came from, as the user named it (not the cleaned copy read in its place). */
  originalPath(path: string): string {
    return this.#copies.get(path) ?? path;
  }

  /** Reads every record once (a count), so bad files show up now rather than at the first analysis. */
  async validate(connection: DuckDBConnection): Promise<number> {
    return this.withRepair(connection, async () => {
      let total = 0;
      for (const reader of this.readers(this.spec.timestamp?.field)) {
        const result = await connection.runAndReadAll(`SELECT count(*) AS n FROM ${reader}`);
        total += Number(result.getRowObjectsJS()[0]?.n ?? 0);
      }
      this.#rows = total;
      return total;
    });
  }

  /**
   * Runs `work`; if DuckDB fails reading the files, repairs once (or throws the files' bad lines) and
   * runs it again. Several queries failing at once share one repair.
   */
  async withRepair<T>(connection: DuckDBConnection, work: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (signal?.aborted || this.#repaired || !isReadFailure(error)) throw error;
      this.#repairing ??= this.repair(connection, error, signal);
      await this.#repairing;
      return work();
    }
  }

  private async describe(connection: DuckDBConnection): Promise<void> {
    const groups = this.#groups.map((group) => this.readSpec(group));
    const first = groups[0];
    if (!first) throw new Error(`dataset ${this.spec.name} has no files`);
    const json = first.layout === 'ndjson' || first.layout === 'json_array';
    const sample = await connection.runAndReadAll(
      `SELECT * EXCLUDE (${quoteIdentifier(SOURCE_FILE_COLUMN)}) FROM ${buildReadFilesSql(first)} LIMIT 0`,
    );
    const names = sample.columnNames();
    const zeek = first.layout === 'zeek_tsv';
    const described = describeTableFields(names, sample.columnTypes(), {
      ...(this.spec.timestamp && !json ? { timestamp: renamedRule(this.spec.timestamp, this.spec.renames) } : {}),
      ...(zeek ? { emptyMarker: first.header.emptyField } : {}),
    });
    const fields = applyRenames(described, this.spec.renames);
    if (!json && this.spec.timestamp && fields.get(this.spec.timestamp.field)?.kind !== 'timestamp') {
      throw new BadFileError([{ file: this.spec.files[0]?.path ?? this.spec.name, line: 1, reason: `no readable timestamp field "${this.spec.timestamp.field}"` }]);
    }
    this.#shape = {
      name: this.spec.name,
      groups,
      fields,
      ...(json ? { topLevelKeys: new Set(names) } : {}),
      ...(json && this.spec.timestamp ? { timestamp: this.spec.timestamp } : {}),
    };
  }

  /** Readers for counting: JSON with one key only (every record is still parsed and checked). */
  private readers(timestampField: string | undefined): string[] {
    return this.#shape.groups.map((group) => {
      if (group.layout !== 'ndjson' && group.layout !== 'json_array') return buildReadFilesSql(group);
      const key = timestampField?.split('.')[0] ?? SOURCE_FILE_COLUMN;
      return buildReadFilesSql(group, `{${`'${key.replace(/'/g, "''")}'`}: 'VARCHAR'}`);
    });
  }

  private readSpec(group: FileGroup): ReadSpec {
    const first = group.files[0];
    if (!first) throw new Error('a file group needs at least one file');
    if (first.layout === 'zeek_tsv') {
      if (!first.zeekHeader) throw new Error(`Zeek file ${first.path} has no parsed header`);
      return { layout: 'zeek_tsv', files: group.paths, gzip: group.gzip, header: first.zeekHeader };
    }
    if (first.layout === 'csv') return { layout: 'csv', files: group.paths, gzip: group.gzip, delimiter: this.spec.delimiter ?? ',' };
    return { layout: first.layout, files: group.paths, gzip: group.gzip };
  }

  private async repair(connection: DuckDBConnection, nativeError: unknown, signal?: AbortSignal): Promise<void> {
    const bad: BadLine[] = [];
    let badLineCount = 0;
    const groups: FileGroup[] = [];
    const max = this.options.maxReportedBadLines;
    for (const [groupIndex, group] of this.#groups.entries()) {
      const first = group.files[0];
      if (first?.layout === 'json_array') {
        await locateJsonArrayError(group.files);
        groups.push(group);
        continue;
      }
      const copies: string[] = [];
      for (const [index, file] of group.files.entries()) {
        const check = lineCheckFor(file, this.spec.delimiter ?? ',');
        const copy = join(this.options.tempDir, `${this.spec.name}.${groupIndex}.${index}.${basename(file.path).replace(/\.gz$/i, '')}`);
        const out = this.options.skipBadLines ? createWriteStream(copy) : null;
        const result = await scanFile(file.path, check, {
          maxReported: max,
          ...(signal ? { signal } : {}),
          ...(out ? { keep: (text: string) => writeLine(out, text) } : {}),
        });
        if (out) {
          out.end();
          await once(out, 'finish');
        }
        badLineCount += result.badLineCount;
        bad.push(...result.badLines);
        copies.push(copy);
      }
      groups.push({ files: group.files, paths: copies, gzip: false });
    }
    if (badLineCount === 0) throw mapDuckDbError(nativeError, signal);
    if (!this.options.skipBadLines) throw new BadFileError(bad.slice(0, max));
    this.#groups = groups;
    groups.forEach((group) => group.paths.forEach((copy, index) => this.#copies.set(copy, group.files[index]?.path ?? copy)));
    this.#skippedLineCount = badLineCount;
    this.#skippedLines = bad.slice(0, max);
    this.#repaired = true;
    await this.describe(connection);
  }
}

/** Writes with backpressure, so a slow disk does not fill memory. */
async function writeLine(out: NodeJS.WritableStream, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

/** DuckDB failing to read input (bad JSON, CSV shape, gzip) rather than failing the query itself. */
function isReadFailure(error: unknown): boolean {
  return /^(Invalid Input Error|IO Error)/.test(messageOf(error));
}

/** Files that one reader call can take together: same layout, same compression, same Zeek columns. */
function groupFiles(files: readonly InputFile[]): FileGroup[] {
  const groups = new Map<string, InputFile[]>();
  for (const file of files) {
    const header = file.zeekHeader ? `${file.zeekHeader.separator}|${file.zeekHeader.fields.join(',')}|${file.zeekHeader.types.join(',')}` : '';
    const key = [file.layout, file.gzip, header].join('/');
    groups.set(key, [...(groups.get(key) ?? []), file]);
  }
  return [...groups.values()].map((members) => ({ files: members, paths: members.map((file) => file.path), gzip: members[0]?.gzip ?? false }));
}

function lineCheckFor(file: InputFile, delimiter: string): LineCheck {
  if (file.layout === 'zeek_tsv' && file.zeekHeader) return { layout: 'zeek_tsv', header: file.zeekHeader };
  if (file.layout === 'csv') return { layout: 'csv', delimiter };
  return { layout: 'ndjson' };
}

/**
 * A JSON array is one document: one bad byte spoils it, so its records cannot be skipped one by one.
 * Re-parses it to name the line of the first error.
 */
async function locateJsonArrayError(files: readonly InputFile[]): Promise<void> {
  for (const file of files) {
    if (file.gzip || (await stat(file.path)).size > MAX_ARRAY_RELOCATE_BYTES) continue;
    const text = await readFile(file.path, 'utf8');
    try {
      JSON.parse(text);
    } catch (error) {
      const message = messageOf(error);
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
