import type { Filter, Query } from '@kbn/es-query';
import { DEFAULT_HTTP_CONTROLS } from '../application/lib/http_controls';
import type { QueryContext } from '../application/lib/query_context';
import type { HuntEdaSelection } from '../locator/hunt_eda_selection';
import type { HuntEdaLocatorParams } from '../locator/hunt_eda_url_state';
import type { PanelSettings } from './panel_settings';

export interface PanelDrillDown {
  readonly settings: PanelSettings;
  /** The app view that shows what the panel draws. */
  readonly analysis: 'conversations' | 'http';
  /** What the panel queried: its absolute time range is the one the clicked mark was drawn in. */
  readonly context: QueryContext;
  /** The dashboard's query bar query and filters, as the user typed them. */
  readonly query?: Query;
  readonly filters?: readonly Filter[];
  readonly selection: HuntEdaSelection;
}

/**
 * A click on a panel → the Hunt EDA link that opens the same analysis on the same data view, with the
 * dashboard's query and filters, over the exact time range the panel drew (relative times resolved at
 * click, so the mark is still there), with the clicked conversation, signature or bucket selected. The
 * HTTP panel's n·σ goes along, so the app scores the bucket as the panel did.
 */
export function buildPanelDrillDownParams({ settings, analysis, context, query, filters, selection }: PanelDrillDown): HuntEdaLocatorParams {
  return {
    ...(settings.dataViewId ? { dataViewId: settings.dataViewId } : { index: context.index }),
    analysis,
    fieldMappingPreset: settings.fieldMappingPreset,
    timeRange: { from: context.timeRange.from, to: context.timeRange.to },
    ...(query && typeof query.query === 'string' ? { query } : {}),
    filters: [...(filters ?? [])],
    ...(analysis === 'http' ? { httpControls: { ...DEFAULT_HTTP_CONTROLS, threshold: settings.threshold ?? DEFAULT_HTTP_CONTROLS.threshold } } : {}),
    selection,
  };
}
