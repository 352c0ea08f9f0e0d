/**
 * Conversations past one page are fetched in partitions of the sources (fetch_conversation_groups.ts). With
 * page sizes shrunk to a few dozen, a small index exercises every path of that: the plan paged over
 * sources and names, partitions that overflow their page, a renamed signature (names kept per group), a
 * document with two sources (counted in its own partition only), a truncated result with an exact total,
 * and cancellation. The reference is the same composite in one page, which needs no partitions.
 */
import { errors } from '@elastic/elasticsearch';
import type { Client, DiagnosticResult, estypes } from '@elastic/elasticsearch';
import { computeConversations } from '../../common/conversations/compute_conversations';
import type { AlertEvent } from '../../common/model/alert_event';
import { conversationGroupAt } from '../../common/model/conversation_group_columns';
import type { ConversationGroup } from '../../common/model/conversation_group';
import type { ConversationGroupsQuery } from '../../server/sources/analysis_source';
import tooManyBucketsBody from '../../server/sources/elasticsearch/__fixtures__/too_many_buckets_error.json';
import { ElasticsearchSource } from '../../server/sources/elasticsearch/elasticsearch_source';
import { createTestEsClient } from '../helpers/create_test_es_client';
import { uniqueIndexName } from '../helpers/unique_index_name';

jest.setTimeout(120_000);

const START = Date.parse('2024-04-01T00:00:00Z');
const SIGNATURES = ['2024216', '2001569', '2830018'];

interface Doc {
  readonly '@timestamp': number;
  readonly rule: { readonly id: string; readonly name: string };
  readonly source: { readonly ip: string | string[] };
  readonly destination: { readonly ip: string };
}

/** Deterministic documents: 40 sources (IPv4 and IPv6), 25 destinations, one signature renamed midway. */
function makeDocuments(): Doc[] {
  const docs: Doc[] = [];
  let seed = 7;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  for (let i = 0; i < 3000; i += 1) {
    const sid = SIGNATURES[next(3)];
    const s = next(40);
    const timestamp = START + next(86_400) * 1000;
    const renamed = sid === '2001569' && timestamp > START + 43_200_000;
    docs.push({
      '@timestamp': timestamp,
      rule: { id: sid, name: renamed ? 'ET POLICY renamed' : `ET rule ${sid}` },
      source: { ip: s < 30 ? `10.0.${s % 3}.${s}` : `2001:db8::${s.toString(16)}` },
      destination: { ip: `198.51.100.${next(25)}` },
    });
  }
  docs.push({ '@timestamp': START + 5000, rule: { id: '2024216', name: 'ET rule 2024216' }, source: { ip: ['10.0.0.1', '2001:db8::20'] }, destination: { ip: '198.51.100.1' } });
  return docs;
}

const index = uniqueIndexName('conversation-partitions');
const documents = makeDocuments();
let client: Client;

const QUERY: ConversationGroupsQuery = {
  index,
  timestampField: '@timestamp',
  timeRange: { from: START, to: START + 2 * 86_400_000 },
  fields: { signatureId: 'rule.id', signature: 'rule.name', sourceIp: 'source.ip', destinationIp: 'destination.ip' },
};

/** Page sizes small enough that the 3,000 documents need a plan of several pages and many partitions. */
const SMALL = { pageSize: 40, pageSizeWithoutNames: 60, planSourcesPageSize: 7, planNamesPageSize: 2, planDelayMs: 0, concurrency: 2 } as const;

async function groupsOf(source: ElasticsearchSource, query: ConversationGroupsQuery = QUERY) {
  const result = await source.fetchConversationGroupColumns(query, new AbortController().signal);
  const groups: ConversationGroup[] = Array.from({ length: result.groups.length }, (_, row) => conversationGroupAt(result.groups, row));
  return { ...result, groups };
}

beforeAll(async () => {
  client = createTestEsClient();
  await client.indices.create({
    index,
    mappings: {
      properties: {
        '@timestamp': { type: 'date' },
        rule: { properties: { id: { type: 'keyword' }, name: { type: 'keyword' } } },
        source: { properties: { ip: { type: 'ip' } } },
        destination: { properties: { ip: { type: 'ip' } } },
      },
    },
  });
  await client.bulk({ index, refresh: true, operations: documents.flatMap((doc) => [{ index: {} }, doc]) });
});

afterAll(async () => {
  await client.indices.delete({ index, ignore_unavailable: true });
  await client.close();
});

