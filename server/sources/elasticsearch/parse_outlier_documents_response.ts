import type { OutlierDocument } from '../../../common/model/category_distribution';
import { getShardWarnings } from './get_shard_warnings';
import type { NativeSearchHead } from './native_types';

export interface NativeOutlierHit {
  readonly _id?: string;
  readonly _index: string;
  readonly sort?: readonly (number | string | null)[];
  readonly fields?: Readonly<Record<string, readonly unknown[]>>;
}

export interface NativeOutlierSearch extends NativeSearchHead {
  readonly hits?: { readonly hits: readonly NativeOutlierHit[] };
  readonly error?: { readonly type?: string; readonly reason?: string | null };
}

export interface NativeOutlierDocumentsResponse {
  readonly responses: readonly NativeOutlierSearch[];
}

/** One list of documents per requested side, in request order; a failed search yields a warning, not an error. */
export function parseOutlierDocumentsResponse(
  response: NativeOutlierDocumentsResponse,
  timestampField: string,
): { documents: OutlierDocument[][]; warnings: string[] } {
  const warnings: string[] = [];
  const documents = response.responses.map((search) => {
    if (search.error !== undefined) {
      warnings.push(`outlier documents: one search failed, its outliers are missing: ${search.error.reason ?? search.error.type ?? 'unknown reason'}`);
      return [];
    }
    warnings.push(...getShardWarnings(search, 'outlier documents'));
    const found: OutlierDocument[] = [];
    for (const hit of search.hits?.hits ?? []) {
      const value = hit.sort?.[0];
      const timestamp = Number(hit.fields?.[timestampField]?.[0]);
      if (typeof value !== 'number' || hit._id === undefined || !Number.isFinite(timestamp)) continue;
      found.push({ id: hit._id, value, timestamp });
    }
    return found;
  });
  return { documents, warnings: [...new Set(warnings)] };
}
