import { parseInterval } from './parse_interval';

describe('parseInterval', () => {
  it.each([
    ['250ms', 250],
    ['30s', 30_000],
    ['15m', 900_000],
    ['1h', 3_600_000],
    ['7d', 604_800_000],
  ])('%s is %d ms', (text, ms) => {
    expect(parseInterval(text)).toBe(ms);
  });

  it('explains what is wrong', () => {
    expect(() => parseInterval('1.5h')).toThrow('parseInterval: "1.5h" is not a fixed interval; expected a positive integer followed by ms, s, m, h or d, e.g. "15m"');
    expect(() => parseInterval('0m')).toThrow('expected a positive integer');
    expect(() => parseInterval(' 15m')).toThrow('" 15m" is not a fixed interval');
    expect(() => parseInterval('15')).toThrow('"15" is not a fixed interval');
    expect(() => parseInterval('1w')).toThrow('calendar units (w, M, q, y) have no fixed length; use days, e.g. "7d"');
    expect(() => parseInterval('1M')).toThrow('calendar units');
    expect(() => parseInterval(15 as unknown as string)).toThrow('parseInterval requires a string like "15m", got number');
    expect(() => parseInterval('99999999999999999d')).toThrow('too long to count in milliseconds');
  });
});
