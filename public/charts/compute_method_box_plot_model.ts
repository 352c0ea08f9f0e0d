import type { DistributionResponse, OutlierDocument } from '../../common/api/distribution';
import { computeBoxPlotAnnotations, type BoxPlotAnnotations } from './compute_box_plot_annotations';

/** Bytes per megabyte (SI, as network tools count). */
export const BYTES_PER_MB = 1_000_000;

export interface MethodCategory {
  readonly x: number;
  readonly method: string;
  readonly count: number;
  readonly outliersTotal: number;
}

export interface TransferOutlierDatum {
  readonly kind: 'transfer_outlier';
  readonly x: number;
  /** Bytes out, in MB. */
  readonly y: number;
  readonly method: string;
  readonly document: OutlierDocument;
}

export interface MethodBoxPlotModel extends BoxPlotAnnotations {
  readonly categories: MethodCategory[];
  readonly outliers: TransferOutlierDatum[];
  /** Outliers beyond the fences that the route counted but did not return. */
  readonly outliersNotShown: number;
}

export function isTransferOutlierDatum(value: unknown): value is TransferOutlierDatum {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'transfer_outlier';
}

/**
 * Box plots of bytes out per HTTP method in MB, with the route's outlier transfers (real documents) as
 * points; on the log scale values under one byte are drawn at one byte. O(n).
 */
export type BytesScale = 'linear' | 'log';

/** On the log scale a transfer under one byte (0) is drawn at one byte. */
export const BYTES_LOG_FLOOR_MB = 1 / BYTES_PER_MB;

export function computeMethodBoxPlotModel(response: DistributionResponse, scale: BytesScale = 'linear'): MethodBoxPlotModel {
  const mb = (bytes: number): number => bytes / BYTES_PER_MB;
  const floor = scale === 'log' ? BYTES_LOG_FLOOR_MB : undefined;
  const draw = (value: number): number => (floor !== undefined && value < floor ? floor : value);
  const categories: MethodCategory[] = [];
  const outliers: TransferOutlierDatum[] = [];
  let outliersNotShown = 0;
  const boxes = response.categories.map((entry, x) => {
    const method = entry.category;
    categories.push({ x, method, count: entry.count, outliersTotal: entry.outliers_total });
    for (const document of entry.outliers) outliers.push({ kind: 'transfer_outlier', x, y: draw(mb(document.value)), method, document });
    outliersNotShown += entry.outliers_total - entry.outliers.length;
    return {
      x,
      label: method,
      q1: mb(entry.q1),
      median: mb(entry.median),
      q3: mb(entry.q3),
      whiskerLow: mb(entry.whisker_low),
      whiskerHigh: mb(entry.whisker_high),
      count: entry.count,
    };
  });
  const annotations = computeBoxPlotAnnotations(boxes, { logFloor: floor, format: (value) => `${Number(value.toPrecision(3))} MB` });
  return { ...annotations, categories, outliers, outliersNotShown };
}
