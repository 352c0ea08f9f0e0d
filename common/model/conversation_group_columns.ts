import type { ConversationGroup } from './conversation_group';

/**
 * Conversation groups as columns: row i is the i-th entry of every column. The four text columns hold
 * indexes into `strings` (each distinct signature id, name and address once), the others plain numbers,
 * so a million groups cost about 36 bytes each instead of an object each (~110 bytes on a 64-bit heap).
 * Rows are ordered as ConversationGroupsResult orders groups: signature id, source, destination as strings.
 */
export interface ConversationGroupColumns {
  readonly length: number;
  readonly strings: readonly string[];
  readonly signatureId: Uint32Array;
  readonly signature: Uint32Array;
  readonly sourceIp: Uint32Array;
  readonly destinationIp: Uint32Array;
  /** Epoch milliseconds, UTC. */
  readonly firstSeen: Float64Array;
  /** Epoch milliseconds, UTC. */
  readonly lastSeen: Float64Array;
  readonly observations: Float64Array;
}

/** Row `row` as a ConversationGroup (a new, short-lived object: read it and let it go). */
export function conversationGroupAt(columns: ConversationGroupColumns, row: number): ConversationGroup {
  const { strings } = columns;
  return {
    signatureId: strings[columns.signatureId[row]],
    signature: strings[columns.signature[row]],
    sourceIp: strings[columns.sourceIp[row]],
    destinationIp: strings[columns.destinationIp[row]],
    firstSeen: columns.firstSeen[row],
    lastSeen: columns.lastSeen[row],
    observations: columns.observations[row],
  };
}
