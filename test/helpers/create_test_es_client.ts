import { Client } from '@elastic/elasticsearch';
import type { ClientOptions } from '@elastic/elasticsearch';
import { getTestEsUrl } from './get_test_es_url';

/**
 * A client for the test cluster. Credentials may ride in ES_URL (`https://user:pass@host:9200`) or come
 * from ES_API_KEY. Close it in afterAll. Note that `client.info()` and `client.ping()` do not work against
 * the integ-test distribution (it has no `GET /` handler); use `cluster.health()` instead.
 */
export function createTestEsClient(url: string = getTestEsUrl(), options: Omit<ClientOptions, 'node' | 'auth'> = {}): Client {
  const apiKey = process.env.ES_API_KEY;
  return new Client({ node: url, requestTimeout: 60_000, ...options, ...(apiKey ? { auth: { apiKey } } : {}) });
}
