import type { RectAnnotationDatum } from '@elastic/charts';

/** One box of a box plot at a numeric category position. */
export interface BoxPlotBox {
  /** Category position on the x axis (0, 1, 2 …). */
  readonly x: number;
  readonly label: string;
  readonly q1: number;
  readonly median: number;
  readonly q3: number;
  /** Ends of the whiskers: the most extreme values inside the fences. */
  readonly whiskerLow: number;
  readonly whiskerHigh: number;
  readonly count: number;
}

/** A Q1–Q3 rectangle with its box's label, so a chart can style each box (a colour per category). */
export interface BoxPlotRect extends RectAnnotationDatum {
  readonly label: string;
}

export interface BoxPlotAnnotations {
  /** Q1–Q3 rectangles. */
  readonly boxes: BoxPlotRect[];
  /** Thin filled rectangles across the box at the median. */
  readonly medians: RectAnnotationDatum[];
  /** Thin filled rectangles from each whisker end to its box (stems), plus the caps at the whisker ends. */
  readonly whiskers: RectAnnotationDatum[];
  /**
   * Both whisker ends of every box as invisible points: annotations neither set the y domain nor count as
   * data, so without them a box plot with no outliers would read "no data" or clip its boxes.
   */
  readonly extents: { readonly x: number; readonly y: number }[];
}

export interface BoxPlotAnnotationOptions {
  /** Box width in category units (1 = touching neighbours). Default 0.6. */
  readonly boxWidth?: number;
  /**
   * On a log axis, values below this are drawn at it (a log axis has no 0). Omit for a linear axis.
   */
  readonly logFloor?: number;
  /** Formats a value for the tooltip text of each box. */
  readonly format: (value: number) => string;
}

/**
 * Box plots as RectAnnotations on a numeric category axis (elastic-charts has no box-plot series; line
 * annotations span the whole chart, and it drops zero-width or zero-height rectangles, so whiskers and
 * medians are thin filled rectangles: STEM_HALF_WIDTH category units wide, and LINE_HALF_HEIGHT of the
 * value span high, or ×/÷ LOG_LINE_FACTOR on a log axis). Each datum carries a details string for the
 * annotation tooltip. O(boxes).
 */
export const STEM_HALF_WIDTH = 0.004;
export const LINE_HALF_HEIGHT = 0.004;
export const LOG_LINE_FACTOR = 1.015;

export function computeBoxPlotAnnotations(boxes: readonly BoxPlotBox[], options: BoxPlotAnnotationOptions): BoxPlotAnnotations {
  const half = (options.boxWidth ?? 0.6) / 2;
  const capHalf = half / 2;
  const y = (value: number): number => (options.logFloor === undefined ? value : Math.max(value, options.logFloor));
  const result: BoxPlotAnnotations = { boxes: [], medians: [], whiskers: [], extents: [] };
  const lows = boxes.map((box) => y(box.whiskerLow));
  const highs = boxes.map((box) => y(box.whiskerHigh));
  const span = boxes.length === 0 ? 1 : Math.max(...highs) - Math.min(...lows) || 1;
  const line = (value: number): { y0: number; y1: number } =>
    options.logFloor === undefined
      ? { y0: value - LINE_HALF_HEIGHT * span, y1: value + LINE_HALF_HEIGHT * span }
      : { y0: value / LOG_LINE_FACTOR, y1: value * LOG_LINE_FACTOR };
  for (const box of boxes) {
    const { format } = options;
    const details =
      `${box.label}: n ${box.count}, median ${format(box.median)}, IQR ${format(box.q1)}–${format(box.q3)}, ` +
      `whiskers ${format(box.whiskerLow)}–${format(box.whiskerHigh)}`;
    result.extents.push({ x: box.x, y: y(box.whiskerLow) }, { x: box.x, y: y(box.whiskerHigh) });
    result.boxes.push({ coordinates: { x0: box.x - half, x1: box.x + half, y0: y(box.q1), y1: y(box.q3) }, details, label: box.label });
    result.medians.push({ coordinates: { x0: box.x - half, x1: box.x + half, ...line(y(box.median)) }, details });
    const stem = { x0: box.x - STEM_HALF_WIDTH, x1: box.x + STEM_HALF_WIDTH };
    result.whiskers.push(
      { coordinates: { ...stem, y0: y(box.whiskerLow), y1: y(box.q1) }, details },
      { coordinates: { ...stem, y0: y(box.q3), y1: y(box.whiskerHigh) }, details },
      { coordinates: { x0: box.x - capHalf, x1: box.x + capHalf, ...line(y(box.whiskerLow)) }, details },
      { coordinates: { x0: box.x - capHalf, x1: box.x + capHalf, ...line(y(box.whiskerHigh)) }, details },
    );
  }
  return result;
}
