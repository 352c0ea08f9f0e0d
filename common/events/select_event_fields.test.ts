import { selectEventFields } from './select_event_fields';

const event = Object.freeze({
  timestamp: '2024-04-19T00:00:00Z',
  'alert.signature_id': 1,
  'alert.signature': 'x',
  'alert_extra': 'y',
  'id.orig_h': '10.0.0.1',
  'id.resp_h': '10.0.0.2',
});

describe('selectEventFields', () => {
  it('returns every field without patterns', () => {
    expect(selectEventFields(event, undefined)).toEqual(event);
  });

  it('selects a field by name, an object field with its sub-fields, and wildcards', () => {
    expect(selectEventFields(event, ['timestamp'])).toEqual({ timestamp: '2024-04-19T00:00:00Z' });
    // "alert" brings alert.* but not alert_extra, as _source.includes does.
    expect(selectEventFields(event, ['alert'])).toEqual({ 'alert.signature_id': 1, 'alert.signature': 'x' });
    expect(selectEventFields(event, ['id.*_h'])).toEqual({ 'id.orig_h': '10.0.0.1', 'id.resp_h': '10.0.0.2' });
  });

  it('treats regular-expression characters in names literally', () => {
    expect(selectEventFields({ 'a+b': 1, aab: 2 }, ['a+b'])).toEqual({ 'a+b': 1 });
  });
});
