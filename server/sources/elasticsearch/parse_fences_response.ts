import { getShardWarnings } from './get_shard_warnings';
import type { NativeMetricValue, NativeSearchResponse } from './native_types';

export interface NativeFencesBucket {
  readonly inside: { readonly doc_count: number; readonly low: NativeMetricValue; readonly high: NativeMetricValue };
  readonly below: { readonly doc_count: number };
  readonly above: { readonly doc_count: number };
}

export type NativeFencesResponse = NativeSearchResponse<Readonly<Record<string, NativeFencesBucket>>>;

export interface FenceCounts {
  /** Null when no value lies inside the fences. */
  readonly lowerWhisker: number | null;
  readonly upperWhisker: number | null;
  readonly below: number;
  readonly above: number;
}

/** One entry per category, in the order the request listed them. */
export function parseFencesResponse(response: NativeFencesResponse, categories: number): { counts: FenceCounts[]; warnings: string[] } {
  const counts: FenceCounts[] = [];
  for (let i = 0; i < categories; i += 1) {
    const bucket = response.aggregations?.[`c${i}`];
    counts.push({
      lowerWhisker: bucket?.inside.low.value ?? null,
      upperWhisker: bucket?.inside.high.value ?? null,
      below: bucket?.below.doc_count ?? 0,
      above: bucket?.above.doc_count ?? 0,
    });
  }
  return { counts, warnings: getShardWarnings(response, 'distribution fences') };
}
