import type { ValueCount } from '../../../common/model/value_count';

function compareValues(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Keeps the `size` least (or most) common values of a stream of pages without holding every value: a
 * bounded buffer, compacted (sorted and cut to `size`) whenever it doubles, so memory is O(size + page)
 * and the total cost O(n log size). Order: count as asked, ties by value ascending (string order).
 */
export class ValueCountSelection {
  private kept: ValueCount[] = [];
  private distinct = 0;

  constructor(
    private readonly order: 'ascending' | 'descending',
    private readonly size: number,
  ) {}

  add(values: readonly ValueCount[]): void {
    this.distinct += values.length;
    for (const value of values) this.kept.push(value);
    if (this.kept.length >= 2 * Math.max(this.size, 512)) this.compact();
  }

  get distinctValues(): number {
    return this.distinct;
  }

  result(): ValueCount[] {
    this.compact();
    return this.kept;
  }

  private compact(): void {
    const sign = this.order === 'ascending' ? 1 : -1;
    this.kept.sort((a, b) => sign * (a.count - b.count) || compareValues(a.value, b.value));
    if (this.kept.length > this.size) this.kept = this.kept.slice(0, this.size);
  }
}
