import type { Direction } from './direction';

/**
 * A sid-conversation: the alerts of one signature between one source and one destination.
 * OTR (observation timestamp range) = lastSeen − firstSeen, in seconds.
 */
export interface Conversation {
  readonly signatureId: string;
  readonly signature: string;
  readonly sourceIp: string;
  readonly destinationIp: string;
  /** Epoch milliseconds, UTC. */
  readonly firstSeen: number;
  /** Epoch milliseconds, UTC. */
  readonly lastSeen: number;
  readonly otrSeconds: number;
  readonly observations: number;
  readonly direction: Direction;
}

/** OTR in seconds from first and last seen in epoch milliseconds: the one formula every reader and writer uses. */
export function otrSecondsOf(firstSeen: number, lastSeen: number): number {
  return (lastSeen - firstSeen) / 1000;
}
