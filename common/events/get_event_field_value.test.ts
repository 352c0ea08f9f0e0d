import { getEventFieldValue } from './get_event_field_value';

describe('getEventFieldValue', () => {
  const source = Object.freeze({ src_ip: '10.0.0.1', 'alert.signature': 'ET X', 'url.path': '/a', 'id.orig_h': '1.2.3.4', tags: ['a', 'b'] });

  it('reads a field by its dotted name', () => {
    expect(getEventFieldValue(source, 'alert.signature')).toBe('ET X');
    expect(getEventFieldValue(source, 'id.orig_h')).toBe('1.2.3.4');
  });

  it('reads a multi-field (src_ip.keyword) from its scalar parent', () => {
    expect(getEventFieldValue(source, 'src_ip.keyword')).toBe('10.0.0.1');
    expect(getEventFieldValue(source, 'alert.signature.keyword')).toBe('ET X');
    expect(getEventFieldValue(source, 'tags.keyword')).toEqual(['a', 'b']);
  });

  it('is undefined for a field the event does not hold', () => {
    expect(getEventFieldValue(source, 'url.domain')).toBeUndefined();
    expect(getEventFieldValue(source, 'dest_ip')).toBeUndefined();
    expect(getEventFieldValue({ url: { domain: 'x' } }, 'url.keyword')).toBeUndefined();
  });
});
