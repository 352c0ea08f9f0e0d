import { z } from 'zod';
import { INTERNAL_API_BASE } from '../constants';
import type { EventFieldValue } from '../model/raw_event';
import { cidrSchema, fieldNameSchema, searchScopeShape } from './request_schemas';
import type { ResponseWarning } from './request_schemas';

export const EVENTS_API_PATH = `${INTERNAL_API_BASE}/events`;

export const DEFAULT_EVENTS_SIZE = 20;
/** A flyout shows the first events, not a dump: past this, Discover is the place to page through them. */
export const MAX_EVENTS_SIZE = 500;
/** Totals are exact up to this many matches, then a lower bound (`relation: 'gte'`), as Discover counts. */
export const EVENTS_TOTAL_EXACT_UP_TO = 10_000;

const filterValueSchema = z.union([z.string(), z.number(), z.boolean()], { error: 'expected a string, number or boolean' });

/** The field equals one of the values (e.g. `rule.id` = 2024218, or `http.request.method` in POST, PUT). */
export const eventsTermsFilterSchema = z
  .object({
    kind: z.literal('terms'),
    field: fieldNameSchema,
    values: z.array(filterValueSchema, { error: 'expected an array of values' }).min(1, { error: 'expected at least one value' }).max(1024, {
      error: 'expected at most 1024 values',
    }),
    negate: z.boolean({ error: 'expected true or false' }).optional(),
  })
  .strict();

/** The IP field lies in one of the CIDRs; with `negate`, outside all of them (e.g. external destinations only). */
export const eventsNetworksFilterSchema = z
  .object({
    kind: z.literal('networks'),
    field: fieldNameSchema,
    cidrs: z.array(cidrSchema, { error: 'expected an array of CIDRs' }).max(1024, { error: 'expected at most 1024 CIDRs' }),
    negate: z.boolean({ error: 'expected true or false' }).optional(),
  })
  .strict();

export const eventsFilterSchema = z.discriminatedUnion('kind', [eventsTermsFilterSchema, eventsNetworksFilterSchema], {
  error: 'expected a filter with kind "terms" or "networks"',
});

export const eventsRequestSchema = z
  .object({
    ...searchScopeShape,
    timestamp_field: fieldNameSchema,
    /** All must hold, with the time range and the query: the same narrowing as the drill-down's Discover link. */
    filters: z.array(eventsFilterSchema, { error: 'expected an array of filters' }).max(64, { error: 'expected at most 64 filters' }).default([]),
    size: z
      .number({ error: 'expected a number' })
      .int({ error: 'expected an integer' })
      .min(1, { error: 'expected at least 1' })
      .max(MAX_EVENTS_SIZE, { error: `expected at most ${MAX_EVENTS_SIZE}` })
      .default(DEFAULT_EVENTS_SIZE),
    /** By timestamp: the first events ('asc', the default) or the last ('desc'). */
    order: z.enum(['asc', 'desc'], { error: 'expected "asc" or "desc"' }).default('asc'),
    /**
     * Fields to return, as the documents name them; an object field brings its sub-fields, `*` matches any
     * run of characters. Omitted: every field of the event.
     */
    fields: z.array(fieldNameSchema, { error: 'expected an array of field names' }).min(1, { error: 'expected at least one field' }).max(256).optional(),
  })
  .strict();

export type EventsFilterBody = z.input<typeof eventsFilterSchema>;
export type EventsRequestBody = z.input<typeof eventsRequestSchema>;
export type EventsRequest = z.output<typeof eventsRequestSchema>;

export interface RawEventBody {
  /** The event's id in its source: Elasticsearch `_id`; `file@time` (with `#n` for ties) for local files. */
  readonly id: string;
  /** The index (Elasticsearch) or dataset (local files) holding it. */
  readonly index: string;
  /** Epoch milliseconds, UTC. */
  readonly timestamp: number;
  /** The event's fields, flattened to dotted names (`alert.signature_id`); arrays stay arrays. */
  readonly source: Readonly<Record<string, EventFieldValue>>;
}

export interface EventsResponse {
  /** Events matching in all: exact (`eq`) up to EVENTS_TOTAL_EXACT_UP_TO, else a lower bound (`gte`). */
  readonly total: { readonly value: number; readonly relation: 'eq' | 'gte' };
  /** At most `size`, ordered by timestamp as asked. */
  readonly events: readonly RawEventBody[];
  readonly partial: boolean;
  readonly warnings: readonly ResponseWarning[];
}
