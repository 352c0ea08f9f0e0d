import type { SavedObjectsClientContract } from '@kbn/core/server';
import { toHuntEdaViewSavedObject } from '../../common/saved_views/hunt_eda_view';
import { CONTRACT_VIEW } from '../../test/helpers/describe_saved_views_store_contract';
import { createSavedObjectsViewsStore, toSavedObjectsSearch } from './saved_objects_views_store';
import { SavedViewNotFoundError, SavedViewVersionConflictError } from './saved_views_store';

/** A Boom error as the saved-objects client throws it (SavedObjectsErrorHelpers). */
const boom = (statusCode: number) => Object.assign(new Error(`status ${statusCode}`), { isBoom: true, output: { statusCode } });

/**
 * Only what this adapter decides is tested here: the calls it makes and how it reads errors. Kibana's
 * saved-objects repository itself cannot run outside Kibana; the store contract is proven on the file store
 * and over HTTP (test/integration/saved_views_http.test.ts).
 */
function recordingClient(fail?: unknown) {
  const calls: unknown[][] = [];
  const { attributes, references } = toHuntEdaViewSavedObject(CONTRACT_VIEW);
  const object = { id: 'v1', type: 'hunt-eda-view', attributes, references, version: 'WzIsMV0=' };
  const answer = async (...args: unknown[]) => {
    calls.push(args);
    if (fail !== undefined) throw fail;
    return object;
  };
  const client = {
    create: answer,
    get: answer,
    delete: answer,
    find: async (...args: unknown[]) => {
      calls.push(args);
      return { total: 1, per_page: 10, page: 1, saved_objects: [{ ...object, score: 1 }] };
    },
  } as unknown as SavedObjectsClientContract;
  return { client, calls };
}

describe('saved-objects store', () => {
  it('replaces a view with create(overwrite, version) so a stale version is refused, not merged', async () => {
    const { client, calls } = recordingClient();
    const view = await createSavedObjectsViewsStore(client).update('v1', CONTRACT_VIEW, 'WzEsMV0=');
    expect(view).toMatchObject({ id: 'v1', version: 'WzIsMV0=', data_view_id: 'dv-http' });
    const { attributes, references } = toHuntEdaViewSavedObject(CONTRACT_VIEW);
    expect(calls).toEqual([['hunt-eda-view', attributes, { id: 'v1', overwrite: true, version: 'WzEsMV0=', references }]]);
  });

  it('turns the client\'s 409 into a conflict and 404 into not found; passes other errors through', async () => {
    await expect(createSavedObjectsViewsStore(recordingClient(boom(409)).client).update('v1', CONTRACT_VIEW, 'x')).rejects.toBeInstanceOf(SavedViewVersionConflictError);
    await expect(createSavedObjectsViewsStore(recordingClient(boom(404)).client).get('v1')).rejects.toBeInstanceOf(SavedViewNotFoundError);
    await expect(createSavedObjectsViewsStore(recordingClient(boom(404)).client).delete('v1')).rejects.toBeInstanceOf(SavedViewNotFoundError);
    const forbidden = boom(403);
    await expect(createSavedObjectsViewsStore(recordingClient(forbidden).client).get('v1')).rejects.toBe(forbidden);
  });

  it('searches title and description by word prefixes, every term required, newest first', async () => {
    const { client, calls } = recordingClient();
    await createSavedObjectsViewsStore(client).find({ search: ' egress  "dns" ', perPage: 20 });
    await createSavedObjectsViewsStore(client).find({ search: '*', perPage: 5 });
    expect(calls).toEqual([
      [{ type: 'hunt-eda-view', perPage: 20, sortField: 'updated_at', sortOrder: 'desc', search: 'egress* dns*', searchFields: ['title', 'description'], defaultSearchOperator: 'AND' }],
      [{ type: 'hunt-eda-view', perPage: 5, sortField: 'updated_at', sortOrder: 'desc' }],
    ]);
  });

  it('strips simple_query_string operators from search terms', () => {
    expect(toSavedObjectsSearch('-beacon | c2~ (x)')).toBe('beacon* c2* x*');
    expect(toSavedObjectsSearch('  ')).toBeUndefined();
  });
});
