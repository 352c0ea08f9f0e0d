import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';

import type { DuckDBConnection, DuckDBInstance, DuckDBType } from '@duckdb/node-api';
import { DuckDBStructType } from '@duckdb/node-api';

import type { LineCheck } from '../files/scan_file';
import { scanFile } from '../files/scan_file';
import type { BadLine } from '../source_errors';
import { BadFileError, SourceError, messageOf } from '../source_errors';
import type { JsonNode, ReadSpec } from './build_request';
import { SOURCE_FILE_COLUMN, buildReadFilesSql, jsonColumnsSql, quoteIdentifier, quoteString } from './build_request';
import type { LoadedTableRef } from './build_table_relation';
import { mapDuckDbError } from './errors';
import type { InputFile } from './file_dataset';
import type { FileFingerprint } from './file_table_cache';
import { TABLE_CACHE_FORMAT, removeOrphanedEntries, tableCacheFileName } from './file_table_cache';

/** One input file in DuckDB: its table, and what reading it cost. */
export interface LoadedFileTable extends LoadedTableRef {
  readonly input: InputFile;
  /** Size and modification time when loaded: a file that no longer has them is loaded again. */
  readonly fingerprint: FileFingerprint;
  /** What a query that must read the file reads: the file itself, or its copy without the bad lines. */
  readonly readPath: string;
  readonly readGzip: boolean;
  readonly rows: number;
  readonly skippedLineCount: number;
  readonly skippedLines: readonly BadLine[];
}

export interface LoadFileOptions {
  readonly datasetName: string;
  /** CSV only. */
  readonly delimiter: string;
  readonly skipBadLines: boolean;
  readonly maxReportedBadLines: number;
  readonly signal?: AbortSignal;
}

/** What happened to one file, for progress and for tests: read now (`file`) or taken from the cache. */
export interface FileLoadEvent {
  readonly file: string;
  readonly from: 'file' | 'cache';
}

export interface FileTableLoaderOptions {
  /** Where loaded tables persist between runs (see file_table_cache.ts); without it, in memory. */
  readonly cacheDir?: string;
  /** Where cleaned copies of files with bad lines go. */
  readonly tempDir: string;
  /** Share of the file read so far, 0…1, a few times a second while DuckDB reads it. */
  readonly onProgress?: (file: string, fraction: number) => void;
  readonly onLoaded?: (event: FileLoadEvent) => void;
}

/** Records DuckDB's JSON reader samples for a schema (its `sample_size` default). */
const JSON_SAMPLE_RECORDS = 20_480;
/** Past this size a broken JSON array is not re-parsed in memory to locate its error. */
const MAX_ARRAY_RELOCATE_BYTES = 512 * 1024 * 1024;
const PROGRESS_POLL_MS = 250;

interface LoadInfo {
  readonly format: number;
  readonly rows: number;
  readonly complete: boolean;
  readonly skippedLineCount: number;
  readonly skippedLines: readonly BadLine[];
}

/**
 * Loads input files into DuckDB tables, once: each file into its own attached database (`f_<n>`, table
 * `records`), read from the cache when an entry for the file as it is now exists. JSON is loaded with an
 * explicit schema of the keys its first records hold (DuckDB's sample), every value as text — what
 * buildRelation reads from the files, so a query gives the same answer from the table. Zeek TSV and CSV
 * are loaded whole. When DuckDB cannot read a file, the file is scanned line by line to name file, line
 * and reason (BadFileError), or, with skipBadLines, a copy holding only the good lines is loaded instead
 * (see docs/adr/0001-embedded-engine.md).
 */
export class FileTableLoader {
  #next = 0;
  #engineVersion: string | undefined;

  constructor(
    private readonly instance: DuckDBInstance,
    private readonly options: FileTableLoaderOptions,
  ) {}

  /** A connection to the engine the tables are attached to. */
  connect(): Promise<DuckDBConnection> {
    return this.instance.connect();
  }

