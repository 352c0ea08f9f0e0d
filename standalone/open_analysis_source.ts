import type { Client } from '@elastic/elasticsearch';

import type { RouteSource } from '../server/routes/route_dependencies';
import type { CsvOptions } from '../server/sources/embedded/open_embedded_source';
import { openEmbeddedSource } from '../server/sources/embedded/open_embedded_source';
import type { LoadReport } from '../server/sources/embedded/embedded_source';
import type { FileLoadEvent } from '../server/sources/embedded/load_file_table';
import { ElasticsearchSource } from '../server/sources/elasticsearch/elasticsearch_source';
import type { ElasticsearchConnectionOptions } from './create_elasticsearch_client';
import { createElasticsearchClient } from './create_elasticsearch_client';
import { EmbeddedRouteSource } from './embedded_route_source';

/** Where the events are: an Elasticsearch cluster, or local files read by the embedded engine. */
export type SourceSpec =
  | ({
      readonly kind: 'elasticsearch';
      /** The index pattern(s) to offer (comma-separated, as Elasticsearch takes them); the page suggests from these. */
      readonly index?: string;
    } & ElasticsearchConnectionOptions)
  | {
      readonly kind: 'files';
      readonly paths: readonly string[];
      /** Analyse what can be read and report the bad lines, rather than failing on the first one. */
      readonly skipBadLines?: boolean;
      readonly csv?: CsvOptions;
      /** Where loaded files persist between runs (see file_table_cache.ts); without it, in memory. */
      readonly cacheDir?: string;
    };

/** What opening reports while it works: files loaded into the embedded engine (bytes), one at a time. */
export interface OpenProgress {
  readonly onLoadProgress?: (progress: { readonly loadedBytes: number; readonly totalBytes: number }) => void;
  readonly onFileLoaded?: (event: FileLoadEvent) => void;
}

export interface OpenOptions extends OpenProgress {
  /** Stops loading files (Ctrl-C in the CLI). */
  readonly signal?: AbortSignal;
}

/** What an index pattern (Elasticsearch) or a dataset (files) holds, for choosing defaults and for the page. */
export interface SourceIndex {
  readonly name: string;
  /** The time field its format implies, when known (files only). */
  readonly timestampField?: string;
  readonly files?: readonly string[];
  readonly rows?: number;
}

export interface OpenedSource {
  readonly kind: SourceSpec['kind'];
  readonly source: RouteSource;
  /** Files: one per dataset the engine made of them; Elasticsearch: the patterns given with --index, if any. */
  readonly indices: readonly SourceIndex[];
  /** A line for people: which cluster or which files. */
  readonly description: string;
  /** Lines skipped so far (files with skipBadLines). */
  loadReport(): LoadReport;
  close(): Promise<void>;
}

/**
 * Opens the source a spec names, behind the one interface every route and CLI command uses. Elasticsearch
 * is checked with one request; files are detected, grouped into datasets and loaded (see openEmbeddedSource).
 */
export async function openAnalysisSource(spec: SourceSpec, options: OpenOptions = {}): Promise<OpenedSource> {
  if (spec.kind === 'elasticsearch') {
    const client: Client = await createElasticsearchClient(spec);
    return {
      kind: 'elasticsearch',
      source: new ElasticsearchSource(client),
      indices: (spec.index ?? '').split(',').flatMap((name) => (name.trim() === '' ? [] : [{ name: name.trim() }])),
      description: `Elasticsearch at ${redactUrl(spec.url)}`,
      loadReport: () => ({ skippedLineCount: 0, skippedLines: [] }),
      close: () => client.close(),
    };
  }
  const engine = await openEmbeddedSource(spec.paths, {
    ...(spec.skipBadLines !== undefined ? { skipBadLines: spec.skipBadLines } : {}),
    ...(spec.csv !== undefined ? { csv: spec.csv } : {}),
    ...(spec.cacheDir !== undefined ? { cacheDir: spec.cacheDir } : {}),
    ...options,
  });
  const datasets = engine.datasets();
  const fileCount = datasets.reduce((sum, dataset) => sum + dataset.files.length, 0);
  return {
    kind: 'files',
    source: new EmbeddedRouteSource(engine),
    indices: datasets.map((dataset) => ({
      name: dataset.name,
      files: dataset.files,
      ...(dataset.timestampField !== undefined ? { timestampField: dataset.timestampField } : {}),
      ...(dataset.rows !== undefined ? { rows: dataset.rows } : {}),
    })),
    description: `${fileCount} file(s) in the embedded engine: ${datasets.map((dataset) => `${dataset.name} (${dataset.files.length})`).join(', ')}`,
    loadReport: () => engine.loadReport,
    close: () => engine.close(),
  };
}

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString().replace(/\/$/, '');
  } catch {
    return url;
  }
}
