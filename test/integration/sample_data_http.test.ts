import type { Client } from '@elastic/elasticsearch';
import { detectResidualOutliers, seasonalDecompose, stl } from '../../common';
import { buildHttpMonthManifest, buildHttpMonthPlan, createSampleDocuments, HTTP_INDEX_TEMPLATE, loadDocuments } from '../../server/sample_data';
import { fillGaps } from '../../server/sample_data/http/test_support';
import { createTestEsClient } from '../helpers/create_test_es_client';
import { uniqueIndexName } from '../helpers/unique_index_name';

// Each query spans the month's documents: seconds, more on a loaded CI machine.
jest.setTimeout(120_000);

const manifest = buildHttpMonthManifest(buildHttpMonthPlan());
const PRIVATE_RANGES = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10', '169.254.0.0/16', '127.0.0.0/8'];

interface HistogramResponse {
  aggregations?: { buckets: { buckets: { key: number; doc_count: number }[] } };
}

/** POST/PUT counts per 15-minute bucket over the whole month (empty buckets included), as the product queries them. */
async function postPutSeries(client: Client, index: string, externalOnly: boolean): Promise<number[]> {
  const response = (await client.search({
    index,
    size: 0,
    query: {
      bool: {
        filter: [{ terms: { 'http.request.method': ['POST', 'PUT'] } }, { range: { 'http.request.bytes': { gt: 0 } } }],
        must_not: externalOnly ? PRIVATE_RANGES.map((cidr) => ({ term: { 'destination.ip': cidr } })) : [],
      },
    },
    aggs: {
      buckets: {
        date_histogram: {
          field: '@timestamp',
          fixed_interval: '15m',
          min_doc_count: 0,
          extended_bounds: { min: Date.parse(manifest.start), max: Date.parse(manifest.end) - 1 },
        },
      },
    },
  })) as unknown as HistogramResponse;
  return (response.aggregations?.buckets.buckets ?? []).map((b) => b.doc_count);
}

function flagged(residual: number[], gaps: Set<number>): { bucketStart: string; sign: number; score: number }[] {
  return detectResidualOutliers(residual, { sigma: 4, ddof: 1 })
    .buckets.flatMap((b) => (b.status === 'scored' && b.isOutlier && !gaps.has(b.index) ? [b] : []))
    .map((b) => ({ bucketStart: new Date(Date.parse(manifest.start) + b.index * 900_000).toISOString(), sign: b.sign, score: b.score }));
}

describe('sample data: the HTTP egress month in Elasticsearch', () => {
  let client: Client;
  const index = uniqueIndexName('hunt-eda-sample-http');

  beforeAll(async () => {
    client = createTestEsClient();
    const { total, documents } = createSampleDocuments('http');
    const result = await loadDocuments({ client, index, template: HTTP_INDEX_TEMPLATE, documents });
    console.log(`http: ${result.documents} docs in ${(result.tookMs / 1000).toFixed(1)} s = ${result.documentsPerSecond} docs/s`);
    expect(result.documents).toBe(total);
  }, 600_000);
  afterAll(async () => {
    await client.indices.delete({ index, ignore_unavailable: true });
    await client.close();
  });

  it('holds every transaction and the manifest series of POST/PUT to the Internet, gaps included', async () => {
    expect((await client.count({ index })).count).toBe(manifest.counts.transactions);
    const series = await postPutSeries(client, index, true);
    expect(series).toEqual(manifest.postPutExternalPerBucket);
    for (const gap of manifest.gaps) {
      const response = await client.count({ index, query: { range: { '@timestamp': { gte: gap, lt: new Date(Date.parse(gap) + 900_000).toISOString() } } } });
      expect(response.count).toBe(0);
    }
  });

  it('finds every planted anomaly, with its sign, by classical decomposition and by robust STL', async () => {
    const { values, gaps } = fillGaps(await postPutSeries(client, index, true), manifest.gaps);
    const expected = manifest.anomalies.map((a) => ({ bucketStart: a.bucketStart, sign: a.sign }));
    const classical = flagged(seasonalDecompose(values, { period: 96 }).residual, gaps);
    expect(classical.map(({ bucketStart, sign }) => ({ bucketStart, sign }))).toEqual(expected);
    const robust = flagged(stl(values, { period: 96, robust: true }).residual, gaps);
    expect(robust.map(({ bucketStart, sign }) => ({ bucketStart, sign }))).toEqual(expect.arrayContaining(expected));
    expect(robust.length).toBeLessThanOrEqual(expected.length + 2);
  });

  it('needs the Internet-only filter: the internal decoy burst dominates the all-destinations series', async () => {
    const all = await postPutSeries(client, index, false);
    const external = await postPutSeries(client, index, true);
    const decoy = Math.round((Date.parse(manifest.decoys[0].bucketStart) - Date.parse(manifest.start)) / 900_000);
    expect(all[decoy] - external[decoy]).toBeGreaterThanOrEqual(manifest.decoys[0].extraInternalPosts);
    const { values, gaps } = fillGaps(all, manifest.gaps);
    const withDecoy = flagged(seasonalDecompose(values, { period: 96 }).residual, gaps).map((f) => f.bucketStart);
    expect(withDecoy).toContain(manifest.decoys[0].bucketStart);
  });

  it('finds the one transfer above 1,000,000,000 bytes', async () => {
    const response = await client.search<Record<string, unknown>>({
      index,
      size: 5,
      query: { range: { 'http.request.body.bytes': { gt: 1_000_000_000 } } },
    });
    expect(response.hits.hits.map((h) => h._id)).toEqual([manifest.outlierTransfer.id]);
    const source = response.hits.hits[0]._source as { '@timestamp': string; http: { request: { method: string; body: { bytes: number } } }; url: { domain: string } };
    expect(source['@timestamp']).toBe(manifest.outlierTransfer.timestamp);
    expect(source.http.request.body.bytes).toBe(manifest.outlierTransfer.bytes);
    expect(source.http.request.method).toBe(manifest.outlierTransfer.method);
    expect(source.url.domain).toBe(manifest.outlierTransfer.domain);
  });
});
