import type { Filter, Query } from '@kbn/es-query';
import type { SharePluginStart } from '@kbn/share-plugin/public';
import type { DiscoverLinkParams } from '../application/lib/query_context';
import { toKibanaFilters } from './to_kibana_filters';

/** Discover's locator id (src/platform/plugins/shared/discover/common/app_locator.ts; same in 8.19 and 9.x). */
export const DISCOVER_APP_LOCATOR = 'DISCOVER_APP_LOCATOR';

interface DiscoverAppLocatorParams {
  dataViewId?: string;
  /** An ad-hoc data view, for an index the app was opened on without a persisted one. */
  dataViewSpec?: { title: string; timeFieldName?: string };
  timeRange?: { from: string; to: string };
  query?: Query;
  filters?: Filter[];
}

/**
 * The app's "open in Discover" callback: the drill-down's narrowing filters on top of the query bar's own
 * query and filters (kept as the user typed them, not as compiled DSL), on the same data view, over the
 * drill-down's absolute time range. Without a persisted data view (the app opened on `?index=`) it names an
 * ad-hoc one over the drill-down's index, or Discover would open its default data view. Returns undefined when
 * Discover's locator is not registered (Discover disabled), so the app hides the link instead of failing.
 */
export function createDiscoverDrillDown(
  share: SharePluginStart,
  source: { readonly dataViewId: string | undefined; readonly timeFieldName?: string; readonly query?: Query; readonly filters: readonly Filter[] },
): ((params: DiscoverLinkParams) => void) | undefined {
  const locator = share.url.locators.get<DiscoverAppLocatorParams>(DISCOVER_APP_LOCATOR);
  if (!locator) return undefined;
  return (params) => {
    void locator.navigate({
      ...(source.dataViewId
        ? { dataViewId: source.dataViewId }
        : { dataViewSpec: { title: params.index, ...(source.timeFieldName ? { timeFieldName: source.timeFieldName } : {}) } }),
      timeRange: { from: params.timeRange.from, to: params.timeRange.to },
      ...(source.query ? { query: source.query } : {}),
      filters: [...source.filters, ...toKibanaFilters(params.filters, source.dataViewId)],
    });
  };
}
