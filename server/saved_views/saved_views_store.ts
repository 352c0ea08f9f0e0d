import type { HuntEdaView, HuntEdaViewState } from '../../common/saved_views/hunt_eda_view';

export interface FindSavedViewsOptions {
  /** Words the title or description must contain, each as a prefix (`egr` finds "Egress"). */
  readonly search?: string;
  readonly perPage: number;
}

/**
 * Where saved views live: Kibana's saved objects (space-aware, privilege-checked) or, in the standalone
 * server, files. Every store keeps optimistic concurrency: `update` replaces a view only if it is still at
 * the version the caller read, else throws SavedViewVersionConflictError.
 */
export interface SavedViewsStore {
  /** Newest first (by last update). */
  find(options: FindSavedViewsOptions): Promise<{ total: number; views: HuntEdaView[] }>;
  get(id: string): Promise<HuntEdaView>;
  create(state: HuntEdaViewState): Promise<HuntEdaView>;
  /**
   * A full replacement (attributes left out are gone). A stale `version`, or a view deleted since it was
   * read, is a conflict: Kibana's create-with-version answers 409 in both cases.
   */
  update(id: string, state: HuntEdaViewState, version: string): Promise<HuntEdaView>;
  delete(id: string): Promise<void>;
}

export class SavedViewNotFoundError extends Error {
  constructor(readonly viewId: string) {
    super(`saved view ${viewId} not found`);
    this.name = 'SavedViewNotFoundError';
  }
}

export class SavedViewVersionConflictError extends Error {
  constructor(readonly viewId: string) {
    super(`saved view ${viewId} was changed or deleted by someone else since you opened it; reload it, or save yours as a new view`);
    this.name = 'SavedViewVersionConflictError';
  }
}
