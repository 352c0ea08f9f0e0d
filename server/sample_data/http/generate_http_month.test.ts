import { createHash } from 'node:crypto';
import { detectResidualOutliers, seasonalDecompose, stl } from '../../../common';
import { toEcsHttp } from '../formats/http_formats';
import { buildHttpMonthManifest, buildHttpMonthPlan, generateHttpTransactions, type SampleHttpTransaction } from './generate_http_month';
import { BUCKET_MS, HTTP_MONTH_BUCKETS, HTTP_MONTH_START } from './http_spec';
import { fillGaps } from './test_support';

const plan = buildHttpMonthPlan();
const manifest = buildHttpMonthManifest(plan);
const rows: SampleHttpTransaction[] = [...generateHttpTransactions(plan)];
const bucketOf = (ms: number) => Math.floor((ms - HTTP_MONTH_START) / BUCKET_MS);
const isPostPut = (r: SampleHttpTransaction) => r.method === 'POST' || r.method === 'PUT';

/** The analysed series, computed from the rows: POST/PUT to the Internet, zero-byte rows dropped. */
function postPutExternalSeries(): number[] {
  const series = new Array<number>(HTTP_MONTH_BUCKETS).fill(0);
  for (const r of rows) if (isPostPut(r) && r.external && r.requestBytes > 0) series[bucketOf(r.timestamp)] += 1;
  return series;
}

