import type { CoreStart } from '@kbn/core/public';
import type { DataPublicPluginStart } from '@kbn/data-plugin/public';
import type { DataView, DataViewsPublicPluginStart } from '@kbn/data-views-plugin/public';
import type { SharePluginStart } from '@kbn/share-plugin/public';
import { HOME_NETWORKS_SETTING, THRESHOLD_SETTING } from '../../common/settings';
import { DEFAULT_HTTP_CONTROLS, type HttpControls } from '../application/lib/http_controls';
import type { DiscoverLinkParams, QueryContext } from '../application/lib/query_context';
import { decodeHuntEdaUrlState, type HuntEdaLocatorParams } from '../locator/hunt_eda_url_state';
import { createSavedViewsClient } from '../saved_views/saved_views_client';
import { buildQueryContext } from './build_query_context';
import { createDiscoverDrillDown } from './create_discover_drill_down';

export interface KibanaAppServices {
  readonly data: DataPublicPluginStart;
  readonly dataViews: DataViewsPublicPluginStart;
  readonly share: SharePluginStart;
}

export type KibanaAppState =
  | {
      readonly params: HuntEdaLocatorParams;
      readonly context: QueryContext;
      readonly httpControls: HttpControls;
      readonly openInDiscover?: (params: DiscoverLinkParams) => void;
      readonly problems: readonly string[];
    }
  | { readonly error: string };

/** An ad-hoc index pattern from the URL, as the few DataView members buildQueryContext reads. */
const adHocDataView = (index: string): DataView =>
  ({ title: index, getIndexPattern: () => index, getName: () => index, isPersisted: () => false, fields: { getByName: () => undefined } }) as DataView;

/**
 * The app's starting state, by precedence: the URL (a shared link or the locator), then a saved view named
 * in it (`?view=`), then Kibana's global query state (time picker, query bar, pinned filters) and the
 * default data view. Relative times are resolved by Kibana's timefilter; settings come from uiSettings.
 */
export async function resolveKibanaAppState(coreStart: CoreStart, { data, dataViews, share }: KibanaAppServices, search: string): Promise<KibanaAppState> {
  const decoded = decodeHuntEdaUrlState(search);
  let params = decoded.params;
  if (params.savedViewId) {
    try {
      const view = await createSavedViewsClient(coreStart.http).open(params.savedViewId);
      params = {
        ...params,
        dataViewId: view.data_view_id,
        analysis: view.analysis,
        fieldMappingPreset: view.field_mapping_preset,
        query: view.query,
        filters: view.filters as unknown as HuntEdaLocatorParams['filters'],
        ...(view.time_range ? { timeRange: view.time_range } : {}),
      };
    } catch (error) {
      return { error: `Saved view ${params.savedViewId} could not be opened: ${error instanceof Error ? error.message : String(error)}` };
    }
  }
  const timefilter = data.query.timefilter.timefilter;
  let dataView: DataView | null;
  try {
    dataView = params.dataViewId ? await dataViews.get(params.dataViewId) : params.index ? adHocDataView(params.index) : await dataViews.getDefault();
  } catch (error) {
    return { error: `Data view ${params.dataViewId} could not be loaded: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (!dataView) return { error: 'No data view yet: create one for your alert or HTTP indices, or install the sample data.' };
  const query = params.query ?? data.query.queryString.getQuery();
  const filters = params.filters ?? data.query.filterManager.getFilters();
  const threshold = coreStart.uiSettings.get<number>(THRESHOLD_SETTING, DEFAULT_HTTP_CONTROLS.threshold);
  try {
    const context = buildQueryContext({
      dataView,
      timeRange: params.timeRange ?? timefilter.getTime(),
      query,
      filters,
      fieldMappingPreset: params.fieldMappingPreset ?? 'ecs',
      homeNetworks: coreStart.uiSettings.get<string[]>(HOME_NETWORKS_SETTING, []),
      resolveTime: (range) => {
        const bounds = timefilter.calculateBounds(range);
        if (!bounds.min || !bounds.max) throw new Error(`time range ${range.from} → ${range.to} could not be resolved`);
        return { from: bounds.min.toISOString(), to: bounds.max.toISOString() };
      },
    });
    return {
      params: { ...params, dataViewId: dataView.id ?? params.dataViewId },
      context,
      httpControls: { ...DEFAULT_HTTP_CONTROLS, threshold },
      openInDiscover: createDiscoverDrillDown(share, { dataViewId: dataView.id, query: typeof query.query === 'string' ? query : undefined, filters }),
      problems: decoded.problems,
    };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
