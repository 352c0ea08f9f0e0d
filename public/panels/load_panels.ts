import type { CoreStart } from '@kbn/core/public';
import type { DataPublicPluginStart } from '@kbn/data-plugin/public';
import type { DataViewsPublicPluginStart } from '@kbn/data-views-plugin/public';
import type { SharePluginStart } from '@kbn/share-plugin/public';
import { HUNT_EDA_LOCATOR_ID } from '../locator/hunt_eda_locator';
import type { HuntEdaLocatorParams } from '../locator/hunt_eda_url_state';
import { createApiClient } from '../services/api_client';
import { createPanelComponent } from './create_panel_component';
import { createPanelFactory } from './create_panel_factory';
import { PANEL_DEFINITIONS } from './panel_definitions';

/** The lazily loaded side of the panels: one factory per panel type, over Kibana's services. */
export function createPanelFactories(
  coreStart: CoreStart,
  { data, dataViews, share }: { data: DataPublicPluginStart; dataViews: DataViewsPublicPluginStart; share?: SharePluginStart },
  getHomeNetworks: () => readonly string[],
): Map<string, object> {
  // Clicks drill down through Hunt EDA's own locator, so the link is the same one any app would build.
  const locator = share?.url.locators.get<HuntEdaLocatorParams>(HUNT_EDA_LOCATOR_ID);
  const services = {
    ...(locator ? { openHuntEda: (params: HuntEdaLocatorParams) => void locator.navigate(params) } : {}),
    client: createApiClient((path, options) => coreStart.http.post(path, options)),
    getDataView: (id: string) => dataViews.get(id),
    getHomeNetworks,
    resolveTime: (range: { from: string; to: string }) => {
      const bounds = data.query.timefilter.timefilter.calculateBounds(range);
      if (!bounds.min || !bounds.max) throw new Error(`time range ${range.from} → ${range.to} could not be resolved`);
      return { from: bounds.min.toISOString(), to: bounds.max.toISOString() };
    },
  };
  return new Map(
    PANEL_DEFINITIONS.map((definition) => [
      definition.type,
      createPanelFactory({ type: definition.type, displayName: definition.displayName, createComponent: createPanelComponent(definition, services) }),
    ]),
  );
}
