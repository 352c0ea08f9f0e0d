import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ALERTS_INDEX_TEMPLATE, HTTP_INDEX_TEMPLATE, type SampleIndexTemplate } from './elasticsearch/index_templates';
import type { SampleDocument } from './elasticsearch/load_documents';
import { createAlertLineSerializer } from './formats/alert_formats';
import { toEcsHttp, toZeekHttpLine, zeekHttpFooter, zeekHttpHeader } from './formats/http_formats';
import { writeLines } from './formats/write_lines';
import { buildHttpMonthManifest, buildHttpMonthPlan, generateHttpTransactions } from './http/generate_http_month';
import { DEFAULT_HTTP_SEED, HTTP_MONTH_START } from './http/http_spec';
import { buildOutbreakConversations } from './outbreak/build_outbreak_conversations';
import { buildScaledOutbreakPlan, SCALED_OUTBREAK_DEFAULTS } from './outbreak/build_scaled_outbreak_plan';
import { conversationPlanFromTable, totalObservations, type ConversationPlan } from './outbreak/conversation_plan';
import { generateOutbreakEvents } from './outbreak/generate_outbreak_events';
import { CONVERSATIONS_PER_SIGNATURE, DEFAULT_OUTBREAK_SEED, OUTBREAK_FACTS, OUTBREAK_SIGNATURES } from './outbreak/outbreak_spec';

export const SAMPLE_DATASET_IDS = ['outbreak', 'outbreak-scaled', 'http'] as const;
export type SampleDatasetId = (typeof SAMPLE_DATASET_IDS)[number];

export const SAMPLE_FILE_FORMATS = ['ecs-ndjson', 'eve', 'zeek'] as const;
export type SampleFileFormat = (typeof SAMPLE_FILE_FORMATS)[number];

export function isSampleDatasetId(value: unknown): value is SampleDatasetId {
  return typeof value === 'string' && (SAMPLE_DATASET_IDS as readonly string[]).includes(value);
}

export function isSampleFileFormat(value: unknown): value is SampleFileFormat {
  return typeof value === 'string' && (SAMPLE_FILE_FORMATS as readonly string[]).includes(value);
}

export interface SampleDatasetDescriptor {
  readonly id: SampleDatasetId;
  readonly title: string;
  /** Where the loader puts it by default (matched by `template`'s pattern). */
  readonly defaultIndex: string;
  readonly template: SampleIndexTemplate;
  readonly formats: readonly SampleFileFormat[];
  readonly defaultSeed: number;
}

export const SAMPLE_DATASETS: Readonly<Record<SampleDatasetId, SampleDatasetDescriptor>> = {
  outbreak: {
    id: 'outbreak',
    title: 'WannaCry outbreak, 2018-04-26 → 2018-05-05 (4,818 sid-conversations, 2,461,337 alerts)',
    defaultIndex: 'hunt-eda-sample-alerts',
    template: ALERTS_INDEX_TEMPLATE,
    formats: ['ecs-ndjson', 'eve'],
    defaultSeed: DEFAULT_OUTBREAK_SEED,
  },
  'outbreak-scaled': {
    id: 'outbreak-scaled',
    title: 'WannaCry outbreak ×208 for benchmarks (1,002,144 sid-conversations, 10,000,000 alerts)',
    defaultIndex: 'hunt-eda-sample-alerts-scaled',
    template: ALERTS_INDEX_TEMPLATE,
    formats: ['ecs-ndjson', 'eve'],
    defaultSeed: DEFAULT_OUTBREAK_SEED,
  },
  http: {
    id: 'http',
    title: 'HTTP egress, April 2024 (30 days, planted anomalies and one 1.28 GB upload)',
    defaultIndex: 'hunt-eda-sample-http',
    template: HTTP_INDEX_TEMPLATE,
    formats: ['ecs-ndjson', 'zeek'],
    defaultSeed: DEFAULT_HTTP_SEED,
  },
};

/** The outbreak's conversation plan: the published table, or its scaled tiling. */
export function buildOutbreakPlan(dataset: 'outbreak' | 'outbreak-scaled', seed: number = DEFAULT_OUTBREAK_SEED): ConversationPlan {
  const table = buildOutbreakConversations(seed);
  return dataset === 'outbreak' ? conversationPlanFromTable(table) : buildScaledOutbreakPlan(table, { ...SCALED_OUTBREAK_DEFAULTS, seed });
}

const ID_PREFIX: Readonly<Record<SampleDatasetId, string>> = { outbreak: 'wc', 'outbreak-scaled': 'wcx', http: 'http' };

