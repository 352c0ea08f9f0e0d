import type { CoreStart } from '@kbn/core/public';
import type { DataPublicPluginStart } from '@kbn/data-plugin/public';
import type { DataView, DataViewsPublicPluginStart } from '@kbn/data-views-plugin/public';
import type { SharePluginStart } from '@kbn/share-plugin/public';
import { HOME_NETWORKS_SETTING, THRESHOLD_SETTING } from '../../common/settings';
import { DEFAULT_HTTP_CONTROLS, type HttpControls } from '../application/lib/http_controls';
import { getFieldMapping, type DiscoverLinkParams, type QueryContext } from '../application/lib/query_context';
import type { HuntEdaView } from '../../common/saved_views/hunt_eda_view';
import { decodeHuntEdaUrlState, type HuntEdaLocatorParams } from '../locator/hunt_eda_url_state';
import { createSavedViewsClient, type SavedViewsClient } from '../saved_views/saved_views_client';
import { toLocatorParams } from '../saved_views/view_state_params';
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
      /** The saved view named by `?view=`, as read (its version is what Save sends back). */
      readonly savedView?: HuntEdaView;
    }
  | { readonly error: string };

/** An ad-hoc index pattern from the URL, as the few DataView members buildQueryContext reads. */
const adHocDataView = (index: string): DataView =>
  ({ title: index, getIndexPattern: () => index, getName: () => index, isPersisted: () => false, fields: { getByName: () => undefined } }) as DataView;

/**
 * The app's starting state, by precedence: the URL (a shared link or the locator), then a saved view named
 * in it (`?view=`), then Kibana's global query state (time picker, query bar, pinned filters) and the
 * default data view. Relative times are resolved by Kibana's timefilter; settings come from uiSettings.
 * A saved view that cannot be read (deleted, no privilege) is reported and left out; the rest still opens.
 * The returned params are the link as resolved (data view, query, filters and time filled in), so saving
 * it keeps what the user saw.
 */
export async function resolveKibanaAppState(
  coreStart: CoreStart,
  { data, dataViews, share }: KibanaAppServices,
  search: string,
  savedViews: SavedViewsClient = createSavedViewsClient(coreStart.http),
): Promise<KibanaAppState> {
  const decoded = decodeHuntEdaUrlState(search);
  const problems = [...decoded.problems];
  let params = decoded.params;
  let savedView: HuntEdaView | undefined;
  if (params.savedViewId) {
    try {
      savedView = await savedViews.open(params.savedViewId);
      const fromView = toLocatorParams(savedView);
      problems.push(...fromView.problems);
      // A link may name a data view or an index; whichever the URL names replaces both of the view's.
      const viewSource = params.dataViewId || params.index ? { dataViewId: undefined, index: undefined } : {};
      params = { ...fromView.params, ...viewSource, ...params };
    } catch (error) {
      const message = (error as { body?: { message?: unknown } } | null)?.body?.message;
      problems.push(`Saved view ${params.savedViewId} could not be opened: ${typeof message === 'string' ? message : error instanceof Error ? error.message : String(error)}`);
      const { savedViewId: _unreadable, ...rest } = params;
      params = rest;
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
  const timeRange = params.timeRange ?? timefilter.getTime();
  const fieldMappingPreset = params.fieldMappingPreset ?? 'ecs';
  const threshold = coreStart.uiSettings.get<number>(THRESHOLD_SETTING, DEFAULT_HTTP_CONTROLS.threshold);
  try {
    const compiled = buildQueryContext({
      dataView,
      timeRange,
      query,
      filters,
      fieldMappingPreset,
      homeNetworks: params.homeNetworks ?? coreStart.uiSettings.get<string[]>(HOME_NETWORKS_SETTING, []),
      resolveTime: (range) => {
        const bounds = timefilter.calculateBounds(range);
        if (!bounds.min || !bounds.max) throw new Error(`time range ${range.from} → ${range.to} could not be resolved`);
        return { from: bounds.min.toISOString(), to: bounds.max.toISOString() };
      },
    });
    // DSL typed in the app replaces what the query bar's query and filters compile to.
    const context = params.queryDsl ? { ...compiled, query: params.queryDsl } : compiled;
    return {
      params: { ...params, dataViewId: dataView.id ?? params.dataViewId, query, filters, timeRange, fieldMappingPreset },
      context,
      httpControls: params.httpControls ?? { ...DEFAULT_HTTP_CONTROLS, threshold },
      openInDiscover: createDiscoverDrillDown(share, {
        dataViewId: dataView.id,
        timeFieldName: getFieldMapping(context).timestamp,
        query: typeof query.query === 'string' ? query : undefined,
        filters,
      }),
      problems,
      ...(savedView ? { savedView } : {}),
    };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
