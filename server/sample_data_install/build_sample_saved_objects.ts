import { PLUGIN_NAME } from '../../common/constants';
import { DATA_VIEW_SAVED_OBJECT_TYPE, HUNT_EDA_VIEW_TYPE, toHuntEdaViewSavedObject } from '../../common/saved_views/hunt_eda_view';
import { PANEL_TYPES } from '../../common/panels/panel_types';

/** A saved object ready for `bulkCreate(…, { overwrite: true })`: fixed ids, so installing twice replaces. */
export interface SampleSavedObject {
  readonly type: string;
  readonly id: string;
  readonly attributes: Record<string, unknown>;
  readonly references: ReadonlyArray<{ name: string; type: string; id: string }>;
}

export const SAMPLE_ALERTS_DATA_VIEW_ID = 'hunt-eda-sample-alerts';
export const SAMPLE_HTTP_DATA_VIEW_ID = 'hunt-eda-sample-http';
export const SAMPLE_VIEW_ID = 'hunt-eda-sample-outbreak-view';
export const SAMPLE_DASHBOARD_ID = 'hunt-eda-sample-dashboard';

export interface SampleSavedObjectsInput {
  readonly alertsIndex: string;
  readonly httpIndex: string;
  /** The outbreak's first and last alert, and the HTTP month's bounds (ISO-8601), for the saved time ranges. */
  readonly outbreakRange: { readonly from: string; readonly to: string };
  readonly httpRange: { readonly from: string; readonly to: string };
}

const dataView = (id: string, title: string, name: string): SampleSavedObject => ({
  type: DATA_VIEW_SAVED_OBJECT_TYPE,
  id,
  attributes: { title, name, timeFieldName: '@timestamp' },
  references: [],
});

/**
 * One dashboard panel as dashboards store it in `panelsJSON` (8.19 and 9.2): the panel's own serialized
 * state goes in `embeddableConfig`, its data view id in the dashboard's `references` under
 * `<panelIndex>:<name>` (the same name the panel's serializeState gives it).
 */
function panel(panelIndex: string, type: string, gridData: { x: number; y: number; w: number; h: number }, settings: Record<string, unknown>) {
  return { type, panelIndex, gridData: { ...gridData, i: panelIndex }, embeddableConfig: settings };
}

/**
 * The saved objects that come with the sample data: a data view per index, a saved view of the outbreak's
 * conversations and a dashboard with one panel of each Hunt EDA type. Panels reference their data view by
 * reference so that export/import remaps it, like every other dashboard panel.
 */
export function buildSampleSavedObjects(input: SampleSavedObjectsInput): SampleSavedObject[] {
  const view = toHuntEdaViewSavedObject({
    title: 'WannaCry outbreak: sid-conversations',
    description: 'Sample data: every sid-conversation of the outbreak of 2018-04-26 → 2018-05-05.',
    data_view_id: SAMPLE_ALERTS_DATA_VIEW_ID,
    analysis: 'conversations',
    field_mapping_preset: 'ecs',
    query: { query: '', language: 'kuery' },
    filters: [],
    time_range: input.outbreakRange,
    options: {},
  });
  const alertsPanel = (settings: Record<string, unknown>) => ({ ...settings, dataViewRefName: 'dataView', fieldMappingPreset: 'ecs' });
  const panels = [
    panel('scatter', PANEL_TYPES.otrScatter, { x: 0, y: 0, w: 24, h: 15 }, alertsPanel({ title: 'Observations × OTR by signature' })),
    panel('boxplots', PANEL_TYPES.otrBoxPlots, { x: 24, y: 0, w: 24, h: 15 }, alertsPanel({ title: 'OTR by signature' })),
    panel('columns', PANEL_TYPES.signatureColumns, { x: 0, y: 15, w: 48, h: 12 }, alertsPanel({ title: 'Conversations per signature' })),
    panel('timeline', PANEL_TYPES.httpResidualTimeline, { x: 0, y: 27, w: 48, h: 15 }, {
      title: 'HTTP residuals',
      dataViewRefName: 'dataView',
      fieldMappingPreset: 'ecs',
      // Its own time range (a panel's custom time range): the HTTP month is not the outbreak's fortnight.
      timeRange: input.httpRange,
    }),
  ];
  const dashboardReferences = panels.map((p) => ({
    name: `${p.panelIndex}:dataView`,
    type: DATA_VIEW_SAVED_OBJECT_TYPE,
    id: p.panelIndex === 'timeline' ? SAMPLE_HTTP_DATA_VIEW_ID : SAMPLE_ALERTS_DATA_VIEW_ID,
  }));
  return [
    dataView(SAMPLE_ALERTS_DATA_VIEW_ID, input.alertsIndex, `${PLUGIN_NAME} sample alerts`),
    dataView(SAMPLE_HTTP_DATA_VIEW_ID, input.httpIndex, `${PLUGIN_NAME} sample HTTP`),
    { type: HUNT_EDA_VIEW_TYPE, id: SAMPLE_VIEW_ID, attributes: { ...view.attributes }, references: view.references },
    {
      type: 'dashboard',
      id: SAMPLE_DASHBOARD_ID,
      attributes: {
        title: `[${PLUGIN_NAME}] WannaCry outbreak and HTTP egress`,
        description: 'Sample data installed by Hunt EDA.',
        panelsJSON: JSON.stringify(panels),
        optionsJSON: JSON.stringify({ useMargins: true, syncColors: false, hidePanelTitles: false }),
        timeRestore: true,
        timeFrom: input.outbreakRange.from,
        timeTo: input.outbreakRange.to,
        kibanaSavedObjectMeta: { searchSourceJSON: JSON.stringify({ query: { query: '', language: 'kuery' }, filter: [] }) },
      },
      references: dashboardReferences,
    },
  ];
}
