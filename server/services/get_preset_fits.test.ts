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

  it('keeps an optional field in the mapping only when the index has it', () => {
    const ecsBase = [field('@timestamp', 'date'), field('rule.id', 'keyword'), field('rule.name', 'keyword'), field('source.ip', 'ip'), field('destination.ip', 'ip')];
    const without = getPresetFits(ecsBase).find((fit) => fit.id === 'ecs');
    expect(without?.analyses.conversations.fits).toBe(true);
    expect(without?.mapping).toEqual({ timestamp: '@timestamp', signature_id: 'rule.id', signature_name: 'rule.name', source: 'source.ip', destination: 'destination.ip' });
    // The HTTP analysis still names what it misses by the preset's field names.
    expect(without?.analyses.http_timeline.missing).toEqual(['http.request.method', 'http.request.body.bytes', 'url.domain']);

    const withDirection = getPresetFits([...ecsBase, field('network.direction', 'keyword'), field('url.domain', 'keyword')]).find((fit) => fit.id === 'ecs');
    expect(withDirection?.mapping.direction).toBe('network.direction');
    expect(withDirection?.mapping.domain).toBe('url.domain');
    expect(withDirection?.mapping.http_method).toBeUndefined();
  });

  it('takes a dynamically mapped direction through its .keyword sub-field, and drops one that cannot aggregate', () => {
    const ecsBase = [field('@timestamp', 'date'), field('rule.id', 'keyword'), field('rule.name', 'keyword'), field('source.ip', 'ip'), field('destination.ip', 'ip')];
    const keyword = getPresetFits([...ecsBase, field('network.direction', 'text', false), field('network.direction.keyword', 'keyword')]).find((fit) => fit.id === 'ecs');
    expect(keyword?.mapping.direction).toBe('network.direction.keyword');
    const textOnly = getPresetFits([...ecsBase, field('network.direction', 'text', false)]).find((fit) => fit.id === 'ecs');
    expect(textOnly?.mapping.direction).toBeUndefined();
    expect(textOnly?.analyses.conversations.fits).toBe(true);
  });

  it('gives Suricata eve and Zeek no direction field', () => {
    const fits = getPresetFits([field('direction', 'keyword'), field('network.direction', 'keyword')]);
    expect(fits.find((fit) => fit.id === 'suricata_eve')?.mapping.direction).toBeUndefined();
    expect(fits.find((fit) => fit.id === 'zeek')?.mapping.direction).toBeUndefined();
    expect(fits.find((fit) => fit.id === 'ecs')?.mapping.direction).toBe('network.direction');
  });
});
