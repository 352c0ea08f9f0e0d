/**
 * The same events in Elasticsearch and in a file must give the same analysis: conversations, summary facts,
 * buckets, decomposition and outliers, byte for byte in the CLI's JSON. Events come from the sample
 * generators (the start of the WannaCry outbreak, the start of the HTTP month, in time order); Elasticsearch
 * gets them through the sample loader with its index templates, the embedded engine reads the same ECS lines
 * from an NDJSON file.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { Client } from '@elastic/elasticsearch';

import type { ConversationsOutput } from '../../cli/to_conversations_output';
import type { TimelineOutput } from '../../cli/to_timeline_output';
import { createSampleDocuments, loadDocuments, SAMPLE_DATASETS } from '../../server/sample_data';
import type { SampleDatasetId, SampleDocument } from '../../server/sample_data';
import { createTestEsClient } from '../helpers/create_test_es_client';
import { getTestEsUrl } from '../helpers/get_test_es_url';
import { uniqueIndexName } from '../helpers/unique_index_name';
import { parseJson, runCli } from './run_cli';

const EVENTS = 20_000;

let client: Client;
let dir: string;
const indices: string[] = [];

function firstDocuments(dataset: SampleDatasetId, count: number): SampleDocument[] {
  const taken: SampleDocument[] = [];
  for (const document of createSampleDocuments(dataset).documents) {
    taken.push(document);
    if (taken.length === count) break;
  }
  return taken;
}

/** The same documents into a fresh index and into an NDJSON file. */
async function loadBoth(dataset: SampleDatasetId): Promise<{ index: string; file: string }> {
  const documents = firstDocuments(dataset, EVENTS);
  const index = uniqueIndexName(`hunt-eda-e2e-${dataset}`);
  indices.push(index);
  await loadDocuments({ client, index, template: { name: `${index}-template`, body: { ...SAMPLE_DATASETS[dataset].template.body, index_patterns: [index], priority: 500 } }, documents });
  const file = path.join(dir, `${dataset}.ecs.ndjson`);
  writeFileSync(file, documents.map((document) => document.source).join('\n') + '\n');
  return { index, file };
}

/** What both engines must agree on: everything but the scope's index name. */
function withoutIndex<T extends { scope: Readonly<Record<string, unknown>> }>(output: T): T {
  return { ...output, scope: { ...output.scope, index: '(compared without)' } };
}

beforeAll(async () => {
  client = createTestEsClient();
  dir = mkdtempSync(path.join(tmpdir(), 'hunt-eda-cross-engine-'));
}, 30_000);

afterAll(async () => {
  for (const index of indices) await client.indices.delete({ index, ignore_unavailable: true });
  await client.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('Elasticsearch and the embedded engine give identical results', () => {
  it('conversations and summary facts of the outbreak start', async () => {
    const { index, file } = await loadBoth('outbreak');
    const args = ['conversations', '--format', 'json', '--preset', 'ecs'];
    const [es, files] = await Promise.all([runCli([...args, '--es', getTestEsUrl(), '--index', index]), runCli([...args, file])]);
    expect({ code: es.code, stderr: es.stderr }).toEqual({ code: 0, stderr: '' });
    expect({ code: files.code, stderr: files.stderr }).toEqual({ code: 0, stderr: '' });
    const fromEs = parseJson<ConversationsOutput>(es);
    const fromFiles = parseJson<ConversationsOutput>(files);
    expect(fromFiles.summary.total_observations).toBe(EVENTS);
    expect(fromFiles.conversations.length).toBeGreaterThan(10);
    expect(withoutIndex(fromEs)).toEqual(withoutIndex(fromFiles));
  }, 300_000);

  it('buckets, decomposition, outliers and their drill-downs of the HTTP month start', async () => {
    const { index, file } = await loadBoth('http');
    const args = ['timeline', '--format', 'json', '--preset', 'ecs', '--interval', '15m', '--period', '96', '--sigma', '3'];
    const [es, files] = await Promise.all([runCli([...args, '--es', getTestEsUrl(), '--index', index]), runCli([...args, file])]);
    expect({ code: es.code, stderr: es.stderr }).toEqual({ code: 0, stderr: '' });
    expect({ code: files.code, stderr: files.stderr }).toEqual({ code: 0, stderr: '' });
    const fromEs = parseJson<TimelineOutput>(es);
    const fromFiles = parseJson<TimelineOutput>(files);
    expect(fromFiles.buckets.reduce((sum, bucket) => sum + bucket.value, 0)).toBe(EVENTS);
    expect(fromFiles.buckets.length).toBeGreaterThanOrEqual(2 * 96);
    expect(withoutIndex(fromEs)).toEqual(withoutIndex(fromFiles));

    const posts = ['--methods', 'POST,PUT', '--external-only'];
    const [esPosts, filePosts] = await Promise.all([runCli([...args, ...posts, '--es', getTestEsUrl(), '--index', index]), runCli([...args, ...posts, file])]);
    expect(esPosts.code).toBe(0);
    expect(withoutIndex(parseJson<TimelineOutput>(esPosts))).toEqual(withoutIndex(parseJson<TimelineOutput>(filePosts)));
  }, 300_000);
});
