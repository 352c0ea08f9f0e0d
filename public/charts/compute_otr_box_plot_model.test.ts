import type { SignatureOtrBoxStats } from '../../common/api/conversations';
import { computeOtrBoxPlotModel, OTR_LOG_FLOOR_HOURS } from './compute_otr_box_plot_model';
import type { SignatureCategory } from './compute_signature_categories';
import { COLUMNS } from './test_fixtures';

const categories: SignatureCategory[] = [
  { x: 0, signatureId: '1', signature: 'ET A', conversations: 2, share: 2 / 3, uniquePairs: 2 },
  { x: 1, signatureId: '2', signature: 'ET B', conversations: 1, share: 1 / 3, uniquePairs: 1 },
];
const box = (id: string, outlierRows: number[]): SignatureOtrBoxStats => ({
  signature_id: id,
  signature_name: id,
  count: 2,
  min: 0,
  q1: 0,
  median: 3600,
  q3: 7200,
  max: 86_400,
  iqr: 7200,
  lower_fence: -10_800,
  upper_fence: 18_000,
  whisker_low: 0,
  whisker_high: 7200,
  outlier_rows: outlierRows,
});

describe('computeOtrBoxPlotModel', () => {
  it('places each signature\'s box at its column\'s position, in hours', () => {
    const model = computeOtrBoxPlotModel(categories, [box('2', [2]), box('1', [])], COLUMNS, 'linear');
    expect(model.boxes.map((b) => b.coordinates)).toEqual([
      { x0: 0 - 0.3, x1: 0.3, y0: 0, y1: 2 },
      { x0: 1 - 0.3, x1: 1.3, y0: 0, y1: 2 },
    ]);
    expect(model.outliers).toEqual([{ kind: 'otr_outlier', x: 1, y: 24, otrSeconds: 86_400, row: 2, signature: 'ET B' }]);
    expect(model.missingBoxes).toBe(0);
  });

  it('raises zero OTR to one second on the log scale and counts what it raised', () => {
    const model = computeOtrBoxPlotModel(categories, [box('1', [0])], COLUMNS, 'log');
    expect(model.boxes[0].coordinates.y0).toBe(OTR_LOG_FLOOR_HOURS);
    expect(model.outliers[0].y).toBe(OTR_LOG_FLOOR_HOURS);
    expect(model.flooredValues).toBe(1);
    expect(model.missingBoxes).toBe(1);
  });
});
