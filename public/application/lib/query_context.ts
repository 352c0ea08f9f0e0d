import type { DslQuery } from '../../../common/api/request_schemas';
import { FIELD_MAPPING_PRESETS, type FieldMapping, type FieldMappingPresetId } from '../../../common/model/field_mapping';
import type { FieldFilter } from '../../../common/model/field_filter';

/**
 * Where and what every panel queries: the shared controls' state. Times are ISO-8601 strings with an
 * offset, as the route contracts take them; the query is Elasticsearch DSL (Kibana turns KQL and filters
 * into it with buildEsQuery; the standalone page sends it as typed).
 */
export interface QueryContext {
  /** Index pattern, or a data view's title. */
  readonly index: string;
  readonly timeRange: { readonly from: string; readonly to: string };
  readonly query?: DslQuery;
  readonly fieldMappingPreset: FieldMappingPresetId;
  /** Replaces the preset's mapping when the index uses other field names. */
  readonly fieldMapping?: FieldMapping;
  /** CIDRs of the hunter's own networks (direction of conversations, external-only filters). */
  readonly homeNetworks: readonly string[];
}

/** The field mapping in force: the explicit one, else the preset's. */
export function getFieldMapping(context: QueryContext): FieldMapping {
  return context.fieldMapping ?? FIELD_MAPPING_PRESETS[context.fieldMappingPreset].mapping;
}

/** What a drill-down hands to Discover (or any event viewer): the same events the panel counted. */
export interface DiscoverLinkParams {
  readonly index: string;
  readonly timeRange: { readonly from: string; readonly to: string };
  /** The panel's query, unchanged. */
  readonly query?: DslQuery;
  /** Narrowing to the clicked conversation, outlier or bucket; all must hold. */
  readonly filters: readonly FieldFilter[];
}

/** Drill-down callbacks the host provides (Kibana: Discover locator; standalone: its own event list). */
export interface DrillDownCallbacks {
  readonly onOpenInDiscover?: (params: DiscoverLinkParams) => void;
}
