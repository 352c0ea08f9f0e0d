import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEmbeddedSource } from './open_embedded_source';

jest.setTimeout(60_000);

describe('a directory argument', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hunt-eda-dir-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('loads the data files and leaves out the sample writer’s manifest beside them', async () => {
    const alert = (i: number) => JSON.stringify({ timestamp: `2018-03-23T10:00:0${i}.000000-0600`, event_type: 'alert', src_ip: '10.0.0.1', dest_ip: '10.0.0.2', alert: { signature_id: 1, signature: 's' } });
    await writeFile(join(dir, 'eve.json'), `${[1, 2, 3].map(alert).join('\n')}\n`);
    await writeFile(join(dir, 'http.manifest.json'), JSON.stringify({ dataset: 'http', files: ['eve.json'], total: 3 }, null, 2));
    const source = await openEmbeddedSource([dir]);
    try {
      const datasets = source.datasets();
      expect(datasets.flatMap((dataset) => dataset.files)).toEqual([join(dir, 'eve.json')]);
      expect(datasets.reduce((sum, dataset) => sum + dataset.rows, 0)).toBe(3);
    } finally {
      await source.close();
    }
  });
});
