import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { DuckDBInstance } from '@duckdb/node-api';

import type { FileFlavor } from '../files/detect_file_format';
import { detectFileFormat } from '../files/detect_file_format';
import { isDataFileName } from '../files/is_data_file_name';
import { isGzipFile } from '../files/open_text_stream';
import { readFileHead } from '../files/read_file_head';
import { readZeekHeader } from '../files/read_zeek_header';
import type { BadLine } from '../source_errors';
import { BadFileError, SourceError } from '../source_errors';
import type { TimestampRule } from './describe_table_fields';
import { EmbeddedSource } from './embedded_source';
import { mapDuckDbError } from './errors';
import type { DatasetSpec, InputFile } from './file_dataset';
import { FileDataset } from './file_dataset';
import type { FileLoadEvent } from './load_file_table';
import { FileTableLoader } from './load_file_table';

/** How to read CSV files: the header names columns; `columns` renames them to the fields a preset uses. */
export interface CsvOptions {
  readonly delimiter?: string;
  /** CSV header → field name, e.g. `{ "time": "@timestamp", "src": "source.ip" }`. */
  readonly columns?: Readonly<Record<string, string>>;
  /** The (renamed) field holding the time; a number counts `timestampUnit` since the epoch. */
  readonly timestampField?: string;
  readonly timestampUnit?: 's' | 'ms';
}

export interface OpenEmbeddedSourceOptions {
  /** Load what can be read and report the bad lines instead of failing on the first bad file. */
  readonly skipBadLines?: boolean;
  /** How many bad lines to name in an error or report. Default 10. */
  readonly maxReportedBadLines?: number;
  readonly csv?: CsvOptions;
  /**
   * Where loaded files persist between runs, one DuckDB database file per file (see file_table_cache.ts);
   * without it they are loaded into memory for this source's life only.
   */
  readonly cacheDir?: string;
  /** Bytes of the files loaded so far, out of `total`, a few times a second while loading. */
  readonly onLoadProgress?: (progress: { readonly loadedBytes: number; readonly totalBytes: number }) => void;
  /** Each file as it is loaded: read now, or taken from the cache. */
  readonly onFileLoaded?: (event: FileLoadEvent) => void;
  /** DuckDB worker threads; default DuckDB's (the number of cores). */
  readonly threads?: number;
  /** DuckDB's memory limit, e.g. '1GB'. */
  readonly memoryLimit?: string;
  readonly signal?: AbortSignal;
}

/** The dataset each flavour joins and where its time lives. */
const FLAVOR_DATASETS: Readonly<Record<Exclude<FileFlavor, 'zeek'>, { name: string; timestamp?: TimestampRule }>> = {
  suricata_eve: { name: 'suricata', timestamp: { field: 'timestamp', numericUnit: 's' } },
  ecs: { name: 'ecs', timestamp: { field: '@timestamp', numericUnit: 'ms' } },
  json: { name: 'json' },
  csv: { name: 'csv' },
};

/**
 * Opens the embedded engine over local files (or directories of them): detects each file's format
 * (gzip by magic bytes; Suricata eve NDJSON or JSON array, Zeek TSV or JSON, ECS NDJSON, CSV), groups the
 * files into datasets (`suricata`, `zeek_<path>` such as `zeek_http`, `ecs`, `json`, `csv`), loads each
 * file once into a DuckDB table (from `cacheDir` when it holds the file as it is now) and learns the
 * fields. Every analysis then reads the tables. Bad files fail here with a BadFileError naming file and
 * line, unless `skipBadLines` (then `loadReport` lists them).
 */