export interface SampleDocuments {
  readonly total: number;
  readonly documents: Iterable<SampleDocument>;
}

/** ECS documents of a dataset, streamed (one bucket or one alert at a time), with their deterministic ids. */
export function createSampleDocuments(dataset: SampleDatasetId, seed: number = SAMPLE_DATASETS[dataset].defaultSeed): SampleDocuments {
  if (dataset === 'http') {
    const plan = buildHttpMonthPlan(seed);
    const manifest = buildHttpMonthManifest(plan);
    return {
      total: manifest.counts.transactions,
      documents: (function* () {
        for (const row of generateHttpTransactions(plan)) yield { id: row.id, source: JSON.stringify(toEcsHttp(row)) };
      })(),
    };
  }
  const plan = buildOutbreakPlan(dataset, seed);
  const serialize = createAlertLineSerializer('ecs');
  return {
    total: totalObservations(plan),
    documents: (function* () {
      for (const event of generateOutbreakEvents(plan, { seed, idPrefix: ID_PREFIX[dataset] })) yield { id: event.id, source: serialize(event) };
    })(),
  };
}

export interface WriteSampleDatasetOptions {
  readonly dataset: SampleDatasetId;
  readonly format: SampleFileFormat;
  readonly outDir: string;
  readonly gzip?: boolean;
  readonly seed?: number;
  readonly onProgress?: (lines: number) => void;
}

export interface WriteSampleDatasetResult {
  readonly dataFile: string;
  readonly manifestFile: string;
  readonly records: number;
}

const FILE_NAMES: Readonly<Record<SampleFileFormat, string>> = { 'ecs-ndjson': 'ecs.ndjson', eve: 'eve.json', zeek: 'log' };

/**
 * Writes a dataset as a file (ECS NDJSON, Suricata eve.json or Zeek http.log TSV, optionally gzipped) and
 * a manifest JSON beside it: the seed, record count and, for the outbreak, the facts its conversations
 * reproduce; for the HTTP month, the planted anomalies, gaps, decoy and outlier transfer.
 */
export async function writeSampleDataset(options: WriteSampleDatasetOptions): Promise<WriteSampleDatasetResult> {
  const { dataset, format, outDir } = options;
  const descriptor = SAMPLE_DATASETS[dataset];
  if (!descriptor.formats.includes(format)) {
    throw new Error(`writeSampleDataset: format "${format}" is not available for dataset "${dataset}" (use ${descriptor.formats.join(' or ')})`);
  }
  const seed = options.seed ?? descriptor.defaultSeed;
  await mkdir(outDir, { recursive: true });
  const dataFile = path.join(outDir, `${dataset}.${FILE_NAMES[format]}${options.gzip ? '.gz' : ''}`);
  const manifestFile = path.join(outDir, `${dataset}.manifest.json`);
  const writeOptions = { gzip: options.gzip, onProgress: options.onProgress };

  let records: number;
  let manifest: Record<string, unknown>;
  if (dataset === 'http') {
    const plan = buildHttpMonthPlan(seed);
    const httpManifest = buildHttpMonthManifest(plan);
    const lines = function* (): Generator<string> {
      if (format === 'zeek') yield* zeekHttpHeader(HTTP_MONTH_START);
      for (const row of generateHttpTransactions(plan)) yield format === 'zeek' ? toZeekHttpLine(row) : JSON.stringify(toEcsHttp(row));
      if (format === 'zeek') yield zeekHttpFooter(Date.parse(httpManifest.end));
    };
    await writeLines(dataFile, lines(), writeOptions);
    records = httpManifest.counts.transactions;
    manifest = { ...httpManifest, format, file: path.basename(dataFile) };
  } else {
    const plan = buildOutbreakPlan(dataset, seed);
    const serialize = createAlertLineSerializer(format === 'eve' ? 'eve' : 'ecs');
    const lines = function* (): Generator<string> {
      for (const event of generateOutbreakEvents(plan, { seed, idPrefix: ID_PREFIX[dataset] })) yield serialize(event);
    };
    records = await writeLines(dataFile, lines(), writeOptions);
    manifest = {
      dataset,
      seed,
      format,
      file: path.basename(dataFile),
      alerts: records,
      conversations: plan.count,
      signatures: OUTBREAK_SIGNATURES,
      ...(dataset === 'outbreak' ? { facts: OUTBREAK_FACTS, conversationsPerSignature: CONVERSATIONS_PER_SIGNATURE } : { tiles: SCALED_OUTBREAK_DEFAULTS.tiles }),
    };
  }
  await writeFile(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  return { dataFile, manifestFile, records };
}
