import type { HuntEdaView, HuntEdaViewState } from '../../common/saved_views/hunt_eda_view';

/** The saved view the app has open: what Save updates, and the version it was read at. */
export interface OpenedViewMeta {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  readonly version: string | undefined;
}

export type SavedViewsDialog = { readonly kind: 'save'; readonly mode: 'save' | 'saveAs' } | { readonly kind: 'open' } | { readonly kind: 'delete'; readonly target: OpenedViewMeta };

/**
 * The saved-views bar as a state machine: which view is open, which dialog shows, whether a request is
 * running, and the outcome to report. A conflict is its own state, kept until the user reloads, saves as
 * a new view or dismisses it: a save never silently replaces someone else's.
 */
export interface SavedViewsState {
  readonly current: OpenedViewMeta | null;
  readonly dialog: SavedViewsDialog | null;
  readonly pending: boolean;
  /** Save hit a newer version (or a deletion): the view it tried to save. */
  readonly conflict: { readonly view: OpenedViewMeta; readonly attempted: HuntEdaViewState } | null;
  readonly error: string | null;
  readonly notice: string | null;
}

export type SavedViewsEvent =
  | { readonly type: 'openDialog'; readonly dialog: SavedViewsDialog }
  | { readonly type: 'closeDialog' }
  | { readonly type: 'started' }
  | { readonly type: 'saved'; readonly view: HuntEdaView; readonly created: boolean }
  | { readonly type: 'conflict'; readonly attempted: HuntEdaViewState }
  | { readonly type: 'failed'; readonly message: string }
  | { readonly type: 'deleted'; readonly id: string; readonly title: string }
  | { readonly type: 'dismiss' };

export const toOpenedViewMeta = (view: HuntEdaView): OpenedViewMeta => ({
  id: view.id,
  title: view.title,
  ...(view.description !== undefined ? { description: view.description } : {}),
  version: view.version,
});

export function initialSavedViewsState(opened: HuntEdaView | undefined): SavedViewsState {
  return { current: opened ? toOpenedViewMeta(opened) : null, dialog: null, pending: false, conflict: null, error: null, notice: null };
}

export function reduceSavedViews(state: SavedViewsState, event: SavedViewsEvent): SavedViewsState {
  switch (event.type) {
    case 'openDialog':
      return { ...state, dialog: event.dialog, error: null, notice: null };
    case 'closeDialog':
      return state.pending ? state : { ...state, dialog: null, error: null };
    case 'started':
      return { ...state, pending: true, error: null, notice: null };
    case 'saved':
      return {
        ...state,
        current: toOpenedViewMeta(event.view),
        dialog: null,
        pending: false,
        conflict: null,
        notice: event.created ? `Saved "${event.view.title}" as a new view.` : `Saved "${event.view.title}".`,
      };
    case 'conflict':
      // Only reachable from a Save of the open view: `planSave` never updates without one.
      return state.current ? { ...state, dialog: null, pending: false, conflict: { view: state.current, attempted: event.attempted } } : { ...state, pending: false };
    case 'failed':
      return { ...state, pending: false, error: event.message };
    case 'deleted':
      return {
        ...state,
        current: state.current?.id === event.id ? null : state.current,
        conflict: state.conflict?.view.id === event.id ? null : state.conflict,
        dialog: null,
        pending: false,
        notice: `Deleted "${event.title}".`,
      };
    case 'dismiss':
      return { ...state, conflict: null, error: null, notice: null };
  }
}

export type SavePlan = { readonly kind: 'create'; readonly state: HuntEdaViewState } | { readonly kind: 'update'; readonly id: string; readonly version: string; readonly state: HuntEdaViewState };

/**
 * Save updates the open view at the version it was read; Save as, or Save with no view open, creates one.
 * An open view without a version (never the case for views read back from a store) cannot be updated
 * safely, so it is refused rather than saved blind.
 */
export function planSave(current: OpenedViewMeta | null, mode: 'save' | 'saveAs', state: HuntEdaViewState): SavePlan {
  if (mode === 'saveAs' || current === null) return { kind: 'create', state };
  if (!current.version) throw new Error(`"${current.title}" has no version to save against; open it again, or save as a new view`);
  return { kind: 'update', id: current.id, version: current.version, state };
}

/** The title Save as proposes: the open view's, marked as a copy (a conflict's "save mine as new"). */
export function proposeCopyTitle(title: string): string {
  return `${title} (copy)`.slice(0, 200);
}
