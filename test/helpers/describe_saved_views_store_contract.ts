import type { HuntEdaViewState } from '../../common/saved_views/hunt_eda_view';
import { SavedViewNotFoundError, SavedViewVersionConflictError, type SavedViewsStore } from '../../server/saved_views/saved_views_store';

/** A view over a data view, with every optional field set, so a full replacement can be seen dropping them. */
export const CONTRACT_VIEW: HuntEdaViewState = {
  title: 'Egress beacons',
  description: 'External destinations, 15-minute buckets',
  data_view_id: 'dv-http',
  analysis: 'http',
  field_mapping_preset: 'zeek',
  field_mapping: { bytes_out: 'request_body_len' },
  query: { query: 'method:POST', language: 'kuery' },
  filters: [{ meta: { key: 'host', negate: true }, query: { match_phrase: { host: 'updates.example.com' } } }],
  time_range: { from: 'now-30d', to: 'now' },
  options: { http_controls: { threshold: 2.5 } },
};

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The behaviour every saved-views store must have, whatever holds the views (files, Kibana saved objects,
 * or the routes over HTTP): run it against each. `open` gives a fresh, empty store.
 */
export function describeSavedViewsStoreContract(name: string, open: () => Promise<{ store: SavedViewsStore; close?: () => Promise<void> }>): void {
  describe(`${name}: the saved-views store contract`, () => {
    let store: SavedViewsStore;
    let close: (() => Promise<void>) | undefined;
    beforeEach(async () => {
      ({ store, close } = await open());
    });
    afterEach(async () => {
      await close?.();
    });

    it('creates a view with an id and a version, and reads back exactly what was saved', async () => {
      const created = await store.create(CONTRACT_VIEW);
      expect(created).toMatchObject(CONTRACT_VIEW);
      expect(created.id).toEqual(expect.any(String));
      expect(created.version).toEqual(expect.any(String));
      expect(await store.get(created.id)).toEqual(created);
    });

    it('keeps a view over an index pattern (no data view)', async () => {
      const { data_view_id: _none, ...rest } = CONTRACT_VIEW;
      const created = await store.create({ ...rest, index: 'zeek-http-*' });
      expect(await store.get(created.id)).toMatchObject({ index: 'zeek-http-*' });
      expect(await store.get(created.id)).not.toHaveProperty('data_view_id');
    });

    it('replaces a view at the version it was read, with a new version; attributes left out are gone', async () => {
      const created = await store.create(CONTRACT_VIEW);
      const { description: _dropped, ...withoutDescription } = CONTRACT_VIEW;
      const updated = await store.update(created.id, { ...withoutDescription, title: 'Egress beacons (POST only)' }, created.version ?? '');
      expect(updated.version).not.toBe(created.version);
      expect(await store.get(created.id)).toEqual(updated);
      expect(updated.title).toBe('Egress beacons (POST only)');
      expect(updated).not.toHaveProperty('description');
    });

    it('refuses an update from a stale version with a conflict, leaving the newer view as it was', async () => {
      const created = await store.create(CONTRACT_VIEW);
      const theirs = await store.update(created.id, { ...CONTRACT_VIEW, title: 'Theirs' }, created.version ?? '');
      await expect(store.update(created.id, { ...CONTRACT_VIEW, title: 'Mine' }, created.version ?? '')).rejects.toBeInstanceOf(SavedViewVersionConflictError);
      expect(await store.get(created.id)).toEqual(theirs);
    });

    it('answers an update of a view deleted since it was read with a conflict, not by recreating it', async () => {
      const created = await store.create(CONTRACT_VIEW);
      await store.delete(created.id);
      await expect(store.update(created.id, CONTRACT_VIEW, created.version ?? '')).rejects.toBeInstanceOf(SavedViewVersionConflictError);
      await expect(store.get(created.id)).rejects.toBeInstanceOf(SavedViewNotFoundError);
    });

    it('deletes a view; reading or deleting it again is not found', async () => {
      const created = await store.create(CONTRACT_VIEW);
      await store.delete(created.id);
      await expect(store.get(created.id)).rejects.toBeInstanceOf(SavedViewNotFoundError);
      await expect(store.delete(created.id)).rejects.toBeInstanceOf(SavedViewNotFoundError);
      expect((await store.find({ perPage: 10 })).total).toBe(0);
    });

    it('answers an unknown or path-like id with not found', async () => {
      await expect(store.get('no-such-view')).rejects.toBeInstanceOf(SavedViewNotFoundError);
      await expect(store.get('../../etc/passwd')).rejects.toBeInstanceOf(SavedViewNotFoundError);
    });

    it('lists newest first, finds by word prefixes of title and description (all terms), and pages', async () => {
      const titles = ['Egress beacons', 'DNS tunnelling', 'Egress over DNS'];
      for (const title of titles) {
        await store.create({ ...CONTRACT_VIEW, title, description: title.includes('DNS') ? 'port 53' : 'proxy logs' });
        await pause(5); // distinct update times
      }
      expect((await store.find({ perPage: 10 })).views.map((v) => v.title)).toEqual([...titles].reverse());
      expect((await store.find({ search: 'egr', perPage: 10 })).views.map((v) => v.title)).toEqual(['Egress over DNS', 'Egress beacons']);
      expect((await store.find({ search: 'EGRESS dns', perPage: 10 })).views.map((v) => v.title)).toEqual(['Egress over DNS']);
      expect((await store.find({ search: 'proxy', perPage: 10 })).views.map((v) => v.title)).toEqual(['Egress beacons']);
      expect((await store.find({ search: 'nothing-like-it', perPage: 10 })).views).toEqual([]);
      const page = await store.find({ perPage: 2 });
      expect({ total: page.total, shown: page.views.length }).toEqual({ total: 3, shown: 2 });
    });
  });
}
