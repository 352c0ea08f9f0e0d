import { createPrng, deriveSeed, mix32, type Prng } from '../prng';
import {
  BUCKET_MS,
  BUCKETS_PER_DAY,
  DEFAULT_HTTP_SEED,
  GAP_BUCKETS,
  HTTP_MONTH_BUCKETS,
  HTTP_MONTH_START,
  INTERNAL_DECOY,
  OUTLIER_TRANSFER,
  PLANTED_ANOMALIES,
  RARE_METHOD_COUNTS,
} from './http_spec';

/** One generated HTTP transaction, before it is written as ECS or as a Zeek http.log line. */
export interface SampleHttpTransaction {
  /** Deterministic: `http-<bucket>-<n>`; the Elasticsearch `_id`. */
  readonly id: string;
  /** Zeek connection uid (`C` + 17 base-62 characters), derived from the id. */
  readonly uid: string;
  /** Epoch ms, UTC. */
  readonly timestamp: number;
  readonly method: string;
  readonly sourceIp: string;
  readonly sourcePort: number;
  readonly destinationIp: string;
  readonly destinationPort: number;
  readonly external: boolean;
  readonly scheme: 'http' | 'https';
  readonly domain: string;
  readonly path: string;
  readonly userAgent: string;
  /** Request body length (Zeek request_body_len, ECS http.request.body.bytes). */
  readonly requestBodyBytes: number;
  /** Headers + body sent by the client (ECS http.request.bytes and source.bytes). 0 for a zero-byte row. */
  readonly requestBytes: number;
  readonly responseBodyBytes: number;
  readonly responseBytes: number;
  /** Absent on zero-byte rows (no response seen). */
  readonly statusCode?: number;
}

export interface HttpMonthManifest {
  readonly dataset: 'http-month';
  readonly seed: number;
  readonly start: string;
  readonly end: string;
  readonly bucketMinutes: 15;
  readonly period: 96;
  readonly buckets: number;
  readonly counts: {
    readonly transactions: number;
    readonly zeroByteRows: number;
    readonly internalDestinationRows: number;
    readonly byMethod: Readonly<Record<string, number>>;
    /** POST+PUT to Internet destinations with bytes > 0: the analysed series, total. */
    readonly postPutExternal: number;
  };
  /** POST+PUT to Internet destinations with bytes > 0, per bucket (0 in the gaps). */
  readonly postPutExternalPerBucket: readonly number[];
  readonly anomalies: readonly { readonly bucketStart: string; readonly sign: 1 | -1; readonly expectedCount: number; readonly plantedCount: number }[];
  readonly gaps: readonly string[];
  readonly decoys: readonly { readonly bucketStart: string; readonly extraInternalPosts: number }[];
  readonly outlierTransfer: {
    readonly id: string;
    readonly bytes: number;
    readonly timestamp: string;
    readonly method: string;
    readonly domain: string;
    readonly sourceIp: string;
    readonly destinationIp: string;
  };
}

type Destination = 'external' | 'internal';

interface RowGroup {
  readonly method: string;
  readonly destination: Destination;
  readonly zero: boolean;
  readonly count: number;
}

/**
 * The month laid out bucket by bucket: how many rows of each kind each bucket holds. Small (a few hundred KB)
 * and cheap; the rows themselves are drawn per bucket by {@link generateHttpTransactions}.
 */
export interface HttpMonthPlan {
  readonly seed: number;
  readonly groups: readonly (readonly RowGroup[])[];
  /** Expected POST/PUT-to-Internet count per bucket (trend + daily pattern), before noise and anomalies. */
  readonly expected: Float64Array;
  readonly outlierSourceIp: string;
}

const HOUR_BUCKETS = 4;

/** Circular Gaussian bump on the 24-hour clock. */
function bump(hour: number, centre: number, width: number): number {
  const d = Math.min(Math.abs(hour - centre), 24 - Math.abs(hour - centre));
  return Math.exp(-(d * d) / (2 * width * width));
}

/**
 * Expected POST/PUT-to-Internet count per bucket: a linear trend (26 → 35) plus a daily pattern with peaks at
 * 13:00 and 23:00 UTC, a night trough, and a fixed per-phase jitter repeated every day (the "noisy but
 * repeating" seasonal shape of the article).
 */
function expectedCounts(prng: Prng): Float64Array {
  const jitter = Array.from({ length: BUCKETS_PER_DAY }, () => 2 * prng.normal());
  const expected = new Float64Array(HTTP_MONTH_BUCKETS);
  for (let b = 0; b < HTTP_MONTH_BUCKETS; b += 1) {
    const phase = b % BUCKETS_PER_DAY;
    const hour = phase / HOUR_BUCKETS;
    const trend = 26 + (9 * b) / HTTP_MONTH_BUCKETS;
    const seasonal = 24 * bump(hour, 13, 1.4) + 18 * bump(hour, 23, 1.2) - 10 * bump(hour, 5, 2.5) + jitter[phase];
    expected[b] = Math.max(3, trend + seasonal);
  }
  return expected;
}

