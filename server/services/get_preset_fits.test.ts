import type { FieldDescription } from '../../common/api/fields';
import { getPresetFits } from './get_preset_fits';

const field = (name: string, type: string, aggregatable = true): FieldDescription => ({ name, types: [type], aggregatable, searchable: true });

describe('getPresetFits', () => {
  it('fits raw Suricata eve indexed with dynamic mapping through its .keyword sub-fields', () => {
    const fields = [
      field('timestamp', 'date'),
      field('alert.signature_id', 'long'),
      field('alert.signature', 'text', false),
      field('alert.signature.keyword', 'keyword'),
      field('src_ip', 'text', false),
      field('src_ip.keyword', 'keyword'),
      field('dest_ip', 'ip'),
    ];
    const [first, ...others] = getPresetFits(fields);
    expect(first.id).toBe('suricata_eve');
    expect(first.analyses.conversations).toEqual({ fits: true, missing: [], not_aggregatable: [] });
    expect(first.mapping.signature_name).toBe('alert.signature.keyword');
    expect(first.mapping.source).toBe('src_ip.keyword');
    expect(first.mapping.destination).toBe('dest_ip');
    expect(first.analyses.http_timeline.fits).toBe(false);
    expect(first.analyses.http_timeline.missing).toEqual(['http.http_method', 'flow.bytes_toserver', 'http.hostname']);
    expect(others.map((fit) => fit.id)).toEqual(['ecs', 'zeek']);
  });

  it('names a text field without a keyword sub-field as not aggregatable', () => {
    const fields = [field('ts', 'date'), field('note', 'text', false), field('msg', 'keyword'), field('id.orig_h', 'ip'), field('id.resp_h', 'ip')];
    const zeek = getPresetFits(fields).find((fit) => fit.id === 'zeek');
    expect(zeek?.analyses.conversations).toEqual({ fits: false, missing: [], not_aggregatable: ['note'] });
  });
});
