/** One fixed interval of a time series: its start (epoch ms, UTC) and its value (a count or a sum). */
export interface TimeBucket {
  readonly start: number;
  readonly value: number;
}
