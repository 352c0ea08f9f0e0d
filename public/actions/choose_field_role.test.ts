import { FIELD_MAPPING_PRESETS } from '../../common/model/field_mapping';
import { chooseFieldRole } from './choose_field_role';

describe('chooseFieldRole', () => {
  it.each(Object.values(FIELD_MAPPING_PRESETS))('recognises the $label preset\'s signature, IP and method fields', ({ mapping }) => {
    expect(chooseFieldRole(mapping.signature_id, 'keyword')).toEqual({ analysis: 'conversations', role: 'signature' });
    expect(chooseFieldRole(mapping.source, 'ip')).toEqual({ analysis: 'conversations', role: 'source' });
    expect(chooseFieldRole(mapping.destination, 'ip')).toEqual({ analysis: 'conversations', role: 'destination' });
    expect(chooseFieldRole(mapping.http_method ?? '', 'keyword')).toEqual({ analysis: 'http', role: 'http_method' });
  });

  it('takes any other IP field as a source and leaves unrelated fields unselected', () => {
    expect(chooseFieldRole('host.ip', 'ip')).toEqual({ analysis: 'conversations', role: 'source' });
    expect(chooseFieldRole('user.name', 'string')).toBeUndefined();
    expect(chooseFieldRole('source.port', 'number')).toBeUndefined();
  });
});
