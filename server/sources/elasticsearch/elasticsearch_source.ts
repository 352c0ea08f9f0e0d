import type { Client, estypes } from '@elastic/elasticsearch';
import type { CategoryDistribution, OutlierDocument } from '../../../common/model/category_distribution';
import { conversationGroupAt } from '../../../common/model/conversation_group_columns';
import type {
  AnalysisSource,
  BucketsQuery,
  BucketsResult,
  ConversationGroupColumnsResult,
  ConversationGroupsQuery,
  ConversationGroupsResult,
  DistributionQuery,
  DistributionResult,
  EventsQuery,
  EventsResult,
  ValueCountsQuery,
  ValueCountsResult,
} from '../analysis_source';
import { SourceError } from '../source_errors';
import { buildBucketsRequest } from './build_buckets_request';
import { buildDistributionStatsRequest } from './build_distribution_stats_request';
import { buildEventsRequest } from './build_events_request';
import { buildFencesRequest } from './build_fences_request';
import type { CategoryFences } from './build_fences_request';
import { buildFieldCapsRequest } from './build_field_caps_request';
import { buildOutlierDocumentsRequest } from './build_outlier_documents_request';
import type { OutlierSide } from './build_outlier_documents_request';
import { buildValueCountsRequest } from './build_value_counts_request';
import { toSourceError } from './errors';
import { fetchConversationGroups } from './fetch_conversation_groups';
import { searchBytes } from './search_bytes';
import type { CompositeKey } from './native_types';
import { parseBucketsResponse } from './parse_buckets_response';
import type { NativeBucketsResponse } from './parse_buckets_response';
import { parseDistributionStatsResponse } from './parse_distribution_stats_response';
import type { CategoryStats, NativeDistributionStatsResponse } from './parse_distribution_stats_response';
import { parseEventsResponse } from './parse_events_response';
import type { NativeEventsResponse } from './parse_events_response';
import { parseFencesResponse } from './parse_fences_response';
import type { NativeFencesResponse } from './parse_fences_response';
import { parseFieldCapsResponse } from './parse_field_caps_response';
import type { NativeFieldCapsResponse } from './parse_field_caps_response';
import { parseOutlierDocumentsResponse } from './parse_outlier_documents_response';
import type { NativeOutlierDocumentsResponse } from './parse_outlier_documents_response';
import { parseValueCountsResponse } from './parse_value_counts_response';
import type { NativeValueCountsResponse } from './parse_value_counts_response';
import { ValueCountSelection } from './select_value_counts';

/** What this adapter calls: Kibana's scoped `asCurrentUser` client and a plain client both qualify. */
export type SearchClient = Pick<Client, 'search' | 'msearch' | 'fieldCaps' | 'transport'>;

export interface ElasticsearchSourceOptions {
  /** Composite buckets per request (default 10,000; each page stays far below search.max_buckets). */
  readonly pageSize?: number;
  /**
   * Conversation buckets per request when pages need no name sub-aggregation (default 5,000). Partitions
   * are sized to about a page: small pages keep each answer short-lived (on a million conversations,
   * 25,000-bucket pages held about 80 MiB more at the peak, and were no faster).
   */
  readonly pageSizeWithoutNames?: number;
  /** Sources per page of a conversations plan (default 50,000) and (signature id, name) pairs (default 10,000): their buckets together stay below search.max_buckets (65,536 by default). */
  readonly planSourcesPageSize?: number;
  readonly planNamesPageSize?: number;
  /** A first conversations page slower than this starts the plan alongside it (default 150 ms). */
  readonly planDelayMs?: number;
  /**
   * Conversation partitions requested at once (default 3). Each request spends part of its time outside the
   * search threads (parsing, writing the answer, the transfer, reading it here), so more requests than cores
   * keep Elasticsearch busy: on a 2-core node (4 search threads) a million conversations were fetched in
   * 12.6–15.1 s with 2, 10.1–11.4 s with 3 and 9.7–10.0 s with 4, but with 4 the route peaked at 295–300 MiB
   * against 250–264 MiB with 3 (pages arrive faster than the collector lets go of them).
   */
  readonly concurrency?: number;
  /** Categories per fences request (each category adds five aggregations). */
  readonly fencesBatch?: number;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function throwIfAborted(signal: AbortSignal): void {
  if (signal.aborted) throw new SourceError('aborted', 'the request was cancelled');
}

/**
 * The Elasticsearch analysis source: builds each native request with a pure build_* function, sends it
 * with the caller's client (so Elasticsearch applies the user's own privileges) and AbortSignal, and
 * parses the answer with a pure parse_* function. Composite pages are folded as they arrive (conversation
 * groups into columns, see fetch_conversation_groups.ts): no raw hits
 * are held beyond the few a drill-down asks for (fetchEvents, at most one page of `size`), and memory grows
 * with the result (groups, values, categories), not with the events.
 */
export class ElasticsearchSource implements AnalysisSource {
  private readonly pageSize: number;
  private readonly pageSizeWithoutNames: number;
  private readonly planSourcesPageSize: number;
  private readonly planNamesPageSize: number;
  private readonly planDelayMs: number;
  private readonly concurrency: number;
  private readonly fencesBatch: number;

