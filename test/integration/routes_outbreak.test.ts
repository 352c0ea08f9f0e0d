/**
 * The published WannaCry outbreak facts, obtained the way the app obtains them: POST to the conversations
 * route, which pages a composite aggregation in Elasticsearch over the 2,461,337 sample alerts.
 */
import type { Client } from '@elastic/elasticsearch';
import { CONVERSATIONS_API_PATH, decodeConversationsResponse } from '../../common/api/conversations';
import type { EncodedConversationsResponse } from '../../common/api/conversations';
import { ALERTS_INDEX_TEMPLATE, createSampleDocuments, loadDocuments, OUTBREAK_FACTS } from '../../server/sample_data';
import { createTestEsClient } from '../helpers/create_test_es_client';
import { uniqueIndexName } from '../helpers/unique_index_name';
import { startRoutesServer } from './routes_server';
import type { RoutesServer } from './routes_server';

const index = uniqueIndexName('hunt-eda-sample-alerts-routes');
let client: Client;
let server: RoutesServer;

beforeAll(async () => {
  client = createTestEsClient();
  const { total, documents } = createSampleDocuments('outbreak');
  const loaded = await loadDocuments({ client, index, template: ALERTS_INDEX_TEMPLATE, documents });
  expect(loaded.documents).toBe(total);
  server = await startRoutesServer(client);
}, 2_400_000);

afterAll(async () => {
  await server?.close();
  await client.indices.delete({ index, ignore_unavailable: true });
  await client.close();
});

it('reproduces the published facts through the conversations route', async () => {
  const started = performance.now();
  const { status, body } = await server.post(CONVERSATIONS_API_PATH, {
    index,
    time_range: { from: '2018-04-26T00:00:00Z', to: '2018-05-06T00:00:00Z' },
    fields: { timestamp: '@timestamp', signature_id: 'rule.id', signature_name: 'rule.name', source: 'source.ip', destination: 'destination.ip' },
  });
  console.log(`conversations route over ${OUTBREAK_FACTS.observations} alerts: ${((performance.now() - started) / 1000).toFixed(2)} s`);
  expect(status).toBe(200);
  const response = decodeConversationsResponse(body as EncodedConversationsResponse);
  const { summary } = response;

  expect(response).toMatchObject({ total_conversations: 4818, truncated: false, partial: false, warnings: [] });
  expect(response.conversations.signature_id).toHaveLength(4818);
  expect(summary.conversations).toBe(OUTBREAK_FACTS.conversations);
  expect(summary.total_observations).toBe(OUTBREAK_FACTS.observations);
  expect(summary.signatures).toHaveLength(OUTBREAK_FACTS.signatures);
  // 1. Of 4,818 conversations only 32 are internal-to-external, all from signature 2830018.
  expect(summary.directions.internal_to_external).toBe(OUTBREAK_FACTS.internalToExternalConversations);
  const worm = summary.signatures.find((signature) => signature.signature_id === OUTBREAK_FACTS.internalToExternalSignatureId);
  expect(worm?.directions.internal_to_external).toBe(32);
  expect(summary.otr_seconds_by_direction.internal_to_external).toMatchObject({
    min: OUTBREAK_FACTS.internalToExternalMinOtrSeconds,
    median: OUTBREAK_FACTS.internalToExternalMedianOtrSeconds,
  });
  // 2. 4,010 (83.2 %) unique pairs; 3. 234 sources and 469 destinations.
  expect(summary.unique_pairs.count).toBe(OUTBREAK_FACTS.uniquePairs);
  expect(summary.unique_pairs.share.toFixed(3)).toBe('0.832');
  expect(summary.unique_sources).toBe(OUTBREAK_FACTS.uniqueSources);
  expect(summary.unique_destinations).toBe(OUTBREAK_FACTS.uniqueDestinations);
  // 4–5. Top 5 sources with 63–68 conversations each, top 5 destinations with 150–215.
  for (const top of summary.top_sources) expect(top.conversations >= 63 && top.conversations <= 68).toBe(true);
  for (const top of summary.top_destinations) expect(top.conversations >= 150 && top.conversations <= 215).toBe(true);
  expect(summary.top_sources).toHaveLength(5);
  // Signature 2024216 (DOUBLEPULSAR beacon response) holds 3,280 (68.1 %) of the conversations.
  const doublepulsar = summary.signatures.find((signature) => signature.signature_id === OUTBREAK_FACTS.doublepulsarSignatureId);
  expect(doublepulsar?.conversations).toBe(OUTBREAK_FACTS.doublepulsarConversations);
  expect(doublepulsar?.conversation_share.toFixed(3)).toBe('0.681');

  // Per-signature OTR box plots: one per signature, outliers are real rows of that signature beyond its fence.
  expect(response.otr_box_stats.map((box) => box.signature_id).sort()).toEqual(summary.signatures.map((s) => s.signature_id).sort());
  for (const box of response.otr_box_stats) {
    for (const row of box.outlier_rows) {
      expect(response.conversations.signature_id[row]).toBe(box.signature_id);
      const otr = response.conversations.otr_seconds[row];
      expect(otr < box.lower_fence || otr > box.upper_fence).toBe(true);
    }
  }
  // Observations add up, first and last alert match the outbreak's.
  expect(response.conversations.observations.reduce((sum, n) => sum + n, 0)).toBe(OUTBREAK_FACTS.observations);
  expect(Math.min(...response.conversations.first_seen)).toBe(OUTBREAK_FACTS.firstAlert);
  expect(Math.max(...response.conversations.last_seen)).toBe(OUTBREAK_FACTS.lastAlert);
}, 300_000);

it('finds the sample’s recorded network.direction agreeing with the home networks on every conversation', async () => {
  const { status, body } = await server.post(CONVERSATIONS_API_PATH, {
    index,
    time_range: { from: '2018-04-26T00:00:00Z', to: '2018-05-06T00:00:00Z' },
    fields: {
      timestamp: '@timestamp',
      signature_id: 'rule.id',
      signature_name: 'rule.name',
      source: 'source.ip',
      destination: 'destination.ip',
      direction: 'network.direction',
    },
  });
  expect(status).toBe(200);
  const response = decodeConversationsResponse(body as EncodedConversationsResponse);
  // The sample writes each alert's network.direction from the same home networks the route defaults to.
  expect(response.recorded_direction_check).toMatchObject({ compared: OUTBREAK_FACTS.conversations, agreeing: OUTBREAK_FACTS.conversations, disagreeing: 0, mixed: 0, not_recorded: 0 });
  expect(response.conversations.recorded_direction).toEqual(response.conversations.direction);
  expect(response).toMatchObject({ partial: false, warnings: [] });
}, 300_000);
