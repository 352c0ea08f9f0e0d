import { DomainPaddingUnit } from '@elastic/charts';
import { computePaddedLogDomain } from './compute_padded_log_domain';
import { getPaddedValueDomain, MARK_PADDING_PX } from './get_padded_value_domain';

describe('getPaddedValueDomain', () => {
  it('pads a log axis beyond the extreme values, in log space', () => {
    const values = Object.freeze([0.001, 2, 150]);
    const domain = getPaddedValueDomain(values, { scale: 'log', logMinLimit: 0.0001 });
    expect(domain).toEqual({ ...computePaddedLogDomain(values), logBase: Math.E, fit: true, logMinLimit: 0.0001 });
    expect(domain.logMinLimit).toBeLessThan(domain.min ?? NaN);
    expect(domain.min).toBeLessThan(0.001);
    expect(domain.max).toBeGreaterThan(150);
  });

  it('reaches below the log floor when the smallest drawn value sits on it', () => {
    const domain = getPaddedValueDomain([0.0001, 10], { scale: 'log', logMinLimit: 0.0001 });
    expect(domain.min).toBeLessThan(0.0001);
    expect(domain.logMinLimit).toBe(domain.min);
  });

  it('leaves a log axis without positive values to the chart', () => {
    expect(getPaddedValueDomain([0, -1], { scale: 'log' })).toMatchObject({ min: NaN, max: NaN });
  });

  it('asks the chart for pixel padding on a linear axis, past zero too', () => {
    expect(getPaddedValueDomain([0, 10], { scale: 'linear' })).toEqual({ min: NaN, max: NaN, padding: MARK_PADDING_PX, paddingUnit: DomainPaddingUnit.Pixel, constrainPadding: false });
  });
});