  async load(input: InputFile, options: LoadFileOptions): Promise<LoadedFileTable> {
    const fingerprint = await fingerprintOf(input.path);
    const alias = `f_${this.#next++}`;
    const connection = await this.instance.connect();
    const interrupt = () => connection.interrupt();
    options.signal?.addEventListener('abort', interrupt, { once: true });
    try {
      const cacheDir = this.options.cacheDir;
      if (cacheDir === undefined) return this.loaded(await this.build(connection, alias, ':memory:', input, fingerprint, options));
      await mkdir(cacheDir, { recursive: true });
      const name = tableCacheFileName(input, fingerprint, { delimiter: options.delimiter, engineVersion: await this.engineVersion(connection) });
      const entry = join(cacheDir, name);
      const cached = await this.attachCached(connection, alias, entry, input, fingerprint, options);
      if (cached) return cached;
      const partial = `${entry}.${process.pid}.${alias}.tmp`;
      try {
        const built = await this.build(connection, alias, partial, input, fingerprint, options);
        await connection.run(`DETACH ${quoteIdentifier(alias)}`);
        await rename(partial, entry);
        await removeOrphanedEntries(cacheDir, name);
        await connection.run(`ATTACH ${quoteString(entry)} AS ${quoteIdentifier(alias)} (READ_ONLY)`);
        return this.loaded(built);
      } finally {
        await rm(partial, { force: true });
        await rm(`${partial}.wal`, { force: true });
      }
    } catch (error) {
      throw mapDuckDbError(error, options.signal);
    } finally {
      options.signal?.removeEventListener('abort', interrupt);
      connection.closeSync();
    }
  }

  private loaded(table: LoadedFileTable): LoadedFileTable {
    this.options.onLoaded?.({ file: table.input.path, from: 'file' });
    return table;
  }

  private async engineVersion(connection: DuckDBConnection): Promise<string> {
    if (this.#engineVersion === undefined) {
      const reader = await connection.runAndReadAll('SELECT version() AS v');
      this.#engineVersion = String(reader.getRowObjectsJS()[0]?.v ?? 'unknown');
    }
    return this.#engineVersion;
  }

  /** The cache entry, attached read-only; null when there is none (or it cannot be read: it is rebuilt). */
  private async attachCached(
    connection: DuckDBConnection,
    alias: string,
    entry: string,
    input: InputFile,
    fingerprint: FileFingerprint,
    options: LoadFileOptions,
  ): Promise<LoadedFileTable | null> {
    const present = await stat(entry).then(
      () => true,
      () => false,
    );
    if (!present) return null;
    let info: LoadInfo;
    let jsonColumns: Map<string, JsonNode> | undefined;
    try {
      await connection.run(`ATTACH ${quoteString(entry)} AS ${quoteIdentifier(alias)} (READ_ONLY)`);
      info = parseLoadInfo(await connection.runAndReadAll(`SELECT info FROM ${quoteIdentifier(alias)}.load_info`).then((reader) => reader.getRowObjectsJS()[0]?.info));
      if (isJsonLayout(input)) {
        const sample = await connection.runAndReadAll(`SELECT * FROM ${quoteIdentifier(alias)}.records LIMIT 0`);
        jsonColumns = toColumnTree(sample.columnNames(), sample.columnTypes());
      }
    } catch {
      await connection.run(`DETACH DATABASE IF EXISTS ${quoteIdentifier(alias)}`);
      await rm(entry, { force: true });
      return null;
    }
    if (info.skippedLineCount > 0 && !options.skipBadLines) {
      await connection.run(`DETACH ${quoteIdentifier(alias)}`);
      throw new BadFileError(info.skippedLines.slice(0, options.maxReportedBadLines));
    }
    // A query that must read the file (a JSON key past the sample) needs the copy without the bad lines again.
    const copy = info.skippedLineCount > 0 ? await this.writeCleanCopy(input, alias, options) : null;
    this.options.onProgress?.(input.path, 1);
    this.options.onLoaded?.({ file: input.path, from: 'cache' });
    return {
      input,
      fingerprint,
      table: `${quoteIdentifier(alias)}.records`,
      file: input.path,
      ...(jsonColumns ? { jsonColumns, complete: info.complete } : {}),
      readPath: copy?.path ?? input.path,
      readGzip: copy ? false : input.gzip,
      rows: info.rows,
      skippedLineCount: info.skippedLineCount,
      skippedLines: info.skippedLines.slice(0, options.maxReportedBadLines),
    };
  }

