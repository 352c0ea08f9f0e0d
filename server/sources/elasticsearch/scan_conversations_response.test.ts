import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseConversationsResponse } from './parse_conversations_response';
import type { NativeConversationsResponse, ParseConversationsOptions } from './parse_conversations_response';
import { scanConversationsResponse } from './scan_conversations_response';

const golden = (name: string) =>
  JSON.parse(readFileSync(join(__dirname, '__golden__', `${name}.json`), 'utf8')) as { input: { response: NativeConversationsResponse; pageSize: number; options?: ParseConversationsOptions } };

/** The same text with its keys in another order and whitespace between every token, as JSON allows. */
function reshape(value: unknown, seed: number): string {
  const pad = [' ', '\n', '\t ', ''][seed % 4];
  if (Array.isArray(value)) return `[${pad}${value.map((item, i) => reshape(item, seed + i)).join(`${pad},${pad}`)}${pad}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    if (seed % 3 === 1) entries.reverse();
    return `{${pad}${entries.map(([key, item], i) => `${JSON.stringify(key)}${pad}:${pad}${reshape(item, seed + i + 1)}`).join(`${pad},`)}${pad}}`;
  }
  return JSON.stringify(value);
}

const scan = (text: string, pageSize: number, options?: ParseConversationsOptions) => scanConversationsResponse(Buffer.from(text, 'utf8'), pageSize, options);

describe('scanConversationsResponse', () => {
  it.each(['conversations_response', 'conversations_last_response', 'conversations_direction_response'])('reads the %s golden as parseConversationsResponse does', (name) => {
    const { input } = golden(name);
    const expected = parseConversationsResponse(input.response, input.pageSize, input.options);
    expect(scan(JSON.stringify(input.response), input.pageSize, input.options)).toEqual(expected);
    for (let seed = 0; seed < 6; seed += 1) expect(scan(reshape(input.response, seed), input.pageSize, input.options)).toEqual(expected);
  });

  // Repeats and near misses (one byte or one length apart) from bucket to bucket, as composite keys have them.
  const scalarKey = fc.oneof(
    fc.constantFrom('10.0.0.1', '10.0.0.2', '10.0.0.10', '2001569', 'é"\\'),
    fc.ipV4(),
    fc.ipV6(),
    fc.string({ unit: 'grapheme', maxLength: 8 }),
    fc.integer({ min: -1e6, max: 1e15 }),
    fc.boolean(),
    fc.constant(null),
  );
  const timestamp = fc.oneof(fc.integer({ min: 0, max: 4_102_444_800_000 }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(null));
  const termsBucket = fc.record({ key: fc.oneof(fc.string({ unit: 'grapheme', maxLength: 10 }), fc.integer()), key_as_string: fc.option(fc.string({ unit: 'grapheme' }), { nil: undefined }) }, { requiredKeys: ['key'] });
  const bucket = fc.record(
    {
      key: fc.record({ signature_id: scalarKey, source_ip: scalarKey, destination_ip: scalarKey, other: fc.option(scalarKey, { nil: undefined }) }, { requiredKeys: ['signature_id', 'source_ip', 'destination_ip'] }),
      doc_count: fc.integer({ min: 1, max: 1e9 }),
      first_seen: fc.record({ value: timestamp, value_as_string: fc.string() }, { requiredKeys: ['value'] }),
      last_seen: fc.record({ value: timestamp }),
      signature: fc.record({ doc_count_error_upper_bound: fc.nat(), buckets: fc.array(termsBucket, { maxLength: 2 }) }),
      recorded_direction: fc.record({ buckets: fc.array(termsBucket, { maxLength: 3 }) }),
      unknown: fc.jsonValue(),
    },
    { requiredKeys: ['key', 'doc_count'] },
  );
  const response = fc.record(
    {
      took: fc.nat(),
      timed_out: fc.boolean(),
      _shards: fc.record({ total: fc.constant(3), successful: fc.constantFrom(1, 3), skipped: fc.constant(0), failed: fc.constantFrom(0, 2), failures: fc.constant([{ shard: 1, reason: { type: 'x', reason: 'disk "full"' } }]) }),
      aggregations: fc.record({
        conversations: fc.record({ after_key: fc.record({ signature_id: scalarKey, source_ip: scalarKey, destination_ip: scalarKey }), buckets: fc.array(bucket, { maxLength: 12 }) }, { requiredKeys: ['buckets'] }),
        names: fc.jsonValue(),
      }, { requiredKeys: ['conversations'] }),
    },
    { requiredKeys: ['aggregations'] },
  );

  it('reads any page as parseConversationsResponse reads its JSON.parse, whatever its layout', () => {
    fc.assert(
      fc.property(response, fc.integer({ min: 1, max: 14 }), fc.boolean(), fc.nat(), (page, pageSize, withRecordedDirections, seed) => {
        const accepted = new Set(page.aggregations.conversations.buckets.filter((_, i) => i % 2 === 0).map((b) => String(b.key.source_ip ?? '')));
        const options: ParseConversationsOptions = {
          withRecordedDirections,
          nameOf: (id) => `name of ${id}`,
          ...(seed % 2 === 0 ? { acceptSource: (source: string) => accepted.has(source) } : {}),
        };
        const text = reshape(page, seed);
        const parsed = JSON.parse(text) as NativeConversationsResponse;
        expect(scan(text, pageSize, options)).toEqual(parseConversationsResponse(parsed, pageSize, options));
      }),
      { numRuns: 300 },
    );
  });

  it('reads numbers exactly as JSON.parse does', () => {
    const texts = ['1.525397325657E12', '1.5253973256570001E12', '-0', '0', '1e22', '1e23', '123456789012345678', '9007199254740993', '0.1', '2.5e-3', '1E+2', '4.35E-320', '1.7976931348623157e308'];
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...texts), fc.double({ noNaN: true, noDefaultInfinity: true }).map(String), fc.integer().map(String)), (number) => {
        const text = `{"aggregations":{"conversations":{"buckets":[{"key":{"signature_id":1,"source_ip":"a","destination_ip":"b"},"doc_count":1,"first_seen":{"value":${number}},"last_seen":{"value":${number}}}]}}}`;
        const [group] = scan(text, 10).groups;
        expect(Object.is(group.firstSeen, JSON.parse(number))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('names the byte where bad JSON starts', () => {
    expect(() => scan('{"aggregations":{"conversations":{"buckets":[{"doc_count":01}]}}}', 10)).toThrow('invalid JSON at byte 58: expected a number, found "0"');
    expect(() => scan('{"aggregations":{"conversations":{"buckets":[{"doc_count":1}', 10)).toThrow('invalid JSON at byte 60: expected "," or "]", found the end');
    expect(() => scan('{"timed_out":false} trailing', 10)).toThrow('invalid JSON at byte 20: expected the end of the document, found "t"');
  });
});
