import type { SavedObjectsClientContract } from '@kbn/core/server';
import { fromHuntEdaViewSavedObject, HUNT_EDA_VIEW_TYPE, toHuntEdaViewSavedObject, type HuntEdaViewAttributes } from '../../common/saved_views/hunt_eda_view';
import { SavedViewNotFoundError, SavedViewVersionConflictError, type SavedViewsStore } from './saved_views_store';

/** Saved-objects client errors are Boom errors: the status sits at `output.statusCode`. */
export function savedObjectsStatusOf(error: unknown): number | undefined {
  const status = (error as { output?: { statusCode?: unknown } } | null)?.output?.statusCode;
  return typeof status === 'number' ? status : undefined;
}

/** Boom 404/409 → the store's own errors; anything else (403, 400, 5xx) unchanged for the route to map. */
function translate(error: unknown, id: string): unknown {
  const status = savedObjectsStatusOf(error);
  if (status === 404) return new SavedViewNotFoundError(id);
  if (status === 409) return new SavedViewVersionConflictError(id);
  return error;
}

/** `simple_query_string` terms as prefixes, all required: `egress dns` → `egress* dns*`. */
export function toSavedObjectsSearch(search: string): string | undefined {
  const terms = search
    .split(/\s+/)
    .map((term) => term.replace(/[+\-=&|><!(){}[\]^"~*?:\\/]/g, ''))
    .filter((term) => term.length > 0);
  return terms.length > 0 ? terms.map((term) => `${term}*`).join(' ') : undefined;
}

/**
 * Saved views over Kibana's request-scoped saved-objects client: the user's own privileges and space.
 * An update is `create({ id, overwrite: true, version })`, not `update`, which would merge dropped optional
 * attributes back in; with `version`, Elasticsearch refuses it (409) if someone saved or deleted in between.
 */
export function createSavedObjectsViewsStore(client: SavedObjectsClientContract): SavedViewsStore {
  return {
    async find({ search, perPage }) {
      const query = search ? toSavedObjectsSearch(search) : undefined;
      const found = await client.find<HuntEdaViewAttributes>({
        type: HUNT_EDA_VIEW_TYPE,
        perPage,
        sortField: 'updated_at',
        sortOrder: 'desc',
        ...(query ? { search: query, searchFields: ['title', 'description'], defaultSearchOperator: 'AND' as const } : {}),
      });
      return { total: found.total, views: found.saved_objects.map(fromHuntEdaViewSavedObject) };
    },
    async get(id) {
      try {
        return fromHuntEdaViewSavedObject(await client.get<HuntEdaViewAttributes>(HUNT_EDA_VIEW_TYPE, id));
      } catch (error) {
        throw translate(error, id);
      }
    },
    async create(state) {
      const { attributes, references } = toHuntEdaViewSavedObject(state);
      return fromHuntEdaViewSavedObject(await client.create<HuntEdaViewAttributes>(HUNT_EDA_VIEW_TYPE, attributes, { references }));
    },
    async update(id, state, version) {
      const { attributes, references } = toHuntEdaViewSavedObject(state);
      try {
        return fromHuntEdaViewSavedObject(await client.create<HuntEdaViewAttributes>(HUNT_EDA_VIEW_TYPE, attributes, { id, overwrite: true, version, references }));
      } catch (error) {
        throw translate(error, id);
      }
    },
    async delete(id) {
      try {
        await client.delete(HUNT_EDA_VIEW_TYPE, id);
      } catch (error) {
        throw translate(error, id);
      }
    },
  };
}
