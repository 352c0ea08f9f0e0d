/**
 * The HTTP egress month of the pandas hunt (../shared/seeds/threat-hunting-pandas.txt): design constants.
 * Times are UTC; a bucket is 15 minutes and buckets are numbered from the start of the month.
 */

export const DEFAULT_HTTP_SEED = 20190301;
export const HTTP_MONTH_START = Date.UTC(2024, 3, 1);
export const HTTP_MONTH_DAYS = 30;
export const BUCKET_MS = 15 * 60 * 1000;
export const BUCKETS_PER_DAY = 96;
export const HTTP_MONTH_BUCKETS = HTTP_MONTH_DAYS * BUCKETS_PER_DAY;

/** Bucket number of day `day` (0-based) at hh:mm. */
export function bucketAt(day: number, hour: number, minute: number): number {
  return day * BUCKETS_PER_DAY + hour * 4 + Math.floor(minute / 15);
}

export interface PlantedAnomaly {
  readonly bucket: number;
  /** +1: a spike (extra POST/PUTs to the Internet added to the expected count); −1: a dip (count × factor). */
  readonly sign: 1 | -1;
  /** Spike: transactions added. Dip: fraction of the expected count kept. */
  readonly magnitude: number;
}

/**
 * Well inside the series (the classical decomposition leaves 48 buckets unscored at each end), away from the
 * gaps, and on different phases of the day. The dips sit on the daily peaks, where a drop is largest.
 */
export const PLANTED_ANOMALIES: readonly PlantedAnomaly[] = [
  { bucket: bucketAt(4, 14, 30), sign: 1, magnitude: 110 },
  { bucket: bucketAt(8, 13, 0), sign: -1, magnitude: 0.08 },
  { bucket: bucketAt(12, 3, 15), sign: 1, magnitude: 90 },
  { bucket: bucketAt(17, 23, 0), sign: -1, magnitude: 0.08 },
  { bucket: bucketAt(21, 10, 45), sign: 1, magnitude: 130 },
  { bucket: bucketAt(25, 19, 30), sign: 1, magnitude: 100 },
];

/** Collection gaps: buckets with no record at all. */
export const GAP_BUCKETS: readonly number[] = [
  bucketAt(6, 4, 0),
  bucketAt(6, 4, 15),
  bucketAt(6, 4, 30),
  bucketAt(6, 4, 45),
  bucketAt(15, 17, 30),
  bucketAt(23, 9, 0),
  bucketAt(23, 9, 15),
];

/** A burst of POSTs to an internal backup server: loud in the all-destinations series, absent from the Internet one. */
export const INTERNAL_DECOY = { bucket: bucketAt(10, 15, 0), extraPosts: 260 } as const;

/** The one transfer above 1,000,000,000 bytes: a PUT to a file-sharing host at night. */
export const OUTLIER_TRANSFER = {
  bucket: bucketAt(19, 2, 30),
  offsetMs: 401_123,
  bytes: 1_283_457_024,
  method: 'PUT',
  domain: 'upload.filedrop.example',
  path: '/v2/objects/archive-7f3c.bin',
} as const;

/** Rare methods over the whole month (exact counts), placed in random buckets. */
export const RARE_METHOD_COUNTS: Readonly<Record<string, number>> = {
  HEAD: 640,
  OPTIONS: 290,
  DELETE: 41,
  PATCH: 23,
  PROPFIND: 7,
  CONNECT: 3,
  TRACE: 2,
};
