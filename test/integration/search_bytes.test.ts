/**
 * searchBytes against a real cluster: the bytes it answers are the JSON the client parses, compressed or
 * not, and a failed search becomes the same domain error as through the client's own error path.
 */
import type { Client, estypes } from '@elastic/elasticsearch';
import { toSourceError } from '../../server/sources/elasticsearch/errors';
import { searchBytes } from '../../server/sources/elasticsearch/search_bytes';
import { SourceError } from '../../server/sources/source_errors';
import { createTestEsClient } from '../helpers/create_test_es_client';
import { getTestEsUrl } from '../helpers/get_test_es_url';
import { uniqueIndexName } from '../helpers/unique_index_name';

jest.setTimeout(60_000);

const index = uniqueIndexName('search-bytes');
let client: Client;
const signal = new AbortController().signal;
const composite: estypes.SearchRequest = {
  index,
  size: 0,
  aggs: { pairs: { composite: { size: 100, sources: [{ source_ip: { terms: { field: 'source.ip' } } }, { name: { terms: { field: 'name' } } }] } } },
};

beforeAll(async () => {
  client = createTestEsClient();
  await client.indices.create({ index, mappings: { properties: { source: { properties: { ip: { type: 'ip' } } }, name: { type: 'keyword' }, message: { type: 'text' } } } });
  const docs = Array.from({ length: 50 }, (_, i) => ({ source: { ip: `10.0.0.${i % 7}` }, name: `é "${i % 3}" \\ ${'x'.repeat(i)}`, message: 'free text' }));
  await client.bulk({ index, refresh: true, operations: docs.flatMap((doc) => [{ index: {} }, doc]) });
});

afterAll(async () => {
  await client.indices.delete({ index, ignore_unavailable: true });
  await client.close();
});

it('answers the bytes of the JSON the client parses, with or without compression', async () => {
  const parsed = await client.search(composite);
  const { took: _took, ...expected } = parsed;
  const { took, ...fromBytes } = JSON.parse((await searchBytes(client, composite, { signal })).toString('utf8')) as typeof parsed;
  expect(typeof took).toBe('number');
  expect(fromBytes).toEqual(expected);
  const gzipping = createTestEsClient(getTestEsUrl(), { compression: true });
  try {
    expect((await gzipping.search(composite, { meta: true })).headers['content-encoding']).toBe('gzip');
    const { took: _again, ...unzipped } = JSON.parse((await searchBytes(gzipping, composite, { signal })).toString('utf8')) as typeof parsed;
    expect(unzipped).toEqual(expected);
  } finally {
    await gzipping.close();
  }
});

it('fails as the client fails: a missing index is not_found, a text field not_aggregatable naming it', async () => {
  const missing = await searchBytes(client, { ...composite, index: `${index}-missing` }, { signal }).catch((error: unknown) => error);
  expect(toSourceError(missing, `${index}-missing`)).toMatchObject({ code: 'not_found' });
  const text: estypes.SearchRequest = { ...composite, aggs: { pairs: { composite: { sources: [{ message: { terms: { field: 'message' } } }] } } } };
  const refused = toSourceError(await searchBytes(client, text, { signal }).catch((error: unknown) => error), index);
  expect(refused).toBeInstanceOf(SourceError);
  expect(refused).toMatchObject({ code: 'not_aggregatable', message: expect.stringContaining('[message]') });
  // The client's own error path gives the same domain error.
  expect(toSourceError(await client.search(text).catch((error: unknown) => error), index)).toMatchObject({ code: 'not_aggregatable', message: (refused as SourceError).message });
});

it('stops reading when its signal aborts', async () => {
  const controller = new AbortController();
  const pending = searchBytes(client, composite, { signal: controller.signal });
  controller.abort();
  expect(toSourceError(await pending.catch((error: unknown) => error), index)).toMatchObject({ code: 'aborted' });
});
