import { SCATTER_HIT_COLUMNS, snapToLogColumns } from './snap_to_log_columns';

describe('snapToLogColumns', () => {
  it('moves values to evenly spaced columns in ln space, keeping both extremes exactly', () => {
    // ln span 0 … 4 in 4 columns: positions e^0, e^1, …, e^4.
    const snapped = snapToLogColumns(Object.freeze([1, Math.exp(0.4), Math.exp(0.6), Math.exp(2.49), Math.exp(4)]), 4);
    expect(snapped[0]).toBe(1);
    expect(snapped[4]).toBe(Math.exp(4));
    expect(snapped.slice(1, 4).map(Math.log).map((ln) => Number(ln.toFixed(12)))).toEqual([0, 1, 2]);
  });

  it('moves no value by more than half a column, and leaves at most columns + 1 distinct values', () => {
    const values = Array.from({ length: 5000 }, (_, i) => Math.exp(((i * 7919) % 5000) / 400));
    const snapped = snapToLogColumns(values);
    const halfColumn = (Math.log(Math.max(...values)) - Math.log(Math.min(...values))) / SCATTER_HIT_COLUMNS / 2;
    expect(snapped.every((value, i) => Math.abs(Math.log(value) - Math.log(values[i])) <= halfColumn + 1e-12)).toBe(true);
    expect(new Set(snapped).size).toBeLessThanOrEqual(SCATTER_HIT_COLUMNS + 1);
    // Values in one column share the very same number, as the chart's hit test needs.
    expect(new Set(snapped).size).toBeLessThan(new Set(values).size);
  });

  it('leaves values a log axis cannot show, and a single distinct value, as they are', () => {
    expect(snapToLogColumns([0, -2, NaN, 5, 5], 10)).toEqual([0, -2, NaN, 5, 5]);
    expect(snapToLogColumns([])).toEqual([]);
    expect(() => snapToLogColumns([1, 2], 0)).toThrow('snapToLogColumns requires columns ≥ 1, got 0');
  });
});
