import dateMath from '@elastic/datemath';

/**
 * The time picker's text (`now-7d`, `2018-04-26T00:00:00Z`) as the ISO range the routes take; the end is
 * rounded up (`now/d` ends at the end of today). Throws naming the end that does not parse. O(1).
 */
export function parseTimeRange(start: string, end: string, now = new Date()): { from: string; to: string } {
  const from = dateMath.parse(start, { forceNow: now });
  const to = dateMath.parse(end, { roundUp: true, forceNow: now });
  if (!from || !from.isValid()) throw new Error(`time range start: cannot read "${start}" as a date`);
  if (!to || !to.isValid()) throw new Error(`time range end: cannot read "${end}" as a date`);
  if (!from.isBefore(to)) throw new Error('time range: the start must be before the end');
  return { from: from.toISOString(), to: to.toISOString() };
}
