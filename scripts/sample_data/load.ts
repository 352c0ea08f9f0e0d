/**
 * Loads a sample dataset into Elasticsearch (index template, then bulk indexing with a progress bar).
 *   npx tsx scripts/sample_data/load.ts --es URL [--dataset outbreak|http|outbreak-scaled] [--index NAME]
 * Credentials: in the URL (https://user:pass@host:9200) or ES_API_KEY.
 */
import { Client } from '@elastic/elasticsearch';
import { SingleBar, Presets } from 'cli-progress';
import { Command } from 'commander';
import { createSampleDocuments, isSampleDatasetId, loadDocuments, SAMPLE_DATASET_IDS, SAMPLE_DATASETS } from '../../server/sample_data';

async function main(): Promise<void> {
  const options = new Command()
    .name('load')
    .requiredOption('--es <url>', 'Elasticsearch URL')
    .option('--dataset <id>', `one of ${SAMPLE_DATASET_IDS.join(', ')}`, 'outbreak')
    .option('--index <name>', 'target index (default: the dataset\'s sample index)')
    .parse()
    .opts<{ es: string; dataset: string; index?: string }>();
  if (!isSampleDatasetId(options.dataset)) throw new Error(`--dataset must be one of ${SAMPLE_DATASET_IDS.join(', ')}, got "${options.dataset}"`);
  const descriptor = SAMPLE_DATASETS[options.dataset];
  const apiKey = process.env.ES_API_KEY;
  const client = new Client({ node: options.es, requestTimeout: 120_000, ...(apiKey ? { auth: { apiKey } } : {}) });
  const { total, documents } = createSampleDocuments(options.dataset);
  const index = options.index ?? descriptor.defaultIndex;
  const bar = new SingleBar({ format: `${index} [{bar}] {percentage}% | {value}/{total} docs | {eta_formatted} left`, etaBuffer: 20 }, Presets.shades_classic);
  bar.start(total, 0);
  try {
    const result = await loadDocuments({ client, index, template: descriptor.template, documents, onProgress: (n) => bar.update(n) });
    bar.stop();
    console.log(`${result.documents.toLocaleString('en-US')} documents → ${index} in ${(result.tookMs / 1000).toFixed(1)} s (${result.documentsPerSecond.toLocaleString('en-US')} docs/s)`);
  } finally {
    bar.stop();
    await client.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
