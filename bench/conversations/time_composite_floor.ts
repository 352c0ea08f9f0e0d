/**
 * The engine's floor: one bare composite aggregation over the route's documents (buildConversationsRequest:
 * the same query, the same three sources, first/last seen), paged by `after_key` until the end, and nothing
 * else — no plan, no source partitions, no parsing into groups, no conversations, no summary, no HTTP.
 * It leaves out the per-group name sub-aggregation (the route leaves it out too once its plan has the names)
 * and pages as large as the route's pages without names, so it is the cheapest single composite that yields
 * the groups. The route may beat it: past one page, Elasticsearch scans every matching document again for
 * each composite page, which the route's partitions avoid.
 */
import type { Client } from '@elastic/elasticsearch';

import { buildConversationsRequest } from '../../server/sources/elasticsearch/build_conversations_request';
import type { ConversationGroupsQuery } from '../../server/sources/analysis_source';

export interface FloorRun {
  readonly seconds: number;
  readonly pages: number;
  readonly buckets: number;
  readonly observations: number;
}

interface CompositePage {
  readonly aggregations?: { readonly conversations?: { readonly after_key?: Record<string, string | number>; readonly buckets: readonly { readonly doc_count: number }[] } };
}

export async function timeCompositeFloor(client: Client, query: ConversationGroupsQuery, pageSize: number): Promise<FloorRun> {
  const started = performance.now();
  let after: Record<string, string | number> | undefined;
  let pages = 0;
  let buckets = 0;
  let observations = 0;
  for (;;) {
    const response = (await client.search(buildConversationsRequest(query, { pageSize, after, withoutNames: true }))) as CompositePage;
    const aggregate = response.aggregations?.conversations;
    if (aggregate === undefined) throw new Error('timeCompositeFloor: the response has no conversations aggregation');
    pages += 1;
    buckets += aggregate.buckets.length;
    for (const bucket of aggregate.buckets) observations += bucket.doc_count;
    if (aggregate.buckets.length < pageSize || aggregate.after_key === undefined) break;
    after = aggregate.after_key;
  }
  return { seconds: (performance.now() - started) / 1000, pages, buckets, observations };
}
