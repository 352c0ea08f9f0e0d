/**
 * Writes a sample dataset to files.
 *   npx tsx scripts/sample_data/generate.ts --dataset outbreak|http|outbreak-scaled \
 *     --format ecs-ndjson|eve|zeek --out DIR [--gzip] [--seed N]
 */
import { Command, InvalidArgumentError } from 'commander';
import { isSampleDatasetId, isSampleFileFormat, SAMPLE_DATASET_IDS, SAMPLE_FILE_FORMATS, writeSampleDataset } from '../../server/sample_data';

function parseSeed(value: string): number {
  const seed = Number(value);
  if (!Number.isInteger(seed)) throw new InvalidArgumentError(`--seed must be an integer, got "${value}"`);
  return seed;
}

async function main(): Promise<void> {
  const options = new Command()
    .name('generate')
    .requiredOption('--dataset <id>', `one of ${SAMPLE_DATASET_IDS.join(', ')}`)
    .requiredOption('--format <format>', `one of ${SAMPLE_FILE_FORMATS.join(', ')}`)
    .requiredOption('--out <dir>', 'output directory (created if missing)')
    .option('--gzip', 'gzip the data file', false)
    .option('--seed <n>', 'seed (default: the dataset\'s published seed)', parseSeed)
    .parse()
    .opts<{ dataset: string; format: string; out: string; gzip: boolean; seed?: number }>();
  if (!isSampleDatasetId(options.dataset)) throw new Error(`--dataset must be one of ${SAMPLE_DATASET_IDS.join(', ')}, got "${options.dataset}"`);
  if (!isSampleFileFormat(options.format)) throw new Error(`--format must be one of ${SAMPLE_FILE_FORMATS.join(', ')}, got "${options.format}"`);

  const started = Date.now();
  const result = await writeSampleDataset({
    dataset: options.dataset,
    format: options.format,
    outDir: options.out,
    gzip: options.gzip,
    seed: options.seed,
    onProgress: (lines) => process.stderr.write(`\r${lines.toLocaleString('en-US')} records`),
  });
  const seconds = (Date.now() - started) / 1000;
  process.stderr.write('\n');
  console.log(`${result.records.toLocaleString('en-US')} records → ${result.dataFile} (manifest ${result.manifestFile}) in ${seconds.toFixed(1)} s`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
