import fc from 'fast-check';
import type { ConversationTable } from '../model/conversation_table';
import { boxPlotStatsByGroup } from '../stats/box_plot_stats_by_group';
import { computeOtrBoxStats } from './compute_otr_box_stats';

function tableOf(rows: readonly { signatureId: string; otr: number }[]): ConversationTable {
  return Object.freeze({
    signatureId: rows.map((r) => r.signatureId),
    signature: rows.map((r, i) => `${r.signatureId} name ${i}`),
    sourceIp: rows.map(() => '10.0.0.1'),
    destinationIp: rows.map(() => '10.0.0.2'),
    firstSeen: rows.map(() => 0),
    lastSeen: rows.map((r) => r.otr * 1000),
    otrSeconds: rows.map((r) => r.otr),
    observations: rows.map(() => 2),
    direction: rows.map(() => 'internal_to_internal' as const),
  });
}

describe('computeOtrBoxStats', () => {
  it('gives boxPlotStatsByGroup’s figures and outliers (as rows) for any table', () => {
    const row = fc.record({ signatureId: fc.constantFrom('2024216', '2001569', '10', '9'), otr: fc.oneof(fc.constantFrom(0, 1, 3600), fc.double({ min: 0, max: 1e6, noNaN: true })) });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 300 }), fc.constantFrom(0, 0.25, 1.5, 3), (rows, k) => {
        const table = tableOf(rows);
        const expected = boxPlotStatsByGroup(
          rows.map((r, i) => ({ group: r.signatureId, id: String(i), value: r.otr })),
          { k },
        );
        const actual = computeOtrBoxStats(table, { k });
        expect(actual.map((box) => box.signatureId)).toEqual(expected.map((box) => box.group));
        actual.forEach((box, i) => {
          const { outliers, ...figures } = expected[i].stats;
          expect(box.figures).toEqual(figures);
          expect(box.outlierRows).toEqual(outliers.map((point) => Number(point.id)));
          const lastRow = rows.map((r, at) => (r.signatureId === box.signatureId ? at : -1)).reduce((a, b) => Math.max(a, b));
          expect(box.signature).toBe(table.signature[lastRow]);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('rejects an OTR that is not finite, naming the row', () => {
    expect(() => computeOtrBoxStats(tableOf([{ signatureId: 'a', otr: 1 }, { signatureId: 'a', otr: Number.NaN }]))).toThrow(
      'computeOtrBoxStats requires finite OTRs; row 1 has NaN',
    );
  });
});
