import { rm } from 'node:fs/promises';

import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';

import { parseHomeNetworks } from '../../../common/network/home_networks';
import type {
  AnalysisSource,
  BucketsQuery,
  BucketsResult,
  ConversationGroupsQuery,
  ConversationGroupsResult,
  DistributionQuery,
  DistributionResult,
  EventsQuery,
  EventsResult,
  SourceQuery,
  ValueCountsQuery,
  ValueCountsResult,
} from '../analysis_source';
import type { BadLine } from '../source_errors';
import { SourceError, messageOf } from '../source_errors';
import type { NetworkTables, SqlStatement, TableCatalogue } from './build_request';
import {
  buildBucketsSql,
  buildConversationGroupCountSql,
  buildConversationGroupsSql,
  buildDistinctValuesSql,
  buildDistributionOutliersSql,
  buildDistributionSql,
  buildValueCountsSql,
  fieldUsesOf,
  quoteIdentifier,
} from './build_request';
import { buildEventsCountSql, buildEventsRelation, buildEventsSql, eventsScopeOf } from './build_events_sql';
import type { FileDataset } from './file_dataset';
import { mapDuckDbError } from './errors';
import { parseEventRows } from './parse_event_rows';
import type { Row } from './parse_response';
import { bucketStart, fillBuckets, parseConversationGroupRows, parseDistributionRows, parseValueCountRows } from './parse_response';

/** A dataset the embedded engine holds: the files of one kind (Suricata eve, Zeek http, ECS…). */
export interface EmbeddedDatasetInfo {
  readonly name: string;
  readonly files: readonly string[];
  /** Number of records loaded. */
  readonly rows: number;
  /** The field the dataset's time lives in, when its format says (eve `timestamp`, Zeek `ts`…). */
  readonly timestampField?: string;
  /** Fields as documents name them, with what they hold (for JSON: what the first records hold). */
  readonly fields: ReadonlyArray<{ readonly name: string; readonly kind: string }>;
}

/** What reading the files cost in skipped lines (skipBadLines mode), so far. */
export interface LoadReport {
  readonly skippedLineCount: number;
  /** The first few, in file order. */
  readonly skippedLines: readonly BadLine[];
}

/** Most buckets one series may have, as Elasticsearch's default `search.max_buckets` (65,536). */
const MAX_BUCKETS = 65_536;
/** Rows per INSERT when filling a network-membership table. */
const INSERT_BATCH = 500;

/**
 * The embedded engine (DuckDB, in process) over local files, each loaded once into a table (FileDataset),
 * behind the AnalysisSource interface.
 * Every fetch runs on its own connection, so aborting one (connection.interrupt) leaves the others alone;
 * IP-in-CIDR tests are classified outside SQL with common/network (DuckDB's inet extension is not bundled
 * and cannot be downloaded here) and joined back as a temporary membership table.
 * Build it with openEmbeddedSource.
 */
export class EmbeddedSource implements AnalysisSource {
  constructor(
    private readonly instance: DuckDBInstance,
    private readonly datasetsByName: ReadonlyMap<string, FileDataset>,
    private readonly tempDir: string,
    private readonly maxReportedBadLines: number,
    private readonly skippedAtOpen: LoadReport,
  ) {}

  datasets(): readonly EmbeddedDatasetInfo[] {
    return [...this.datasetsByName.values()].map((dataset) => ({
      name: dataset.name,
      files: dataset.files,
      rows: dataset.rows,
      ...(dataset.timestampField !== undefined ? { timestampField: dataset.timestampField } : {}),
      fields: [...dataset.shape().fields].map(([name, field]) => ({ name, kind: field.kind })),
    }));
  }

  /** Lines skipped so far: files skipped at open, and bad lines found when the files were read. */
  get loadReport(): LoadReport {
    const datasets = [...this.datasetsByName.values()];
    const skippedLines = [...this.skippedAtOpen.skippedLines, ...datasets.flatMap((dataset) => dataset.skippedLines)];
    return {
      skippedLineCount: datasets.reduce((sum, dataset) => sum + dataset.skippedLineCount, this.skippedAtOpen.skippedLineCount),
      skippedLines: skippedLines.slice(0, this.maxReportedBadLines),
    };
  }

  async close(): Promise<void> {
    this.instance.closeSync();
    await rm(this.tempDir, { recursive: true, force: true });
  }

