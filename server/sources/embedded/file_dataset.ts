import type { DuckDBConnection } from '@duckdb/node-api';

import type { FileLayout } from '../files/detect_file_format';
import type { ZeekHeader } from '../files/parse_zeek_header';
import { readZeekHeader } from '../files/read_zeek_header';
import type { BadLine } from '../source_errors';
import { BadFileError } from '../source_errors';
import type { DatasetShape, FieldUse, ReadSpec, TableCatalogue, TableField } from './build_request';
import { SOURCE_FILE_COLUMN, buildReadFilesSql, buildRelation, quoteIdentifier } from './build_request';
import { buildTableRelation } from './build_table_relation';
import type { TimestampRule } from './describe_table_fields';
import { describeTableFields } from './describe_table_fields';
import type { FileTableLoader, LoadedFileTable, LoadFileOptions } from './load_file_table';
import { fingerprintOf } from './load_file_table';

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
  readonly maxReportedBadLines: number;
  readonly signal?: AbortSignal;
}

/**
 * The files of one dataset, each loaded once into a DuckDB table (FileTableLoader) and read from there by
 * every analysis; a file whose size or modification time changed is loaded again before the next one.
 * The dataset's fields come from DuckDB's sample of its first files (the schema for Zeek and CSV). See
 * docs/adr/0001-embedded-engine.md.
 */
export class FileDataset {
  #loaded: LoadedFileTable[] = [];
  #shape: DatasetShape;
  #refreshing: Promise<void> | null = null;

  private constructor(
    private readonly spec: DatasetSpec,
    private readonly options: DatasetOptions,
    private readonly loader: FileTableLoader,
  ) {
    this.#shape = { name: spec.name, groups: [], fields: new Map() };
  }

  /** Loads every file (bad lines fail here, or are skipped and reported) and learns the fields. */
  static async open(connection: DuckDBConnection, spec: DatasetSpec, options: DatasetOptions, loader: FileTableLoader): Promise<FileDataset> {
    const dataset = new FileDataset(spec, options, loader);
    for (const input of spec.files) dataset.#loaded.push(await loader.load(input, dataset.loadOptions(options.signal)));
    await dataset.describe(connection);
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

  /** Number of records loaded. */
  get rows(): number {
    return this.#loaded.reduce((sum, loaded) => sum + loaded.rows, 0);
  }

  get skippedLineCount(): number {
    return this.#loaded.reduce((sum, loaded) => sum + loaded.skippedLineCount, 0);
  }

  get skippedLines(): readonly BadLine[] {
    return this.#loaded.flatMap((loaded) => loaded.skippedLines).slice(0, this.options.maxReportedBadLines);
  }

  /** The files as loaded now (tables, fingerprints, rows). */
  get loadedFiles(): readonly LoadedFileTable[] {
    return this.#loaded;
  }

  shape(): DatasetShape {
    return this.#shape;
  }

  /** The file a row came from, as the user named it (not the cleaned copy read in its place). */
  originalPath(path: string): string {
    return this.#loaded.find((loaded) => loaded.readPath === path)?.input.path ?? path;
  }

  /**
   * The relation a query reads: the loaded tables, or the files themselves when a JSON field the query
   * uses may lie in records past a file's schema sample (see buildTableRelation).
   */
  relation(uses: ReadonlyMap<string, FieldUse>): TableCatalogue {
    return buildTableRelation(this.#shape, this.#loaded, uses) ?? buildRelation(this.#shape, uses);
  }

  /**
   * Loads again the files whose size or modification time changed since they were loaded (a log still
   * being written, a file replaced), so no answer comes from an old copy. Callers arriving while a reload
   * runs share it. It runs on its own connections, so a caller cancelling does not cancel it for the others.
   */
  refresh(): Promise<void> {
    this.#refreshing ??= this.reloadChanged().finally(() => {
      this.#refreshing = null;
    });
    return this.#refreshing;
  }

  private async reloadChanged(): Promise<void> {
    let changed = false;
    for (const [index, loaded] of this.#loaded.entries()) {
      const now = await fingerprintOf(loaded.input.path);
      if (now.size === loaded.fingerprint.size && now.mtimeMs === loaded.fingerprint.mtimeMs) continue;
      const input = loaded.input.layout === 'zeek_tsv' ? { ...loaded.input, zeekHeader: await readZeekHeader(loaded.input.path) } : loaded.input;
      this.#loaded[index] = await this.loader.load(input, this.loadOptions());
      changed = true;
    }
    if (!changed) return;
    const connection = await this.loader.connect();
    try {
      await this.describe(connection);
    } finally {
      connection.closeSync();
    }
  }

  private loadOptions(signal?: AbortSignal): LoadFileOptions {
    return {
      datasetName: this.spec.name,
      delimiter: this.spec.delimiter ?? ',',
      skipBadLines: this.options.skipBadLines,
      maxReportedBadLines: this.options.maxReportedBadLines,
      ...(signal ? { signal } : {}),
    };
  }

  /** Learns the fields from the first group of files (the schema for Zeek and CSV, DuckDB's sample for JSON). */
  private async describe(connection: DuckDBConnection): Promise<void> {
    const groups = groupReadSpecs(this.#loaded, this.spec.delimiter ?? ',');
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
}

/**
 * What DuckDB reads when a query goes to the files: the files (or cleaned copies) grouped so one reader
 * call takes each group — same layout, same compression, same Zeek columns.
 */
function groupReadSpecs(loaded: readonly LoadedFileTable[], delimiter: string): ReadSpec[] {
  const groups = new Map<string, LoadedFileTable[]>();
  for (const file of loaded) {
    const header = file.input.zeekHeader;
    const columns = header ? `${header.separator}|${header.fields.join(',')}|${header.types.join(',')}` : '';
    const key = [file.input.layout, file.readGzip, columns].join('/');
    groups.set(key, [...(groups.get(key) ?? []), file]);
  }
  return [...groups.values()].map((members): ReadSpec => {
    const first = members[0];
    if (!first) throw new Error('a file group needs at least one file');
    const files = members.map((member) => member.readPath);
    if (first.input.layout === 'zeek_tsv') {
      if (!first.input.zeekHeader) throw new Error(`Zeek file ${first.input.path} has no parsed header`);
      return { layout: 'zeek_tsv', files, gzip: first.readGzip, header: first.input.zeekHeader };
    }
    if (first.input.layout === 'csv') return { layout: 'csv', files, gzip: first.readGzip, delimiter };
    return { layout: first.input.layout, files, gzip: first.readGzip };
  });
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
