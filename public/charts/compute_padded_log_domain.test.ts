import { computePaddedLogDomain } from './compute_padded_log_domain';

describe('computePaddedLogDomain', () => {
  it('widens both ends by 5 % of the span of ln(value)', () => {
    // ln span of 1 … e^10 is 10; 5 % of it is 0.5 on each side.
    const domain = computePaddedLogDomain(Object.freeze([Math.exp(10), 1, Math.exp(3)]));
    expect(domain?.min).toBeCloseTo(Math.exp(-0.5), 12);
    expect(Math.log(domain?.max ?? 0)).toBeCloseTo(10.5, 12);
  });

  it('pads a single value by e^padding each way and skips values a log axis cannot show', () => {
    const domain = computePaddedLogDomain([0, -3, NaN, 20], 0.1);
    expect(domain?.min).toBeCloseTo(20 * Math.exp(-0.1), 12);
    expect(domain?.max).toBeCloseTo(20 * Math.exp(0.1), 12);
  });

  it('is null without a positive value, and refuses a negative padding', () => {
    expect(computePaddedLogDomain([])).toBeNull();
    expect(computePaddedLogDomain([0])).toBeNull();
    expect(() => computePaddedLogDomain([1], -1)).toThrow('computePaddedLogDomain requires padding ≥ 0, got -1');
  });
});
