import { conversationsRequestSchema, decodeConversationsResponse } from '../../common/api/conversations';
import { DIRECTIONS } from '../../common/model/direction';
import type { ConversationGroup } from '../../common/model/conversation_group';
import type { AnalysisSource, ConversationGroupsQuery, ConversationGroupsResult } from '../sources/analysis_source';
import { SourceError } from '../sources/source_errors';
import { getConversations } from './conversations_service';

/** An AnalysisSource that answers conversations from a fixed list, recording the query it was given. */
function sourceOf(result: ConversationGroupsResult): AnalysisSource & { queries: ConversationGroupsQuery[] } {
  const queries: ConversationGroupsQuery[] = [];
  const unused = (): never => {
    throw new Error('not used by this test');
  };
  return {
    queries,
    fetchConversationGroups: async (query) => {
      queries.push(query);
      return result;
    },
    fetchBuckets: unused,
    fetchValueCounts: unused,
    fetchDistribution: unused,
    fetchEvents: unused,
  };
}

const hour = 3_600_000;
const group = (signatureId: string, sourceIp: string, destinationIp: string, hours: number, observations: number): ConversationGroup => ({
  signatureId,
  signature: `sig ${signatureId}`,
  sourceIp,
  destinationIp,
  firstSeen: 0,
  lastSeen: hours * hour,
  observations: hours === 0 ? 1 : observations,
});

const request = conversationsRequestSchema.parse({
  index: 'alerts',
  time_range: { from: '2018-04-26T00:00:00Z', to: '2018-05-06T00:00:00Z' },
  query: { term: { 'event.kind': 'alert' } },
  fields: { timestamp: '@timestamp', signature_id: 'rule.id', signature_name: 'rule.name', source: 'source.ip', destination: 'destination.ip' },
  home_networks: ['10.0.0.0/8'],
  max_conversations: 7,
});

