import type { Filter, Query, TimeRange } from '@kbn/es-query';
import { cidrSchema, dslQuerySchema, type DslQuery } from '../../common/api/request_schemas';
import { isFieldMappingPresetId, type FieldMappingPresetId } from '../../common/model/field_mapping';
import type { HttpControls } from '../application/lib/http_controls';
import { httpControlsSchema } from '../application/lib/http_controls_schema';
import { huntEdaSelectionSchema, type HuntEdaSelection } from './hunt_eda_selection';

export type FieldRole = 'signature' | 'source' | 'destination' | 'http_method';
const FIELD_ROLES: readonly FieldRole[] = ['signature', 'source', 'destination', 'http_method'];

/**
 * Everything that makes a Hunt EDA view a link: the locator's params and the app's URL state are the same
 * object, so a shared URL, a drill-down from Discover and a saved view all open the same way.
 */
export interface HuntEdaLocatorParams {
  /** A persisted data view; or `index` for an ad-hoc one (Discover's ES|QL or temporary data views). */
  dataViewId?: string;
  index?: string;
  savedViewId?: string;
  analysis?: 'conversations' | 'http';
  fieldMappingPreset?: FieldMappingPresetId;
  timeRange?: TimeRange;
  query?: Query;
  filters?: Filter[];
  /** The field the user came from, and what it is used as. */
  field?: string;
  fieldRole?: FieldRole;
  /** Query DSL typed in the app: replaces `query` and `filters` (which it was compiled from, then edited). */
  queryDsl?: DslQuery;
  /** Home networks set in the app; the advanced setting's otherwise. */
  homeNetworks?: string[];
  /** The HTTP view's controls; the defaults (and the n·σ setting) otherwise. */
  httpControls?: HttpControls;
  /** Opened with this conversation, signature or bucket selected (a drill-down from a dashboard panel). */
  selection?: HuntEdaSelection;
}

/** Encodes params as the app's URL search string (`?dataView=…&from=…`); absent params are left out. */
export function encodeHuntEdaUrlState(params: HuntEdaLocatorParams): string {
  const search = new URLSearchParams();
  const set = (key: string, value: string | undefined) => {
    if (value !== undefined && value !== '') search.set(key, value);
  };
  set('view', params.savedViewId);
  set('dataView', params.dataViewId);
  set('index', params.index);
  set('analysis', params.analysis);
  set('mapping', params.fieldMappingPreset);
  set('from', params.timeRange?.from);
  set('to', params.timeRange?.to);
  if (params.query && typeof params.query.query === 'string') {
    set('q', params.query.query);
    set('lang', params.query.language);
  }
  if (params.filters && params.filters.length > 0) set('filters', JSON.stringify(params.filters.map(({ meta, query }) => ({ meta, query }))));
  set('field', params.field);
  set('role', params.fieldRole);
  if (params.queryDsl) set('dsl', JSON.stringify(params.queryDsl));
  // Set even when empty: "no home networks" differs from "the setting's".
  if (params.homeNetworks) search.set('home', params.homeNetworks.join(','));
  if (params.httpControls) set('http', JSON.stringify(params.httpControls));
  if (params.selection) set('sel', JSON.stringify(params.selection));
  const text = search.toString();
  return text ? `?${text}` : '';
}

export interface DecodedUrlState {
  readonly params: HuntEdaLocatorParams;
  /** Parameters that were present but unusable, each naming the parameter and why (shown as a warning). */
  readonly problems: readonly string[];
}

/** Reads the app's URL search string back; a bad parameter is dropped and reported, never fatal. */
export function decodeHuntEdaUrlState(searchString: string): DecodedUrlState {
  const search = new URLSearchParams(searchString);
  const params: HuntEdaLocatorParams = {};
  const problems: string[] = [];
  const get = (key: string) => search.get(key) ?? undefined;
  if (get('view')) params.savedViewId = get('view');
  if (get('dataView')) params.dataViewId = get('dataView');
  if (get('index')) params.index = get('index');
  const analysis = get('analysis');
  if (analysis === 'conversations' || analysis === 'http') params.analysis = analysis;
  else if (analysis !== undefined) problems.push(`analysis: expected conversations or http, got "${analysis}"`);
  const mapping = get('mapping');
  if (isFieldMappingPresetId(mapping)) params.fieldMappingPreset = mapping;
  else if (mapping !== undefined) problems.push(`mapping: unknown field mapping preset "${mapping}"`);
  const [from, to] = [get('from'), get('to')];
  if (from && to) params.timeRange = { from, to };
  else if (from || to) problems.push('from/to: a time range needs both ends');
  const q = get('q');
  if (q !== undefined) params.query = { query: q, language: get('lang') === 'lucene' ? 'lucene' : 'kuery' };
  const filters = get('filters');
  if (filters !== undefined) {
    try {
      const parsed: unknown = JSON.parse(filters);
      if (!Array.isArray(parsed) || !parsed.every((f) => typeof f === 'object' && f !== null && typeof (f as { meta?: unknown }).meta === 'object')) throw new Error('expected an array of filters');
      params.filters = parsed as Filter[];
    } catch (error) {
      problems.push(`filters: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (get('field')) params.field = get('field');
  const role = get('role');
  if (role !== undefined) {
    if ((FIELD_ROLES as readonly string[]).includes(role)) params.fieldRole = role as FieldRole;
    else problems.push(`role: expected one of ${FIELD_ROLES.join(', ')}, got "${role}"`);
  }
  const parseJson = <T>(key: string, schema: { safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: Array<{ path: PropertyKey[]; message: string }> } } }): T | undefined => {
    const raw = get(key);
    if (raw === undefined) return undefined;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      problems.push(`${key}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
      return undefined;
    }
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    problems.push(`${key}: ${issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ` : ''}${issue.message}`);
    return undefined;
  };
  const queryDsl = parseJson('dsl', dslQuerySchema);
  if (queryDsl) params.queryDsl = queryDsl;
  const home = get('home');
  if (home !== undefined) {
    const cidrs = home.split(',').map((cidr) => cidr.trim()).filter(Boolean);
    const bad = cidrs.filter((cidr) => !cidrSchema.safeParse(cidr).success);
    if (bad.length > 0) problems.push(`home: not a CIDR: ${bad.join(', ')}`);
    else params.homeNetworks = cidrs;
  }
  const httpControls = parseJson('http', httpControlsSchema);
  if (httpControls) params.httpControls = httpControls;
  const selection = parseJson('sel', huntEdaSelectionSchema);
  if (selection) params.selection = selection;
  return { params, problems };
}
