import type { ConversationColumns } from '../../common/api/conversations';
import type { TimelineResponse } from '../../common/api/timeline';

/** Three conversations: one single-observation (OTR 0), one of 2 h, one of 1 day. */
export const COLUMNS: ConversationColumns = {
  signature_id: ['1', '1', '2'],
  signature_name: ['ET A', 'ET A', 'ET B'],
  source_ip: ['10.0.0.1', '10.0.0.2', '10.0.0.3'],
  destination_ip: ['8.8.8.8', '10.0.0.9', '10.0.0.1'],
  first_seen: [0, 0, 0],
  last_seen: [0, 7_200_000, 86_400_000],
  otr_seconds: [0, 7200, 86_400],
  observations: [1, 5, 40],
  direction: ['internal_to_external', 'internal_to_internal', 'internal_to_internal'],
};

/** Six 1-hour buckets, period 2; classical edges are null; bucket 3 is an outlier, bucket 4 is empty. */
export const TIMELINE: TimelineResponse = {
  interval_minutes: 60,
  bucket_starts: [0, 1, 2, 3, 4, 5].map((h) => h * 3_600_000),
  values: [5, 7, 5, 40, 0, 7],
  decomposition: {
    method: 'classical',
    model: 'additive',
    period: 2,
    trend: [null, 6, 6, 6, 6, null],
    seasonal: [-1, 1, -1, 1, -1, 1],
    residual: [null, 0, 0, 33, -5, null],
  },
  outliers: [
    { bucket_start: 3 * 3_600_000, value: 40, residual: 33, score: 3.2, top_sources: [{ value: '10.0.0.5', count: 30 }], top_destinations: [], top_domains: [] },
    { bucket_start: 4 * 3_600_000, value: 0, residual: -5, score: -3.1, top_sources: [], top_destinations: [], top_domains: [] },
  ],
  residual_center: 7,
  residual_scale: 10,
  partial: false,
  warnings: [],
};