/** The test client with its `search` replaced (to record, hold back or fail searches); the rest is the client's own. */
function withSearch(search: (...args: Parameters<Client['search']>) => Promise<unknown>): Client {
  return { search, msearch: client.msearch.bind(client), fieldCaps: client.fieldCaps.bind(client), transport: client.transport } as unknown as Client;
}

it('finds in partitions exactly the groups one composite page finds, names per group included', async () => {
  const reference = await groupsOf(new ElasticsearchSource(client, { pageSize: 10_000 }));
  const partitioned = await groupsOf(new ElasticsearchSource(client, SMALL));
  expect(reference.groups.length).toBeGreaterThan(SMALL.pageSize * 5);
  expect(partitioned).toEqual(reference);
  expect(partitioned).toMatchObject({ truncated: false, totalGroups: reference.groups.length, warnings: [] });
  // The renamed signature kept its groups' own names, so both names are there.
  expect(new Set(partitioned.groups.filter((g) => g.signatureId === '2001569').map((g) => g.signature))).toEqual(new Set(['ET rule 2001569', 'ET POLICY renamed']));
});

it('agrees with the project’s own grouping of the raw documents on every group and count', async () => {
  const events: AlertEvent[] = documents.flatMap((doc) =>
    (Array.isArray(doc.source.ip) ? doc.source.ip : [doc.source.ip]).map((sourceIp) => ({
      timestamp: doc['@timestamp'],
      signatureId: doc.rule.id,
      signature: doc.rule.name,
      sourceIp,
      destinationIp: doc.destination.ip,
    })),
  );
  const expected = computeConversations(events).conversations;
  // Without the renamed signature every group has one name, so the partitions leave the name sub-aggregation out.
  const { groups } = await groupsOf(new ElasticsearchSource(client, SMALL), {
    ...QUERY,
    filters: [{ kind: 'terms', field: 'rule.id', values: ['2001569'], negate: true }],
  });
  const keep = expected.filter((c) => c.signatureId !== '2001569');
  expect(groups.map((g) => [g.signatureId, g.signature, g.sourceIp, g.destinationIp, g.firstSeen, g.lastSeen, g.observations])).toEqual(
    keep.map((c) => [c.signatureId, c.signature, c.sourceIp, c.destinationIp, c.firstSeen, c.lastSeen, c.observations]),
  );
});

it('takes a one-page scope’s names from the pairs listed beside the groups, in one search, and asks again per group when a signature was renamed', async () => {
  const searches: estypes.SearchRequest[] = [];
  const recording = withSearch((...args) => {
    searches.push(args[0] as estypes.SearchRequest);
    return client.search(...args);
  });
  const events: AlertEvent[] = documents.map((doc) => ({
    timestamp: doc['@timestamp'],
    signatureId: doc.rule.id,
    signature: doc.rule.name,
    sourceIp: Array.isArray(doc.source.ip) ? doc.source.ip[0] : doc.source.ip,
    destinationIp: doc.destination.ip,
  }));
  // The plan would start beside a first page slower than planDelayMs; counting searches, a slow machine must not start it.
  const onePage = { pageSize: 10_000, planDelayMs: 60_000 };
  const singleNamed = await groupsOf(new ElasticsearchSource(recording, onePage), {
    ...QUERY,
    filters: [{ kind: 'terms', field: 'rule.id', values: ['2001569'], negate: true }, { kind: 'terms', field: 'source.ip', values: ['10.0.0.1'], negate: true }],
  });
  const expected = computeConversations(events.filter((e) => e.signatureId !== '2001569' && e.sourceIp !== '10.0.0.1')).conversations;
  expect(singleNamed.groups.map((g) => [g.signatureId, g.signature, g.sourceIp, g.destinationIp, g.observations])).toEqual(
    expected.map((c) => [c.signatureId, c.signature, c.sourceIp, c.destinationIp, c.observations]),
  );
  expect(searches).toHaveLength(1);
  expect(searches[0].aggs?.conversations.aggs).not.toHaveProperty('signature');

  searches.length = 0;
  const renamed = await groupsOf(new ElasticsearchSource(recording, onePage));
  expect(searches).toHaveLength(2);
  expect(searches[1].aggs?.conversations.aggs).toHaveProperty('signature');
  const names = new Map(renamed.groups.filter((g) => g.signatureId === '2001569').map((g) => [`${g.sourceIp}|${g.destinationIp}`, g.signature]));
  expect(new Set(names.values())).toEqual(new Set(['ET rule 2001569', 'ET POLICY renamed']));
});

