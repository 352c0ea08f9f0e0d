/**
 * Why some alert events or aggregated groups did not become conversations. Problems are aggregated (one
 * entry per kind, field and value) so a bad field on millions of events stays a short list.
 */
export type ConversationProblem = InvalidAddressConversationProblem | InvalidEventConversationProblem | InvalidGroupConversationProblem;

/** A source or destination that is not an IP address: those conversations are left out, not guessed. */
export interface InvalidAddressConversationProblem {
  readonly kind: 'invalid_address';
  readonly field: 'sourceIp' | 'destinationIp';
  readonly value: string;
  readonly reason: string;
  /** Conversations (groups) left out because of this value. */
  readonly conversations: number;
  /** Their observations (events). */
  readonly observations: number;
}

/** Events left out before grouping because a field is missing or unusable. */
export interface InvalidEventConversationProblem {
  readonly kind: 'invalid_event';
  readonly field: 'timestamp' | 'signatureId' | 'sourceIp' | 'destinationIp';
  readonly reason: string;
  readonly events: number;
  /** Ids (or positions, as `#index`, for events without an id) of the first few such events. */
  readonly examples: readonly string[];
}

/** An aggregated group (from an engine) whose figures are impossible. */
export interface InvalidGroupConversationProblem {
  readonly kind: 'invalid_group';
  readonly field: 'firstSeen' | 'lastSeen' | 'observations' | 'signatureId';
  readonly reason: string;
  readonly conversations: number;
  /** `signatureId|sourceIp|destinationIp` of the first few such groups. */
  readonly examples: readonly string[];
}
