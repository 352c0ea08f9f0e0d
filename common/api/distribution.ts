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
    /** The category to split by (e.g. the HTTP method); omit for one box over all events. */
    category_field: fieldNameSchema.optional(),
    timestamp_field: fieldNameSchema,
    max_categories: z
      .number({ error: 'expected a number' })
      .int({ error: 'expected an integer' })
      .min(1, { error: 'expected at least 1' })
      .max(500, { error: 'expected at most 500' })
      .default(20),
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
  readonly index: string;
  readonly id: string;
  readonly value: number;
  /** Epoch milliseconds, UTC. */
  readonly timestamp: number | null;
}

export interface CategoryDistribution {
  /** Null for the single all-events box when no category_field is given. */
  readonly category: string | null;
  /** Exact. */
  readonly count: number;
  /** Exact. */
  readonly min: number;
  /** Exact. */
  readonly max: number;
  /** Approximate (Elasticsearch TDigest percentiles). */
  readonly q1: number;
  readonly median: number;
  readonly q3: number;
  /** From the approximate quartiles. */
  readonly lower_fence: number;
  readonly upper_fence: number;
  /** Exact given the fences: the most extreme values inside them. Null when no value lies inside. */
  readonly whisker_low: number | null;
  readonly whisker_high: number | null;
  /** Exact count of values beyond the fences. */
  readonly outliers_total: number;
  /** Real documents beyond the fences, most extreme first, at most max_outliers_per_category. */
  readonly outliers: readonly OutlierDocument[];
}

export interface DistributionResponse {
  readonly categories: readonly CategoryDistribution[];
  /** Categories beyond max_categories (by event count) that were left out. */
  readonly other_categories: number;
  /** Which figures are estimates and which are exact, for the legend. */
  readonly precision: {
    readonly quartiles: 'approximate';
    readonly fences: 'approximate';
    readonly count_min_max: 'exact';
    readonly whiskers_and_outliers: 'exact_given_fences';
  };
  readonly partial: boolean;
  readonly warnings: readonly ResponseWarning[];
}
