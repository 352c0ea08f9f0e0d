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
  /**
   * Only when a direction field was mapped: the group's first and second most frequent recorded values,
   * as indexes into `strings`, NO_RECORDED_VALUE where it has fewer (ConversationGroup.recordedDirections).
   */
  readonly recordedDirections?: { readonly first: Uint32Array; readonly second: Uint32Array };
}

/** A recordedDirections entry for a group with no such value. */
export const NO_RECORDED_VALUE = 0xffff_ffff;

/** The recorded direction values of row `row`, most frequent first (see ConversationGroup.recordedDirections). */
export function recordedDirectionsAt(columns: ConversationGroupColumns, row: number): readonly string[] {
  const recorded = columns.recordedDirections;
  if (recorded === undefined) return [];
  const first = recorded.first[row];
  if (first === NO_RECORDED_VALUE) return [];
  const second = recorded.second[row];
  return second === NO_RECORDED_VALUE ? [columns.strings[first]] : [columns.strings[first], columns.strings[second]];
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
    ...(columns.recordedDirections !== undefined ? { recordedDirections: recordedDirectionsAt(columns, row) } : {}),
  };
}
