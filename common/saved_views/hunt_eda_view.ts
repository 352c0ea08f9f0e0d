import { z } from 'zod';
import { FIELD_MAPPING_PRESET_IDS } from '../model/field_mapping';

/** The saved-object type of a Hunt EDA view (server registration, feature privileges, management). */
export const HUNT_EDA_VIEW_TYPE = 'hunt-eda-view';
/** Kibana's saved-object type for data views (still named index-pattern in 8.19 and 9.x). */
export const DATA_VIEW_SAVED_OBJECT_TYPE = 'index-pattern';
/** The name under which a view's data view id is kept in `references`, so export/import can remap it. */
export const DATA_VIEW_REFERENCE_NAME = 'dataView';

const textSchema = (field: string, max: number) =>
  z
    .string({ error: `expected ${field} (string)` })
    .trim()
    .min(1, { error: `expected a non-empty ${field}` })
    .max(max, { error: `expected ${field} of at most ${max} characters` });

/** A relative or absolute time as Kibana's time picker keeps it (`now-7d`, `2024-04-01T00:00:00.000Z`). */
const pickerTimeSchema = z.string().min(1, { error: 'expected a time (e.g. now-7d or an ISO-8601 date)' }).max(64);

/**
 * The fields of a saved view, without the rule tying `data_view_id` and `index` together (zod refuses to
 * `.extend` a refined object: the update contract extends this one).
 */
export const huntEdaViewStateFieldsSchema = z
  .object({
    title: textSchema('title', 200),
    description: z.string().max(2000, { error: 'expected a description of at most 2000 characters' }).optional(),
    /** A persisted Kibana data view… */
    data_view_id: textSchema('data_view_id', 512).optional(),
    /** …or an index pattern: an ad-hoc data view, or the standalone server's datasets (no data views there). */
    index: textSchema('index', 4096).optional(),
    analysis: z.enum(['conversations', 'http'], { error: 'expected analysis to be conversations or http' }),
    field_mapping_preset: z.enum(FIELD_MAPPING_PRESET_IDS, { error: `expected one of ${FIELD_MAPPING_PRESET_IDS.join(', ')}` }),
    field_mapping: z.record(z.string(), z.string()).optional(),
    query: z.object({ query: z.string().max(10_000), language: z.enum(['kuery', 'lucene']) }).strict(),
    filters: z.array(z.record(z.string(), z.unknown())).max(100, { error: 'expected at most 100 filters' }),
    time_range: z.object({ from: pickerTimeSchema, to: pickerTimeSchema }).strict().optional(),
    options: z.record(z.string(), z.unknown()),
  })
  .strict();

/** A view reads from exactly one place: a data view or an index pattern. */
export function checkViewSource(state: { data_view_id?: string; index?: string }, ctx: z.RefinementCtx): void {
  if ((state.data_view_id === undefined) === (state.index === undefined)) {
    ctx.addIssue({ code: 'custom', path: ['data_view_id'], message: 'expected exactly one of data_view_id (a data view) or index (an index pattern)' });
  }
}

/**
 * What a user saves: which data view (or index pattern), which analysis and field mapping, the query bar's
 * query and filters, optionally the time range, and the view's own options (HTTP controls, selected
 * field…). Filters are kept as Kibana's filter JSON, untouched: the server never interprets them.
 */
export const huntEdaViewStateSchema = huntEdaViewStateFieldsSchema.superRefine(checkViewSource);

export type HuntEdaViewState = z.output<typeof huntEdaViewStateSchema>;

/** A view as read back: its state plus the saved object's id and optimistic-concurrency version. */
export interface HuntEdaView extends HuntEdaViewState {
  readonly id: string;
  /** Saved-object `version`: send it back on update; a stale one gets a 409 conflict. */
  readonly version: string | undefined;
  readonly updated_at: string | undefined;
}

