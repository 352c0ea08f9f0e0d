import { z } from 'zod';
import { INTERNAL_API_BASE } from '../constants';
import { fieldNameSchema, homeNetworksSchema, searchScopeShape } from './request_schemas';
import type { ResponseWarning } from './request_schemas';

export const TIMELINE_API_PATH = `${INTERNAL_API_BASE}/timeline`;

/** A month of 15-minute buckets is ~2,900; Elasticsearch refuses more than search.max_buckets (65,536). */
export const MAX_TIMELINE_BUCKETS = 50_000;

export const timelineFieldsSchema = z
  .object({
    timestamp: fieldNameSchema,
    source: fieldNameSchema,
    destination: fieldNameSchema,
    http_method: fieldNameSchema.optional(),
    bytes_out: fieldNameSchema.optional(),
    domain: fieldNameSchema.optional(),
  })
  .strict();

const positiveInt = (max: number) =>
  z
    .number({ error: 'expected a number' })
    .int({ error: 'expected an integer' })
    .min(1, { error: 'expected at least 1' })
    .max(max, { error: `expected at most ${max}` });

export const timelineRequestSchema = z
  .object({
    ...searchScopeShape,
    fields: timelineFieldsSchema,
    /** count of events, or sum of fields.bytes_out per bucket. */
    metric: z.enum(['count', 'sum_bytes_out'], { error: 'expected "count" or "sum_bytes_out"' }).default('count'),
    interval_minutes: positiveInt(7 * 24 * 60).default(15),
    filters: z
      .object({
        /** Keep only these methods (e.g. POST, PUT); needs fields.http_method. */
        methods: z.array(z.string().min(1, { error: 'expected a non-empty method' })).max(64).optional(),
        /** Keep only events with bytes_out > 0; needs fields.bytes_out. */
        bytes_out_positive: z.boolean({ error: 'expected true or false' }).default(false),
        /** Drop events whose destination lies in a home network (traffic to the internet only). */
        external_destinations_only: z.boolean({ error: 'expected true or false' }).default(false),
      })
      .strict()
      .default({ bytes_out_positive: false, external_destinations_only: false }),
    home_networks: homeNetworksSchema.default([]),
    decomposition: z
      .object({
        method: z.enum(['classical', 'stl'], { error: 'expected "classical" or "stl"' }).default('classical'),
        model: z.enum(['additive', 'multiplicative'], { error: 'expected "additive" or "multiplicative"' }).default('additive'),
        /** Buckets per season: 96 = one day of 15-minute buckets. */
        period: positiveInt(10_000).min(2, { error: 'expected at least 2' }).default(96),
      })
      .strict()
      .default({ method: 'classical', model: 'additive', period: 96 }),
    outliers: z
      .object({
        /** n in "more than n σ from the residual mean". */
        threshold: z.number({ error: 'expected a number' }).positive({ error: 'expected a positive number' }).default(3),
        /** σ: residual standard deviation (population, as scipy.stats.zscore), or 1.4826 × MAD (robust). */
        scale: z.enum(['std', 'mad'], { error: 'expected "std" or "mad"' }).default('std'),
        /** How many top sources, destinations and domains to list per outlier bucket. */
        top: positiveInt(100).default(5),
        /** Outlier buckets drilled into (most extreme first); each costs one small query per field. */
        max_drilldowns: z
          .number({ error: 'expected a number' })
          .int({ error: 'expected an integer' })
          .min(0, { error: 'expected at least 0' })
          .max(200, { error: 'expected at most 200' })
          .default(25),
      })
      .strict()
      .default({ threshold: 3, scale: 'std', top: 5, max_drilldowns: 25 }),
  })
  .strict()
  .superRefine((body, ctx) => {
    if (body.metric === 'sum_bytes_out' && body.fields.bytes_out === undefined) {
      ctx.addIssue({ code: 'custom', path: ['fields', 'bytes_out'], message: 'required when metric is "sum_bytes_out"' });
    }
    if (body.filters.methods !== undefined && body.fields.http_method === undefined) {
      ctx.addIssue({ code: 'custom', path: ['fields', 'http_method'], message: 'required when filters.methods is set' });
    }
    if (body.filters.bytes_out_positive && body.fields.bytes_out === undefined) {
      ctx.addIssue({ code: 'custom', path: ['fields', 'bytes_out'], message: 'required when filters.bytes_out_positive is true' });
    }
    if (body.decomposition.method === 'stl' && body.decomposition.model === 'multiplicative') {
      ctx.addIssue({ code: 'custom', path: ['decomposition', 'model'], message: 'STL is additive only; expected "additive"' });
    }
    if (body.filters.external_destinations_only && body.home_networks.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['home_networks'], message: 'required when filters.external_destinations_only is true' });
    }
    const buckets = (Date.parse(body.time_range.to) - Date.parse(body.time_range.from)) / (body.interval_minutes * 60_000);
    if (buckets > MAX_TIMELINE_BUCKETS) {
      ctx.addIssue({
        code: 'custom',
        path: ['interval_minutes'],
        message: `gives ${Math.ceil(buckets)} buckets over time_range; expected at most ${MAX_TIMELINE_BUCKETS}`,
      });
    }
  });

export type TimelineRequestBody = z.input<typeof timelineRequestSchema>;
export type TimelineRequest = z.output<typeof timelineRequestSchema>;

export interface TermCount {
  readonly value: string;
  readonly count: number;
}

export interface TimelineOutlier {
  /** Bucket start, epoch milliseconds. */
  readonly bucket_start: number;
  readonly value: number;
  readonly residual: number;
  /** (residual − mean) / σ. */
  readonly score: number;
  /** Null when the bucket was beyond outliers.max_drilldowns (then a warning says so). */
  readonly top_sources: readonly TermCount[] | null;
  readonly top_destinations: readonly TermCount[] | null;
  /** Empty when fields.domain is not set. */
  readonly top_domains: readonly TermCount[] | null;
}

export interface TimelineResponse {
  readonly interval_minutes: number;
  /** Bucket starts, epoch milliseconds, aligned as Elasticsearch's date_histogram aligns them (UTC). */
  readonly bucket_starts: readonly number[];
  /** Count or byte sum per bucket; 0 for empty buckets (min_doc_count 0, extended bounds). */
  readonly values: readonly number[];
  /** Null where not scorable (the classical decomposition's edges) or when the series is too short. */
  readonly decomposition: {
    readonly method: 'classical' | 'stl';
    readonly model: 'additive' | 'multiplicative';
    readonly period: number;
    readonly trend: readonly (number | null)[];
    readonly seasonal: readonly (number | null)[];
    readonly residual: readonly (number | null)[];
  } | null;
  readonly outliers: readonly TimelineOutlier[];
  /** Mean (std) or median (mad) of the residuals, and σ; null without a decomposition. */
  readonly residual_center: number | null;
  readonly residual_scale: number | null;
  readonly partial: boolean;
  readonly warnings: readonly ResponseWarning[];
}
