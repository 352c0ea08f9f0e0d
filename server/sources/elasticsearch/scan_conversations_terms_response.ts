import type { ConversationGroup } from '../../../common/model/conversation_group';
import { CONVERSATION_TERMS_LEVELS, TERMS_SLICE_PREFIX } from './build_conversations_request';
import { getShardWarnings } from './get_shard_warnings';
import { JsonBytesReader } from './json_bytes_reader';
import type { KeyRange } from './json_bytes_reader';
import { ConversationsPageCollector, emptyBucketParts } from './parse_conversations_response';
import type { ConversationBucketParts, ParseConversationsOptions } from './parse_conversations_response';
import { metricValueReader, readSearchAnswer } from './scan_conversations_response';

export interface ConversationsTermsPage {
  readonly groups: ConversationGroup[];
  /** Accepted destination buckets (groups.length plus any without first/last seen). */
  readonly bucketCount: number;
  /**
   * Whether every level of every slice held all its terms (each `sum_other_doc_count` 0): only then, and
   * when `slices` is as many as were asked, are the groups all of them.
   */
  readonly whole: boolean;
  /** Slices answered (`slice_<n>` aggregations with their signature id level). */
  readonly slices: number;
  readonly warnings: string[];
}

const [SIGNATURE_IDS, SOURCES, DESTINATIONS] = CONVERSATION_TERMS_LEVELS;

type BucketKey = ConversationBucketParts['signatureId'];

/**
 * Reads the answer of buildConversationsTermsRequest from its bytes into groups, slice after slice, through
 * the same collector as the composite pages (ConversationsPageCollector), so a group reads the same either
 * way. A bucket's key is its `key_as_string` when it has one, else its `key`, as for the name
 * sub-aggregation. A level that left terms out (`sum_other_doc_count` above 0, or missing) makes the page
 * not `whole`.
 *
 * @throws SyntaxError when the bytes are not JSON.
 */
export function scanConversationsTermsResponse(body: Buffer, options: ParseConversationsOptions = {}): ConversationsTermsPage {
  const reader = new JsonBytesReader(body);
  const collector = new ConversationsPageCollector(options);
  let whole = true;
  let slices = 0;
  const bucket = emptyBucketParts();

  // Callbacks are made once per answer, not per bucket (as in scanConversationsResponse).
  const readMetric = metricValueReader(reader);
  let key: BucketKey;
  let keyAsString: string | undefined;
  const readKeyPart = (part: KeyRange): boolean => {
    if (reader.keyIs(part, 'key')) key = reader.readScalar();
    else if (reader.keyIs(part, 'key_as_string')) keyAsString = reader.readString();
    else return false;
    return true;
  };
  const startKey = (): void => {
    key = undefined;
    keyAsString = undefined;
  };
  const currentKey = (): BucketKey => keyAsString ?? key;

  const readDestinationPart = (part: KeyRange): void => {
    if (readKeyPart(part)) return;
    if (reader.keyIs(part, 'doc_count')) bucket.docCount = reader.readNumber();
    else if (reader.keyIs(part, 'first_seen')) bucket.firstSeen = readMetric();
    else if (reader.keyIs(part, 'last_seen')) bucket.lastSeen = readMetric();
    else reader.skip();
  };
  const readDestination = (): void => {
    startKey();
    bucket.docCount = 0;
    bucket.firstSeen = undefined;
    bucket.lastSeen = undefined;
    reader.readObject(readDestinationPart);
    bucket.destinationIp = currentKey();
    collector.add(bucket);
  };
  // A level's object: its `sum_other_doc_count` and its buckets, each read by `onBucket`. One reader per
  // level, made here: a level never nests in itself, so its count needs no stack.
  const levelReader = (onBucket: () => void): (() => void) => {
    let other: number | undefined;
    const readPart = (part: KeyRange): void => {
      if (reader.keyIs(part, 'sum_other_doc_count')) other = reader.readNumber();
      else if (reader.keyIs(part, 'buckets')) reader.readArray(onBucket);
      else reader.skip();
    };
    return () => {
      other = undefined;
      reader.readObject(readPart);
      if (other !== 0) whole = false;
    };
  };
  // A parent bucket's key comes before its sub-aggregation in Elasticsearch's answers; it is read into
  // the bucket record when met, so the children see their parents' keys.
  const parentReader = (setKey: (key: BucketKey) => void, childLevel: string, readChildren: () => void): (() => void) => {
    const readPart = (part: KeyRange): void => {
      if (readKeyPart(part)) setKey(currentKey());
      else if (reader.keyIs(part, childLevel)) readChildren();
      else reader.skip();
    };
    return () => {
      startKey();
      setKey(undefined);
      reader.readObject(readPart);
    };
  };
  const readDestinations = levelReader(readDestination);
  const readSources = levelReader(parentReader((key) => (bucket.sourceIp = key), DESTINATIONS, readDestinations));
  const readSignatures = levelReader(parentReader((key) => (bucket.signatureId = key), SOURCES, readSources));

  const head = readSearchAnswer(reader, (aggregation) => {
    if (!reader.keyStartsWith(aggregation, TERMS_SLICE_PREFIX)) {
      reader.skip();
      return;
    }
    let levels = 0;
    reader.readObject((part) => {
      if (!reader.keyIs(part, SIGNATURE_IDS)) {
        reader.skip();
        return;
      }
      levels += 1;
      readSignatures();
    });
    if (levels === 1) slices += 1;
    else whole = false;
  });
  reader.end();
  return { groups: collector.groups, bucketCount: collector.bucketCount, whole, slices, warnings: getShardWarnings(head, 'conversations') };
}
