import { formatEventValue } from './format_event_value';

describe('formatEventValue', () => {
  it('shows scalars as text, arrays comma-separated, objects as JSON and a missing field as a dash', () => {
    expect(formatEventValue('10.0.0.1')).toBe('10.0.0.1');
    expect(formatEventValue(2024216)).toBe('2024216');
    expect(formatEventValue(false)).toBe('false');
    expect(formatEventValue(null)).toBe('null');
    expect(formatEventValue(['a', 1])).toBe('a, 1');
    expect(formatEventValue({ a: 1 })).toBe('{"a":1}');
    expect(formatEventValue(undefined)).toBe('—');
  });
});
