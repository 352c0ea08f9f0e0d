import { computeBoxPlotAnnotations } from './compute_box_plot_annotations';

const box = { x: 2, label: 'POST', q1: 10, median: 20, q3: 40, whiskerLow: 0, whiskerHigh: 85, count: 50 };

describe('computeBoxPlotAnnotations', () => {
  it('draws the box from Q1 to Q3 centred on the category, the median across it and both whiskers', () => {
    const { boxes, medians, whiskers } = computeBoxPlotAnnotations([box], { format: String });
    expect(boxes[0].coordinates).toEqual({ x0: 1.7, x1: 2.3, y0: 10, y1: 40 });
    expect(medians[0].coordinates).toEqual({ x0: 1.7, x1: 2.3, y0: 20, y1: 20 });
    expect(whiskers.map((w) => w.coordinates)).toEqual([
      { x0: 2, x1: 2, y0: 0, y1: 10 },
      { x0: 2, x1: 2, y0: 40, y1: 85 },
      { x0: 1.85, x1: 2.15, y0: 0, y1: 0 },
      { x0: 1.85, x1: 2.15, y0: 85, y1: 85 },
    ]);
    expect(computeBoxPlotAnnotations([box], { format: String }).extents).toEqual([
      { x: 2, y: 0 },
      { x: 2, y: 85 },
    ]);
    expect(boxes[0].details).toBe('POST: n 50, median 20, IQR 10–40, whiskers 0–85');
  });

  it('raises values below the floor to it on a log axis', () => {
    const { whiskers } = computeBoxPlotAnnotations([box], { format: String, logFloor: 1 });
    expect(whiskers[0].coordinates.y0).toBe(1);
    expect(whiskers[2].coordinates).toMatchObject({ y0: 1, y1: 1 });
  });
});
