import type { Direction } from './direction';

/**
 * How the direction a field records (e.g. ECS `network.direction`, written by the sensor or the ingest
 * pipeline from its own idea of the internal networks) compares with the direction from the home networks,
 * over a set of conversations. The home networks' direction stays the conversation's direction; this only
 * says where the two disagree, so a hunter can tell a wrong home-network list (or a misconfigured sensor).
 * See docs/CONTEXT.md (recorded direction).
 */
export interface RecordedDirectionCheck {
  /** The field the recorded direction was read from, as the mapping names it. */
  readonly field: string;
  /** Per conversation (row): the recorded direction in our words, its most frequent recognised value; null when none. */
  readonly recorded: readonly (Direction | null)[];
  /** Conversations with a recognised recorded direction (the ones compared). */
  readonly compared: number;
  readonly agreeing: number;
  /** Conversations whose recorded direction differs from the home networks' one. */
  readonly disagreeing: number;
  /** Conversations whose events record two different recognised directions (the recording changed mid-range). */
  readonly mixed: number;
  /** Conversations with no value in the field at all. */
  readonly notRecorded: number;
  /** Disagreements per (recorded, home networks) pair, most conversations first. */
  readonly disagreementsByKind: readonly RecordedDirectionDisagreementKind[];
  /** The first few disagreeing conversations, in row order. */
  readonly examples: readonly RecordedDirectionExample[];
  /** Values of the field that name no home-network direction (`ingress`, `unknown`, `to_server`…), most conversations first. */
  readonly unrecognized: readonly { readonly value: string; readonly conversations: number }[];
}

export interface RecordedDirectionDisagreementKind {
  readonly recorded: Direction;
  readonly computed: Direction;
  readonly conversations: number;
}

export interface RecordedDirectionExample {
  readonly row: number;
  /** The value as the documents hold it (e.g. `outbound`). */
  readonly recordedValue: string;
  readonly recorded: Direction;
  readonly computed: Direction;
}
