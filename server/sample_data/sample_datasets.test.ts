import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createSampleDocuments, writeSampleDataset } from './sample_datasets';

describe('writeSampleDataset', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'sample-datasets-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the HTTP month as gzipped Zeek http.log with its manifest beside it', async () => {
    const result = await writeSampleDataset({ dataset: 'http', format: 'zeek', outDir: dir, gzip: true });
    expect(path.basename(result.dataFile)).toBe('http.log.gz');
    const lines = gunzipSync(await readFile(result.dataFile)).toString('utf8').trimEnd().split('\n');
    const manifest = JSON.parse(await readFile(result.manifestFile, 'utf8'));
    expect(lines.filter((l) => !l.startsWith('#'))).toHaveLength(manifest.counts.transactions);
    expect(lines[lines.length - 1]).toBe('#close\t2024-05-01-00-00-00');
    expect(manifest.anomalies).toHaveLength(6);
    expect(manifest.outlierTransfer.bytes).toBeGreaterThan(1e9);
    expect(lines.some((l) => l.includes(`\t${manifest.outlierTransfer.bytes}\t`))).toBe(true);
  }, 120_000);

  it('refuses a format the dataset does not have, naming both', async () => {
    await expect(writeSampleDataset({ dataset: 'outbreak', format: 'zeek', outDir: dir })).rejects.toThrow(
      'format "zeek" is not available for dataset "outbreak" (use ecs-ndjson or eve)',
    );
  });

  it('streams ECS documents with unique deterministic ids and the announced total', () => {
    const { total, documents } = createSampleDocuments('http');
    const ids = new Set<string>();
    let n = 0;
    for (const doc of documents) {
      ids.add(doc.id);
      expect(JSON.parse(doc.source)['event']['id']).toBe(doc.id);
      n += 1;
      if (n === 1000) break;
    }
    expect(ids.size).toBe(1000);
    expect(total).toBeGreaterThan(200_000);
  });
});
