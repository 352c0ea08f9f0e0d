import { z } from 'zod';
import { INTERNAL_API_BASE } from '../constants';

/** POST starts installing the sample data (202); GET reports progress. */
export const SAMPLE_DATA_API_PATH = `${INTERNAL_API_BASE}/sample_data`;

export const SAMPLE_DATA_DATASETS = ['outbreak', 'http'] as const;
export type SampleDataDataset = (typeof SAMPLE_DATA_DATASETS)[number];

export const installSampleDataRequestSchema = z
  .object({
    datasets: z
      .array(z.enum(SAMPLE_DATA_DATASETS, { error: `expected datasets from ${SAMPLE_DATA_DATASETS.join(', ')}` }))
      .min(1, { error: 'expected at least one dataset' })
      .default([...SAMPLE_DATA_DATASETS]),
  })
  .strict();

export type InstallSampleDataRequestBody = z.input<typeof installSampleDataRequestSchema>;

export interface SampleDataDatasetStatus {
  readonly dataset: SampleDataDataset;
  readonly index: string;
  readonly total: number;
  readonly indexed: number;
}

export interface SampleDataStatus {
  readonly state: 'not_installed' | 'running' | 'installed' | 'failed';
  readonly datasets: readonly SampleDataDatasetStatus[];
  /** Saved objects created once the documents are in: data views, a saved view, a dashboard. */
  readonly saved_objects: ReadonlyArray<{ readonly type: string; readonly id: string; readonly title: string }>;
  readonly error?: string;
  readonly started_at?: string;
  readonly finished_at?: string;
}