export function buildHttpMonthPlan(seed: number = DEFAULT_HTTP_SEED): HttpMonthPlan {
  const prng = createPrng(deriveSeed(seed, 200));
  const expected = expectedCounts(prng);
  const gaps = new Set(GAP_BUCKETS);
  const anomalies = new Map(PLANTED_ANOMALIES.map((a) => [a.bucket, a]));
  const rare: Map<number, RowGroup[]> = new Map();
  for (const [method, total] of Object.entries(RARE_METHOD_COUNTS)) {
    for (let i = 0; i < total; i += 1) {
      let bucket = prng.int(0, HTTP_MONTH_BUCKETS - 1);
      while (gaps.has(bucket)) bucket = prng.int(0, HTTP_MONTH_BUCKETS - 1);
      const list = rare.get(bucket) ?? [];
      list.push({ method, destination: prng.next() < 0.3 ? 'internal' : 'external', zero: false, count: 1 });
      rare.set(bucket, list);
    }
  }

  const groups: RowGroup[][] = [];
  for (let b = 0; b < HTTP_MONTH_BUCKETS; b += 1) {
    if (gaps.has(b)) {
      groups.push([]);
      continue;
    }
    const anomaly = anomalies.get(b);
    let postPut = prng.poisson(expected[b]);
    if (anomaly && anomaly.sign > 0) postPut += anomaly.magnitude;
    if (anomaly && anomaly.sign < 0) postPut = Math.round(expected[b] * anomaly.magnitude);
    let puts = 0;
    for (let i = 0; i < postPut; i += 1) if (prng.next() < 0.15) puts += 1;
    const internalPosts = prng.poisson(6) + (b === INTERNAL_DECOY.bucket ? INTERNAL_DECOY.extraPosts : 0);
    const zeroRows = prng.poisson(0.7);
    const zeroPosts = Math.round(zeroRows * prng.next());
    const list: RowGroup[] = [
      { method: 'POST', destination: 'external', zero: false, count: postPut - puts },
      { method: 'PUT', destination: 'external', zero: false, count: puts },
      { method: 'GET', destination: 'external', zero: false, count: prng.poisson(0.9 * expected[b] + 12) },
      { method: 'POST', destination: 'internal', zero: false, count: internalPosts },
      { method: 'GET', destination: 'internal', zero: false, count: prng.poisson(9) },
      { method: 'POST', destination: 'external', zero: true, count: zeroPosts },
      { method: 'GET', destination: 'external', zero: true, count: zeroRows - zeroPosts },
      ...(rare.get(b) ?? []),
    ];
    groups.push(list.filter((g) => g.count > 0));
  }
  return { seed, groups, expected, outlierSourceIp: clientIp(137) };
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

export function bucketStart(bucket: number): number {
  return HTTP_MONTH_START + bucket * BUCKET_MS;
}

export function buildHttpMonthManifest(plan: HttpMonthPlan): HttpMonthManifest {
  const byMethod: Record<string, number> = {};
  const perBucket: number[] = [];
  let transactions = 0;
  let zeroByteRows = 0;
  let internalDestinationRows = 0;
  plan.groups.forEach((list, b) => {
    let series = b === OUTLIER_TRANSFER.bucket ? 1 : 0;
    for (const g of list) {
      transactions += g.count;
      byMethod[g.method] = (byMethod[g.method] ?? 0) + g.count;
      if (g.zero) zeroByteRows += g.count;
      if (g.destination === 'internal') internalDestinationRows += g.count;
      if (!g.zero && g.destination === 'external' && (g.method === 'POST' || g.method === 'PUT')) series += g.count;
    }
    perBucket.push(series);
  });
  transactions += 1;
  byMethod[OUTLIER_TRANSFER.method] += 1;
  const outlierTimestamp = bucketStart(OUTLIER_TRANSFER.bucket) + OUTLIER_TRANSFER.offsetMs;
  return {
    dataset: 'http-month',
    seed: plan.seed,
    start: iso(HTTP_MONTH_START),
    end: iso(bucketStart(HTTP_MONTH_BUCKETS)),
    bucketMinutes: 15,
    period: 96,
    buckets: HTTP_MONTH_BUCKETS,
    counts: {
      transactions,
      zeroByteRows,
      internalDestinationRows,
      byMethod: Object.fromEntries(Object.entries(byMethod).sort((a, b) => b[1] - a[1])),
      postPutExternal: perBucket.reduce((a, v) => a + v, 0),
    },
    postPutExternalPerBucket: perBucket,
    anomalies: PLANTED_ANOMALIES.map((a) => ({
      bucketStart: iso(bucketStart(a.bucket)),
      sign: a.sign,
      expectedCount: Math.round(plan.expected[a.bucket] * 10) / 10,
      plantedCount: perBucket[a.bucket],
    })),
    gaps: GAP_BUCKETS.map((b) => iso(bucketStart(b))),
    decoys: [{ bucketStart: iso(bucketStart(INTERNAL_DECOY.bucket)), extraInternalPosts: INTERNAL_DECOY.extraPosts }],
    outlierTransfer: {
      id: `http-${OUTLIER_TRANSFER.bucket}-0`,
      bytes: OUTLIER_TRANSFER.bytes,
      timestamp: iso(outlierTimestamp),
      method: OUTLIER_TRANSFER.method,
      domain: OUTLIER_TRANSFER.domain,
      sourceIp: plan.outlierSourceIp,
      destinationIp: EXTERNAL_SITES.find((s) => s.domain === OUTLIER_TRANSFER.domain)?.ip ?? '',
    },
  };
}

interface Site {
  readonly domain: string;
  readonly ip: string;
  readonly paths: readonly string[];
  readonly weight: number;
}

/** Internet sites on reserved names (RFC 2606 / 6761) and documentation addresses (RFC 5737). */
const EXTERNAL_SITES: readonly Site[] = [
  { domain: 'api.example.com', ip: '203.0.113.10', paths: ['/v1/events', '/v1/sessions', '/v1/metrics'], weight: 9 },
  { domain: 'telemetry.example.net', ip: '203.0.113.24', paths: ['/collect', '/v2/track'], weight: 8 },
  { domain: 'login.example.org', ip: '198.51.100.7', paths: ['/oauth2/token', '/login', '/session/refresh'], weight: 5 },
  { domain: 'cdn.example.com', ip: '198.51.100.40', paths: ['/static/app.js', '/static/app.css', '/img/logo.png'], weight: 7 },
  { domain: 'updates.example.net', ip: '192.0.2.15', paths: ['/check', '/manifest.json'], weight: 4 },
  { domain: 'crm.saas.example', ip: '203.0.113.77', paths: ['/api/records', '/api/notes', '/upload'], weight: 5 },
  { domain: 'mail.example.org', ip: '198.51.100.91', paths: ['/owa/service.svc', '/ews/exchange.asmx'], weight: 4 },
  { domain: 'files.collab.example', ip: '192.0.2.60', paths: ['/remote.php/dav/files', '/upload/chunk'], weight: 3 },
  { domain: 'ads.tracker.example', ip: '203.0.113.130', paths: ['/pixel', '/bid'], weight: 3 },
  { domain: 'www.example.com', ip: '198.51.100.150', paths: ['/', '/search', '/contact'], weight: 4 },
  { domain: OUTLIER_TRANSFER.domain, ip: '192.0.2.201', paths: ['/v2/objects/upload'], weight: 0.3 },
];

const INTERNAL_SITES: readonly Site[] = [
  { domain: 'wiki.corp.internal', ip: '10.20.0.11', paths: ['/pages/edit', '/api/content'], weight: 3 },
  { domain: 'jira.corp.internal', ip: '10.20.0.12', paths: ['/rest/api/2/issue', '/secure/Dashboard.jspa'], weight: 3 },
  { domain: 'backup.corp.internal', ip: '10.20.0.40', paths: ['/api/v1/snapshots'], weight: 1 },
  { domain: 'git.corp.internal', ip: '10.20.0.13', paths: ['/api/v4/projects', '/repo.git/git-upload-pack'], weight: 2 },
];

const USER_AGENTS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:124.0) Gecko/20100101 Firefox/124.0',
  'Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17328; Pro)',
  'python-requests/2.31.0',
  'curl/8.4.0',
];

