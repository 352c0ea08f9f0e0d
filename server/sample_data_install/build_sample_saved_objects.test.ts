import { PANEL_TYPES } from '../../common/panels/panel_types';
import { fromHuntEdaViewSavedObject, type HuntEdaViewAttributes } from '../../common/saved_views/hunt_eda_view';
import { buildSampleSavedObjects, SAMPLE_ALERTS_DATA_VIEW_ID, SAMPLE_HTTP_DATA_VIEW_ID } from './build_sample_saved_objects';

const objects = buildSampleSavedObjects({
  alertsIndex: 'hunt-eda-sample-alerts',
  httpIndex: 'hunt-eda-sample-http',
  outbreakRange: { from: '2018-04-26T07:12:41.000Z', to: '2018-05-05T19:48:04.000Z' },
  httpRange: { from: '2024-04-01T00:00:00.000Z', to: '2024-05-01T00:00:00.000Z' },
});

describe('buildSampleSavedObjects', () => {
  it('creates two data views, a saved view and a dashboard, with fixed ids', () => {
    expect(objects.map((o) => `${o.type}:${o.id}`)).toEqual([
      'index-pattern:hunt-eda-sample-alerts',
      'index-pattern:hunt-eda-sample-http',
      'hunt-eda-view:hunt-eda-sample-outbreak-view',
      'dashboard:hunt-eda-sample-dashboard',
    ]);
  });

  it('saves a view that reads back onto the alerts data view over the outbreak', () => {
    const view = objects[2];
    const read = fromHuntEdaViewSavedObject({ id: view.id, attributes: view.attributes as unknown as HuntEdaViewAttributes, references: [...view.references] });
    expect(read).toMatchObject({ data_view_id: SAMPLE_ALERTS_DATA_VIEW_ID, analysis: 'conversations', time_range: { from: '2018-04-26T07:12:41.000Z' } });
  });

  it('puts one panel of each type on the dashboard, each with a prefixed data-view reference; the HTTP panel keeps its own month', () => {
    const dashboard = objects[3];
    const panels = JSON.parse(String(dashboard.attributes.panelsJSON)) as Array<{ type: string; panelIndex: string; embeddableConfig: Record<string, unknown> }>;
    expect(panels.map((p) => p.type).sort()).toEqual(Object.values(PANEL_TYPES).sort());
    expect(dashboard.references.map((r) => `${r.name}->${r.id}`)).toEqual(
      panels.map((p) => `${p.panelIndex}:dataView->${p.type === PANEL_TYPES.httpResidualTimeline ? SAMPLE_HTTP_DATA_VIEW_ID : SAMPLE_ALERTS_DATA_VIEW_ID}`),
    );
    expect(panels.find((p) => p.type === PANEL_TYPES.httpResidualTimeline)?.embeddableConfig.timeRange).toEqual({ from: '2024-04-01T00:00:00.000Z', to: '2024-05-01T00:00:00.000Z' });
  });
});
