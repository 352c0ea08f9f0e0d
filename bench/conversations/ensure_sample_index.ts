/**
 * A sample dataset in an index, loaded only when the index does not already hold exactly the dataset's
 * number of alerts (the loader overwrites by id, so a partial index is completed; one with more documents
 * than the dataset is deleted first). Loading shows a progress bar on stderr (a line every 10 s when stderr
 * is not a terminal, so logs show it too).
 */
import { errors, type Client } from '@elastic/elasticsearch';
import { Presets, SingleBar } from 'cli-progress';

import { createSampleDocuments, loadDocuments, SAMPLE_DATASETS } from '../../server/sample_data';
import type { SampleDatasetId } from '../../server/sample_data';

export interface SampleIndex {
  readonly index: string;
  readonly documents: number;
  /** Seconds spent loading; null when the index was already complete. */
  readonly loadSeconds: number | null;
}

async function countDocuments(client: Client, index: string): Promise<number | null> {
  try {
    return (await client.count({ index })).count;
  } catch (error) {
    if (error instanceof errors.ResponseError && error.statusCode === 404) return null;
    throw error;
  }
}

export async function ensureSampleIndex(client: Client, dataset: SampleDatasetId, index: string, log: (message: string) => void): Promise<SampleIndex> {
  const { total, documents } = createSampleDocuments(dataset);
  const found = await countDocuments(client, index);
  if (found === total) {
    log(`${index} already holds ${total.toLocaleString('en-US')} documents; not reloading`);
    return { index, documents: total, loadSeconds: null };
  }
  if (found !== null && found > total) {
    log(`${index} holds ${found.toLocaleString('en-US')} documents, more than the ${total.toLocaleString('en-US')} of ${dataset}: deleting it`);
    await client.indices.delete({ index });
  }
  log(`loading ${SAMPLE_DATASETS[dataset].title} into ${index}${found !== null && found < total ? ` (found ${found.toLocaleString('en-US')})` : ''}`);
  const bar = new SingleBar(
    { stream: process.stderr, format: `${index} [{bar}] {percentage}% | {value}/{total} docs | {eta_formatted} left`, etaBuffer: 50, noTTYOutput: true, notTTYSchedule: 10_000 },
    Presets.shades_classic,
  );
  bar.start(total, 0);
  try {
    const result = await loadDocuments({ client, index, template: SAMPLE_DATASETS[dataset].template, documents, onProgress: (n) => bar.update(n) });
    bar.stop();
    const loaded = await countDocuments(client, index);
    if (loaded !== total) throw new Error(`ensureSampleIndex: ${index} holds ${String(loaded)} documents after loading, expected ${total}`);
    log(`${result.documents.toLocaleString('en-US')} documents → ${index} in ${(result.tookMs / 1000).toFixed(1)} s (${result.documentsPerSecond.toLocaleString('en-US')} docs/s)`);
    return { index, documents: total, loadSeconds: result.tookMs / 1000 };
  } finally {
    bar.stop();
  }
}
