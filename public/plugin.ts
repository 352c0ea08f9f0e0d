import type { AppMountParameters, CoreSetup, CoreStart, Plugin } from '@kbn/core/public';
import type { DataPublicPluginStart } from '@kbn/data-plugin/public';
import type { DataViewsPublicPluginStart } from '@kbn/data-views-plugin/public';
import type { EmbeddableSetup } from '@kbn/embeddable-plugin/public';
import type { LocatorPublic, SharePluginSetup, SharePluginStart } from '@kbn/share-plugin/public';
import type { UiActionsStart } from '@kbn/ui-actions-plugin/public';
import { PLUGIN_ID, PLUGIN_NAME } from '../common/constants';
import { PANEL_TYPES } from '../common/panels/panel_types';
import { HOME_NETWORKS_SETTING } from '../common/settings';
import { ADD_PANEL_TRIGGER, createAddPanelActions } from './actions/add_panel_actions';
import { createOpenInHuntEdaAction, VISUALIZE_FIELD_TRIGGER } from './actions/open_in_hunt_eda_action';
import { HUNT_EDA_ICONS } from './icons/hunt_eda_icons';
import { huntEdaLocatorDefinition } from './locator/hunt_eda_locator';
import type { HuntEdaLocatorParams } from './locator/hunt_eda_url_state';
import type { HuntEdaPublicSetup, HuntEdaPublicStart } from './types';

/**
 * Kibana's "Security" app category, as DEFAULT_APP_CATEGORIES.security in
 * src/core/packages/application/common/src/default_app_categories.ts. Copied as data because core's
 * browser values are not importable from a third-party bundle.
 */
const SECURITY_CATEGORY = { id: 'securitySolution', label: 'Security', euiIconType: 'logoSecurity', order: 4000 };

/** Panel types, in the order the add-panel menu lists them (ids only: the panels load lazily). */
export const PANEL_MENU = [
  { type: PANEL_TYPES.otrScatter, displayName: 'Hunt EDA: observations × OTR scatter', iconType: HUNT_EDA_ICONS.scatterPanel },
  { type: PANEL_TYPES.otrBoxPlots, displayName: 'Hunt EDA: OTR box plots per signature', iconType: HUNT_EDA_ICONS.boxPlotPanel },
  { type: PANEL_TYPES.signatureColumns, displayName: 'Hunt EDA: conversations per signature', iconType: HUNT_EDA_ICONS.barChartPanel },
  { type: PANEL_TYPES.httpResidualTimeline, displayName: 'Hunt EDA: HTTP residual timeline', iconType: HUNT_EDA_ICONS.lineChartPanel },
] as const;

export interface HuntEdaSetupDeps {
  embeddable: EmbeddableSetup;
  share: SharePluginSetup;
}
export interface HuntEdaStartDeps {
  data: DataPublicPluginStart;
  dataViews: DataViewsPublicPluginStart;
  share: SharePluginStart;
  uiActions: UiActionsStart;
}

/** Kibana wiring only: the app and the panels are loaded lazily, in their own chunks, on first use. */
export class HuntEdaPublicPlugin implements Plugin<HuntEdaPublicSetup, HuntEdaPublicStart, HuntEdaSetupDeps, HuntEdaStartDeps> {
  private locator: LocatorPublic<HuntEdaLocatorParams> | undefined;

  public setup(core: CoreSetup<HuntEdaStartDeps, HuntEdaPublicStart>, { embeddable, share }: HuntEdaSetupDeps): HuntEdaPublicSetup {
    core.application.register({
      id: PLUGIN_ID,
      title: PLUGIN_NAME,
      category: SECURITY_CATEGORY,
      euiIconType: 'securityAnalyticsApp',
      mount: async (params: AppMountParameters) => {
        const [[coreStart, plugins], { renderApp }] = await Promise.all([core.getStartServices(), import('./application')]);
        return renderApp(coreStart, plugins, params);
      },
    });
    this.locator = share.url.locators.create(huntEdaLocatorDefinition);

    const loadPanels = async () => {
      const [[coreStart, plugins], panels] = await Promise.all([core.getStartServices(), import('./panels/load_panels')]);
      return panels.createPanelFactories(coreStart, plugins, () => coreStart.uiSettings.get<string[]>(HOME_NETWORKS_SETTING, []));
    };
    for (const { type } of PANEL_MENU) {
      embeddable.registerReactEmbeddableFactory(type, async () => {
        const factory = (await loadPanels()).get(type);
        if (!factory) throw new Error(`${PLUGIN_NAME}: no panel factory for ${type}`);
        return factory;
      });
    }
    return {};
  }

  public start(_core: CoreStart, { data, dataViews, uiActions }: HuntEdaStartDeps): HuntEdaPublicStart {
    if (this.locator) {
      const openField = createOpenInHuntEdaAction({ data, dataViews, locator: this.locator });
      uiActions.registerAction(openField);
      uiActions.attachAction(VISUALIZE_FIELD_TRIGGER, openField.id);
    }
    const getDefaultDataViewId = async () => (await dataViews.getDefault())?.id;
    for (const action of createAddPanelActions(PANEL_MENU, getDefaultDataViewId)) {
      uiActions.registerAction(action);
      uiActions.attachAction(ADD_PANEL_TRIGGER, action.id);
    }
    return {};
  }

  public stop(): void {}
}
