/**
 * `@kbn/data-plugin/public` (type-only: the data plugin's start contract arrives through `plugins.data`).
 * Declared from src/platform/plugins/shared/data/public/query/{timefilter,query_string,filter_manager}.
 */
import type { Observable } from 'rxjs';
import type { Filter, Query, TimeRange } from '@kbn/es-query';

export interface TimefilterContract {
  getTime(): TimeRange;
  setTime(time: TimeRange): void;
  getTimeUpdate$(): Observable<void>;
  /** Resolves relative times (`now-7d`) against now, as moments. */
  calculateBounds(timeRange: TimeRange): { min?: { toISOString(): string }; max?: { toISOString(): string } };
}
export interface DataPublicPluginStart {
  query: {
    timefilter: { timefilter: TimefilterContract };
    queryString: { getQuery(): Query; setQuery(query: Query): void; getUpdates$(): Observable<Query> };
    filterManager: { getFilters(): Filter[]; setFilters(filters: Filter[]): void; getUpdates$(): Observable<void> };
  };
}
export type DataPublicPluginSetup = object;
