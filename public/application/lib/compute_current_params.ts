import { isEqual } from 'lodash';
import type { HuntEdaLocatorParams } from '../../locator/hunt_eda_url_state';
import type { HttpControls } from './http_controls';
import type { QueryContext } from './query_context';

export interface AppStateSnapshot {
  /** The link the app was opened with (resolved: the data view, query and time it actually used). */
  readonly baseParams: HuntEdaLocatorParams;
  /** The context those params gave, before any change in the app. */
  readonly baseContext: QueryContext;
  readonly baseHttpControls: HttpControls;
  /** Now. */
  readonly context: QueryContext;
  readonly analysis: 'conversations' | 'http';
  readonly httpControls: HttpControls;
}

/**
 * The link to what the app shows now: the params it was opened with, with each part the user changed in the
 * app replaced by its current value. A changed index drops the data view (it no longer describes it); a
 * changed query replaces the query bar's query and filters by the DSL typed (cleared: no query at all). A
 * selection only opens the app: it is not carried forward. Unchanged parts keep their original form (a
 * relative time range stays relative).
 */
export function computeCurrentParams(snapshot: AppStateSnapshot): HuntEdaLocatorParams {
  const { selection: _opened, ...params } = snapshot.baseParams;
  const { baseContext, context } = snapshot;
  const next: HuntEdaLocatorParams = { ...params, analysis: snapshot.analysis, fieldMappingPreset: context.fieldMappingPreset };
  if (context.index !== baseContext.index) {
    delete next.dataViewId;
    next.index = context.index;
  }
  if (!isEqual(context.timeRange, baseContext.timeRange)) next.timeRange = { ...context.timeRange };
  if (!isEqual(context.query, baseContext.query)) {
    delete next.queryDsl;
    if (context.query) {
      next.queryDsl = context.query;
      delete next.query;
      delete next.filters;
    } else {
      next.query = { query: '', language: 'kuery' };
      next.filters = [];
    }
  }
  if (!isEqual(context.homeNetworks, baseContext.homeNetworks)) next.homeNetworks = [...context.homeNetworks];
  if (!isEqual(snapshot.httpControls, snapshot.baseHttpControls)) next.httpControls = { ...snapshot.httpControls, methods: [...snapshot.httpControls.methods] };
  return next;
}