  /** Reads the file into a new database attached as `alias` at `target`, repairing or reporting bad lines. */
  private async build(
    connection: DuckDBConnection,
    alias: string,
    target: string,
    input: InputFile,
    fingerprint: FileFingerprint,
    options: LoadFileOptions,
  ): Promise<LoadedFileTable> {
    await connection.run(`ATTACH ${quoteString(target)} AS ${quoteIdentifier(alias)}`);
    try {
      let readPath = input.path;
      let readGzip = input.gzip;
      let skipped: { count: number; lines: readonly BadLine[] } = { count: 0, lines: [] };
      let read: { rows: number; jsonColumns?: Map<string, JsonNode> };
      try {
        read = await this.readInto(connection, alias, input, readPath, readGzip, options);
      } catch (error) {
        if (options.signal?.aborted || !isReadFailure(error)) throw error;
        if (input.layout === 'json_array') {
          await locateJsonArrayError(input);
          throw error;
        }
        const copy = await this.writeCleanCopy(input, alias, options);
        if (copy.badLineCount === 0) throw error;
        if (!options.skipBadLines) throw new BadFileError(copy.badLines);
        readPath = copy.path;
        readGzip = false;
        skipped = { count: copy.badLineCount, lines: copy.badLines };
        read = await this.readInto(connection, alias, input, readPath, readGzip, options);
      }
      const complete = read.rows <= JSON_SAMPLE_RECORDS;
      const info: LoadInfo = { format: TABLE_CACHE_FORMAT, rows: read.rows, complete, skippedLineCount: skipped.count, skippedLines: skipped.lines };
      await connection.run(`CREATE TABLE ${quoteIdentifier(alias)}.load_info AS SELECT ?::VARCHAR AS info`, [JSON.stringify(info)]);
      return {
        input,
        fingerprint,
        table: `${quoteIdentifier(alias)}.records`,
        file: input.path,
        ...(read.jsonColumns ? { jsonColumns: read.jsonColumns, complete } : {}),
        readPath,
        readGzip,
        rows: read.rows,
        skippedLineCount: skipped.count,
        skippedLines: skipped.lines,
      };
    } catch (error) {
      await connection.run(`DETACH DATABASE IF EXISTS ${quoteIdentifier(alias)}`);
      throw error;
    }
  }

  /** One pass of DuckDB over the file into `alias`.records; JSON first has its schema sampled. */
  private async readInto(
    connection: DuckDBConnection,
    alias: string,
    input: InputFile,
    path: string,
    gzip: boolean,
    options: LoadFileOptions,
  ): Promise<{ rows: number; jsonColumns?: Map<string, JsonNode> }> {
    const spec = readSpecOf(input, path, gzip, options.delimiter);
    let jsonColumns: Map<string, JsonNode> | undefined;
    let reader = buildReadFilesSql(spec);
    if (isJsonLayout(input)) {
      const sample = await connection.runAndReadAll(`SELECT * EXCLUDE (${quoteIdentifier(SOURCE_FILE_COLUMN)}) FROM ${reader} LIMIT 0`);
      jsonColumns = toColumnTree(sample.columnNames(), sample.columnTypes());
      reader = buildReadFilesSql(spec, jsonColumnsSql(jsonColumns));
    }
    const table = `${quoteIdentifier(alias)}.records`;
    // Every query orders its own results, so rows need not keep the file's order: DuckDB then loads in
    // parallel and writes compressed as it goes (keeping the order, closing the database file took as long
    // again as the load).
    await connection.run('SET preserve_insertion_order = false');
    await this.withProgress(connection, input.path, () =>
      connection.run(`CREATE OR REPLACE TABLE ${table} AS SELECT * EXCLUDE (${quoteIdentifier(SOURCE_FILE_COLUMN)}) FROM ${reader}`),
    );
    const counted = await connection.runAndReadAll(`SELECT CAST(count(*) AS DOUBLE) AS n FROM ${table}`);
    const rows = Number(counted.getRowObjectsJS()[0]?.n ?? 0);
    return { rows, ...(jsonColumns ? { jsonColumns } : {}) };
  }

