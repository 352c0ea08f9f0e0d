import { DomainPaddingUnit, type YDomainRange } from '@elastic/charts';
import { computePaddedLogDomain } from './compute_padded_log_domain';

/** Room in pixels beyond a linear axis's extreme values: the largest point mark (radius 4 plus its stroke) fits whole. */
export const MARK_PADDING_PX = 8;

/** A linear value axis fitted to its data with MARK_PADDING_PX beyond each end, past zero too (marks at 0 are cut as well). */
export const PIXEL_PADDED_LINEAR_DOMAIN: YDomainRange = Object.freeze({
  min: NaN,
  max: NaN,
  padding: MARK_PADDING_PX,
  paddingUnit: DomainPaddingUnit.Pixel,
  constrainPadding: false,
});

export interface PaddedValueDomainOptions {
  readonly scale: 'linear' | 'log';
  /** On a log axis, the floor values are raised to before drawing; the padding may reach below it. */
  readonly logMinLimit?: number;
}

/**
 * A value axis's domain with room for the marks on its extremes, so a point or a whisker cap sitting on the
 * top or bottom value is drawn whole instead of cut in half by the plot's edge. Linear: Elastic Charts' own
 * pixel padding (PIXEL_PADDED_LINEAR_DOMAIN). Log: the
 * drawn values' range widened in log space by computePaddedLogDomain (pixel padding is linear in the domain,
 * which a log axis cannot take). O(n).
 */
export function getPaddedValueDomain(values: readonly number[], { scale, logMinLimit }: PaddedValueDomainOptions): YDomainRange {
  if (scale === 'linear') return PIXEL_PADDED_LINEAR_DOMAIN;
  const padded = computePaddedLogDomain(values);
  if (padded === null) return { min: NaN, max: NaN, logBase: Math.E, fit: true, logMinLimit };
  // The limit would clamp the padded minimum back onto a floored value (whisker caps at the floor were cut).
  return { ...padded, logBase: Math.E, fit: true, logMinLimit: Math.min(padded.min, logMinLimit ?? padded.min) };
}