  fetchConversationGroups(query: ConversationGroupsQuery, signal: AbortSignal): Promise<ConversationGroupsResult> {
    return this.run(query, signal, async (connection, catalogue) => {
      const networks = await this.prepareNetworks(connection, catalogue, query);
      const groups = parseConversationGroupRows(
        await read(connection, buildConversationGroupsSql(catalogue, query, networks, query.fields.recordedDirection)),
      );
      if (query.maxGroups === undefined || groups.length <= query.maxGroups) {
        return { groups, truncated: false, totalGroups: groups.length, warnings: [] };
      }
      const [countRow] = await read(connection, buildConversationGroupCountSql(catalogue, query, networks));
      const total = Number(countRow?.total ?? 0);
      // No warning of its own: source warnings mean an incomplete answer (partial), while truncation is
      // `truncated` and `totalGroups`, which the route words once with the total.
      return { groups: groups.slice(0, query.maxGroups), truncated: true, totalGroups: total, warnings: [] };
    });
  }

  fetchBuckets(query: BucketsQuery, signal: AbortSignal): Promise<BucketsResult> {
    return this.run(query, signal, async (connection, catalogue) => {
      const bounds = query.timeRange
        ? {
            first: bucketStart(query.timeRange.from, query.intervalMs, query.offsetMs),
            last: bucketStart(query.timeRange.to - 1, query.intervalMs, query.offsetMs),
          }
        : undefined;
      if (bounds && (bounds.last - bounds.first) / query.intervalMs + 1 > MAX_BUCKETS) {
        throw new SourceError('bad_query', `The time range holds more than ${MAX_BUCKETS} buckets of ${query.intervalMs} ms; widen the interval`);
      }
      const networks = await this.prepareNetworks(connection, catalogue, query);
      const rows = await read(connection, buildBucketsSql(catalogue, query, networks));
      const buckets = fillBuckets(rows, query.intervalMs, bounds);
      if (buckets.length > MAX_BUCKETS) {
        throw new SourceError('bad_query', `The events span more than ${MAX_BUCKETS} buckets of ${query.intervalMs} ms; set a time range or widen the interval`);
      }
      return { buckets, warnings: [] };
    });
  }

  fetchValueCounts(query: ValueCountsQuery, signal: AbortSignal): Promise<ValueCountsResult> {
    return this.run(query, signal, async (connection, catalogue) => {
      const networks = await this.prepareNetworks(connection, catalogue, query);
      const parsed = parseValueCountRows(await read(connection, buildValueCountsSql(catalogue, query, networks)));
      return { ...parsed, warnings: [] };
    });
  }

  fetchDistribution(query: DistributionQuery, signal: AbortSignal): Promise<DistributionResult> {
    return this.run(query, signal, async (connection, catalogue) => {
      const networks = await this.prepareNetworks(connection, catalogue, query);
      const rows = await read(connection, buildDistributionSql(catalogue, query, networks));
      const fences = rows.map((row) => ({
        category: String(row.category),
        lowerFence: Number(row.lower_fence),
        upperFence: Number(row.upper_fence),
      }));
      const outlierRows = await read(connection, buildDistributionOutliersSql(catalogue, query, fences, networks));
      const dataset = this.resolve(query.index);
      return { categories: parseDistributionRows(rows, outlierRows, (file) => dataset.originalPath(file)), warnings: [] };
    });
  }

  /** Events read whole (see build_events_sql); the total counted on the analyses' narrower relation. */
  fetchEvents(query: EventsQuery, signal: AbortSignal): Promise<EventsResult> {
    const scope = eventsScopeOf(query);
    return this.run(scope, signal, async (connection, catalogue) => {
      const dataset = this.resolve(query.index);
      const networks = await this.prepareNetworks(connection, catalogue, scope);
      const relation = buildEventsRelation(dataset.shape(), query);
      const rows = await read(connection, buildEventsSql(relation, query, networks));
      const [countRow] = await read(connection, buildEventsCountSql(catalogue, scope, query.trackTotalUpTo, networks));
      const counted = Number(countRow?.total ?? 0);
      const events = parseEventRows(rows, {
        dataset: dataset.name,
        records: relation.records,
        ...(relation.records === 'columns' ? { columns: relation.columns.map((column) => column.name) } : {}),
        ...(query.includeFields !== undefined ? { includeFields: query.includeFields } : {}),
        originalPath: (file) => dataset.originalPath(file),
      });
      const total = counted > query.trackTotalUpTo ? { value: query.trackTotalUpTo, relation: 'gte' as const } : { value: counted, relation: 'eq' as const };
      return { events, total, warnings: [] };
    });
  }

