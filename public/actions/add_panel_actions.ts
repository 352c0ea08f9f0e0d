import type { Action } from '@kbn/ui-actions-plugin/public';
import { PLUGIN_ID, PLUGIN_NAME } from '../../common/constants';
import type { PanelDefinition } from '../panels/panel_definition';
import type { PanelSettings } from '../panels/panel_settings';

/** Dashboards' "Add panel" menu trigger. */
export const ADD_PANEL_TRIGGER = 'ADD_PANEL_TRIGGER';

interface CanAddNewPanel {
  addNewPanel(panel: object, displaySuccessMessage?: boolean): Promise<unknown>;
}
const canAddNewPanel = (api: unknown): api is CanAddNewPanel => typeof (api as CanAddNewPanel | null)?.addNewPanel === 'function';

const GROUPING = [{ id: PLUGIN_ID, getDisplayName: () => PLUGIN_NAME, getIconType: () => 'securityAnalyticsApp', order: 10 }];

/**
 * One "Add panel" entry per panel type, grouped under Hunt EDA. The new panel starts on the default data
 * view. The panel package carries the state under both names: 8.19/9.0 read `initialState` (runtime
 * state), 9.1+ read `serializedState`; each ignores the other.
 */
export function createAddPanelActions(definitions: ReadonlyArray<Pick<PanelDefinition, 'type' | 'displayName' | 'iconType'>>, getDefaultDataViewId: () => Promise<string | undefined>): Array<Action<{ embeddable?: unknown }>> {
  return definitions.map((definition) => ({
    id: `${PLUGIN_ID}_add_${definition.type}`,
    grouping: GROUPING,
    getDisplayName: () => definition.displayName,
    getIconType: () => definition.iconType,
    isCompatible: async ({ embeddable }) => canAddNewPanel(embeddable),
    execute: async ({ embeddable }) => {
      if (!canAddNewPanel(embeddable)) throw new Error(`${definition.displayName}: this container cannot add panels`);
      const dataViewId = await getDefaultDataViewId();
      const settings: PanelSettings = { fieldMappingPreset: 'ecs', ...(dataViewId ? { dataViewId } : {}) };
      // Loaded on click: panel_settings brings zod, which the entry bundle (every Kibana page) should not carry.
      const { serializePanelSettings } = await import('../panels/panel_settings');
      await embeddable.addNewPanel({ panelType: definition.type, initialState: settings, serializedState: serializePanelSettings(settings) }, true);
    },
  }));
}
