import { Command } from 'commander';

import { createSampleDocuments, isSampleDatasetId, loadDocuments, SAMPLE_DATASET_IDS, SAMPLE_DATASETS } from '../../server/sample_data';
import { createElasticsearchClient } from '../../standalone/create_elasticsearch_client';
import { UsageError } from '../cli_errors';
import { createProgress, status } from '../progress';
import { toSourceSpec } from '../source_options';
import type { SourceCliOptions } from '../source_options';

interface LoadSampleOptions extends SourceCliOptions {
  readonly dataset: string;
}

export function buildLoadSampleCommand(write: (text: string) => void): Command {
  return new Command('load-sample')
    .description('load a bundled sample dataset into Elasticsearch (index template, then bulk indexing)')
    .requiredOption('--es <url>', 'Elasticsearch URL')
    .option('--dataset <id>', `one of ${SAMPLE_DATASET_IDS.join(', ')}`, 'outbreak')
    .option('--index <name>', "target index (default: the dataset's sample index)")
    .option('--api-key <key>', 'API key (default: $ES_API_KEY)')
    .option('--username <name>', 'user (default: $ES_USERNAME)')
    .option('--password <password>', 'password (default: $ES_PASSWORD)')
    .option('--ca <file>', "PEM file of the cluster's CA")
    .action(async (options: LoadSampleOptions) => {
      if (!isSampleDatasetId(options.dataset)) throw new UsageError(`--dataset: expected one of ${SAMPLE_DATASET_IDS.join(', ')}, got "${options.dataset}"`);
      const descriptor = SAMPLE_DATASETS[options.dataset];
      const spec = toSourceSpec([], options, process.env, false);
      if (spec.kind !== 'elasticsearch') throw new UsageError('--es is required');
      const client = await createElasticsearchClient(spec);
      const index = options.index ?? descriptor.defaultIndex;
      const { total, documents } = createSampleDocuments(options.dataset);
      const controller = new AbortController();
      const abort = () => controller.abort();
      process.once('SIGINT', abort);
      const progress = createProgress();
      status(`loading ${descriptor.title} into ${index}…`);
      progress.start(total, index);
      try {
        const result = await loadDocuments({ client, index, template: descriptor.template, documents, onProgress: (n) => progress.update(n), signal: controller.signal });
        progress.stop();
        write(`${result.documents} documents → ${index} in ${(result.tookMs / 1000).toFixed(1)} s (${Math.round(result.documentsPerSecond)} docs/s)\n`);
      } finally {
        progress.stop();
        process.removeListener('SIGINT', abort);
        await client.close();
      }
    });
}