  /** An exact dataset name, or a pattern (`*` wildcards) that matches exactly one dataset. */
  private resolve(index: string): FileDataset {
    const exact = this.datasetsByName.get(index);
    if (exact) return exact;
    const pattern = new RegExp(`^${index.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
    const matches = [...this.datasetsByName.keys()].filter((name) => pattern.test(name));
    const names = [...this.datasetsByName.keys()].join(', ') || 'none';
    if (matches.length === 0) throw new SourceError('not_found', `No dataset matches "${index}"; loaded datasets: ${names}`);
    if (matches.length > 1) throw new SourceError('bad_query', `"${index}" matches several datasets (${matches.join(', ')}); name one`);
    const match = this.datasetsByName.get(matches[0] ?? '');
    if (!match) throw new SourceError('not_found', `No dataset matches "${index}"`);
    return match;
  }

  /** For each networks filter: classify the field's distinct values with common/network, into a temp table. */
  private async prepareNetworks(connection: DuckDBConnection, catalogue: TableCatalogue, query: SourceQuery): Promise<NetworkTables> {
    const tables = new Map<number, string>();
    for (const [index, filter] of (query.filters ?? []).entries()) {
      if (filter.kind !== 'networks') continue;
      let networks;
      try {
        networks = parseHomeNetworks(filter.cidrs);
      } catch (error) {
        throw new SourceError('bad_query', `networks filter on "${filter.field}": ${messageOf(error)}`);
      }
      const table = `__networks_${index}`;
      await connection.run(`CREATE OR REPLACE TEMP TABLE ${quoteIdentifier(table)} (address VARCHAR, inside BOOLEAN)`);
      const addresses = await read(connection, { sql: buildDistinctValuesSql(catalogue, filter.field), params: [] });
      const classified: Array<[string, boolean]> = [];
      for (const row of addresses) {
        const address = String(row.address);
        const inside = networks.contains(address);
        if (inside !== null) classified.push([address, inside]);
      }
      for (let start = 0; start < classified.length; start += INSERT_BATCH) {
        const batch = classified.slice(start, start + INSERT_BATCH);
        await connection.run(
          `INSERT INTO ${quoteIdentifier(table)} VALUES ${batch.map(() => '(?, ?)').join(', ')}`,
          batch.flat(),
        );
      }
      tables.set(index, table);
    }
    return tables;
  }

  /**
   * Runs one analysis on its own connection over the dataset's loaded tables (files changed since they
   * were loaded are loaded again first), with the relation for the fields the query uses.
   */
  private async run<T>(
    query: Parameters<typeof fieldUsesOf>[0],
    signal: AbortSignal,
    work: (connection: DuckDBConnection, catalogue: TableCatalogue) => Promise<T>,
  ): Promise<T> {
    if (signal.aborted) throw new SourceError('aborted', 'The query was cancelled before it started');
    const connection = await this.instance.connect();
    const interrupt = () => connection.interrupt();
    signal.addEventListener('abort', interrupt, { once: true });
    try {
      const dataset = this.resolve(query.index);
      const uses = fieldUsesOf(query);
      await dataset.refresh();
      return await work(connection, dataset.relation(uses));
    } catch (error) {
      throw mapDuckDbError(error, signal);
    } finally {
      signal.removeEventListener('abort', interrupt);
      connection.closeSync();
    }
  }
}

/** Rows from a columnar read: row-object conversion in the driver is an order of magnitude slower. */
async function read(connection: DuckDBConnection, statement: SqlStatement): Promise<Row[]> {
  const reader = await connection.runAndReadAll(statement.sql, [...statement.params]);
  const columns = reader.getColumnsObjectJS();
  const names = Object.keys(columns);
  const rows: Row[] = new Array<Row>(reader.currentRowCount);
  for (let index = 0; index < rows.length; index += 1) {
    const row: Record<string, unknown> = {};
    for (const name of names) row[name] = columns[name]?.[index];
    rows[index] = row;
  }
  return rows;
}
