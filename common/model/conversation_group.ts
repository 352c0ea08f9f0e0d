/**
 * One (signature id, source IP, destination IP) group as an engine aggregates it, before direction and OTR
 * are derived (common/conversations turns groups into Conversations).
 */
export interface ConversationGroup {
  readonly signatureId: string;
  /** Any one signature name seen in the group (they agree unless a rule was renamed). */
  readonly signature: string;
  readonly sourceIp: string;
  readonly destinationIp: string;
  /** Epoch milliseconds, UTC. */
  readonly firstSeen: number;
  /** Epoch milliseconds, UTC. */
  readonly lastSeen: number;
  readonly observations: number;
  /**
   * Only when a direction field is mapped: the group's most frequent values of it (at most two, count
   * descending then value ascending), as the documents hold them; empty when none does.
   */
  readonly recordedDirections?: readonly string[];
}
