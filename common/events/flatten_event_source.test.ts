import { flattenEventSource } from './flatten_event_source';

describe('flattenEventSource', () => {
  it('names nested fields by their dotted path and keeps dotted keys as they are', () => {
    const eve = Object.freeze({
      timestamp: '2018-03-24T10:32:44.316279-0600',
      src_ip: '10.47.1.1',
      alert: Object.freeze({ signature_id: 2024216, signature: 'ET EXPLOIT DOUBLEPULSAR', severity: 1 }),
      'id.orig_h': '73.54.23.243',
    });
    expect(flattenEventSource(eve)).toEqual({
      timestamp: '2018-03-24T10:32:44.316279-0600',
      src_ip: '10.47.1.1',
      'alert.signature_id': 2024216,
      'alert.signature': 'ET EXPLOIT DOUBLEPULSAR',
      'alert.severity': 1,
      'id.orig_h': '73.54.23.243',
    });
  });

  it('keeps arrays as values, nulls as null, empty objects as present, and leaves out undefined', () => {
    expect(flattenEventSource({ related: { ip: ['10.0.0.1', '10.0.0.2'] }, tags: [{ a: 1 }], gone: undefined, nothing: null, flow: {} })).toEqual({
      'related.ip': ['10.0.0.1', '10.0.0.2'],
      tags: [{ a: 1 }],
      nothing: null,
      flow: {},
    });
  });

  it('turns big integers into numbers when exact and into strings when not, and dates into ISO-8601', () => {
    expect(flattenEventSource({ small: 42n, huge: 2n ** 64n, ts: new Date(Date.UTC(2024, 3, 19, 0, 0, 1, 123)) })).toEqual({
      small: 42,
      huge: '18446744073709551616',
      ts: '2024-04-19T00:00:01.123Z',
    });
  });

  it('does not mutate its input', () => {
    const input = { a: { b: 1 } };
    flattenEventSource(input);
    expect(input).toEqual({ a: { b: 1 } });
  });
});
