import { computeBoxPlotAnnotations } from './compute_box_plot_annotations';

const box = { x: 2, label: 'POST', q1: 10, median: 20, q3: 40, whiskerLow: 0, whiskerHigh: 85, count: 50 };

describe('computeBoxPlotAnnotations', () => {
  it('draws the box from Q1 to Q3 centred on the category, the median across it and both whiskers', () => {
    const { boxes, medians, whiskers } = computeBoxPlotAnnotations([box], { format: String });
    expect(boxes[0].coordinates).toEqual({ x0: 1.7, x1: 2.3, y0: 10, y1: 40 });
    // Lines are LINE_HALF_HEIGHT (0.4 %) of the 0–85 span either side of their value.
    expect(medians[0].coordinates).toEqual({ x0: 1.7, x1: 2.3, y0: 20 - 0.34, y1: 20 + 0.34 });
    expect(whiskers.map((w) => w.coordinates)).toEqual([
      { x0: 1.996, x1: 2.004, y0: 0, y1: 10 },
      { x0: 1.996, x1: 2.004, y0: 40, y1: 85 },
      { x0: 1.85, x1: 2.15, y0: -0.34, y1: 0.34 },
      { x0: 1.85, x1: 2.15, y0: 85 - 0.34, y1: 85 + 0.34 },
    ]);
    expect(computeBoxPlotAnnotations([box], { format: String }).extents).toEqual([
      { x: 2, y: 0 },
      { x: 2, y: 85 },
    ]);
    expect(boxes[0].details).toBe('POST: n 50, median 20, IQR 10–40, whiskers 0–85');
    expect(boxes[0].label).toBe('POST');
  });

  it('raises values below the floor to it on a log axis', () => {
    const { whiskers } = computeBoxPlotAnnotations([box], { format: String, logFloor: 1 });
    expect(whiskers[0].coordinates.y0).toBe(1);
    // On a log axis a line is a constant ratio either side, so it looks equally thick at every height.
    expect(whiskers[2].coordinates).toMatchObject({ y0: 1 / 1.015, y1: 1.015 });
  });
});
