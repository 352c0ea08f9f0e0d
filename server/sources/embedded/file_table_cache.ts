import { createHash } from 'node:crypto';
import { readdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';

import type { InputFile } from './file_dataset';

/**
 * Loaded files kept between runs: one DuckDB database file per input file, named by what decides its
 * content — the file's absolute path, size and modification time, how it is read (layout, gzip, Zeek
 * columns, CSV delimiter) and the cache's own format and DuckDB version. A file that changes gets a new
 * name, so an entry is never stale, only orphaned; orphans of the same path are removed when the new entry
 * is written.
 *
 * Why database files rather than in-memory tables: DuckDB compresses them (the 930 MB sample eve.json
 * becomes ~65 MB, where in memory it takes ~800 MB), its buffer manager pages them instead of holding them,
 * and they survive the process, so `hunt-eda serve` restarted or a second CLI command on the same files
 * starts without reading them again.
 */

/** Bump when what a cache entry holds changes (tables, load_info), so older entries are not read. */
export const TABLE_CACHE_FORMAT = 1;

export interface FileFingerprint {
  readonly size: number;
  readonly mtimeMs: number;
}

/** What, besides the file itself, decides the loaded table. */
export interface TableCacheContext {
  /** CSV only. */
  readonly delimiter?: string;
  /** DuckDB's version string: a database file is read by the version that wrote it. */
  readonly engineVersion: string;
}

function digest(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 24);
}

/** `<path digest>-<content digest>.duckdb`: entries of one path share the prefix. */
export function tableCacheFileName(input: InputFile, fingerprint: FileFingerprint, context: TableCacheContext): string {
  const header = input.zeekHeader ? { separator: input.zeekHeader.separator, unset: input.zeekHeader.unsetField, fields: input.zeekHeader.fields, types: input.zeekHeader.types } : null;
  const content = JSON.stringify({
    format: TABLE_CACHE_FORMAT,
    engine: context.engineVersion,
    size: fingerprint.size,
    mtimeMs: fingerprint.mtimeMs,
    layout: input.layout,
    gzip: input.gzip,
    header,
    delimiter: input.layout === 'csv' ? (context.delimiter ?? ',') : null,
  });
  return `${digest(resolve(input.path))}-${digest(content)}.duckdb`;
}

/**
 * Removes the other finished entries of the same file once `keep` is written. Unfinished ones (`.tmp`) may
 * be another process's load in progress, and are left alone.
 */
export async function removeOrphanedEntries(dir: string, keep: string): Promise<void> {
  const prefix = keep.slice(0, keep.indexOf('-') + 1);
  const names = await readdir(dir).catch(() => []);
  await Promise.all(
    names
      .filter((name) => name.startsWith(prefix) && name !== keep && /\.duckdb(\.wal)?$/.test(name))
      .map((name) => rm(join(dir, name), { force: true })),
  );
}