describe('getConversations', () => {
  const groups = [
    ...[1, 1, 2, 2, 3, 3].map((hours, i) => group('1', `10.0.0.${i + 1}`, '10.0.1.1', hours, 5)),
    group('1', '10.0.0.9', '10.0.1.1', 100, 40),
    group('2', '10.0.0.1', '203.0.113.9', 0, 1),
    group('2', 'not-an-ip', '10.0.1.1', 1, 2),
  ];

  it('passes the scope, fields and maximum down to the source as canonical values', async () => {
    const source = sourceOf({ groups, truncated: false, totalGroups: groups.length, warnings: [] });
    await getConversations(source, request, new AbortController().signal);
    expect(source.queries[0]).toEqual({
      index: 'alerts',
      timestampField: '@timestamp',
      timeRange: { from: Date.parse('2018-04-26T00:00:00Z'), to: Date.parse('2018-05-06T00:00:00Z') },
      elasticsearchQuery: { term: { 'event.kind': 'alert' } },
      fields: { signatureId: 'rule.id', signature: 'rule.name', sourceIp: 'source.ip', destinationIp: 'destination.ip' },
      maxGroups: 7,
    });
  });

  it('returns conversations as columns with OTR and direction, and drops (and reports) a non-IP source', async () => {
    const source = sourceOf({ groups, truncated: false, totalGroups: groups.length, warnings: [] });
    const encoded = await getConversations(source, request, new AbortController().signal);
    // Each text once; rows name them by index.
    expect(new Set(encoded.conversations.strings).size).toBe(encoded.conversations.strings.length);
    expect(encoded.conversations.directions).toEqual(DIRECTIONS);
    const response = decodeConversationsResponse(encoded);
    expect(response.conversations.signature_id).toHaveLength(8);
    expect(response.conversations.otr_seconds[6]).toBe(360_000);
    expect(response.conversations.direction[7]).toBe('internal_to_external');
    expect(response.summary.conversations).toBe(8);
    expect(response.summary.directions.internal_to_external).toBe(1);
    expect(response.summary.unique_pairs.count).toBe(8);
    expect(response.warnings).toEqual([
      { code: 'dropped', message: expect.stringMatching(/^1 conversation\(s\) \(2 observations\) left out: sourceIp "not-an-ip"/) },
    ]);
    expect(response.partial).toBe(false);
  });

  it('gives per-signature OTR box statistics whose outliers point at the right rows', async () => {
    const source = sourceOf({ groups, truncated: false, totalGroups: groups.length, warnings: [] });
    const response = decodeConversationsResponse(await getConversations(source, request, new AbortController().signal));
    const [first] = response.otr_box_stats;
    // OTRs of signature 1 (hours): 1 1 2 2 3 3 100 → q1 1.5 h, q3 3 h (type 7), upper fence 5.25 h.
    expect(first).toMatchObject({ signature_id: '1', count: 7, q1: 5400, median: 7200, q3: 10_800, upper_fence: 18_900, whisker_high: 10_800 });
    expect(first.outlier_rows).toEqual([6]);
    expect(response.conversations.source_ip[first.outlier_rows[0]]).toBe('10.0.0.9');
  });

  it('says when the maximum cut the result, with the exact total, and marks shard failures partial', async () => {
    const source = sourceOf({ groups: groups.slice(0, 7), truncated: true, totalGroups: 4818, warnings: ['conversations: 1 of 3 shards failed'] });
    const response = await getConversations(source, request, new AbortController().signal);
    expect(response.truncated).toBe(true);
    expect(response.total_conversations).toBe(4818);
    expect(response.partial).toBe(true);
    expect(response.warnings.map((warning) => warning.code)).toEqual(['truncated', 'partial']);
    expect(response.warnings[0].message).toMatch(/^showing the first 7 of 4818 conversations/);
  });

  it('passes a direction field down and answers each conversation\'s recorded direction, the check and a disagreement warning', async () => {
    const recorded = [
      { ...group('1', '10.0.0.1', '10.0.1.1', 1, 5), recordedDirections: ['internal'] },
      { ...group('1', '10.0.0.2', '10.0.1.1', 1, 5), recordedDirections: ['outbound', 'internal'] },
      { ...group('1', 'not-an-ip', '10.0.1.1', 1, 5), recordedDirections: ['inbound'] },
      { ...group('2', '10.0.0.1', '203.0.113.9', 1, 5), recordedDirections: ['unknown'] },
      { ...group('2', '10.0.0.3', '203.0.113.9', 1, 5), recordedDirections: [] },
    ];
    const source = sourceOf({ groups: recorded, truncated: false, totalGroups: recorded.length, warnings: [] });
    const withDirection = conversationsRequestSchema.parse({ ...request, fields: { ...request.fields, direction: 'network.direction' } });
    const response = decodeConversationsResponse(await getConversations(source, withDirection, new AbortController().signal));
    expect(source.queries[0].fields.recordedDirection).toBe('network.direction');
    // The non-IP group is dropped: rows and recorded directions stay aligned.
    expect(response.conversations.source_ip).toEqual(['10.0.0.1', '10.0.0.2', '10.0.0.1', '10.0.0.3']);
    expect(response.conversations.recorded_direction).toEqual(['internal_to_internal', 'internal_to_external', null, null]);
    expect(response.recorded_direction_check).toMatchObject({ field: 'network.direction', compared: 2, agreeing: 1, disagreeing: 1, mixed: 1, not_recorded: 1 });
    expect(response.recorded_direction_check?.unrecognized).toEqual([{ value: 'unknown', conversations: 1 }]);
    expect(response.warnings.map((warning) => warning.code)).toEqual(['dropped', 'direction_disagreement']);
    expect(response.warnings[1].message).toMatch(/^network\.direction disagrees with the home networks for 1 of 2 conversations/);
  });

  it('answers no recorded direction without a direction field', async () => {
    const source = sourceOf({ groups, truncated: false, totalGroups: groups.length, warnings: [] });
    const response = await getConversations(source, request, new AbortController().signal);
    expect(source.queries[0].fields).not.toHaveProperty('recordedDirection');
    expect(response.conversations).not.toHaveProperty('recorded_direction');
    expect(response).not.toHaveProperty('recorded_direction_check');
  });

  it('names fields.direction when the engine cannot aggregate the direction field', async () => {
    const source = sourceOf({ groups, truncated: false, totalGroups: groups.length, warnings: [] });
    source.fetchConversationGroups = async () => {
      throw new SourceError('not_aggregatable', 'field [network.direction] is a text field and cannot be aggregated; use a keyword field (e.g. [network.direction.keyword])');
    };
    const withDirection = conversationsRequestSchema.parse({ ...request, fields: { ...request.fields, direction: 'network.direction' } });
    await expect(getConversations(source, withDirection, new AbortController().signal)).rejects.toMatchObject({
      code: 'not_aggregatable',
      message: 'fields.direction: field [network.direction] is a text field and cannot be aggregated; use a keyword field (e.g. [network.direction.keyword])',
    });
  });
});
