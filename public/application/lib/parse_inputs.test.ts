import moment from 'moment';
import { parseQueryDsl } from './parse_query_dsl';
import { parseTimeRange } from './parse_time_range';

describe('parseTimeRange', () => {
  const now = new Date('2024-03-10T12:34:00Z');
  it('reads relative and absolute times, rounding the end up', () => {
    expect(parseTimeRange('now-7d', 'now', now)).toEqual({ from: '2024-03-03T12:34:00.000Z', to: '2024-03-10T12:34:00.000Z' });
    // Rounded in the browser's zone, as Kibana's time picker does.
    expect(parseTimeRange('2018-04-26T00:00:00Z', 'now/d', now).to).toBe(moment(now).endOf('day').toISOString());
  });
  it('names the end that does not parse and refuses an empty range', () => {
    expect(() => parseTimeRange('yesterday-ish', 'now', now)).toThrow('time range start: cannot read "yesterday-ish" as a date');
    expect(() => parseTimeRange('now', 'now-1d', now)).toThrow('the start must be before the end');
  });
});

describe('parseQueryDsl', () => {
  it('accepts an object, treats blank as no query and rejects arrays and bad JSON', () => {
    expect(parseQueryDsl('{"term":{"a":1}}')).toEqual({ term: { a: 1 } });
    expect(parseQueryDsl('  ')).toBeUndefined();
    expect(() => parseQueryDsl('[1]')).toThrow('query: expected a JSON object');
    expect(() => parseQueryDsl('{a')).toThrow(/^query: not valid JSON/);
  });
});
