import { useReducer, useRef } from 'react';
import type { HuntEdaView } from '../../../common/saved_views/hunt_eda_view';
import type { HuntEdaLocatorParams } from '../../locator/hunt_eda_url_state';
import { SavedViewConflictError, type SavedViewsClient } from '../../saved_views/saved_views_client';
import { initialSavedViewsState, planSave, reduceSavedViews, type OpenedViewMeta, type SavedViewsDialog } from '../../saved_views/saved_views_state';
import { toHuntEdaViewState, type ViewTitle } from '../../saved_views/view_state_params';

/** The route's own message (Kibana's fetch errors keep it in `body.message`), else the error's. */
export function messageOfHttpError(error: unknown): string {
  const body = (error as { body?: { message?: unknown } } | null)?.body;
  if (typeof body?.message === 'string') return body.message;
  return error instanceof Error ? error.message : String(error);
}

export interface UseSavedViewsOptions {
  readonly client: SavedViewsClient;
  readonly openedView: HuntEdaView | undefined;
  /** The link to what the app shows now: what Save stores. */
  readonly getCurrentParams: () => HuntEdaLocatorParams;
  /** The open view changed (saved as new, or deleted): the app's link follows. */
  readonly onOpenedViewChange: (view: OpenedViewMeta | null) => void;
}

/** The saved-views state machine, wired to the client. The logic lives in saved_views_state.ts. */
export function useSavedViews({ client, openedView, getCurrentParams, onOpenedViewChange }: UseSavedViewsOptions) {
  const [state, dispatch] = useReducer(reduceSavedViews, openedView, initialSavedViewsState);
  // The handlers below outlive a render; they read the state of the latest one.
  const latest = useRef(state);
  latest.current = state;

  const save = async (mode: 'save' | 'saveAs', title: ViewTitle) => {
    dispatch({ type: 'started' });
    let attempted;
    try {
      attempted = toHuntEdaViewState(getCurrentParams(), title);
      const plan = planSave(latest.current.current, mode, attempted);
      const view = plan.kind === 'create' ? await client.create(plan.state) : await client.save({ id: plan.id, version: plan.version }, plan.state);
      dispatch({ type: 'saved', view, created: plan.kind === 'create' });
      onOpenedViewChange({ id: view.id, title: view.title, version: view.version });
    } catch (error) {
      if (error instanceof SavedViewConflictError && attempted) dispatch({ type: 'conflict', attempted });
      else dispatch({ type: 'failed', message: messageOfHttpError(error) });
    }
  };

  const remove = async (target: OpenedViewMeta) => {
    // Read before dispatching: under legacy ReactDOM.render (Kibana's mount) a dispatch re-renders at once.
    const deletingOpenView = latest.current.current?.id === target.id;
    dispatch({ type: 'started' });
    try {
      await client.remove(target.id);
      dispatch({ type: 'deleted', id: target.id, title: target.title });
      if (deletingOpenView) onOpenedViewChange(null);
    } catch (error) {
      dispatch({ type: 'failed', message: messageOfHttpError(error) });
    }
  };

  return {
    state,
    openDialog: (dialog: SavedViewsDialog) => dispatch({ type: 'openDialog', dialog }),
    closeDialog: () => dispatch({ type: 'closeDialog' }),
    dismiss: () => dispatch({ type: 'dismiss' }),
    save,
    remove,
  };
}