/** Clients: 10.30.{0..3}.{10..109}. */
function clientIp(index: number): string {
  return `10.30.${Math.floor(index / 100)}.${10 + (index % 100)}`;
}

function pickWeighted(prng: Prng, sites: readonly Site[]): Site {
  const total = sites.reduce((a, s) => a + s.weight, 0);
  let u = prng.next() * total;
  for (const site of sites) {
    u -= site.weight;
    if (u < 0) return site;
  }
  return sites[sites.length - 1];
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

function zeekUid(seed: number, bucket: number, n: number): string {
  let h = deriveSeed(deriveSeed(seed, bucket), n);
  let uid = 'C';
  for (let i = 0; i < 17; i += 1) {
    h = mix32(h);
    uid += BASE62[h % 62];
  }
  return uid;
}

function requestBody(prng: Prng, method: string): number {
  if (method === 'POST' || method === 'PUT') return Math.min(10_600, Math.max(96, Math.round(Math.exp(Math.log(900) + 0.95 * prng.normal()))));
  if (method === 'PATCH' || method === 'PROPFIND') return prng.int(120, 640);
  return 0;
}

function responseBody(prng: Prng, method: string): number {
  if (method === 'GET') return Math.min(5_000_000, Math.round(Math.exp(Math.log(8000) + 1.5 * prng.normal())));
  if (method === 'HEAD' || method === 'CONNECT' || method === 'OPTIONS') return 0;
  return prng.int(20, 2000);
}

function statusCode(prng: Prng, method: string): number {
  const u = prng.next();
  if (method === 'CONNECT') return 200;
  if (method === 'PUT' && u < 0.6) return 201;
  if (method === 'OPTIONS' || method === 'DELETE') return u < 0.8 ? 204 : 405;
  if (method === 'PROPFIND') return 207;
  if (u < 0.9) return 200;
  if (u < 0.94) return 304;
  if (u < 0.98) return 404;
  return 500;
}

function makeRow(prng: Prng, seed: number, bucket: number, n: number, group: RowGroup): SampleHttpTransaction {
  const site = pickWeighted(prng, group.destination === 'internal' ? INTERNAL_SITES : EXTERNAL_SITES.slice(0, -1));
  const portDraw = prng.next();
  const scheme = portDraw < 0.72 ? 'https' : 'http';
  const destinationPort = scheme === 'https' ? 443 : portDraw < 0.95 ? 80 : 8080;
  const headers = group.zero ? 0 : prng.int(180, 880);
  const body = group.zero ? 0 : requestBody(prng, group.method);
  const responseBodyBytes = group.zero ? 0 : responseBody(prng, group.method);
  const timestamp = bucketStart(bucket) + Math.floor(prng.next() * BUCKET_MS);
  // Zipf-like clients: a few busy hosts, a long tail.
  const client = Math.min(399, Math.floor(400 * prng.next() ** 2.2));
  return {
    id: `http-${bucket}-${n}`,
    uid: zeekUid(seed, bucket, n),
    timestamp,
    method: group.method,
    sourceIp: clientIp(client),
    sourcePort: prng.int(49152, 65535),
    destinationIp: site.ip,
    destinationPort,
    external: group.destination === 'external',
    scheme,
    domain: site.domain,
    path: group.method === 'CONNECT' ? '' : prng.pick(site.paths),
    userAgent: prng.pick(USER_AGENTS),
    requestBodyBytes: body,
    requestBytes: headers + body,
    responseBodyBytes,
    responseBytes: group.zero ? 0 : prng.int(150, 420) + responseBodyBytes,
    statusCode: group.zero ? undefined : statusCode(prng, group.method),
  };
}

/**
 * Yields the month's transactions in timestamp order (ties: id order). Each bucket draws from its own seeded
 * stream, so the bytes of one bucket never depend on another. Cost: O(rows) time, one bucket's rows in memory.
 */
export function* generateHttpTransactions(plan: HttpMonthPlan): Generator<SampleHttpTransaction> {
  const outlierSite = EXTERNAL_SITES[EXTERNAL_SITES.length - 1];
  for (let b = 0; b < plan.groups.length; b += 1) {
    const prng = createPrng(deriveSeed(plan.seed, 10_000 + b));
    const rows: SampleHttpTransaction[] = [];
    if (b === OUTLIER_TRANSFER.bucket) {
      rows.push({
        ...makeRow(prng, plan.seed, b, 0, { method: OUTLIER_TRANSFER.method, destination: 'external', zero: false, count: 1 }),
        timestamp: bucketStart(b) + OUTLIER_TRANSFER.offsetMs,
        sourceIp: plan.outlierSourceIp,
        destinationIp: outlierSite.ip,
        destinationPort: 443,
        scheme: 'https',
        domain: outlierSite.domain,
        path: OUTLIER_TRANSFER.path,
        userAgent: 'rclone/v1.66.0',
        requestBodyBytes: OUTLIER_TRANSFER.bytes,
        requestBytes: OUTLIER_TRANSFER.bytes + 412,
        responseBodyBytes: 96,
        responseBytes: 402,
        statusCode: 201,
      });
    }
    for (const group of plan.groups[b]) {
      for (let i = 0; i < group.count; i += 1) rows.push(makeRow(prng, plan.seed, b, rows.length, group));
    }
    rows.sort((x, y) => x.timestamp - y.timestamp || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    yield* rows;
  }
}
