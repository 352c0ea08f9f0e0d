import ipaddr from 'ipaddr.js';
import { z } from 'zod';

/**
 * Building blocks shared by the route contracts. Messages are written for a person reading a 400:
 * the adapter in server/routes prefixes them with the field path (`body.time_range.from: …`).
 */

/** ISO-8601 date-time with seconds and an explicit offset (`Z` or `+02:00`), as the UI's time picker sends. */
export const isoDateTimeSchema = z.iso.datetime({
  offset: true,
  error: 'expected an ISO-8601 date (e.g. 2024-04-19T00:00:00Z)',
});

export const timeRangeSchema = z
  .object({ from: isoDateTimeSchema, to: isoDateTimeSchema })
  .strict()
  // Only compared once both ends parse, so a bad `from` is not also reported as a bad `to`.
  .refine((range) => !(Date.parse(range.from) >= Date.parse(range.to)), {
    error: 'expected a date after time_range.from',
    path: ['to'],
  });

export type TimeRange = z.infer<typeof timeRangeSchema>;

/** An index name, pattern or comma-separated list (`logs-*,alerts`); a data view passes its title. */
export const indexPatternSchema = z
  .string({ error: 'expected an index pattern (string)' })
  .trim()
  .min(1, { error: 'expected a non-empty index pattern' })
  .max(4096, { error: 'expected an index pattern of at most 4096 characters' })
  .refine((value) => !/\s/.test(value.replace(/\s*,\s*/g, ',')), {
    error: 'expected an index pattern without spaces',
  });

/** A field name as the index maps it (dotted path). */
export const fieldNameSchema = z
  .string({ error: 'expected a field name (string)' })
  .min(1, { error: 'expected a non-empty field name' })
  .max(512, { error: 'expected a field name of at most 512 characters' });

/**
 * An Elasticsearch query DSL object (what Kibana's buildEsQuery makes of KQL and filters). It is passed to
 * Elasticsearch as the user's own query, under their own privileges; Elasticsearch validates its content.
 */
export const dslQuerySchema = z.record(z.string(), z.unknown(), { error: 'expected a query DSL object' });

export type DslQuery = z.infer<typeof dslQuerySchema>;

/** A CIDR, or a single address meaning just that host (DEFAULT_HOME_NETWORKS lists `::1`). */
export const cidrSchema = z.string().refine((value) => ipaddr.isValidCIDR(value) || ipaddr.isValid(value), {
  error: 'expected a CIDR (e.g. 10.0.0.0/8 or fd00::/8)',
});

export const homeNetworksSchema = z.array(cidrSchema, { error: 'expected an array of CIDRs' }).max(1024, {
  error: 'expected at most 1024 home networks',
});

/** The common head of every analysis request: where to look and which events. */
export const searchScopeShape = {
  index: indexPatternSchema,
  time_range: timeRangeSchema,
  query: dslQuerySchema.optional(),
};

/**
 * Warnings travel with results, never instead of them.
 * - `partial`: the source answered only in part (failed shards, a timeout, skipped input): counts are lower bounds.
 * - `truncated`: a configured maximum was reached; the response says what it holds and the total.
 * - `dropped`: records that could not be used (e.g. a source that is not an IP address), counted.
 * - `not_scorable`: an analysis step could not run on this input (e.g. a series shorter than two periods).
 * - `direction_disagreement`: the direction the documents record (a mapped direction field) differs from the
 *   home networks' one for some conversations, counted (the home networks' direction is the one used).
 * - `direction_field_skipped`: added by the app, never sent by a route: the preset's direction field cannot be
 *   aggregated on this index, so the conversations were asked again without it (fetchConversations).
 */
export interface ResponseWarning {
  readonly code: 'partial' | 'truncated' | 'dropped' | 'not_scorable' | 'direction_disagreement' | 'direction_field_skipped';
  readonly message: string;
}

/** Error body of every route (Kibana's customError shape: message plus attributes). */
export interface ApiErrorBody {
  readonly statusCode: number;
  readonly error?: string;
  readonly message: string;
  readonly attributes?: { readonly code: string; readonly field?: string };
}