it('abandons a slow first page once the plan lists more sources than the page holds groups, and still finds every group', async () => {
  // The first page (groups with the names beside them) is held back until the plan's first page (with the
  // sources' terms) is answered, as on a large index where the plan comes back first.
  let planAnswered: () => void = () => undefined;
  const planned = new Promise<void>((resolve) => (planAnswered = resolve));
  const outcomes: string[] = [];
  const racing = withSearch(async (...args) => {
    const [request, options] = args as [estypes.SearchRequest, { signal?: AbortSignal }];
    if (request.aggs?.first_sources !== undefined) {
      const answer = await client.search(...args);
      planAnswered();
      return answer;
    }
    if (request.aggs?.conversations !== undefined && request.aggs.names !== undefined) {
      await planned;
      // Let the plan's answer reach fetchConversationGroups before the page is sent.
      await new Promise((resolve) => setTimeout(resolve, 50));
      try {
        const answer = await client.search(...args);
        outcomes.push('first page answered');
        return answer;
      } catch (error) {
        outcomes.push(options?.signal?.aborted === true ? 'first page aborted' : 'first page failed');
        throw error;
      }
    }
    return client.search(...args);
  });
  const reference = await groupsOf(new ElasticsearchSource(client, { pageSize: 10_000 }));
  // A first page of 8 groups, fewer than the sources.
  const options = { ...SMALL, pageSize: 8 };
  expect(new Set(reference.groups.map((g) => g.sourceIp)).size).toBeGreaterThan(options.pageSize);
  const partitioned = await groupsOf(new ElasticsearchSource(racing, options));
  expect(outcomes).toEqual(['first page aborted']);
  expect(partitioned).toEqual(reference);
});

/** A client that records each search's shape (composite page, nested terms, plan or other) and each terms search's slices. */
function recordingShapes(inject?: (request: estypes.SearchRequest) => Error | undefined): { client: Client; shapes: string[]; slices: number[] } {
  const shapes: string[] = [];
  const slices: number[] = [];
  const recording = withSearch((...args) => {
    const request = args[0] as estypes.SearchRequest;
    const aggs = request.aggs ?? {};
    shapes.push(aggs.slice_0 !== undefined ? 'terms' : aggs.conversations !== undefined ? 'composite' : 'plan');
    if (aggs.slice_0 !== undefined) slices.push(Object.keys(aggs).length);
    const failure = inject?.(request);
    return failure !== undefined ? Promise.reject(failure) : client.search(...args);
  });
  return { client: recording, shapes, slices };
}

describe('partitions as nested terms', () => {
  // Every signature id has one name here, so partitions leave names out and can be nested terms.
  const singleNamed: ConversationGroupsQuery = { ...QUERY, filters: [{ kind: 'terms', field: 'rule.id', values: ['2001569'], negate: true }] };

  it('reads each partition in one nested terms search when its levels hold all their terms', async () => {
    const reference = await groupsOf(new ElasticsearchSource(client, { pageSize: 10_000 }), singleNamed);
    const { client: recording, shapes, slices } = recordingShapes();
    const partitioned = await groupsOf(new ElasticsearchSource(recording, SMALL), singleNamed);
    expect(partitioned).toEqual(reference);
    const partitions = shapes.filter((shape) => shape === 'terms').length;
    expect(partitions).toBeGreaterThan(3);
    // Partitions of several sources come in several slices (at most four): their groups are all there too.
    expect(Math.max(...slices)).toBeGreaterThan(1);
    expect(Math.max(...slices)).toBeLessThanOrEqual(4);
    // The first page comes before the partitions (twice here: the names listed beside it are more than one
    // list page); no partition is paged as a composite.
    expect(shapes.slice(shapes.indexOf('terms'))).not.toContain('composite');
  });

  it('pages a partition as a composite when a level of its terms left terms out', async () => {
    const reference = await groupsOf(new ElasticsearchSource(client, { pageSize: 10_000 }), singleNamed);
    // Terms of 2 × 6 buckets a level: a source here meets up to 25 destinations, so some partitions are not whole.
    const { client: recording, shapes } = recordingShapes();
    const partitioned = await groupsOf(new ElasticsearchSource(recording, { ...SMALL, pageSizeWithoutNames: 6 }), singleNamed);
    expect(partitioned).toEqual(reference);
    // Composite pages after the first terms belong to partitions whose terms were not whole.
    const partitions = shapes.slice(shapes.indexOf('terms'));
    expect(partitions.filter((shape) => shape === 'composite').length).toBeGreaterThan(0);
    expect(partitions.filter((shape) => shape === 'terms').length).toBeGreaterThan(3);
  });

  it('pages a partition as a composite when its terms would pass search.max_buckets', async () => {
    const reference = await groupsOf(new ElasticsearchSource(client, { pageSize: 10_000 }), singleNamed);
    // The answer Elasticsearch 8.19 gives nested terms past the limit (a real one needs 65,536 buckets).
    const tooMany = (): Error =>
      new errors.ResponseError({ body: tooManyBucketsBody, statusCode: 400, headers: {}, warnings: null } as unknown as DiagnosticResult);
    const { client: recording, shapes } = recordingShapes((request) => (request.aggs?.slice_0 !== undefined ? tooMany() : undefined));
    const partitioned = await groupsOf(new ElasticsearchSource(recording, SMALL), singleNamed);
    expect(partitioned).toEqual(reference);
    // Every partition tried its terms once, then was paged as a composite.
    const partitions = shapes.slice(shapes.indexOf('terms'));
    const terms = partitions.filter((shape) => shape === 'terms').length;
    expect(terms).toBeGreaterThan(3);
    expect(partitions.filter((shape) => shape === 'composite').length).toBeGreaterThanOrEqual(terms);
  });
});

