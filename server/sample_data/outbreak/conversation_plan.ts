import type { Conversation } from '../../../common/model/conversation';
import type { Direction } from '../../../common/model/direction';
import { OUTBREAK_SIGNATURES, type SampleSignature } from './outbreak_spec';

/**
 * A conversation table in columns, the form the event expansion reads. Columns rather than objects so the
 * scaled outbreak (a million conversations) costs tens of megabytes instead of hundreds.
 */
export interface ConversationPlan {
  readonly count: number;
  readonly signatures: readonly SampleSignature[];
  /** Index into `signatures`, per conversation. */
  readonly signatureIndex: Uint8Array;
  readonly sourceIp: readonly string[];
  readonly destinationIp: readonly string[];
  readonly direction: readonly Direction[];
  /** Epoch ms. */
  readonly firstSeen: Float64Array;
  readonly lastSeen: Float64Array;
  readonly observations: Int32Array;
}

export function conversationPlanFromTable(table: readonly Conversation[]): ConversationPlan {
  const signatureIndex = new Uint8Array(table.length);
  const firstSeen = new Float64Array(table.length);
  const lastSeen = new Float64Array(table.length);
  const observations = new Int32Array(table.length);
  table.forEach((c, i) => {
    const index = OUTBREAK_SIGNATURES.findIndex((s) => s.id === c.signatureId);
    if (index < 0) throw new Error(`conversationPlanFromTable: conversation ${i} has unknown signatureId ${c.signatureId}`);
    signatureIndex[i] = index;
    firstSeen[i] = c.firstSeen;
    lastSeen[i] = c.lastSeen;
    observations[i] = c.observations;
  });
  return {
    count: table.length,
    signatures: OUTBREAK_SIGNATURES,
    signatureIndex,
    sourceIp: table.map((c) => c.sourceIp),
    destinationIp: table.map((c) => c.destinationIp),
    direction: table.map((c) => c.direction),
    firstSeen,
    lastSeen,
    observations,
  };
}

export function totalObservations(plan: ConversationPlan): number {
  let total = 0;
  for (let i = 0; i < plan.count; i += 1) total += plan.observations[i];
  return total;
}