  /** Reports DuckDB's own progress on the statement (its share of the file read) while it runs. */
  private async withProgress<T>(connection: DuckDBConnection, file: string, work: () => Promise<T>): Promise<T> {
    const report = this.options.onProgress;
    if (!report) return work();
    await connection.run('SET enable_progress_bar = true');
    await connection.run('SET enable_progress_bar_print = false');
    const timer = setInterval(() => {
      const { percentage } = connection.progress;
      if (percentage >= 0) report(file, Math.min(percentage, 100) / 100);
    }, PROGRESS_POLL_MS);
    try {
      const result = await work();
      report(file, 1);
      return result;
    } finally {
      clearInterval(timer);
    }
  }

  /**
   * Scans the file line by line and, with skipBadLines, writes the good lines to a copy (uncompressed).
   * The scan names what DuckDB could not: it names line 4 for a bad line 3, a truncated gzip "malformed JSON".
   */
  private async writeCleanCopy(input: InputFile, alias: string, options: LoadFileOptions): Promise<{ path: string; badLineCount: number; badLines: readonly BadLine[] }> {
    const copy = join(this.options.tempDir, `${options.datasetName}.${alias}.${basename(input.path).replace(/\.gz$/i, '')}`);
    const out = options.skipBadLines ? createWriteStream(copy) : null;
    const result = await scanFile(input.path, lineCheckFor(input, options.delimiter), {
      maxReported: options.maxReportedBadLines,
      ...(options.signal ? { signal: options.signal } : {}),
      ...(out ? { keep: (text: string) => writeLine(out, text) } : {}),
    });
    if (out) {
      out.end();
      await once(out, 'finish');
    }
    return { path: copy, badLineCount: result.badLineCount, badLines: result.badLines };
  }
}

/** The file's size and modification time, or a not-found error naming it. */
export async function fingerprintOf(path: string): Promise<FileFingerprint> {
  try {
    const info = await stat(path);
    return { size: info.size, mtimeMs: info.mtimeMs };
  } catch {
    throw new SourceError('not_found', `No such file or directory: ${path}`);
  }
}

function isJsonLayout(input: InputFile): boolean {
  return input.layout === 'ndjson' || input.layout === 'json_array';
}

function readSpecOf(input: InputFile, path: string, gzip: boolean, delimiter: string): ReadSpec {
  if (input.layout === 'zeek_tsv') {
    if (!input.zeekHeader) throw new Error(`Zeek file ${input.path} has no parsed header`);
    return { layout: 'zeek_tsv', files: [path], gzip, header: input.zeekHeader };
  }
  if (input.layout === 'csv') return { layout: 'csv', files: [path], gzip, delimiter };
  return { layout: input.layout, files: [path], gzip };
}

/** The sampled schema as a key tree: objects (DuckDB structs) are followed, anything else is one text leaf. */
function toColumnTree(names: readonly string[], types: readonly DuckDBType[]): Map<string, JsonNode> {
  const nodeOf = (type: DuckDBType | undefined): JsonNode => {
    if (!(type instanceof DuckDBStructType) || type.entryNames.length === 0) return 'leaf';
    return new Map(type.entryNames.map((entry, index) => [entry, nodeOf(type.entryTypes[index])]));
  };
  return new Map(names.map((name, index) => [name, nodeOf(types[index])]));
}

function parseLoadInfo(value: unknown): LoadInfo {
  const info: unknown = JSON.parse(String(value));
  if (typeof info !== 'object' || info === null || !('format' in info) || info.format !== TABLE_CACHE_FORMAT) {
    throw new Error('cache entry of another format');
  }
  return info as LoadInfo;
}

/** Writes with backpressure, so a slow disk does not fill memory. */
async function writeLine(out: NodeJS.WritableStream, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

/** DuckDB failing to read input (bad JSON, CSV shape, gzip) rather than failing the query itself. */
function isReadFailure(error: unknown): boolean {
  return /^(Invalid Input Error|IO Error)/.test(messageOf(error));
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
async function locateJsonArrayError(file: InputFile): Promise<void> {
  if (file.gzip || (await stat(file.path)).size > MAX_ARRAY_RELOCATE_BYTES) return;
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
