import type { Direction } from './direction';

/** Type-7 quantiles of OTR (seconds) over a set of conversations. */
export interface OtrQuantiles {
  readonly count: number;
  readonly min: number;
  readonly q1: number;
  readonly median: number;
  readonly q3: number;
  readonly max: number;
}

export interface IpConversationCount {
  readonly ip: string;
  readonly conversations: number;
}

export interface SignatureSummary {
  readonly signatureId: string;
  readonly signature: string;
  readonly conversations: number;
  /** conversations / all conversations, in [0, 1]. */
  readonly conversationShare: number;
  /** Distinct (source, destination) pairs among this signature's conversations. */
  readonly uniquePairs: number;
  /** uniquePairs / all unique pairs, in [0, 1]; shares of all signatures can sum past 1 (a pair can have several signatures). */
  readonly uniquePairShare: number;
  readonly observations: number;
  readonly directions: Readonly<Record<Direction, number>>;
  readonly otrSeconds: OtrQuantiles;
}

/**
 * The facts a hunter states before plotting (see docs/CONTEXT.md), all exact over the conversations given:
 * "of 4,818 conversations only 32 are internal-to-external; 4,010 (83.2%) are unique pairs; 234 unique
 * sources and 469 unique destinations; signature 2024216 has 3,280 (68.1%) of the conversations…".
 */
export interface ConversationSummary {
  readonly conversations: number;
  readonly directions: Readonly<Record<Direction, number>>;
  /** Distinct (source, destination) pairs; share = count / conversations (0 when there are none). */
  readonly uniquePairs: { readonly count: number; readonly share: number };
  readonly uniqueSources: number;
  readonly uniqueDestinations: number;
  /** Top-N by conversations, descending; ties by IP text ascending (UTF-16 code-unit order). */
  readonly topSources: readonly IpConversationCount[];
  /** IPs left out of topSources that have as many conversations as its last entry (0 when the cut is clean). */
  readonly topSourcesTiesBeyondCutoff: number;
  readonly topDestinations: readonly IpConversationCount[];
  readonly topDestinationsTiesBeyondCutoff: number;
  /** By conversations descending, ties by signature id ascending. */
  readonly signatures: readonly SignatureSummary[];
  readonly totalObservations: number;
  /** Null for a direction with no conversations. */
  readonly otrSecondsByDirection: Readonly<Record<Direction, OtrQuantiles | null>>;
}
