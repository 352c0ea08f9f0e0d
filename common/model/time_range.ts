/**
 * A half-open time range [from, to) in epoch milliseconds, UTC. Half-open so that consecutive ranges
 * never count an event twice.
 */
export interface TimeRange {
  readonly from: number;
  readonly to: number;
}
