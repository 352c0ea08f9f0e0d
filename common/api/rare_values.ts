import { z } from 'zod';
import { INTERNAL_API_BASE } from '../constants';
import { fieldNameSchema, searchScopeShape } from './request_schemas';
import type { ResponseWarning } from './request_schemas';

export const RARE_VALUES_API_PATH = `${INTERNAL_API_BASE}/rare_values`;

export const rareValuesRequestSchema = z
  .object({
    ...searchScopeShape,
    /** A keyword (or other aggregatable) field, e.g. the HTTP method. */
    field: fieldNameSchema,
    timestamp_field: fieldNameSchema,
    /** How many of the least common values to return. */
    size: z
      .number({ error: 'expected a number' })
      .int({ error: 'expected an integer' })
      .min(1, { error: 'expected at least 1' })
      .max(10_000, { error: 'expected at most 10000' })
      .default(10),
  })
  .strict();

export type RareValuesRequestBody = z.input<typeof rareValuesRequestSchema>;
export type RareValuesRequest = z.output<typeof rareValuesRequestSchema>;

export interface RareValuesResponse {
  /** Least common first; ties broken by value so the order is stable. Counts are exact doc counts. */
  readonly values: readonly { readonly value: string; readonly count: number }[];
  /** Every distinct value was counted (composite paging), so this is exact too unless `partial`. */
  readonly distinct_values: number;
  readonly partial: boolean;
  readonly warnings: readonly ResponseWarning[];
}
