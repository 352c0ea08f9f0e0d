import fc from 'fast-check';
import { decimateOnLogGrid, type LogGridInput } from './decimate_on_log_grid';

/**
 * ln-range [0, ln 100] on both axes; on a 4-cell grid each cell spans a quarter of it.
 * 0 and 1 hold the extremes; 2–4 share cell (2, 2); 5 sits alone in cell (0, 3).
 */
const INPUT: LogGridInput = Object.freeze({
  x: Object.freeze([1, 100, 10, 12, 11, 2]),
  y: Object.freeze([1, 100, 10, 11, 12, 50]),
  series: Object.freeze([0, 0, 0, 0, 0, 0]),
});

describe('decimateOnLogGrid', () => {
  it('merges a shared cell into its member nearest the log-space mean and keeps extremes and lone points exact', () => {
    const result = decimateOnLogGrid(INPUT, { maxMarks: 100, finestCellsPerAxis: 4, coarsestCellsPerAxis: 1 });
    expect(result.cellsPerAxis).toBe(4);
    expect(result.pinned).toBe(2);
    expect(result.marks).toEqual([
      { representative: 0, members: 1, xMin: 1, xMax: 1, yMin: 1, yMax: 1 },
      { representative: 1, members: 1, xMin: 100, xMax: 100, yMin: 100, yMax: 100 },
      // Mean of ln 10, ln 12, ln 11 is ln 10.97: (12, 11) and (11, 12) tie nearest; the lower index wins.
      { representative: 3, members: 3, xMin: 10, xMax: 12, yMin: 10, yMax: 12 },
      { representative: 5, members: 1, xMin: 2, xMax: 2, yMin: 50, yMax: 50 },
    ]);
  });

  it('halves the grid until the marks fit, never below the coarsest grid', () => {
    const fitted = decimateOnLogGrid(INPUT, { maxMarks: 3, finestCellsPerAxis: 4, coarsestCellsPerAxis: 1 });
    expect(fitted.cellsPerAxis).toBe(1);
    expect(fitted.marks.map((m) => m.members)).toEqual([1, 1, 4]);

    const floored = decimateOnLogGrid(INPUT, { maxMarks: 1, finestCellsPerAxis: 4, coarsestCellsPerAxis: 2 });
    expect(floored.cellsPerAxis).toBe(2);
    expect(floored.marks).toHaveLength(4);
  });

  it('never merges across series, and pins each series own extremes', () => {
    const input = { x: [1, 2, 3, 4, 5, 1, 2, 3, 4, 5], y: [1, 2, 3, 4, 5, 5, 4, 3, 2, 1], series: [0, 0, 0, 0, 0, 1, 1, 1, 1, 1] };
    const result = decimateOnLogGrid(input, { maxMarks: 1, finestCellsPerAxis: 1, coarsestCellsPerAxis: 1 });
    expect(result.marks.map((m) => [input.series[m.representative], m.members])).toEqual([
      [0, 1],
      [0, 3],
      [0, 1],
      [1, 1],
      [1, 3],
      [1, 1],
    ]);
  });

  it('accounts for every item exactly once, per series, and draws each representative inside its ranges', () => {
    const item = fc.record({ x: fc.double({ min: 1e-4, max: 1e4, noNaN: true }), y: fc.integer({ min: 1, max: 1e6 }), series: fc.integer({ min: 0, max: 3 }) });
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 300 }), fc.integer({ min: 1, max: 400 }), (items, maxMarks) => {
        const input = { x: items.map((i) => i.x), y: items.map((i) => i.y), series: items.map((i) => i.series) };
        const { marks } = decimateOnLogGrid(input, { maxMarks, finestCellsPerAxis: 64, coarsestCellsPerAxis: 2 });
        const perSeries = new Map<number, number>();
        for (const mark of marks) {
          const r = mark.representative;
          perSeries.set(input.series[r], (perSeries.get(input.series[r]) ?? 0) + mark.members);
          expect(input.x[r]).toBeGreaterThanOrEqual(mark.xMin);
          expect(input.x[r]).toBeLessThanOrEqual(mark.xMax);
          expect(input.y[r]).toBeGreaterThanOrEqual(mark.yMin);
          expect(input.y[r]).toBeLessThanOrEqual(mark.yMax);
        }
        const expected = new Map<number, number>();
        for (const s of input.series) expected.set(s, (expected.get(s) ?? 0) + 1);
        expect(perSeries).toEqual(expected);
        // Each series' largest y is drawn exactly where it is.
        for (const [s] of expected) {
          const top = Math.max(...input.y.filter((_, i) => input.series[i] === s));
          expect(marks.some((m) => input.series[m.representative] === s && input.y[m.representative] === top)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('names the item and the problem for bad input', () => {
    expect(() => decimateOnLogGrid({ x: [1, 0], y: [1, 1], series: [0, 0] }, { maxMarks: 5 })).toThrow('decimateOnLogGrid requires finite x > 0 and y > 0, got (0, 1) at item 1');
    expect(() => decimateOnLogGrid({ x: [1], y: [1, 2], series: [0] }, { maxMarks: 5 })).toThrow('x, y and series of one length, got 1, 2 and 1');
    expect(() => decimateOnLogGrid({ x: [1], y: [1], series: [-1] }, { maxMarks: 5 })).toThrow('series indices that are integers ≥ 0, got -1 at item 0');
    expect(() => decimateOnLogGrid({ x: [1], y: [1], series: [0] }, { maxMarks: 5, finestCellsPerAxis: 100 })).toThrow('powers of two');
    expect(() => decimateOnLogGrid({ x: [1], y: [1], series: [0] }, { maxMarks: 0 })).toThrow('maxMarks ≥ 1, got 0');
  });
});
