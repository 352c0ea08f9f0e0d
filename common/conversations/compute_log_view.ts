import type { Conversation } from '../model/conversation';

export type OtrUnit = 'seconds' | 'hours';

/**
 * What to do with OTR = 0 (single-observation conversations), whose natural log is −∞:
 * - `drop`: leave those conversations out and count them (`dropped`);
 * - `log1p`: plot ln(OTR + 1) for every conversation, in the chosen unit, so zero maps to 0. The shift is
 *   applied to all points (not only the zeros) so the axis stays one monotone transform; note that
 *   ln(x + 1) in hours and in seconds are different shapes, and say which in the legend.
 */
export type ZeroOtrRule = 'drop' | 'log1p';

export interface LogViewPoint {
  /** Position of the conversation in the input array (for drill-down). */
  readonly index: number;
  /** ln(OTR) or ln(OTR + 1), OTR in `otrUnit`. */
  readonly lnOtr: number;
  /** ln(observations); observations ≥ 1, so this is always finite and ≥ 0, whatever the rule. */
  readonly lnObservations: number;
}

export interface LogView {
  readonly otrUnit: OtrUnit;
  readonly zeroOtr: ZeroOtrRule;
  /** In input order, without the dropped conversations. */
  readonly points: readonly LogViewPoint[];
  /** Conversations left out because OTR = 0 (always 0 under `log1p`). */
  readonly dropped: number;
}

export interface ComputeLogViewOptions {
  /** Hours by default (the published hunt's axis); seconds is the stored unit. */
  readonly otrUnit?: OtrUnit;
  /** Required: the rule must be a deliberate, stated choice. */
  readonly zeroOtr: ZeroOtrRule;
}

/**
 * The log–log view of conversations: natural log of OTR (seconds or hours) against natural log of
 * observations, with the OTR = 0 rule applied as chosen (see ZeroOtrRule). The input is never mutated.
 * O(n).
 *
 * @throws RangeError naming the conversation for a negative or non-finite OTR or observations below 1.
 * @example computeLogView(conversations, { otrUnit: 'hours', zeroOtr: 'drop' }).dropped // single-observation conversations left out
 */
export function computeLogView(conversations: readonly Conversation[], { otrUnit = 'hours', zeroOtr }: ComputeLogViewOptions): LogView {
  if (otrUnit !== 'seconds' && otrUnit !== 'hours') throw new RangeError(`computeLogView requires otrUnit 'seconds' or 'hours', got ${String(otrUnit)}`);
  if (zeroOtr !== 'drop' && zeroOtr !== 'log1p') throw new RangeError(`computeLogView requires zeroOtr 'drop' or 'log1p', got ${String(zeroOtr)}`);
  const divisor = otrUnit === 'hours' ? 3600 : 1;
  const points: LogViewPoint[] = [];
  let dropped = 0;
  conversations.forEach((c, index) => {
    if (!(Number.isFinite(c.otrSeconds) && c.otrSeconds >= 0)) {
      throw new RangeError(`computeLogView requires OTR ≥ 0; conversation at index ${index} has ${c.otrSeconds}`);
    }
    if (!(Number.isFinite(c.observations) && c.observations >= 1)) {
      throw new RangeError(`computeLogView requires observations ≥ 1; conversation at index ${index} has ${c.observations}`);
    }
    const otr = c.otrSeconds / divisor;
    if (zeroOtr === 'drop' && otr === 0) {
      dropped += 1;
      return;
    }
    points.push({ index, lnOtr: zeroOtr === 'log1p' ? Math.log1p(otr) : Math.log(otr), lnObservations: Math.log(c.observations) });
  });
  return { otrUnit, zeroOtr, points, dropped };
}