it('fails with the plan’s own error when one of its two lists fails, and stops the other', async () => {
  const unavailable = (): Error =>
    new errors.ResponseError({
      body: { error: { type: 'circuit_breaking_exception', reason: '[parent] Data too large' }, status: 429 },
      statusCode: 429,
      headers: {},
      warnings: null,
    } as unknown as DiagnosticResult);
  // The names list fails on its second page once the sources list (pages of 7) asks for its second page,
  // which is held until that failure has had a moment to spread: it must then be aborted, not answered.
  let sourcesPages = 0;
  let namesPages = 0;
  let secondSourcesPageAsked: () => void = () => undefined;
  const asked = new Promise<void>((resolve) => (secondSourcesPageAsked = resolve));
  let namesFailed: () => void = () => undefined;
  const failedOnce = new Promise<void>((resolve) => (namesFailed = resolve));
  const outcomes: string[] = [];
  const failing = withSearch(async (...args) => {
    const [request, options] = args as [estypes.SearchRequest, { signal?: AbortSignal }];
    const aggs = request.aggs ?? {};
    if (aggs.conversations === undefined && aggs.names !== undefined) {
      namesPages += 1;
      if (namesPages === 2) {
        await asked;
        namesFailed();
        throw unavailable();
      }
    }
    if (aggs.first_sources !== undefined || aggs.sources !== undefined) {
      sourcesPages += 1;
      if (sourcesPages === 2) {
        secondSourcesPageAsked();
        await failedOnce;
        await new Promise((resolve) => setTimeout(resolve, 20));
        outcomes.push(options?.signal?.aborted === true ? 'sources page aborted' : 'sources page sent');
      }
    }
    return client.search(...args);
  });
  await expect(new ElasticsearchSource(failing, SMALL).fetchConversationGroupColumns(QUERY, new AbortController().signal)).rejects.toMatchObject({ code: 'unavailable' });
  // The held sources page settles after the failure: wait for it.
  await new Promise<void>((resolve) => {
    const poll = (): void => (outcomes.length > 0 ? resolve() : void setTimeout(poll, 10));
    poll();
  });
  expect(outcomes).toEqual(['sources page aborted']);
  expect(sourcesPages).toBe(2);
});

it('stops at the maximum, says so, and still counts every group', async () => {
  const all = await groupsOf(new ElasticsearchSource(client, SMALL));
  const truncated = await groupsOf(new ElasticsearchSource(client, SMALL), { ...QUERY, maxGroups: 100 });
  expect(truncated).toMatchObject({ truncated: true, totalGroups: all.groups.length });
  expect(truncated.groups).toHaveLength(100);
  const keys = new Set(all.groups.map((g) => `${g.signatureId}|${g.sourceIp}|${g.destinationIp}`));
  for (const g of truncated.groups) expect(keys.has(`${g.signatureId}|${g.sourceIp}|${g.destinationIp}`)).toBe(true);
});

it('gives up with an aborted error when cancelled midway, leaving no request behind', async () => {
  const controller = new AbortController();
  let searches = 0;
  const counting = withSearch((...args) => {
    searches += 1;
    if (searches === 5) controller.abort();
    return client.search(...args);
  });
  await expect(new ElasticsearchSource(counting, SMALL).fetchConversationGroupColumns(QUERY, controller.signal)).rejects.toMatchObject({ code: 'aborted' });
});
