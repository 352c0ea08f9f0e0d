import { z } from 'zod';
import { FIELD_MAPPING_PRESET_IDS, type FieldMappingPresetId } from '../../common/model/field_mapping';
import { DATA_VIEW_REFERENCE_NAME, DATA_VIEW_SAVED_OBJECT_TYPE } from '../../common/saved_views/hunt_eda_view';

/** A panel's own settings: what it serializes into the dashboard. Query, filters and time follow the dashboard. */
export interface PanelSettings {
  readonly title?: string;
  readonly dataViewId?: string;
  readonly fieldMappingPreset: FieldMappingPresetId;
  /** A custom panel time range (Kibana's "Apply a custom time range"); the dashboard's otherwise. */
  readonly timeRange?: { readonly from: string; readonly to: string };
  /** HTTP residual panel: n in ±n·σ; the advanced setting's value when absent. */
  readonly threshold?: number;
}

export interface SerializedPanelState {
  rawState: Record<string, unknown>;
  references?: Array<{ name: string; type: string; id: string }>;
}

const rawStateSchema = z
  .object({
    title: z.string().max(200).optional(),
    fieldMappingPreset: z.enum(FIELD_MAPPING_PRESET_IDS).default('ecs'),
    timeRange: z.object({ from: z.string().min(1), to: z.string().min(1) }).optional(),
    threshold: z.number().min(0.5).max(10).optional(),
    dataViewRefName: z.string().optional(),
    /** Unsaved or legacy panels may carry the id inline. */
    dataViewId: z.string().optional(),
  })
  // Unknown keys (from a newer version of this plugin, or the dashboard's own) are ignored, not fatal.
  .passthrough();

/**
 * Reads a panel's serialized state; the data view id comes from `references` (dashboards prefix the name
 * with the panel id when they store it, `<panelId>:dataView`, and hand it back unprefixed). Throws naming the
 * setting when the state is unusable; an empty state gives the defaults.
 */
export function deserializePanelSettings(state: SerializedPanelState | undefined): PanelSettings {
  const parsed = rawStateSchema.safeParse(state?.rawState ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Hunt EDA panel: ${issue.path.join('.') || 'state'}: ${issue.message}`);
  }
  const raw = parsed.data;
  const refName = raw.dataViewRefName ?? DATA_VIEW_REFERENCE_NAME;
  const reference = (state?.references ?? []).find((r) => r.type === DATA_VIEW_SAVED_OBJECT_TYPE && (r.name === refName || r.name.endsWith(`:${refName}`)));
  const dataViewId = reference?.id ?? raw.dataViewId;
  return {
    ...(raw.title !== undefined ? { title: raw.title } : {}),
    ...(dataViewId !== undefined ? { dataViewId } : {}),
    fieldMappingPreset: raw.fieldMappingPreset,
    ...(raw.timeRange ? { timeRange: raw.timeRange } : {}),
    ...(raw.threshold !== undefined ? { threshold: raw.threshold } : {}),
  };
}

/** The inverse: the data view id goes to `references` so dashboard export/import remaps it. */
export function serializePanelSettings(settings: PanelSettings): Required<SerializedPanelState> {
  const { dataViewId, ...rest } = settings;
  return {
    rawState: { ...rest, ...(dataViewId ? { dataViewRefName: DATA_VIEW_REFERENCE_NAME } : {}) },
    references: dataViewId ? [{ name: DATA_VIEW_REFERENCE_NAME, type: DATA_VIEW_SAVED_OBJECT_TYPE, id: dataViewId }] : [],
  };
}
