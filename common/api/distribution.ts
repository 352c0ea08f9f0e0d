import { z } from 'zod';
import { INTERNAL_API_BASE } from '../constants';
import { fieldNameSchema, searchScopeShape } from './request_schemas';
import type { ResponseWarning } from './request_schemas';

export const DISTRIBUTION_API_PATH = `${INTERNAL_API_BASE}/distribution`;

export const distributionRequestSchema = z
  .object({
    ...searchScopeShape,
    /** The numeric field (e.g. bytes out). */
    value_field: fieldNameSchema,
    /** The category to split by (e.g. the HTTP method). */
    category_field: fieldNameSchema,
    timestamp_field: fieldNameSchema,
    /** Outlier documents returned per category (the most extreme first); the total is always given. */
    max_outliers_per_category: z
      .number({ error: 'expected a number' })
      .int({ error: 'expected an integer' })
      .min(0, { error: 'expected at least 0' })
      .max(10_000, { error: 'expected at most 10000' })
      .default(100),
    /** k in the Tukey fences Q1 − k·IQR, Q3 + k·IQR. */
    whisker_k: z.number({ error: 'expected a number' }).positive({ error: 'expected a positive number' }).default(1.5),
  })
  .strict();

export type DistributionRequestBody = z.input<typeof distributionRequestSchema>;
export type DistributionRequest = z.output<typeof distributionRequestSchema>;

export interface OutlierDocument {
  /** The document's id in its source (Elasticsearch `_id`). */
  readonly id: string;
  readonly value: number;
  /** Epoch milliseconds, UTC. */
  readonly timestamp: number;
}

export interface CategoryDistribution {
  readonly category: string;
  /** Exact. */
  readonly count: number;
  /** Exact. */
  readonly min: number;
  /** Exact. */
  readonly max: number;
  /** Approximate with Elasticsearch (TDigest percentiles), exact with the embedded engine: see `precision`. */
  readonly q1: number;
  readonly median: number;
  readonly q3: number;
  /** From the approximate quartiles. */
  readonly lower_fence: number;
  readonly upper_fence: number;
  /** Exact given the fences: the most extreme values inside them. */
  readonly whisker_low: number;
  readonly whisker_high: number;
  /** Exact count of values beyond the fences. */
  readonly outliers_total: number;
  /** Real documents beyond the fences, most extreme first, at most max_outliers_per_category. */
  readonly outliers: readonly OutlierDocument[];
}

export interface DistributionResponse {
  /** Ordered by category; categories with no value of the field are left out. */
  readonly categories: readonly CategoryDistribution[];
  /** Which figures are estimates and which are exact, for the legend. */
  readonly precision: {
    readonly quartiles: 'approximate' | 'exact';
    readonly fences: 'approximate' | 'exact';
    readonly count_min_max: 'exact';
    readonly whiskers_and_outliers: 'exact_given_fences';
  };
  readonly partial: boolean;
  readonly warnings: readonly ResponseWarning[];
}
