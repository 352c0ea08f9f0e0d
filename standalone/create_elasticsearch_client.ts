import { readFileSync } from 'node:fs';

import { Client } from '@elastic/elasticsearch';
import type { ClientOptions } from '@elastic/elasticsearch';

import { SourceError } from '../server/sources/source_errors';
import { OptionError } from './option_error';

export interface ElasticsearchConnectionOptions {
  /** e.g. https://localhost:9200; credentials may sit in the URL (https://user:pass@host:9200). */
  readonly url: string;
  readonly apiKey?: string;
  readonly username?: string;
  readonly password?: string;
  /** PEM file of the CA that signed the cluster's certificate (self-signed clusters). */
  readonly caFile?: string;
  readonly requestTimeoutMs?: number;
}

/** The client options for a connection, or a usage error naming the option at fault. Pure but for reading the CA file. */
export function buildClientOptions(options: ElasticsearchConnectionOptions): ClientOptions {
  let url: URL;
  try {
    url = new URL(options.url);
  } catch {
    throw new OptionError(`--es: "${options.url}" is not a URL; expected e.g. http://localhost:9200`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new OptionError(`--es: expected an http:// or https:// URL, got "${url.protocol}"`);
  }
  if (options.apiKey !== undefined && options.username !== undefined) {
    throw new OptionError('give either an API key or a username and password, not both');
  }
  if ((options.username === undefined) !== (options.password === undefined)) {
    throw new OptionError('a username needs a password (and the other way round)');
  }
  let ca: string | undefined;
  if (options.caFile !== undefined) {
    try {
      ca = readFileSync(options.caFile, 'utf8');
    } catch (error) {
      throw new SourceError('not_found', `--ca: cannot read ${options.caFile} (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  const auth = options.apiKey !== undefined
    ? { apiKey: options.apiKey }
    : options.username !== undefined && options.password !== undefined
      ? { username: options.username, password: options.password }
      : undefined;
  return {
    node: options.url,
    requestTimeout: options.requestTimeoutMs ?? 120_000,
    ...(auth ? { auth } : {}),
    ...(ca !== undefined ? { tls: { ca } } : {}),
  };
}

/**
 * Connects to Elasticsearch and checks the connection once (GET /), so a wrong URL, missing credentials or
 * an untrusted certificate fail now with what to change, not at the first analysis.
 */
export async function createElasticsearchClient(options: ElasticsearchConnectionOptions): Promise<Client> {
  const client = new Client(buildClientOptions(options));
  try {
    await client.info();
  } catch (error) {
    // Any other answer proves the cluster is reachable and the credentials accepted (some distributions,
    // such as the integ-test one, have no GET / handler).
    const status = statusOf(error);
    if (status === undefined || status === 401 || status === 403) {
      await client.close();
      throw explainConnectionError(error, options.url);
    }
  }
  return client;
}

function statusOf(error: unknown): number | undefined {
  const status = typeof error === 'object' && error !== null && 'meta' in error ? (error as { meta?: { statusCode?: unknown } }).meta?.statusCode : undefined;
  // The client reports 0 when no HTTP answer came at all (connection refused, TLS failure).
  return typeof status === 'number' && status > 0 ? status : undefined;
}

/** A failed first contact, with the option to fix. */
export function explainConnectionError(error: unknown, url: string): SourceError {
  const message = error instanceof Error ? error.message : String(error);
  const status = statusOf(error);
  if (status === 401) return new SourceError('unavailable', `Elasticsearch at ${url} refused the credentials (401): pass --api-key, or --username and --password (or put them in the URL)`);
  if (status === 403) return new SourceError('unavailable', `Elasticsearch at ${url} answered 403: the user lacks the "monitor" or read privileges`);
  if (/self[- ]signed|unable to verify|certificate/i.test(message)) {
    return new SourceError('unavailable', `Elasticsearch at ${url}: the TLS certificate is not trusted (${message}); pass --ca with the cluster's CA file (e.g. config/certs/http_ca.crt)`);
  }
  if (/ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ConnectionError|socket hang up/i.test(`${message} ${error instanceof Error ? error.name : ''}`)) {
    return new SourceError('unavailable', `cannot reach Elasticsearch at ${url} (${message}); check --es and that the cluster is running`);
  }
  return new SourceError('unavailable', `Elasticsearch at ${url}: ${message}`);
}
