import type { ConversationGroup } from '../../../common/model/conversation_group';
import { getShardWarnings } from './get_shard_warnings';
import type {
  CompositeKey,
  NativeCompositeAggregate,
  NativeCompositeBucket,
  NativeMetricValue,
  NativeSearchResponse,
  NativeTermsAggregate,
} from './native_types';

export interface NativeConversationBucket extends NativeCompositeBucket {
  readonly first_seen?: NativeMetricValue;
  readonly last_seen?: NativeMetricValue;
  readonly signature?: NativeTermsAggregate;
  readonly recorded_direction?: NativeTermsAggregate;
}

export type NativeConversationsResponse = NativeSearchResponse<{
  readonly conversations: NativeCompositeAggregate<NativeConversationBucket>;
}>;

export interface ConversationsPage {
  readonly groups: ConversationGroup[];
  /** Accepted buckets in this page (equals groups.length unless the page was count-only). */
  readonly bucketCount: number;
  /** Where the next page starts; undefined when this page was the last. */
  readonly after: CompositeKey | undefined;
  readonly warnings: string[];
}

/** Returns the same string object for equal strings, so a million groups share a few thousand IPs and names. */
export type Intern = (value: string) => string;

const identity: Intern = (value) => value;

export interface ParseConversationsOptions {
  readonly intern?: Intern;
  /** The name of a signature id, for pages asked `withoutNames` (each id in scope has exactly one). */
  readonly nameOf?: (signatureId: string) => string | undefined;
  /**
   * Whether a group with this source belongs to the page's partition. A document with several sources
   * matches the partitions of each, so only the partition of the source itself counts that group.
   */
  readonly acceptSource?: (source: string) => boolean;
  /**
   * The page asked for the recorded direction values (a direction field is mapped): each group then
   * carries them, none when the bucket has none (filter_path drops an empty `recorded_direction`).
   */
  readonly withRecordedDirections?: boolean;
}

function keyString(value: string | number | boolean | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

/**
 * Parses one composite page into conversation groups. The page is the last when it holds fewer buckets
 * than asked for (Elasticsearch fills every page but the last), which saves the empty request otherwise
 * needed to find the end. Count-only pages yield no groups, only the bucket count and the next key.
 * `bucketCount` counts only buckets whose source `acceptSource` accepts.
 */
export function parseConversationsResponse(response: NativeConversationsResponse, pageSize: number, options: ParseConversationsOptions = {}): ConversationsPage {
  const { intern = identity, nameOf, acceptSource, withRecordedDirections = false } = options;
  const aggregate = response.aggregations?.conversations;
  const buckets = aggregate?.buckets ?? [];
  const groups: ConversationGroup[] = [];
  let bucketCount = 0;
  for (const bucket of buckets) {
    const sourceIp = keyString(bucket.key.source_ip);
    if (acceptSource !== undefined && !acceptSource(sourceIp)) continue;
    bucketCount += 1;
    if (bucket.first_seen === undefined || bucket.last_seen === undefined) continue;
    const firstSeen = bucket.first_seen.value;
    const lastSeen = bucket.last_seen.value;
    if (firstSeen === null || lastSeen === null) continue;
    const signatureId = keyString(bucket.key.signature_id);
    const name = bucket.signature?.buckets[0];
    groups.push({
      signatureId: intern(signatureId),
      signature: intern(name !== undefined ? keyString(name.key_as_string ?? name.key) : (nameOf?.(signatureId) ?? '')),
      sourceIp: intern(sourceIp),
      destinationIp: intern(keyString(bucket.key.destination_ip)),
      firstSeen,
      lastSeen,
      observations: bucket.doc_count,
      ...(withRecordedDirections
        ? { recordedDirections: (bucket.recorded_direction?.buckets ?? []).map((value) => intern(keyString(value.key_as_string ?? value.key))) }
        : {}),
    });
  }
  const last = buckets.length < pageSize || aggregate?.after_key === undefined;
  return {
    groups,
    bucketCount,
    after: last ? undefined : aggregate?.after_key,
    warnings: getShardWarnings(response, 'conversations'),
  };
}
