import { formatNaturalLogTick } from './format_natural_log_tick';

describe('formatNaturalLogTick', () => {
  it('labels powers of e with two significant digits', () => {
    expect([-2, -1, 0, 1, 2, 3, 5].map((k) => formatNaturalLogTick(Math.exp(k)))).toEqual(['0.14', '0.37', '1', '2.7', '7.4', '20', '150']);
  });

  it('uses k, M and G for large values', () => {
    expect(formatNaturalLogTick(Math.exp(7))).toBe('1.1k');
    expect(formatNaturalLogTick(Math.exp(14))).toBe('1.2M');
    expect(formatNaturalLogTick(Math.exp(21))).toBe('1.3G');
  });

  it('gives an empty label for non-finite values and "0" for zero', () => {
    expect(formatNaturalLogTick(Number.NaN)).toBe('');
    expect(formatNaturalLogTick(0)).toBe('0');
  });
});
