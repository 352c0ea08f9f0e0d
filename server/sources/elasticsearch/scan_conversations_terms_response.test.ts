import fc from 'fast-check';
import type { ParseConversationsOptions } from './parse_conversations_response';
import { scanConversationsResponse } from './scan_conversations_response';
import { scanConversationsTermsResponse } from './scan_conversations_terms_response';

interface Group {
  readonly signatureId: string;
  readonly sourceIp: string;
  readonly destinationIp: string;
  readonly docCount: number;
  readonly firstSeen: number;
  readonly lastSeen: number;
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byKeys = (a: Group, b: Group): number => compare(a.signatureId, b.signatureId) || compare(a.sourceIp, b.sourceIp) || compare(a.destinationIp, b.destinationIp);

/** Distinct (signature id, source, destination) groups in key order, as both aggregations list them. */
const groupsArbitrary = fc
  .uniqueArray(
    fc.record({
      signatureId: fc.constantFrom('2001569', '2024216', '2830018', 'é"\\'),
      sourceIp: fc.oneof(fc.ipV4(), fc.constantFrom('10.0.0.1', '10.0.0.10', '2001:db8::1')),
      destinationIp: fc.oneof(fc.ipV4(), fc.ipV6()),
      docCount: fc.integer({ min: 1, max: 1e9 }),
      firstSeen: fc.integer({ min: 0, max: 4_102_444_800_000 }),
      lastSeen: fc.integer({ min: 0, max: 4_102_444_800_000 }),
    }),
    { selector: (g) => `${g.signatureId}|${g.sourceIp}|${g.destinationIp}`, maxLength: 30 },
  )
  .map((groups) => [...groups].sort(byKeys));

/** The groups as one composite page, as Elasticsearch writes it. */
function compositePage(groups: readonly Group[]): string {
  const buckets = groups.map((g) => ({
    key: { signature_id: g.signatureId, source_ip: g.sourceIp, destination_ip: g.destinationIp },
    doc_count: g.docCount,
    first_seen: { value: g.firstSeen },
    last_seen: { value: g.lastSeen },
  }));
  return JSON.stringify({ timed_out: false, _shards: { total: 1, successful: 1, skipped: 0, failed: 0 }, aggregations: { conversations: { buckets } } });
}

/** The groups split by source into `parts` consecutive slices (as the plan cuts a partition), each in key order. */
function sliceBySource(groups: readonly Group[], parts: number): Group[][] {
  const sources = [...new Set(groups.map((g) => g.sourceIp))].sort(compare);
  const per = Math.max(1, Math.ceil(sources.length / parts));
  const sliceOf = new Map(sources.map((source, index) => [source, Math.floor(index / per)]));
  const slices: Group[][] = Array.from({ length: Math.max(1, Math.ceil(sources.length / per)) }, () => []);
  for (const group of groups) slices[sliceOf.get(group.sourceIp) ?? 0].push(group);
  return slices;
}

/** Nested terms levels of some groups, each level's `sum_other_doc_count` given by `other` (0 means whole). */
function termsLevels(groups: readonly Group[], level: <T>(depth: number, buckets: T[]) => object): object {
  const nest = <K extends keyof Group>(items: readonly Group[], key: K): Map<Group[K], Group[]> => {
    const map = new Map<Group[K], Group[]>();
    for (const item of items) map.set(item[key], [...(map.get(item[key]) ?? []), item]);
    return map;
  };
  const signatureIds = [...nest(groups, 'signatureId')].map(([signatureId, bySignature]) => ({
    key: signatureId,
    doc_count: bySignature.reduce((sum, g) => sum + g.docCount, 0),
    sources: level(
      1,
      [...nest(bySignature, 'sourceIp')].map(([sourceIp, bySource]) => ({
        key: sourceIp,
        doc_count: bySource.reduce((sum, g) => sum + g.docCount, 0),
        destinations: level(
          2,
          bySource.map((g) => ({ key: g.destinationIp, doc_count: g.docCount, first_seen: { value: g.firstSeen }, last_seen: { value: g.lastSeen } })),
        ),
      })),
    ),
  }));
  return level(0, signatureIds);
}

/** Slices of groups as one nested-terms answer (`slice_<n>` filters), as Elasticsearch writes it. */
function termsAnswer(slices: readonly (readonly Group[])[], other: (level: number, index: number) => number = () => 0): string {
  let counter = 0;
  const level = <T>(depth: number, buckets: T[]) => ({ doc_count_error_upper_bound: 0, sum_other_doc_count: other(depth, counter++), buckets });
  const aggregations = Object.fromEntries(
    slices.map((groups, index) => [`slice_${index}`, { doc_count: groups.reduce((sum, g) => sum + g.docCount, 0), signature_ids: termsLevels(groups, level) }]),
  );
  return JSON.stringify({ took: 3, timed_out: false, _shards: { total: 1, successful: 1, skipped: 0, failed: 0 }, aggregations });
}

const scanTerms = (text: string, options?: ParseConversationsOptions) => scanConversationsTermsResponse(Buffer.from(text, 'utf8'), options);

describe('scanConversationsTermsResponse', () => {
  it('reads the same groups from nested terms as from composite pages of its slices, slice after slice, partition filter and names included', () => {
    fc.assert(
      fc.property(groupsArbitrary, fc.boolean(), fc.integer({ min: 1, max: 4 }), (groups, filtered, parts) => {
        const accepted = new Set(groups.filter((_, i) => i % 2 === 0).map((g) => g.sourceIp));
        const options: ParseConversationsOptions = { nameOf: (id) => `name of ${id}`, ...(filtered ? { acceptSource: (source: string) => accepted.has(source) } : {}) };
        const slices = sliceBySource(groups, parts);
        const composites = slices.map((slice) => scanConversationsResponse(Buffer.from(compositePage(slice)), slice.length + 1, options));
        const terms = scanTerms(termsAnswer(slices), options);
        expect(terms.whole).toBe(true);
        expect(terms.slices).toBe(slices.length);
        expect(terms.groups).toEqual(composites.flatMap((composite) => composite.groups));
        expect(terms.bucketCount).toBe(composites.reduce((sum, composite) => sum + composite.bucketCount, 0));
      }),
      { numRuns: 300 },
    );
  });

  it('is not whole when any level of any bucket of any slice left terms out', () => {
    fc.assert(
      fc.property(
        groupsArbitrary.filter((groups) => groups.length > 0),
        fc.integer({ min: 1, max: 4 }),
        fc.nat(),
        (groups, parts, pick) => {
          const slices = sliceBySource(groups, parts);
          const levels = slices.reduce(
            (sum, slice) => sum + 1 + new Set(slice.map((g) => g.signatureId)).size + new Set(slice.map((g) => `${g.signatureId}|${g.sourceIp}`)).size,
            0,
          );
          const short = pick % levels;
          expect(scanTerms(termsAnswer(slices, (_, index) => (index === short ? 3 : 0))).whole).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('takes an answer without a level count, a slice without levels, or no documents, for what it is', () => {
    expect(scanTerms('{"aggregations":{"slice_0":{"signature_ids":{"buckets":[]}}}}').whole).toBe(false);
    expect(scanTerms('{"aggregations":{"slice_0":{"doc_count":0}}}')).toMatchObject({ whole: false, slices: 0 });
    expect(scanTerms('{"timed_out":false,"aggregations":{"slice_0":{"doc_count":0,"signature_ids":{"sum_other_doc_count":0}}}}')).toEqual({
      groups: [],
      bucketCount: 0,
      whole: true,
      slices: 1,
      warnings: [],
    });
    expect(scanTerms('{"aggregations":{"other":{"signature_ids":{"sum_other_doc_count":0}}}}')).toMatchObject({ whole: true, slices: 0 });
  });

  it('prefers a key_as_string to the key, as a composite writes a boolean term as true where terms write key 1', () => {
    const text =
      '{"aggregations":{"slice_0":{"signature_ids":{"sum_other_doc_count":0,"buckets":[{"key":1,"key_as_string":"true","sources":{"sum_other_doc_count":0,"buckets":[' +
      '{"key":"10.0.0.1","destinations":{"sum_other_doc_count":0,"buckets":[{"key":"10.0.0.2","doc_count":4,"first_seen":{"value":1000},"last_seen":{"value":2000}}]}}]}}]}}}}';
    expect(scanTerms(text).groups).toEqual([{ signatureId: 'true', signature: '', sourceIp: '10.0.0.1', destinationIp: '10.0.0.2', firstSeen: 1000, lastSeen: 2000, observations: 4 }]);
  });

  it('reports shard failures as warnings and names the byte where bad JSON starts', () => {
    const failed = '{"_shards":{"total":2,"successful":1,"skipped":0,"failed":1},"aggregations":{"slice_0":{"signature_ids":{"sum_other_doc_count":0,"buckets":[]}}}}';
    expect(scanTerms(failed).warnings).toHaveLength(1);
    expect(() => scanTerms('{"aggregations":{"slice_0":{"signature_ids":{"sum_other_doc_count":01}}}}')).toThrow('invalid JSON at byte 67');
  });
});
