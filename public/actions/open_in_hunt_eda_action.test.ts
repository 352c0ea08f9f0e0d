import { resolveTriggerDataView } from './open_in_hunt_eda_action';

describe('resolveTriggerDataView', () => {
  it('reads 8.19\'s indexPatternId and 9.x\'s dataViewSpec', () => {
    expect(resolveTriggerDataView({ fieldName: 'src_ip', indexPatternId: 'dv-819' })).toEqual({ dataViewId: 'dv-819' });
    expect(resolveTriggerDataView({ fieldName: 'src_ip', dataViewSpec: { id: 'dv-9', title: 'logs-*' } })).toEqual({ dataViewId: 'dv-9' });
  });

  it('falls back to the title of an ad-hoc data view and refuses a context without either', () => {
    expect(resolveTriggerDataView({ fieldName: 'src_ip', dataViewSpec: { title: 'logs-suricata-*' } })).toEqual({ index: 'logs-suricata-*' });
    expect(resolveTriggerDataView({ fieldName: 'src_ip' })).toBeUndefined();
  });
});
