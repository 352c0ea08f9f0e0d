import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';

import { SAMPLE_DATASETS, buildHttpMonthManifest, buildHttpMonthPlan, buildOutbreakPlan, totalObservations, writeSampleDataset } from '../server/sample_data';
import type { SampleDatasetId, SampleFileFormat } from '../server/sample_data';
import { REPO_ROOT } from './ensure_app_assets';

/** The bundled samples the one-command run analyses: the WannaCry outbreak as eve.json, the HTTP month as a Zeek http.log. */
export const SAMPLE_FILES: ReadonlyArray<{ readonly dataset: SampleDatasetId; readonly format: SampleFileFormat; readonly file: string }> = [
  { dataset: 'outbreak', format: 'eve', file: 'outbreak.eve.json' },
  { dataset: 'http', format: 'zeek', file: 'http.log' },
];

export const DEFAULT_SAMPLE_DIR = path.join(REPO_ROOT, '.cache', 'sample');

export interface SampleProgress {
  readonly dataset: SampleDatasetId;
  /** Records written so far, over all the samples being generated. */
  readonly records: number;
}

export interface EnsureSampleFilesOptions {
  readonly dir?: string;
  readonly onStart?: (total: number) => void;
  readonly onProgress?: (progress: SampleProgress) => void;
}

/** Records a sample holds, from its generator's plan (no generation needed). */
function plannedRecords(dataset: SampleDatasetId): number {
  const seed = SAMPLE_DATASETS[dataset].defaultSeed;
  if (dataset === 'http') return buildHttpMonthManifest(buildHttpMonthPlan(seed)).counts.transactions;
  return totalObservations(buildOutbreakPlan(dataset, seed));
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/**
 * The sample files, generated once with the sample-data writers (deterministic seeds) into `.cache/sample/`.
 * Each is written beside its final place and renamed when complete, so an interrupted run never leaves a
 * truncated file that looks done. Resolves with the data files' paths.
 */
export async function ensureSampleFiles(options: EnsureSampleFilesOptions = {}): Promise<string[]> {
  const dir = options.dir ?? DEFAULT_SAMPLE_DIR;
  const files = SAMPLE_FILES.map((sample) => ({ ...sample, path: path.join(dir, sample.file) }));
  const missing = [];
  for (const sample of files) if (!(await exists(sample.path))) missing.push(sample);
  if (missing.length === 0) return files.map((sample) => sample.path);

  const work = path.join(dir, '.partial');
  await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true });
  options.onStart?.(missing.reduce((sum, sample) => sum + plannedRecords(sample.dataset), 0));
  let done = 0;
  for (const sample of missing) {
    const result = await writeSampleDataset({
      dataset: sample.dataset,
      format: sample.format,
      outDir: work,
      seed: SAMPLE_DATASETS[sample.dataset].defaultSeed,
      onProgress: (lines) => options.onProgress?.({ dataset: sample.dataset, records: done + lines }),
    });
    done += result.records;
    await rename(result.dataFile, sample.path);
    await rename(result.manifestFile, path.join(dir, path.basename(result.manifestFile)));
  }
  if ((await readdir(work)).length === 0) await rm(work, { recursive: true, force: true });
  return files.map((sample) => sample.path);
}
