import type { ConversationGroup } from '../../../common/model/conversation_group';
import { getShardWarnings } from './get_shard_warnings';
import type {
  CompositeKey,
  NativeCompositeAggregate,
  NativeSearchHead,
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

/** One composite bucket's parts as the parser reads them, from a parsed tree or straight from the bytes. */
export interface ConversationBucketParts {
  signatureId: string | number | boolean | null | undefined;
  sourceIp: string | number | boolean | null | undefined;
  destinationIp: string | number | boolean | null | undefined;
  docCount: number;
  /** Undefined when the bucket has no such sub-aggregation (a count-only page). */
  firstSeen: number | null | undefined;
  lastSeen: number | null | undefined;
  /** `key_as_string ?? key` of the name sub-aggregation's first bucket; undefined without one. */
  name: string | number | boolean | undefined;
  /** The same of each recorded direction bucket; undefined when the bucket has none. */
  recorded: (string | number | boolean)[] | undefined;
}

/** A bucket record with nothing read into it yet; the byte scanners reuse one for every bucket. */
export function emptyBucketParts(): ConversationBucketParts {
  return { signatureId: undefined, sourceIp: undefined, destinationIp: undefined, docCount: 0, firstSeen: undefined, lastSeen: undefined, name: undefined, recorded: undefined };
}

/**
 * Folds buckets into a page, the one place a bucket becomes a group (parseConversationsResponse and
 * scanConversationsResponse both read through it, so they cannot disagree).
 */
export class ConversationsPageCollector {
  readonly groups: ConversationGroup[] = [];
  bucketCount = 0;

  constructor(private readonly options: ParseConversationsOptions) {}

  add(bucket: ConversationBucketParts): void {
    const { intern = identity, nameOf, acceptSource, withRecordedDirections = false } = this.options;
    const sourceIp = keyString(bucket.sourceIp);
    if (acceptSource !== undefined && !acceptSource(sourceIp)) return;
    this.bucketCount += 1;
    const { firstSeen, lastSeen } = bucket;
    if (firstSeen === undefined || lastSeen === undefined || firstSeen === null || lastSeen === null) return;
    const signatureId = keyString(bucket.signatureId);
    this.groups.push({
      signatureId: intern(signatureId),
      signature: intern(bucket.name !== undefined ? keyString(bucket.name) : (nameOf?.(signatureId) ?? '')),
      sourceIp: intern(sourceIp),
      destinationIp: intern(keyString(bucket.destinationIp)),
      firstSeen,
      lastSeen,
      observations: bucket.docCount,
      ...(withRecordedDirections ? { recordedDirections: (bucket.recorded ?? []).map((value) => intern(keyString(value))) } : {}),
    });
  }

  /** The page, given how many buckets it held in all and where the next one starts. */
  toPage(bucketsInPage: number, pageSize: number, afterKey: CompositeKey | undefined, head: NativeSearchHead): ConversationsPage {
    const last = bucketsInPage < pageSize || afterKey === undefined;
    return { groups: this.groups, bucketCount: this.bucketCount, after: last ? undefined : afterKey, warnings: getShardWarnings(head, 'conversations') };
  }
}

/**
 * Parses one composite page into conversation groups. The page is the last when it holds fewer buckets
 * than asked for (Elasticsearch fills every page but the last), which saves the empty request otherwise
 * needed to find the end. Count-only pages yield no groups, only the bucket count and the next key.
 * `bucketCount` counts only buckets whose source `acceptSource` accepts.
 */
export function parseConversationsResponse(response: NativeConversationsResponse, pageSize: number, options: ParseConversationsOptions = {}): ConversationsPage {
  const aggregate = response.aggregations?.conversations;
  const buckets = aggregate?.buckets ?? [];
  const collector = new ConversationsPageCollector(options);
  for (const bucket of buckets) {
    const name = bucket.signature?.buckets[0];
    collector.add({
      signatureId: bucket.key.signature_id,
      sourceIp: bucket.key.source_ip,
      destinationIp: bucket.key.destination_ip,
      docCount: bucket.doc_count,
      firstSeen: bucket.first_seen?.value,
      lastSeen: bucket.last_seen?.value,
      name: name === undefined ? undefined : (name.key_as_string ?? name.key),
      recorded: bucket.recorded_direction?.buckets.map((value) => value.key_as_string ?? value.key),
    });
  }
  return collector.toPage(buckets.length, pageSize, aggregate?.after_key, response);
}
