import { fromHuntEdaViewSavedObject, huntEdaViewStateSchema, toHuntEdaViewSavedObject, type HuntEdaViewState } from './hunt_eda_view';

const state: HuntEdaViewState = {
  title: 'Outbreak',
  data_view_id: 'dv-1',
  analysis: 'conversations',
  field_mapping_preset: 'suricata_eve',
  field_mapping: { signature_id: 'alert.sid' },
  query: { query: 'event.kind:alert', language: 'kuery' },
  filters: [{ meta: { key: 'src_ip', negate: true }, query: { match_phrase: { src_ip: '10.0.0.1' } } }],
  time_range: { from: 'now-7d', to: 'now' },
  options: { threshold: 2.5 },
};

describe('hunt-eda-view saved objects', () => {
  it('keeps the data view id only in references and round-trips every field', () => {
    const { attributes, references } = toHuntEdaViewSavedObject(state);
    expect(JSON.stringify(attributes)).not.toContain('dv-1');
    expect(references).toEqual([{ name: 'dataView', type: 'index-pattern', id: 'dv-1' }]);
    expect(fromHuntEdaViewSavedObject({ id: 'v1', version: 'WzEsMV0=', attributes, references })).toEqual({ ...state, id: 'v1', version: 'WzEsMV0=', updated_at: undefined });
  });

  it('follows a remapped reference after an import with new copies', () => {
    const { attributes } = toHuntEdaViewSavedObject(state);
    const view = fromHuntEdaViewSavedObject({ id: 'v1', attributes, references: [{ name: 'dataView', type: 'index-pattern', id: 'copied-dv' }] });
    expect(view.data_view_id).toBe('copied-dv');
  });

  it('names the object when its data view reference is missing or a JSON attribute is corrupt', () => {
    const { attributes, references } = toHuntEdaViewSavedObject(state);
    expect(() => fromHuntEdaViewSavedObject({ id: 'v9', attributes, references: [] })).toThrow('hunt-eda-view v9: no index-pattern reference named "dataView"');
    expect(() => fromHuntEdaViewSavedObject({ id: 'v9', attributes: { ...attributes, filtersJSON: '[' }, references })).toThrow('hunt-eda-view v9: attribute filtersJSON is not valid JSON');
  });

  it('refuses a state without a title or with an unknown analysis, naming the field', () => {
    const result = huntEdaViewStateSchema.safeParse({ ...state, title: ' ', analysis: 'dns' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual(['title: expected a non-empty title', 'analysis: expected analysis to be conversations or http']);
  });

  it('keeps a view over an index pattern (ad-hoc data view, standalone datasets) without a reference', () => {
    const { data_view_id: _dropped, ...rest } = state;
    const indexState: HuntEdaViewState = { ...rest, index: 'logs-suricata-*' };
    const { attributes, references } = toHuntEdaViewSavedObject(indexState);
    expect(references).toEqual([]);
    expect(attributes).not.toHaveProperty('dataViewRefName');
    expect(fromHuntEdaViewSavedObject({ id: 'v2', version: '3', attributes, references })).toEqual({ ...indexState, id: 'v2', version: '3', updated_at: undefined });
  });

  it('requires exactly one of data_view_id and index', () => {
    const { data_view_id: _dropped, ...neither } = state;
    const issues = (value: unknown) => huntEdaViewStateSchema.safeParse(value).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    const message = 'data_view_id: expected exactly one of data_view_id (a data view) or index (an index pattern)';
    expect(issues(neither)).toEqual([message]);
    expect(issues({ ...state, index: 'logs-*' })).toEqual([message]);
    expect(issues({ ...neither, index: 'logs-*' })).toBeUndefined();
  });
});
