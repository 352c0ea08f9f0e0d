import { JsonBytesReader, RepeatedString } from './json_bytes_reader';
import type { KeyRange } from './json_bytes_reader';
import type { CompositeKey, NativeSearchHead } from './native_types';
import { ConversationsPageCollector, emptyBucketParts } from './parse_conversations_response';
import type { ConversationsPage, ParseConversationsOptions } from './parse_conversations_response';

/**
 * parseConversationsResponse for a page still in its bytes: the same page, read without parsing the body
 * into a tree. Parsed by JSON.parse, a page is one string of the whole body (about 175 bytes a bucket) plus
 * eight objects and numbers a bucket, most of which outlive a young-generation collection while the page
 * is folded; on a million conversations those were most of the route's garbage and peak memory. Here each
 * bucket's parts are read into one reused record and handed to the same collector, and key values that
 * repeat the previous bucket's bytes reuse its strings. The head (`timed_out`, `_shards`) and the
 * `after_key` are small and read whole.
 *
 * @throws SyntaxError when the bytes are not JSON.
 */
export function scanConversationsResponse(body: Buffer, pageSize: number, options: ParseConversationsOptions = {}): ConversationsPage {
  const reader = new JsonBytesReader(body);
  const collector = new ConversationsPageCollector(options);
  let afterKey: CompositeKey | undefined;
  let buckets = 0;
  const bucket = emptyBucketParts();

  // Callbacks are made once per page, not per bucket: a bucket costs its new strings and nothing else.
  const termsKey: { key: string | number | boolean | undefined; asString: string | undefined } = { key: undefined, asString: undefined };
  const readTermsKeyPart = (key: KeyRange): void => {
    // A terms bucket's `key` counts only without a `key_as_string`, as in parseConversationsResponse.
    if (reader.keyIs(key, 'key_as_string')) termsKey.asString = reader.readScalar() as string;
    else if (reader.keyIs(key, 'key')) termsKey.key = reader.readScalar() as string | number | boolean;
    else reader.skip();
  };
  const readTermsKey = (): string | number | boolean | undefined => {
    termsKey.key = undefined;
    termsKey.asString = undefined;
    reader.readObject(readTermsKeyPart);
    return termsKey.asString ?? termsKey.key;
  };
  const readMetric = metricValueReader(reader);
  // Buckets come in key order: a signature id, and mostly a source, repeats from one bucket to the next.
  const repeated = { signatureId: new RepeatedString(), sourceIp: new RepeatedString(), destinationIp: new RepeatedString() };
  const readKeyPart = (source: KeyRange): void => {
    if (reader.keyIs(source, 'signature_id')) bucket.signatureId = reader.readScalar(repeated.signatureId);
    else if (reader.keyIs(source, 'source_ip')) bucket.sourceIp = reader.readScalar(repeated.sourceIp);
    else if (reader.keyIs(source, 'destination_ip')) bucket.destinationIp = reader.readScalar(repeated.destinationIp);
    else reader.skip();
  };
  const readName = (index: number): void => {
    const name = readTermsKey();
    if (index === 0) bucket.name = name;
  };
  const readRecorded = (): void => {
    const value = readTermsKey();
    if (value !== undefined) bucket.recorded?.push(value);
  };
  const readBucketPart = (key: KeyRange): void => {
    if (reader.keyIs(key, 'key')) reader.readObject(readKeyPart);
    else if (reader.keyIs(key, 'doc_count')) bucket.docCount = reader.readNumber();
    else if (reader.keyIs(key, 'first_seen')) bucket.firstSeen = readMetric();
    else if (reader.keyIs(key, 'last_seen')) bucket.lastSeen = readMetric();
    else if (reader.keyIs(key, 'signature')) readTermsBuckets(readName);
    else if (reader.keyIs(key, 'recorded_direction')) {
      bucket.recorded = [];
      readTermsBuckets(readRecorded);
    } else reader.skip();
  };
  const readBucket = (): void => {
    bucket.signatureId = undefined;
    bucket.sourceIp = undefined;
    bucket.destinationIp = undefined;
    bucket.docCount = 0;
    bucket.firstSeen = undefined;
    bucket.lastSeen = undefined;
    bucket.name = undefined;
    bucket.recorded = undefined;
    reader.readObject(readBucketPart);
    buckets += 1;
    collector.add(bucket);
  };
  let onTermsBucket: (index: number) => void = readName;
  const readTermsPart = (key: KeyRange): void => {
    if (reader.keyIs(key, 'buckets')) reader.readArray(onTermsBucket);
    else reader.skip();
  };
  const readTermsBuckets = (onBucket: (index: number) => void): void => {
    onTermsBucket = onBucket;
    reader.readObject(readTermsPart);
  };

  const head = readSearchAnswer(reader, (aggregation) => {
    if (!reader.keyIs(aggregation, 'conversations')) {
      reader.skip();
      return;
    }
    reader.readObject((part) => {
      if (reader.keyIs(part, 'after_key')) afterKey = reader.readWhole() as CompositeKey;
      else if (reader.keyIs(part, 'buckets')) reader.readArray(readBucket);
      else reader.skip();
    });
  });
  reader.end();
  return collector.toPage(buckets, pageSize, afterKey, head);
}

/**
 * Reads a metric aggregation's `{"value": …}` at the reader's position: its number, null when it has none,
 * undefined when the object has no `value`. Made once per answer, so a bucket costs no new closure.
 */
export function metricValueReader(reader: JsonBytesReader): () => number | null | undefined {
  let metric: number | null | undefined;
  const readMetricPart = (key: KeyRange): void => {
    if (!reader.keyIs(key, 'value')) reader.skip();
    else metric = reader.readNull() ? null : reader.readNumber();
  };
  return () => {
    metric = undefined;
    reader.readObject(readMetricPart);
    return metric;
  };
}

/** What the byte scanners keep of a search answer's head, for getShardWarnings and the page's warnings. */
export interface SearchAnswerHead {
  timed_out?: boolean;
  _shards?: NativeSearchHead['_shards'];
}

/**
 * Reads a whole search answer at the reader's position: its `timed_out` and `_shards` into the head it
 * returns, each aggregation's name to `onAggregation` (which must read or skip its value), the rest skipped.
 */
export function readSearchAnswer(reader: JsonBytesReader, onAggregation: (name: KeyRange) => void): SearchAnswerHead {
  const head: SearchAnswerHead = {};
  reader.readObject((key) => {
    if (reader.keyIs(key, 'timed_out')) head.timed_out = reader.readWhole() as boolean;
    else if (reader.keyIs(key, '_shards')) head._shards = reader.readWhole() as NativeSearchHead['_shards'];
    else if (reader.keyIs(key, 'aggregations')) reader.readObject(onAggregation);
    else reader.skip();
  });
  return head;
}