  constructor(
    private readonly client: SearchClient,
    options: ElasticsearchSourceOptions = {},
  ) {
    this.pageSize = options.pageSize ?? 10_000;
    this.pageSizeWithoutNames = options.pageSizeWithoutNames ?? 5_000;
    this.planSourcesPageSize = options.planSourcesPageSize ?? 50_000;
    this.planNamesPageSize = options.planNamesPageSize ?? 10_000;
    this.planDelayMs = options.planDelayMs ?? 150;
    this.concurrency = options.concurrency ?? 3;
    this.fencesBatch = options.fencesBatch ?? 100;
  }

  async fetchConversationGroups(query: ConversationGroupsQuery, signal: AbortSignal): Promise<ConversationGroupsResult> {
    const { groups, ...rest } = await this.fetchConversationGroupColumns(query, signal);
    return { ...rest, groups: Array.from({ length: groups.length }, (_, row) => conversationGroupAt(groups, row)) };
  }

  fetchConversationGroupColumns(query: ConversationGroupsQuery, signal: AbortSignal): Promise<ConversationGroupColumnsResult> {
    const send = (request: estypes.SearchRequest, cancel?: AbortSignal): Promise<unknown> =>
      this.call(query.index, cancel === undefined ? signal : AbortSignal.any([signal, cancel]), (options) => this.client.search<unknown>(request, options));
    const sendForBytes = (request: estypes.SearchRequest): Promise<Buffer> => this.call(query.index, signal, (options) => searchBytes(this.client, request, options));
    return fetchConversationGroups({ send, sendForBytes }, query, {
      pageSize: this.pageSize,
      pageSizeWithoutNames: this.pageSizeWithoutNames,
      planSourcesPageSize: this.planSourcesPageSize,
      planNamesPageSize: this.planNamesPageSize,
      planDelayMs: this.planDelayMs,
      concurrency: this.concurrency,
    });
  }

  async fetchBuckets(query: BucketsQuery, signal: AbortSignal): Promise<BucketsResult> {
    const response = await this.call(query.index, signal, (options) => this.client.search<unknown>(buildBucketsRequest(query), options));
    return parseBucketsResponse(response as NativeBucketsResponse);
  }

  async fetchValueCounts(query: ValueCountsQuery, signal: AbortSignal): Promise<ValueCountsResult> {
    const selection = new ValueCountSelection(query.order, query.size);
    const warnings = new Set<string>();
    let after: CompositeKey | undefined;
    do {
      const response = await this.call(query.index, signal, (options) =>
        this.client.search<unknown>(buildValueCountsRequest(query, this.pageSize, after), options),
      );
      const page = parseValueCountsResponse(response as NativeValueCountsResponse, this.pageSize);
      page.warnings.forEach((warning) => warnings.add(warning));
      selection.add(page.values);
      after = page.after;
    } while (after !== undefined);
    return { values: selection.result(), distinctValues: selection.distinctValues, warnings: [...warnings] };
  }

