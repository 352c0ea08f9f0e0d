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
});