/** The saved object's attributes: camelCase as Kibana's own types, JSON fields stored as strings (not indexed). */
export interface HuntEdaViewAttributes {
  title: string;
  description?: string;
  analysis: 'conversations' | 'http';
  fieldMappingPreset: HuntEdaViewState['field_mapping_preset'];
  fieldMappingJSON?: string;
  query: { query: string; language: 'kuery' | 'lucene' };
  filtersJSON: string;
  timeRange?: { from: string; to: string };
  optionsJSON: string;
  /** Set when the view reads a data view (then in `references`); absent for an index pattern. */
  dataViewRefName?: string;
  index?: string;
}

export interface SavedObjectReferenceLike {
  name: string;
  type: string;
  id: string;
}

/** Splits a view's state into attributes and references: a data view id lives only in `references`. */
export function toHuntEdaViewSavedObject(state: HuntEdaViewState): { attributes: HuntEdaViewAttributes; references: SavedObjectReferenceLike[] } {
  return {
    attributes: {
      title: state.title,
      ...(state.description !== undefined ? { description: state.description } : {}),
      analysis: state.analysis,
      fieldMappingPreset: state.field_mapping_preset,
      ...(state.field_mapping ? { fieldMappingJSON: JSON.stringify(state.field_mapping) } : {}),
      query: state.query,
      filtersJSON: JSON.stringify(state.filters),
      ...(state.time_range ? { timeRange: state.time_range } : {}),
      optionsJSON: JSON.stringify(state.options),
      ...(state.data_view_id !== undefined ? { dataViewRefName: DATA_VIEW_REFERENCE_NAME } : {}),
      ...(state.index !== undefined ? { index: state.index } : {}),
    },
    references: state.data_view_id !== undefined ? [{ name: DATA_VIEW_REFERENCE_NAME, type: DATA_VIEW_SAVED_OBJECT_TYPE, id: state.data_view_id }] : [],
  };
}

function parseJsonField(value: string | undefined, field: string, id: string): unknown {
  if (value === undefined) return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    throw new Error(`hunt-eda-view ${id}: attribute ${field} is not valid JSON`);
  }
}

/**
 * Rebuilds a view from its saved object, resolving the data view from `references` (after an import with
 * "create new copies" Kibana has rewritten that id). Throws naming the object and the problem when the
 * reference is missing, the view names neither a data view nor an index, or a JSON attribute is corrupt.
 */
export function fromHuntEdaViewSavedObject(savedObject: {
  id: string;
  attributes: HuntEdaViewAttributes;
  references: readonly SavedObjectReferenceLike[];
  version?: string;
  updated_at?: string;
}): HuntEdaView {
  const { id, attributes } = savedObject;
  let dataViewId: string | undefined;
  if (attributes.dataViewRefName !== undefined || attributes.index === undefined) {
    const refName = attributes.dataViewRefName || DATA_VIEW_REFERENCE_NAME;
    const reference = savedObject.references.find((r) => r.name === refName && r.type === DATA_VIEW_SAVED_OBJECT_TYPE);
    if (!reference) throw new Error(`hunt-eda-view ${id}: no ${DATA_VIEW_SAVED_OBJECT_TYPE} reference named "${refName}"`);
    dataViewId = reference.id;
  }
  const fieldMapping = parseJsonField(attributes.fieldMappingJSON, 'fieldMappingJSON', id) as Record<string, string> | undefined;
  return {
    id,
    version: savedObject.version,
    updated_at: savedObject.updated_at,
    title: attributes.title,
    ...(attributes.description !== undefined ? { description: attributes.description } : {}),
    ...(dataViewId !== undefined ? { data_view_id: dataViewId } : {}),
    ...(attributes.index !== undefined ? { index: attributes.index } : {}),
    analysis: attributes.analysis,
    field_mapping_preset: attributes.fieldMappingPreset,
    ...(fieldMapping ? { field_mapping: fieldMapping } : {}),
    query: attributes.query,
    filters: (parseJsonField(attributes.filtersJSON, 'filtersJSON', id) as Array<Record<string, unknown>> | undefined) ?? [],
    ...(attributes.timeRange ? { time_range: attributes.timeRange } : {}),
    options: (parseJsonField(attributes.optionsJSON, 'optionsJSON', id) as Record<string, unknown> | undefined) ?? {},
  };
}
