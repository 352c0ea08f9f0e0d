import type { Conversation } from './conversation';
import type { Direction } from './direction';

/**
 * Conversations as columns (row i is the i-th entry of every column): the Conversation fields without an
 * object per conversation. The arrays are the very ones the conversations route answers with
 * (ConversationColumns), so a million conversations are held once.
 */
export interface ConversationTable {
  readonly signatureId: readonly string[];
  readonly signature: readonly string[];
  readonly sourceIp: readonly string[];
  readonly destinationIp: readonly string[];
  /** Epoch milliseconds, UTC. */
  readonly firstSeen: readonly number[];
  /** Epoch milliseconds, UTC. */
  readonly lastSeen: readonly number[];
  readonly otrSeconds: readonly number[];
  readonly observations: readonly number[];
  readonly direction: readonly Direction[];
}

/** The table of a list of conversations, in the same order. */
export function toConversationTable(conversations: readonly Conversation[]): ConversationTable {
  return {
    signatureId: conversations.map((c) => c.signatureId),
    signature: conversations.map((c) => c.signature),
    sourceIp: conversations.map((c) => c.sourceIp),
    destinationIp: conversations.map((c) => c.destinationIp),
    firstSeen: conversations.map((c) => c.firstSeen),
    lastSeen: conversations.map((c) => c.lastSeen),
    otrSeconds: conversations.map((c) => c.otrSeconds),
    observations: conversations.map((c) => c.observations),
    direction: conversations.map((c) => c.direction),
  };
}
