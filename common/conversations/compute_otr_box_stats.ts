import { encodeConversationTable } from '../model/coded_conversation_table';
import type { CodedConversationTable } from '../model/coded_conversation_table';
import type { ConversationTable } from '../model/conversation_table';
import { boxPlotFigures } from '../stats/box_plot_figures';
import type { BoxPlotFigures } from '../stats/box_plot_figures';

/** One signature's OTR box plot, its outliers given as rows of the table (so each drills down). */
export interface SignatureOtrBox {
  readonly signatureId: string;
  /** The name on the signature's last row. */
  readonly signature: string;
  readonly figures: Omit<BoxPlotFigures, 'lowOutliers' | 'highOutliers'>;
  /** Rows beyond a fence, ascending by OTR, ties by the row number as text (as boxPlotStats orders ids). */
  readonly outlierRows: readonly number[];
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Per signature, Tukey box statistics of OTR seconds (boxPlotFigures: type-7 quartiles, fences at k·IQR,
 * k = 1.5 by default), ordered by signature id (UTF-16 code units): the same figures and outliers as
 * boxPlotStatsByGroup over { group: signature id, id: String(row), value: OTR }, without an object per row.
 * Cost: O(n log n); about 12 bytes per row while it runs.
 *
 * @throws RangeError when an OTR is not finite.
 */
export function computeOtrBoxStats(table: ConversationTable, options: { readonly k?: number } = {}): SignatureOtrBox[] {
  return computeCodedOtrBoxStats(encodeConversationTable(table), options);
}

/** computeOtrBoxStats over a coded table: rows are grouped by the code of their signature id. */
export function computeCodedOtrBoxStats(table: CodedConversationTable, { k = 1.5 }: { readonly k?: number } = {}): SignatureOtrBox[] {
  const n = table.length;
  const { strings } = table;
  // Signatures by the code of their id (-1: not seen yet), in order of first appearance.
  const indexOf = new Int32Array(strings.length).fill(-1);
  const idCodes: number[] = [];
  const signatureOfRow = new Uint32Array(n);
  const names: string[] = [];
  for (let row = 0; row < n; row += 1) {
    const otr = table.otrSeconds[row];
    if (!Number.isFinite(otr)) throw new RangeError(`computeOtrBoxStats requires finite OTRs; row ${row} has ${String(otr)}`);
    const idCode = table.signatureId[row];
    let index = indexOf[idCode];
    if (index < 0) {
      index = idCodes.length;
      indexOf[idCode] = index;
      idCodes.push(idCode);
    }
    signatureOfRow[row] = index;
    names[index] = strings[table.signature[row]];
  }
  const signatures = idCodes.length;
  // Rows grouped by signature, in row order within each group.
  const start = new Uint32Array(signatures + 1);
  for (let row = 0; row < n; row += 1) start[signatureOfRow[row] + 1] += 1;
  for (let s = 0; s < signatures; s += 1) start[s + 1] += start[s];
  const next = start.slice(0, signatures);
  const rows = new Uint32Array(n);
  for (let row = 0; row < n; row += 1) rows[next[signatureOfRow[row]]++] = row;

  return idCodes
    .map((code, s) => ({ signatureId: strings[code], s }))
    .sort((a, b) => compareStrings(a.signatureId, b.signatureId))
    .map(({ signatureId, s }) => {
      const members = rows.subarray(start[s], start[s + 1]);
      const sorted = new Float64Array(members.length);
      for (let i = 0; i < members.length; i += 1) sorted[i] = table.otrSeconds[members[i]];
      sorted.sort();
      const { lowOutliers, highOutliers, ...figures } = boxPlotFigures(sorted, { k });
      const outlierRows: number[] = [];
      if (lowOutliers + highOutliers > 0) {
        for (const row of members) {
          const otr = table.otrSeconds[row];
          if (otr < figures.lowerFence || otr > figures.upperFence || (figures.lowerWhisker === null && figures.upperWhisker === null)) outlierRows.push(row);
        }
        outlierRows.sort((a, b) => table.otrSeconds[a] - table.otrSeconds[b] || compareStrings(String(a), String(b)));
      }
      return { signatureId, signature: names[s], figures, outlierRows };
    });
}