  async fetchDistribution(query: DistributionQuery, signal: AbortSignal): Promise<DistributionResult> {
    const k = query.fenceFactor ?? 1.5;
    const maxOutliers = query.maxOutliersPerCategory ?? 100;
    const warnings = new Set<string>();
    const stats: CategoryStats[] = [];
    let after: CompositeKey | undefined;
    do {
      const response = await this.call(query.index, signal, (options) =>
        this.client.search<unknown>(buildDistributionStatsRequest(query, this.pageSize, after), options),
      );
      const page = parseDistributionStatsResponse(response as NativeDistributionStatsResponse, this.pageSize);
      page.warnings.forEach((warning) => warnings.add(warning));
      stats.push(...page.categories);
      after = page.after;
    } while (after !== undefined);

    const categories: CategoryDistribution[] = [];
    for (let start = 0; start < stats.length; start += this.fencesBatch) {
      const batch = stats.slice(start, start + this.fencesBatch);
      const fences: CategoryFences[] = batch.map((category) => {
        const iqr = category.q3 - category.q1;
        return { key: category.key, lowerFence: category.q1 - k * iqr, upperFence: category.q3 + k * iqr };
      });
      const fenceResponse = await this.call(query.index, signal, (options) =>
        this.client.search<unknown>(buildFencesRequest(query, fences), options),
      );
      const { counts, warnings: fenceWarnings } = parseFencesResponse(fenceResponse as NativeFencesResponse, batch.length);
      fenceWarnings.forEach((warning) => warnings.add(warning));

      const sides: OutlierSide[] = [];
      const sideOwner: number[] = [];
      fences.forEach((fence, i) => {
        if (maxOutliers === 0) return;
        if (counts[i].below > 0) {
          sides.push({ ...fence, side: 'below', size: Math.min(maxOutliers, counts[i].below) });
          sideOwner.push(i);
        }
        if (counts[i].above > 0) {
          sides.push({ ...fence, side: 'above', size: Math.min(maxOutliers, counts[i].above) });
          sideOwner.push(i);
        }
      });
      const outliers: OutlierDocument[][] = batch.map(() => []);
      if (sides.length > 0) {
        const msearch = await this.call(query.index, signal, (options) =>
          this.client.msearch<unknown>(buildOutlierDocumentsRequest(query, sides), options),
        );
        const parsed = parseOutlierDocumentsResponse(msearch as unknown as NativeOutlierDocumentsResponse, query.timestampField);
        parsed.warnings.forEach((warning) => warnings.add(warning));
        parsed.documents.forEach((documents, s) => outliers[sideOwner[s]].push(...documents));
      }

      batch.forEach((category, i) => {
        const fence = fences[i];
        const beyond = (document: OutlierDocument): number =>
          document.value < fence.lowerFence ? fence.lowerFence - document.value : document.value - fence.upperFence;
        const mostExtreme = [...outliers[i]].sort((a, b) => beyond(b) - beyond(a)).slice(0, maxOutliers);
        categories.push({
          category: category.category,
          count: category.count,
          min: category.min,
          max: category.max,
          q1: category.q1,
          median: category.median,
          q3: category.q3,
          lowerFence: fence.lowerFence,
          upperFence: fence.upperFence,
          // With TDigest quartiles every value may fall outside the fences; the whisker then ends at the box.
          lowerWhisker: counts[i].lowerWhisker ?? category.q1,
          upperWhisker: counts[i].upperWhisker ?? category.q3,
          outlierCount: counts[i].below + counts[i].above,
          outliers: mostExtreme,
          quartilesExact: false,
        });
      });
    }
    categories.sort((a, b) => compareStrings(a.category, b.category));
    return { categories, warnings: [...warnings] };
  }

  async fetchEvents(query: EventsQuery, signal: AbortSignal): Promise<EventsResult> {
    let response: unknown;
    try {
      response = await this.call(query.index, signal, (options) => this.client.search<unknown>(buildEventsRequest(query), options));
    } catch (error) {
      // Only the sort and the timestamp's doc value read a field's doc values (filters do not): so it is the timestamp.
      if (error instanceof SourceError && error.code === 'not_aggregatable') {
        throw new SourceError('not_aggregatable', `timestamp field [${query.timestampField}] is a text field and cannot be sorted on; choose a date field`, { cause: error });
      }
      throw error;
    }
    return parseEventsResponse(response as NativeEventsResponse, query.timestampField, query.includeFields);
  }

  /** Field capabilities of an index pattern (Elasticsearch only: the embedded engine knows its own schema). */
  async fetchFields(index: string, signal: AbortSignal): Promise<ReturnType<typeof parseFieldCapsResponse>> {
    const response = await this.call(index, signal, (options) => this.client.fieldCaps(buildFieldCapsRequest(index), options));
    return parseFieldCapsResponse(response as unknown as NativeFieldCapsResponse);
  }

  private async call<T>(index: string, signal: AbortSignal, send: (options: { signal: AbortSignal; meta: false }) => Promise<T>): Promise<T> {
    throwIfAborted(signal);
    try {
      return await send({ signal, meta: false });
    } catch (error) {
      throw toSourceError(error, index);
    }
  }
}
