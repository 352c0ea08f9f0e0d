import type { TimelineResponse } from '../common/api/timeline';
import { timelineCells, toTimelineOutput } from './to_timeline_output';

const response: TimelineResponse = {
  interval_minutes: 60,
  bucket_starts: [0, 3_600_000, 7_200_000],
  values: [1, 9, 2],
  decomposition: { method: 'classical', model: 'additive', period: 2, trend: [null, 4, null], seasonal: [0.5, -0.5, 0.5], residual: [null, 5.5, null] },
  outliers: [{ bucket_start: 3_600_000, value: 9, residual: 5.5, score: -3.2, top_sources: null, top_destinations: null, top_domains: [] }],
  residual_center: 0,
  residual_scale: 1.7,
  partial: false,
  warnings: [],
};

describe('toTimelineOutput', () => {
  it('gives ISO starts, nulls where a component is undefined, signed outliers and the unscored buckets', () => {
    const output = toTimelineOutput(response, { index: 'x' });
    expect(output.buckets).toEqual([
      { start: '1970-01-01T00:00:00.000Z', value: 1 },
      { start: '1970-01-01T01:00:00.000Z', value: 9 },
      { start: '1970-01-01T02:00:00.000Z', value: 2 },
    ]);
    expect(output.trend).toEqual([null, 4, null]);
    expect(output.outliers).toEqual([expect.objectContaining({ start: '1970-01-01T01:00:00.000Z', value: 9, residual: 5.5, score: -3.2, sign: -1 })]);
    expect(output.not_scorable).toEqual(['1970-01-01T00:00:00.000Z', '1970-01-01T02:00:00.000Z']);
    expect(timelineCells(output)[1]).toEqual(['1970-01-01T01:00:00.000Z', 9, 4, -0.5, 5.5, -3.2, 'low']);
  });

  it('fills every component with null when there is no decomposition', () => {
    const output = toTimelineOutput({ ...response, decomposition: null, outliers: [] }, {});
    expect(output.trend).toEqual([null, null, null]);
    expect(output.not_scorable).toHaveLength(3);
  });
});
