/** One value of a field and how many documents hold it. Values are rendered as strings. */
export interface ValueCount {
  readonly value: string;
  readonly count: number;
}
