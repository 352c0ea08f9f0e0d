import { PLUGIN_ID } from '../../common/constants';

export interface SavedViewsAccess {
  /** List and open saved views (the feature's `read`). */
  readonly canOpen: boolean;
  /** Save, save as and delete (the feature's `all`, which grants the `save` UI capability). */
  readonly canSave: boolean;
}

type Capabilities = Readonly<Record<string, Readonly<Record<string, boolean | Readonly<Record<string, boolean>>>>>>;

/**
 * What the user may do with saved views, from `application.capabilities.huntEda`: Kibana fills it from the
 * feature's privileges (`read` → `show`, `all` → `show` and `save`). `savedViews: false` is the standalone
 * page's own flag for a server started without a store.
 */
export function getSavedViewsAccess(capabilities: Capabilities | undefined): SavedViewsAccess {
  const own = capabilities?.[PLUGIN_ID] ?? {};
  const canOpen = own.show === true && own.savedViews !== false;
  return { canOpen, canSave: canOpen && own.save === true };
}
