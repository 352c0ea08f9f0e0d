import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CONTRACT_VIEW, describeSavedViewsStoreContract } from '../../test/helpers/describe_saved_views_store_contract';
import { createFileViewsStore } from './file_views_store';
import { SavedViewVersionConflictError } from './saved_views_store';

const temporaryDir = () => mkdtemp(path.join(tmpdir(), 'hunt-eda-views-'));

describeSavedViewsStoreContract('file store', async () => {
  const dir = await temporaryDir();
  // A directory that does not exist yet: the store creates it on the first save.
  return { store: createFileViewsStore({ dir: path.join(dir, 'views') }), close: () => rm(dir, { recursive: true, force: true }) };
});

describe('file store', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await temporaryDir();
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes one file per view, named by its id, in the saved-object shape with the data view as a reference', async () => {
    const created = await createFileViewsStore({ dir, now: () => new Date('2024-05-01T00:00:00.000Z') }).create(CONTRACT_VIEW);
    expect(await readdir(dir)).toEqual([`${created.id}.json`]);
    const stored: unknown = JSON.parse(await readFile(path.join(dir, `${created.id}.json`), 'utf8'));
    expect(stored).toMatchObject({
      type: 'hunt-eda-view',
      id: created.id,
      version: '1',
      updated_at: '2024-05-01T00:00:00.000Z',
      attributes: { title: 'Egress beacons', dataViewRefName: 'dataView', filtersJSON: JSON.stringify(CONTRACT_VIEW.filters) },
      references: [{ name: 'dataView', type: 'index-pattern', id: 'dv-http' }],
    });
  });

  it('lets exactly one of two concurrent saves from the same version through', async () => {
    const store = createFileViewsStore({ dir });
    const created = await store.create(CONTRACT_VIEW);
    const results = await Promise.allSettled([
      store.update(created.id, { ...CONTRACT_VIEW, title: 'A' }, created.version ?? ''),
      store.update(created.id, { ...CONTRACT_VIEW, title: 'B' }, created.version ?? ''),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(rejected?.reason).toBeInstanceOf(SavedViewVersionConflictError);
    const winner = results.find((r) => r.status === 'fulfilled');
    expect((await store.get(created.id)).title).toBe(winner?.status === 'fulfilled' ? winner.value.title : 'none');
  });

  it('lets exactly one of many concurrent saves from the same version through across stores sharing the directory (two servers)', async () => {
    // Separate store instances have separate in-process queues: only the directory can order them.
    const stores = Array.from({ length: 4 }, () => createFileViewsStore({ dir }));
    for (let round = 0; round < 5; round++) {
      const created = await stores[0].create(CONTRACT_VIEW);
      const results = await Promise.allSettled(stores.flatMap((store, i) => [0, 1].map((j) => store.update(created.id, { ...CONTRACT_VIEW, title: `writer ${i}.${j}` }, created.version ?? ''))));
      const winners = results.filter((r) => r.status === 'fulfilled');
      expect(winners).toHaveLength(1);
      for (const r of results) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(SavedViewVersionConflictError);
      const saved = await stores[1].get(created.id);
      expect(saved).toMatchObject({ version: '2', title: winners[0]?.status === 'fulfilled' ? winners[0].value.title : 'none' });
    }
    expect((await readdir(dir)).filter((name) => !name.endsWith('.json'))).toEqual([]);
  });

  it('does not resurrect a view deleted by another store while an update of it was in flight', async () => {
    const [one, other] = [createFileViewsStore({ dir }), createFileViewsStore({ dir })];
    for (let round = 0; round < 5; round++) {
      const created = await one.create(CONTRACT_VIEW);
      const [updated, deleted] = await Promise.allSettled([one.update(created.id, { ...CONTRACT_VIEW, title: 'Edited' }, created.version ?? ''), other.delete(created.id)]);
      expect(deleted.status).toBe('fulfilled');
      // Either the update went first (then the delete removed it) or it saw the view gone: a conflict. Never back.
      if (updated.status === 'rejected') expect(updated.reason).toBeInstanceOf(SavedViewVersionConflictError);
      await expect(one.get(created.id)).rejects.toThrow(`saved view ${created.id} not found`);
    }
  });

  it('leaves an unreadable file out of the list and says which, without failing the list', async () => {
    const problems: string[] = [];
    const store = createFileViewsStore({ dir, onProblem: (message) => problems.push(message) });
    const created = await store.create(CONTRACT_VIEW);
    await writeFile(path.join(dir, 'broken.json'), '{"type":"hunt-eda-view",', 'utf8');
    await writeFile(path.join(dir, 'other.json'), '{"type":"dashboard","id":"other"}', 'utf8');
    expect((await store.find({ perPage: 10 })).views.map((v) => v.id)).toEqual([created.id]);
    expect(problems).toEqual([
      `skipped ${path.join(dir, 'broken.json')}: saved view file ${path.join(dir, 'broken.json')} is not valid JSON`,
      `skipped ${path.join(dir, 'other.json')}: saved view file ${path.join(dir, 'other.json')} is not a hunt-eda-view (expected type, id matching the file name, version, attributes and references)`,
    ]);
  });

  it('lists a directory that does not exist yet as empty, without creating it', async () => {
    const missing = path.join(dir, 'not-yet');
    expect(await createFileViewsStore({ dir: missing }).find({ perPage: 10 })).toEqual({ total: 0, views: [] });
    expect(await readdir(dir)).toEqual([]);
  });
});
