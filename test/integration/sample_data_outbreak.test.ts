import type { Client } from '@elastic/elasticsearch';
import { Client as EsClient } from '@elastic/elasticsearch';
import { summarizeConversations, toConversation } from '../../common';
import type { Conversation } from '../../common/model/conversation';
import { DEFAULT_HOME_NETWORKS } from '../../common/network/home_networks';
import {
  ALERTS_INDEX_TEMPLATE,
  createSampleDocuments,
  loadDocuments,
  OUTBREAK_FACTS,
  SampleDataLoadError,
  type SampleDocument,
} from '../../server/sample_data';
import { createTestEsClient } from '../helpers/create_test_es_client';
import { uniqueIndexName } from '../helpers/unique_index_name';

interface CompositeBucket {
  key: { signature_id: string; source: string; destination: string };
  doc_count: number;
  first: { value: number };
  last: { value: number };
  name: { buckets: { key: string }[] };
}
interface CompositeResponse {
  aggregations?: { conversations: { after_key?: CompositeBucket['key']; buckets: CompositeBucket[] } };
}

/** Conversations straight from Elasticsearch: a composite aggregation paged by after_key, then toConversation. */
async function conversationsFromEs(client: Client, index: string): Promise<Conversation[]> {
  const conversations: Conversation[] = [];
  let after: CompositeBucket['key'] | undefined;
  for (;;) {
    const response = (await client.search({
      index,
      size: 0,
      aggs: {
        conversations: {
          composite: {
            size: 2000,
            sources: [
              { signature_id: { terms: { field: 'rule.id' } } },
              { source: { terms: { field: 'source.ip' } } },
              { destination: { terms: { field: 'destination.ip' } } },
            ],
            ...(after ? { after } : {}),
          },
          aggs: {
            first: { min: { field: '@timestamp' } },
            last: { max: { field: '@timestamp' } },
            name: { terms: { field: 'rule.name', size: 1 } },
          },
        },
      },
    })) as unknown as CompositeResponse;
    const page = response.aggregations?.conversations;
    if (!page || page.buckets.length === 0) break;
    for (const b of page.buckets) {
      const result = toConversation(
        {
          signatureId: b.key.signature_id,
          signature: b.name.buckets[0]?.key ?? '',
          sourceIp: b.key.source,
          destinationIp: b.key.destination,
          firstSeen: b.first.value,
          lastSeen: b.last.value,
          observations: b.doc_count,
        },
        DEFAULT_HOME_NETWORKS,
      );
      if (!result.ok) throw new Error(`bad conversation ${JSON.stringify(b.key)}: ${JSON.stringify(result.problems)}`);
      conversations.push(result.conversation);
    }
    after = page.after_key;
    if (!after) break;
  }
  return conversations;
}

describe('sample data: the WannaCry outbreak in Elasticsearch', () => {
  let client: Client;
  const index = uniqueIndexName('hunt-eda-sample-alerts');
  const small = uniqueIndexName('hunt-eda-sample-alerts-small');

  beforeAll(() => {
    client = createTestEsClient();
  });
  afterAll(async () => {
    await client.indices.delete({ index: [index, small], ignore_unavailable: true });
    await client.close();
  });

  it('loads 2,461,337 alerts and its conversations reproduce the published facts exactly', async () => {
    const { total, documents } = createSampleDocuments('outbreak');
    const result = await loadDocuments({ client, index, template: ALERTS_INDEX_TEMPLATE, documents });
    console.log(`outbreak: ${result.documents} docs in ${(result.tookMs / 1000).toFixed(1)} s = ${result.documentsPerSecond} docs/s`);
    expect(result.documents).toBe(total);
    expect((await client.count({ index })).count).toBe(OUTBREAK_FACTS.observations);

    const conversations = await conversationsFromEs(client, index);
    const summary = summarizeConversations(conversations);
    expect(summary.conversations).toBe(4818);
    expect(summary.signatures).toHaveLength(5);
    expect(summary.totalObservations).toBe(2_461_337);
    const doublepulsar = summary.signatures.find((s) => s.signatureId === '2024216');
    expect(doublepulsar?.conversations).toBe(3280);
    expect(doublepulsar?.conversationShare.toFixed(3)).toBe('0.681');
    expect(summary.directions).toEqual({ internal_to_internal: 4786, internal_to_external: 32, external_to_internal: 0, external_to_external: 0 });
    const worm = summary.signatures.find((s) => s.signatureId === '2830018');
    expect(worm?.directions.internal_to_external).toBe(32);
    expect(worm?.directions.internal_to_internal).toBeGreaterThan(0);
    expect(summary.otrSecondsByDirection.internal_to_external?.min).toBe(21_960);
    expect(summary.otrSecondsByDirection.internal_to_external?.median).toBe(421_200);
    expect(summary.uniquePairs.count).toBe(4010);
    expect(summary.uniquePairs.share.toFixed(3)).toBe('0.832');
    expect(summary.uniqueSources).toBe(234);
    expect(summary.uniqueDestinations).toBe(469);
    expect(summary.topSources.map((s) => s.conversations)).toEqual([68, 67, 66, 64, 63]);
    for (const d of summary.topDestinations) expect(d.conversations >= 150 && d.conversations <= 215).toBe(true);
    expect(summary.topDestinations).toHaveLength(5);

    const firstSeen = Math.min(...conversations.map((c) => c.firstSeen));
    const lastSeen = Math.max(...conversations.map((c) => c.lastSeen));
    expect(new Date(firstSeen).toISOString().slice(0, 10)).toBe('2018-04-26');
    expect(new Date(lastSeen).toISOString().slice(0, 10)).toBe('2018-05-05');
  }, 1_200_000);

  it('is idempotent: loading the same documents twice does not duplicate them', async () => {
    const { documents } = createSampleDocuments('outbreak');
    const slice: SampleDocument[] = [];
    for (const doc of documents) {
      slice.push(doc);
      if (slice.length === 20_000) break;
    }
    await loadDocuments({ client, index: small, template: ALERTS_INDEX_TEMPLATE, documents: slice, batchSize: 3000 });
    await loadDocuments({ client, index: small, template: ALERTS_INDEX_TEMPLATE, documents: slice, batchSize: 7000 });
    expect((await client.count({ index: small })).count).toBe(20_000);
  }, 300_000);

  it('names the document and the reason when Elasticsearch refuses one', async () => {
    const documents: SampleDocument[] = [
      { id: 'good-1', source: JSON.stringify({ '@timestamp': '2018-04-26T00:00:00Z', source: { ip: '10.0.0.1' } }) },
      { id: 'bad-ip-1', source: JSON.stringify({ '@timestamp': '2018-04-26T00:00:00Z', source: { ip: 'not-an-ip' } }) },
    ];
    const failure = loadDocuments({ client, index: small, template: ALERTS_INDEX_TEMPLATE, documents });
    await expect(failure).rejects.toThrow(SampleDataLoadError);
    await expect(failure).rejects.toThrow(/refused document bad-ip-1 in hunt-eda-sample-alerts-small-.*: document_parsing_exception|mapper_parsing_exception/);
  });

  it('names the URL when the cluster is unreachable', async () => {
    const nowhere = new EsClient({ node: 'http://127.0.0.1:9', maxRetries: 0, requestTimeout: 5000 });
    try {
      const failure = loadDocuments({ client: nowhere, index: 'hunt-eda-sample-alerts-x', documents: [] });
      await expect(failure).rejects.toThrow(/Elasticsearch at http:\/\/127\.0\.0\.1:9 is unreachable/);
    } finally {
      await nowhere.close();
    }
  });
});
