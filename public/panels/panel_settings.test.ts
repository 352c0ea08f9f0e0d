import { deserializePanelSettings, serializePanelSettings } from './panel_settings';

describe('panel settings', () => {
  it('round-trips through serialized state with the data view as a reference', () => {
    const settings = { title: 'OTR', dataViewId: 'dv', fieldMappingPreset: 'zeek' as const, timeRange: { from: 'now-30d', to: 'now' }, threshold: 2 };
    const serialized = serializePanelSettings(settings);
    expect(JSON.stringify(serialized.rawState)).not.toContain('"dv"');
    expect(deserializePanelSettings(serialized)).toEqual(settings);
  });

  it('finds the data view under the dashboard\'s prefixed reference name, and defaults an empty state', () => {
    expect(deserializePanelSettings({ rawState: { dataViewRefName: 'dataView' }, references: [{ name: 'panel_3:dataView', type: 'index-pattern', id: 'x' }] }).dataViewId).toBe('x');
    expect(deserializePanelSettings(undefined)).toEqual({ fieldMappingPreset: 'ecs' });
  });

  it('names the setting when the state is unusable, and ignores unknown keys', () => {
    expect(() => deserializePanelSettings({ rawState: { threshold: 99 } })).toThrow(/^Hunt EDA panel: threshold: /);
    expect(deserializePanelSettings({ rawState: { fromTheFuture: 1 } })).toEqual({ fieldMappingPreset: 'ecs' });
  });
});
