import { createSavedViewsClient, SavedViewConflictError, type SavedViewsHttp } from './saved_views_client';

const state = { title: 'v', data_view_id: 'dv', analysis: 'http' as const, field_mapping_preset: 'ecs' as const, query: { query: '', language: 'kuery' as const }, filters: [], options: {} };

describe('saved views client', () => {
  it('sends the opened version on save and turns a 409 into a conflict error', async () => {
    const calls: unknown[] = [];
    const http: SavedViewsHttp = {
      fetch: async (path, options) => {
        calls.push([path, options.method, options.body && JSON.parse(options.body).version]);
        throw Object.assign(new Error('Conflict'), { response: { status: 409 } });
      },
    };
    await expect(createSavedViewsClient(http).save({ id: 'a/b', version: 'WzMsMV0=' }, state)).rejects.toBeInstanceOf(SavedViewConflictError);
    expect(calls).toEqual([['/internal/hunt_eda/saved_views/a%2Fb', 'PUT', 'WzMsMV0=']]);
  });

  it('refuses to save a view without a version rather than overwrite blindly', async () => {
    const http: SavedViewsHttp = { fetch: async () => ({}) };
    await expect(createSavedViewsClient(http).save({ id: 'x', version: undefined }, state)).rejects.toThrow('open it again before saving');
  });
});