describe('HTTP egress month', () => {
  it('matches its manifest: counts, methods, per-bucket series, gaps', () => {
    expect(rows).toHaveLength(manifest.counts.transactions);
    expect(rows.filter((r) => r.requestBytes === 0 && r.responseBytes === 0)).toHaveLength(manifest.counts.zeroByteRows);
    expect(rows.filter((r) => !r.external)).toHaveLength(manifest.counts.internalDestinationRows);
    const byMethod: Record<string, number> = {};
    for (const r of rows) byMethod[r.method] = (byMethod[r.method] ?? 0) + 1;
    expect(byMethod).toEqual(manifest.counts.byMethod);
    expect(postPutExternalSeries()).toEqual(manifest.postPutExternalPerBucket);
    const occupied = new Set(rows.map((r) => bucketOf(r.timestamp)));
    const empty = Array.from({ length: HTTP_MONTH_BUCKETS }, (_, b) => b).filter((b) => !occupied.has(b));
    expect(empty.map((b) => new Date(HTTP_MONTH_START + b * BUCKET_MS).toISOString())).toEqual(manifest.gaps);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    expect(rows.every((r, i) => i === 0 || rows[i - 1].timestamp <= r.timestamp)).toBe(true);
  });

  it('spans 30 days, has common and rare methods, zero-byte rows, and internal destinations', () => {
    expect(rows[0].timestamp).toBeGreaterThanOrEqual(Date.parse('2024-04-01T00:00:00Z'));
    expect(rows[rows.length - 1].timestamp).toBeLessThan(Date.parse('2024-05-01T00:00:00Z'));
    const methods = Object.entries(manifest.counts.byMethod);
    expect(methods.slice(0, 3).map(([m]) => m)).toEqual(['GET', 'POST', 'PUT']);
    expect(methods.filter(([, n]) => n < 10).map(([m]) => m).sort()).toEqual(['CONNECT', 'PROPFIND', 'TRACE']);
    expect(manifest.counts.zeroByteRows).toBeGreaterThan(1000);
    expect(rows.some((r) => r.requestBytes === 0 && isPostPut(r) && r.external)).toBe(true);
    expect(manifest.counts.internalDestinationRows).toBeGreaterThan(10_000);
  });

  it('has POST/PUT bodies mostly between ~100 and a little over 10,000 bytes, and exactly one transfer above 1e9', () => {
    const bodies = rows.filter((r) => isPostPut(r) && r.requestBytes > 0).map((r) => r.requestBodyBytes);
    const huge = rows.filter((r) => r.requestBodyBytes > 1e9);
    expect(huge).toHaveLength(1);
    expect(huge[0].id).toBe(manifest.outlierTransfer.id);
    expect(new Date(huge[0].timestamp).toISOString()).toBe(manifest.outlierTransfer.timestamp);
    expect(huge[0].requestBodyBytes).toBe(manifest.outlierTransfer.bytes);
    const rest = bodies.filter((b) => b < 1e9);
    expect(Math.min(...rest)).toBeGreaterThanOrEqual(90);
    expect(Math.min(...rest)).toBeLessThanOrEqual(110);
    expect(Math.max(...rest)).toBeGreaterThan(10_000);
    expect(Math.max(...rest)).toBeLessThan(11_000);
  });

  it('peaks near 13:00 and 23:00 UTC', () => {
    const series = postPutExternalSeries();
    const byHour = new Array<number>(24).fill(0);
    series.forEach((v, b) => {
      byHour[Math.floor((b % 96) / 4)] += v;
    });
    const ranked = byHour.map((v, h) => [v, h] as const).sort((a, b) => b[0] - a[0]);
    expect(ranked[0][1]).toBe(13);
    expect(byHour[23]).toBeGreaterThan(byHour[20]);
    expect(byHour[23]).toBeGreaterThan(byHour[2]);
  });

  it('plants anomalies that classical decomposition (period 96) finds at 4σ, and nothing else', () => {
    const { values, gaps } = fillGaps(postPutExternalSeries(), manifest.gaps);
    const { residual } = seasonalDecompose(values, { period: 96 });
    const scored = detectResidualOutliers(residual, { sigma: 4, ddof: 1 });
    const found = scored.buckets
      .filter((b) => b.status === 'scored' && b.isOutlier && !gaps.has(b.index))
      .map((b) => ({ bucketStart: new Date(HTTP_MONTH_START + b.index * BUCKET_MS).toISOString(), sign: b.status === 'scored' ? b.sign : 0 }));
    expect(found).toEqual(manifest.anomalies.map((a) => ({ bucketStart: a.bucketStart, sign: a.sign })));
  });

  it('plants anomalies that robust STL finds: they are the six largest residuals, all beyond 4σ, with their signs', () => {
    const { values, gaps } = fillGaps(postPutExternalSeries(), manifest.gaps);
    const { residual } = stl(values, { period: 96, robust: true });
    const scored = detectResidualOutliers(residual, { sigma: 4, ddof: 1 });
    const ranked = scored.buckets
      .filter((b) => b.status === 'scored' && !gaps.has(b.index))
      .map((b) => (b.status === 'scored' ? { index: b.index, score: b.score, sign: b.sign } : { index: -1, score: 0, sign: 0 }))
      .sort((a, b) => Math.abs(b.score) - Math.abs(a.score))
      .slice(0, manifest.anomalies.length)
      .sort((a, b) => a.index - b.index);
    expect(ranked.every((b) => Math.abs(b.score) > 4)).toBe(true);
    expect(ranked.map((b) => ({ bucketStart: new Date(HTTP_MONTH_START + b.index * BUCKET_MS).toISOString(), sign: b.sign }))).toEqual(
      manifest.anomalies.map((a) => ({ bucketStart: a.bucketStart, sign: a.sign })),
    );
  });

  it('is deterministic: same seed, same bytes', () => {
    const hash = (source: Iterable<SampleHttpTransaction>, limit = Infinity) => {
      const h = createHash('sha256');
      let n = 0;
      for (const r of source) {
        if (n >= limit) break;
        h.update(`${JSON.stringify(toEcsHttp(r))}\n`);
        n += 1;
      }
      return h.digest('hex');
    };
    expect(hash(generateHttpTransactions(buildHttpMonthPlan()))).toBe(hash(rows));
    expect(hash(generateHttpTransactions(buildHttpMonthPlan(5)), 20_000)).not.toBe(hash(rows, 20_000));
  }, 180_000);
});
