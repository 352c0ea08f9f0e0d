import type { SampleHttpTransaction } from '../http/generate_http_month';

/** ECS 8.x document for one HTTP transaction, as Filebeat's Zeek module lays out http.log (`http.*`, `url.*`). */
export function toEcsHttp(row: SampleHttpTransaction): Record<string, unknown> {
  const response: Record<string, unknown> = { bytes: row.responseBytes, body: { bytes: row.responseBodyBytes } };
  if (row.statusCode !== undefined) response.status_code = row.statusCode;
  return {
    '@timestamp': new Date(row.timestamp).toISOString(),
    event: { kind: 'event', category: ['network', 'web'], type: ['connection', 'protocol'], module: 'zeek', dataset: 'zeek.http', id: row.id },
    http: {
      version: '1.1',
      request: { method: row.method, bytes: row.requestBytes, body: { bytes: row.requestBodyBytes } },
      response,
    },
    source: { ip: row.sourceIp, port: row.sourcePort, bytes: row.requestBytes },
    destination: { ip: row.destinationIp, port: row.destinationPort, bytes: row.responseBytes, domain: row.domain },
    url: { scheme: row.scheme, domain: row.domain, port: row.destinationPort, path: row.path },
    user_agent: { original: row.userAgent },
    network: { transport: 'tcp', protocol: 'http', direction: row.external ? 'outbound' : 'internal' },
    zeek: { session_id: row.uid },
  };
}

/** Zeek http.log columns and types, exactly as Zeek 6 writes them (see the real samples in ../shared/data/real/zeek-http/). */
export const ZEEK_HTTP_FIELDS: readonly (readonly [string, string])[] = [
  ['ts', 'time'],
  ['uid', 'string'],
  ['id.orig_h', 'addr'],
  ['id.orig_p', 'port'],
  ['id.resp_h', 'addr'],
  ['id.resp_p', 'port'],
  ['trans_depth', 'count'],
  ['method', 'string'],
  ['host', 'string'],
  ['uri', 'string'],
  ['referrer', 'string'],
  ['version', 'string'],
  ['user_agent', 'string'],
  ['origin', 'string'],
  ['request_body_len', 'count'],
  ['response_body_len', 'count'],
  ['status_code', 'count'],
  ['status_msg', 'string'],
  ['info_code', 'count'],
  ['info_msg', 'string'],
  ['tags', 'set[enum]'],
  ['username', 'string'],
  ['password', 'string'],
  ['proxied', 'set[string]'],
  ['orig_fuids', 'vector[string]'],
  ['orig_filenames', 'vector[string]'],
  ['orig_mime_types', 'vector[string]'],
  ['resp_fuids', 'vector[string]'],
  ['resp_filenames', 'vector[string]'],
  ['resp_mime_types', 'vector[string]'],
];

const STATUS_MESSAGES: Readonly<Record<number, string>> = {
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  207: 'Multi-Status',
  304: 'Not Modified',
  404: 'Not Found',
  405: 'Method Not Allowed',
  500: 'Internal Server Error',
};

/** Zeek's `#open`/`#close` time format: 2024-04-01-00-00-00. */
function zeekLogTime(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 19).replace('T', '-').replace(/:/g, '-');
}

/** Zeek's `ts`: epoch seconds with six decimals. */
export function formatZeekTime(epochMs: number): string {
  return (epochMs / 1000).toFixed(6);
}

export function zeekHttpHeader(openedAt: number): string[] {
  return [
    '#separator \\x09',
    '#set_separator\t,',
    '#empty_field\t(empty)',
    '#unset_field\t-',
    '#path\thttp',
    `#open\t${zeekLogTime(openedAt)}`,
    `#fields\t${ZEEK_HTTP_FIELDS.map(([name]) => name).join('\t')}`,
    `#types\t${ZEEK_HTTP_FIELDS.map(([, type]) => type).join('\t')}`,
  ];
}

export function zeekHttpFooter(closedAt: number): string {
  return `#close\t${zeekLogTime(closedAt)}`;
}

/** One http.log line. Zero-byte rows have no response: status and response fields unset ('-'). */
export function toZeekHttpLine(row: SampleHttpTransaction): string {
  const status = row.statusCode;
  return [
    formatZeekTime(row.timestamp),
    row.uid,
    row.sourceIp,
    row.sourcePort,
    row.destinationIp,
    row.destinationPort,
    1,
    row.method,
    row.domain,
    row.path === '' ? '(empty)' : row.path,
    '-',
    '1.1',
    row.userAgent,
    '-',
    row.requestBodyBytes,
    row.responseBodyBytes,
    status ?? '-',
    status === undefined ? '-' : (STATUS_MESSAGES[status] ?? '-'),
    '-',
    '-',
    '(empty)',
    '-',
    '-',
    '-',
    '-',
    '-',
    '-',
    '-',
    '-',
    '-',
  ].join('\t');
}
