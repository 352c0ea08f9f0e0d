import { timelineRequestSchema } from '../../common/api/timeline';
import type { AnalysisSource, BucketsQuery, ValueCountsQuery } from '../sources/analysis_source';
import { getTimeline } from './timeline_service';

const quarter = 900_000;
const from = Date.parse('2024-04-19T00:00:00Z');

/** A source with a fixed series; value counts answer with the field's name so the test can tell them apart. */
function sourceOf(values: readonly number[]): AnalysisSource & { buckets: BucketsQuery[]; counts: ValueCountsQuery[] } {
  const buckets: BucketsQuery[] = [];
  const counts: ValueCountsQuery[] = [];
  const unused = (): never => {
    throw new Error('not used by this test');
  };
  return {
    buckets,
    counts,
    fetchConversationGroups: unused,
    fetchDistribution: unused,
    fetchEvents: unused,
    fetchBuckets: async (query) => {
      buckets.push(query);
      return { buckets: values.map((value, i) => ({ start: from + i * quarter, value })), warnings: [] };
    },
    fetchValueCounts: async (query) => {
      counts.push(query);
      return { values: [{ value: `top ${query.field}`, count: 9 }], distinctValues: 1, warnings: [] };
    },
  };
}

const base = {
  index: 'zeek-http',
  time_range: { from: '2024-04-19T00:00:00Z', to: '2024-04-19T05:00:00Z' },
  fields: { timestamp: 'ts', source: 'id.orig_h', destination: 'id.resp_h', http_method: 'method', bytes_out: 'request_body_len', domain: 'host' },
  decomposition: { period: 4 },
};

describe('getTimeline', () => {
  // Five periods of a 4-bucket pattern with one spike at bucket 10.
  const values = Array.from({ length: 20 }, (_, i) => [10, 20, 30, 20][i % 4] + (i === 10 ? 100 : 0));

  it('pushes the filters down, decomposes, flags the spike and drills into its bucket only', async () => {
    const request = timelineRequestSchema.parse({
      ...base,
      metric: 'sum_bytes_out',
      filters: { methods: ['POST', 'PUT'], bytes_out_positive: true, external_destinations_only: true },
      home_networks: ['64.225.56.0/24'],
    });
    const source = sourceOf(values);
    const response = await getTimeline(source, request, new AbortController().signal);
    expect(source.buckets[0]).toMatchObject({
      intervalMs: quarter,
      metric: { kind: 'sum', field: 'request_body_len' },
      filters: [
        { kind: 'terms', field: 'method', values: ['POST', 'PUT'] },
        { kind: 'range', field: 'request_body_len', gt: 0 },
        { kind: 'networks', field: 'id.resp_h', cidrs: ['64.225.56.0/24'], negate: true },
      ],
    });
    expect(response.decomposition?.trend.slice(0, 2)).toEqual([null, null]);
    expect(response.outliers.map((outlier) => outlier.bucket_start)).toEqual([from + 10 * quarter]);
    expect(response.outliers[0]).toMatchObject({
      value: 130, // phase 2 (30) + the spike (100)
      top_sources: [{ value: 'top id.orig_h', count: 9 }],
      top_destinations: [{ value: 'top id.resp_h', count: 9 }],
      top_domains: [{ value: 'top host', count: 9 }],
    });
    expect(source.counts).toHaveLength(3);
    expect(source.counts[0]).toMatchObject({ order: 'descending', size: 5, timeRange: { from: from + 10 * quarter, to: from + 11 * quarter } });
    expect(source.counts[0].filters).toEqual(source.buckets[0].filters);
  });

  it('decomposes by robust STL: a spike stays whole in its own bucket instead of echoing into the same phase of its neighbours', async () => {
    const series = Array.from({ length: 48 }, (_, i) => [10, 20, 30, 20][i % 4] + (i % 3) + (i === 22 ? 100 : 0));
    const request = timelineRequestSchema.parse({
      ...base,
      time_range: { from: '2024-04-19T00:00:00Z', to: '2024-04-19T12:00:00Z' },
      decomposition: { method: 'stl', period: 4 },
    });
    const response = await getTimeline(sourceOf(series), request, new AbortController().signal);
    const residual = response.decomposition?.residual ?? [];
    // Plain (non-robust) STL leaves 56 of the 100 here and pushes about −20 into buckets 18 and 26.
    expect(residual[22]).toBeCloseTo(100, 0);
    for (const neighbour of [14, 18, 26, 30]) expect(Math.abs(residual[neighbour] ?? Infinity)).toBeLessThan(2);
    expect(response.outliers.map((outlier) => outlier.bucket_start)).toEqual([from + 22 * quarter]);
  });

  it('returns the series with a not_scorable warning when it is shorter than two periods', async () => {
    const request = timelineRequestSchema.parse({ ...base, decomposition: { period: 96 } });
    const response = await getTimeline(sourceOf(values), request, new AbortController().signal);
    expect(response.values).toEqual(values);
    expect(response.decomposition).toBeNull();
    expect(response.outliers).toEqual([]);
    expect(response.warnings).toEqual([{ code: 'not_scorable', message: expect.stringMatching(/^no decomposition: seasonalDecompose requires/) }]);
  });
});
