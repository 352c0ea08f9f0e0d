import type { ConversationColumns, SignatureOtrBoxStats } from '../../common/api/conversations';
import { computeBoxPlotAnnotations, type BoxPlotAnnotations } from './compute_box_plot_annotations';
import type { SignatureCategory } from './compute_signature_categories';
import { formatDuration } from './format_duration';

export type OtrScale = 'linear' | 'log';

/** Below one second an OTR is drawn at one second on the log scale (a log axis has no 0). */
export const OTR_LOG_FLOOR_HOURS = 1 / 3600;

/** A 1.5×IQR outlier conversation, drawn as a point over its signature's box. */
export interface OtrOutlierDatum {
  readonly kind: 'otr_outlier';
  readonly x: number;
  /** OTR in hours (raised to the floor on the log scale). */
  readonly y: number;
  readonly otrSeconds: number;
  /** Row of the conversation in the response columns. */
  readonly row: number;
  readonly signature: string;
}

export interface OtrBoxPlotModel extends BoxPlotAnnotations {
  readonly outliers: OtrOutlierDatum[];
  /** Signatures in the column chart without box statistics (none expected; counted rather than hidden). */
  readonly missingBoxes: number;
  /** Values drawn at the floor on the log scale. */
  readonly flooredValues: number;
}

export function isOtrOutlierDatum(value: unknown): value is OtrOutlierDatum {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'otr_outlier';
}

/**
 * Box plots of OTR per signature, in hours, at the column chart's category positions, from the route's
 * Tukey statistics (type-7 quartiles, 1.5×IQR fences). Outliers are the route's rows, so each point drills
 * down to its conversation. O(signatures + outliers).
 */
export function computeOtrBoxPlotModel(
  categories: readonly SignatureCategory[],
  stats: readonly SignatureOtrBoxStats[],
  columns: ConversationColumns,
  scale: OtrScale,
): OtrBoxPlotModel {
  const bySignature = new Map(stats.map((entry) => [entry.signature_id, entry]));
  const hours = (seconds: number): number => seconds / 3600;
  const floor = scale === 'log' ? OTR_LOG_FLOOR_HOURS : undefined;
  const boxes = [];
  const outliers: OtrOutlierDatum[] = [];
  let missingBoxes = 0;
  let flooredValues = 0;
  const draw = (value: number): number => {
    if (floor !== undefined && value < floor) {
      flooredValues += 1;
      return floor;
    }
    return value;
  };
  for (const category of categories) {
    const entry = bySignature.get(category.signatureId);
    if (!entry) {
      missingBoxes += 1;
      continue;
    }
    boxes.push({
      x: category.x,
      label: category.signatureId,
      q1: hours(entry.q1),
      median: hours(entry.median),
      q3: hours(entry.q3),
      // No OTR inside the fences (every one an outlier): the whiskers collapse onto the box.
      whiskerLow: hours(entry.whisker_low ?? entry.q1),
      whiskerHigh: hours(entry.whisker_high ?? entry.q3),
      count: entry.count,
    });
    for (const row of entry.outlier_rows) {
      const otrSeconds = columns.otr_seconds[row];
      outliers.push({ kind: 'otr_outlier', x: category.x, y: draw(hours(otrSeconds)), otrSeconds, row, signature: category.signature });
    }
  }
  const annotations = computeBoxPlotAnnotations(boxes, { logFloor: floor, format: (value) => formatDuration(value * 3600) });
  return { ...annotations, outliers, missingBoxes, flooredValues };
}