export async function openEmbeddedSource(paths: readonly string[], options: OpenEmbeddedSourceOptions = {}): Promise<EmbeddedSource> {
  const maxReportedBadLines = options.maxReportedBadLines ?? 10;
  const files = await expandPaths(paths);
  if (files.length === 0) throw new SourceError('not_found', `No files to read in ${paths.join(', ') || '(nothing given)'}`);
  const skipped: BadLine[] = [];
  let skippedLineCount = 0;
  const specs = new Map<string, { spec: DatasetSpec; files: InputFile[] }>();
  for (const path of files) {
    const gzip = await isGzipFile(path);
    const format = detectFileFormat(await readFileHead(path), path);
    let zeekHeader;
    if (format.layout === 'zeek_tsv') {
      try {
        zeekHeader = await readZeekHeader(path, options.signal);
      } catch (error) {
        if (!(error instanceof BadFileError) || !options.skipBadLines) throw error;
        skippedLineCount += 1;
        for (const bad of error.badLines) if (skipped.length < maxReportedBadLines) skipped.push({ ...bad, reason: `${bad.reason} (file skipped)` });
        continue;
      }
    }
    const spec = datasetSpecFor(format.flavor, format.zeekPath, options.csv);
    const entry = specs.get(spec.name) ?? { spec, files: [] };
    entry.files.push({ path, layout: format.layout, gzip, ...(zeekHeader ? { zeekHeader } : {}) });
    specs.set(spec.name, entry);
  }
  const tempDir = await mkdtemp(join(tmpdir(), 'hunt-eda-embedded-'));
  const config: Record<string, string> = {};
  if (options.threads !== undefined) config.threads = String(options.threads);
  if (options.memoryLimit !== undefined) config.memory_limit = options.memoryLimit;
  const instance = await DuckDBInstance.create(':memory:', config);
  try {
    const connection = await instance.connect();
    try {
      await connection.run(`SET TimeZone = 'UTC'`);
      const loader = new FileTableLoader(instance, {
        tempDir,
        ...(options.cacheDir !== undefined ? { cacheDir: options.cacheDir } : {}),
        ...(options.onLoadProgress ? { onProgress: await trackLoadedBytes([...specs.values()].flatMap((entry) => entry.files), options.onLoadProgress) } : {}),
        ...(options.onFileLoaded ? { onLoaded: options.onFileLoaded } : {}),
      });
      const datasets = new Map<string, FileDataset>();
      const datasetOptions = { skipBadLines: options.skipBadLines ?? false, maxReportedBadLines, ...(options.signal ? { signal: options.signal } : {}) };
      for (const { spec, files: datasetFiles } of specs.values()) {
        datasets.set(spec.name, await FileDataset.open(connection, { ...spec, files: datasetFiles }, datasetOptions, loader));
      }
      return new EmbeddedSource(instance, datasets, tempDir, maxReportedBadLines, { skippedLineCount, skippedLines: skipped });
    } finally {
      connection.closeSync();
    }
  } catch (error) {
    instance.closeSync();
    await rm(tempDir, { recursive: true, force: true });
    throw mapDuckDbError(error, options.signal);
  }
}

function datasetSpecFor(flavor: FileFlavor, zeekPath: string | undefined, csv: CsvOptions | undefined): DatasetSpec {
  if (flavor === 'zeek') {
    return { name: `zeek_${zeekPath ?? 'log'}`, files: [], timestamp: { field: 'ts', numericUnit: 's' } };
  }
  const preset = FLAVOR_DATASETS[flavor];
  if (flavor === 'csv' && csv) {
    return {
      name: preset.name,
      files: [],
      delimiter: csv.delimiter ?? ',',
      ...(csv.columns ? { renames: csv.columns } : {}),
      ...(csv.timestampField ? { timestamp: { field: csv.timestampField, numericUnit: csv.timestampUnit ?? 'ms' } } : {}),
    };
  }
  return { name: preset.name, files: [], ...(preset.timestamp ? { timestamp: preset.timestamp } : {}) };
}

/** Files as given, directories replaced by the data files directly inside them (sorted). */
async function expandPaths(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch {
      throw new SourceError('not_found', `No such file or directory: ${path}`);
    }
    if (info.isDirectory()) {
      const entries = (await readdir(path, { withFileTypes: true })).filter((entry) => entry.isFile() && isDataFileName(entry.name));
      files.push(...entries.map((entry) => join(path, entry.name)).sort());
    } else {
      files.push(path);
    }
  }
  return files;
}

/** Turns each file's share loaded into bytes over all the files, for one progress bar. */
async function trackLoadedBytes(
  files: readonly InputFile[],
  report: NonNullable<OpenEmbeddedSourceOptions['onLoadProgress']>,
): Promise<(file: string, fraction: number) => void> {
  const sizes = new Map<string, number>();
  for (const file of files) sizes.set(file.path, (await stat(file.path)).size);
  const totalBytes = [...sizes.values()].reduce((sum, size) => sum + size, 0);
  const fractions = new Map<string, number>();
  return (file, fraction) => {
    fractions.set(file, fraction);
    const loadedBytes = [...fractions].reduce((sum, [path, share]) => sum + share * (sizes.get(path) ?? 0), 0);
    report({ loadedBytes: Math.round(loadedBytes), totalBytes });
  };
}
