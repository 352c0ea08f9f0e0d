/** One IDS alert, in the canonical shape every source adapter converts its native records to. */
export interface AlertEvent {
  /** Epoch milliseconds, UTC. */
  readonly timestamp: number;
  readonly signatureId: string;
  readonly signature: string;
  readonly sourceIp: string;
  readonly destinationIp: string;
  /** The source's own document id where it has one (drill-down to raw events). */
  readonly id?: string;
}
