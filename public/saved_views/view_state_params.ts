import { z } from 'zod';
import { cidrSchema, dslQuerySchema } from '../../common/api/request_schemas';
import type { HuntEdaView, HuntEdaViewState } from '../../common/saved_views/hunt_eda_view';
import { httpControlsSchema } from '../application/lib/http_controls_schema';
import type { HuntEdaLocatorParams } from '../locator/hunt_eda_url_state';

/** What a view keeps in `options` (everything of the link that is not a saved-object attribute). */
const optionSchemas = {
  query_dsl: dslQuerySchema,
  home_networks: z.array(cidrSchema).max(1024),
  http_controls: httpControlsSchema,
  field: z.string().min(1).max(512),
  field_role: z.enum(['signature', 'source', 'destination', 'http_method']),
} as const;

export interface ViewTitle {
  readonly title: string;
  readonly description?: string;
}

/**
 * The app's link → what a saved view stores. The data view goes to `data_view_id` (a reference Kibana
 * remaps on import), else the index pattern; filters lose their `$state` (pinned or not is the page's);
 * the link's app-only parts go to `options`. Throws when the link has no data view and no index.
 */
export function toHuntEdaViewState(params: HuntEdaLocatorParams, { title, description }: ViewTitle): HuntEdaViewState {
  const source = params.dataViewId ? { data_view_id: params.dataViewId } : params.index ? { index: params.index } : undefined;
  if (!source) throw new Error('nothing to save yet: the view has neither a data view nor an index pattern');
  const query = params.query && typeof params.query.query === 'string' ? { query: params.query.query, language: params.query.language === 'lucene' ? ('lucene' as const) : ('kuery' as const) } : { query: '', language: 'kuery' as const };
  const trimmedDescription = description?.trim();
  return {
    title: title.trim(),
    ...(trimmedDescription ? { description: trimmedDescription } : {}),
    ...source,
    analysis: params.analysis ?? 'conversations',
    field_mapping_preset: params.fieldMappingPreset ?? 'ecs',
    query,
    filters: (params.filters ?? []).map(({ meta, query: filterQuery }) => ({ meta, ...(filterQuery !== undefined ? { query: filterQuery } : {}) })),
    ...(params.timeRange ? { time_range: { from: params.timeRange.from, to: params.timeRange.to } } : {}),
    options: {
      ...(params.queryDsl ? { query_dsl: params.queryDsl } : {}),
      ...(params.homeNetworks ? { home_networks: params.homeNetworks } : {}),
      ...(params.httpControls ? { http_controls: params.httpControls } : {}),
      ...(params.field ? { field: params.field } : {}),
      ...(params.fieldRole ? { field_role: params.fieldRole } : {}),
    },
  };
}

/**
 * A saved view → the link that opens it (with `savedViewId`, so Save updates it). An option this version
 * cannot read (a newer plugin's, or a hand edit) is left out and reported, naming it; the view still opens.
 */
export function toLocatorParams(view: HuntEdaView): { params: HuntEdaLocatorParams; problems: string[] } {
  const problems: string[] = [];
  const option = <K extends keyof typeof optionSchemas>(key: K): z.output<(typeof optionSchemas)[K]> | undefined => {
    if (!(key in view.options)) return undefined;
    const parsed = optionSchemas[key].safeParse(view.options[key]);
    if (parsed.success) return parsed.data as z.output<(typeof optionSchemas)[K]>;
    problems.push(`saved view "${view.title}": option ${key} ignored (${parsed.error.issues[0]?.message ?? 'invalid'})`);
    return undefined;
  };
  const queryDsl = option('query_dsl');
  const homeNetworks = option('home_networks');
  const httpControls = option('http_controls');
  const field = option('field');
  const fieldRole = option('field_role');
  const params: HuntEdaLocatorParams = {
    savedViewId: view.id,
    ...(view.data_view_id ? { dataViewId: view.data_view_id } : {}),
    ...(view.index ? { index: view.index } : {}),
    analysis: view.analysis,
    fieldMappingPreset: view.field_mapping_preset,
    query: view.query,
    filters: view.filters as unknown as NonNullable<HuntEdaLocatorParams['filters']>,
    ...(view.time_range ? { timeRange: view.time_range } : {}),
    ...(queryDsl ? { queryDsl } : {}),
    ...(homeNetworks ? { homeNetworks } : {}),
    ...(httpControls ? { httpControls } : {}),
    ...(field ? { field } : {}),
    ...(fieldRole ? { fieldRole } : {}),
  };
  return { params, problems };
}
