import type { CreateSavedViewRequestBody, FindSavedViewsResponse, SavedViewResponse } from '../../common/api/saved_views';
import { SAVED_VIEW_API_PATH, SAVED_VIEWS_API_PATH } from '../../common/api/saved_views';
import type { HuntEdaView, HuntEdaViewState } from '../../common/saved_views/hunt_eda_view';

/** The subset of core.http the client needs (Kibana's HttpSetup has this shape). */
export interface SavedViewsHttp {
  fetch(path: string, options: { method: 'GET' | 'POST' | 'PUT' | 'DELETE'; body?: string; query?: Record<string, string | number> }): Promise<unknown>;
}

/** Someone saved the view after you opened it: reload it, or save yours as a new view. */
export class SavedViewConflictError extends Error {
  constructor(public readonly viewId: string) {
    super(`The saved view was changed by someone else since you opened it. Reload it, or save your version as a new view.`);
    this.name = 'SavedViewConflictError';
  }
}

const statusOf = (error: unknown): number | undefined => {
  const status = (error as { response?: { status?: unknown }; body?: { statusCode?: unknown } } | null)?.response?.status ?? (error as { body?: { statusCode?: unknown } } | null)?.body?.statusCode;
  return typeof status === 'number' ? status : undefined;
};

const viewPath = (id: string) => SAVED_VIEW_API_PATH.replace('{id}', encodeURIComponent(id));

/**
 * Save, save as, open, list and delete saved views through the plugin's routes. `save` sends the version
 * the view was opened at; a 409 becomes a SavedViewConflictError, never a silent overwrite.
 */
export function createSavedViewsClient(http: SavedViewsHttp) {
  return {
    /** Newest first; `search` matches word prefixes of the title and description. */
    find: async ({ search, perPage }: { search?: string; perPage?: number } = {}): Promise<FindSavedViewsResponse> =>
      (await http.fetch(SAVED_VIEWS_API_PATH, { method: 'GET', query: { ...(search ? { search } : {}), ...(perPage !== undefined ? { per_page: perPage } : {}) } })) as FindSavedViewsResponse,
    open: async (id: string): Promise<HuntEdaView> => (await http.fetch(viewPath(id), { method: 'GET' })) as SavedViewResponse,
    /** "Save as": always a new view. */
    create: async (state: CreateSavedViewRequestBody): Promise<HuntEdaView> =>
      (await http.fetch(SAVED_VIEWS_API_PATH, { method: 'POST', body: JSON.stringify(state) })) as SavedViewResponse,
    /** "Save": replaces the view only if nobody saved it since `view.version`. */
    save: async (view: Pick<HuntEdaView, 'id' | 'version'>, state: HuntEdaViewState): Promise<HuntEdaView> => {
      if (!view.version) throw new Error('save: the view has no version; open it again before saving');
      try {
        return (await http.fetch(viewPath(view.id), { method: 'PUT', body: JSON.stringify({ ...state, version: view.version }) })) as SavedViewResponse;
      } catch (error) {
        if (statusOf(error) === 409) throw new SavedViewConflictError(view.id);
        throw error;
      }
    },
    remove: async (id: string): Promise<void> => {
      await http.fetch(viewPath(id), { method: 'DELETE' });
    },
  };
}

export type SavedViewsClient = ReturnType<typeof createSavedViewsClient>;
