import { z } from 'zod';
import { INTERNAL_API_BASE } from '../constants';
import type { Conversation } from '../model/conversation';
import type { Direction } from '../model/direction';
import { DEFAULT_HOME_NETWORKS } from '../network/home_networks';
import { fieldNameSchema, homeNetworksSchema, searchScopeShape } from './request_schemas';
import type { ResponseWarning } from './request_schemas';

export const CONVERSATIONS_API_PATH = `${INTERNAL_API_BASE}/conversations`;

/** Above this the response alone (~100 bytes a conversation) outgrows what a browser tab should hold. */
export const MAX_CONVERSATIONS_LIMIT = 2_000_000;
export const DEFAULT_MAX_CONVERSATIONS = 200_000;

export const conversationFieldsSchema = z
  .object({
    timestamp: fieldNameSchema,
    signature_id: fieldNameSchema,
    signature_name: fieldNameSchema,
    source: fieldNameSchema,
    destination: fieldNameSchema,
    /**
     * A field recording each event's direction (ECS `network.direction`). Optional: the home networks decide
     * a conversation's direction either way; with it, the response compares the two (recorded_direction_check).
     */
    direction: fieldNameSchema.optional(),
  })
  .strict();

export const conversationsRequestSchema = z
  .object({
    ...searchScopeShape,
    fields: conversationFieldsSchema,
    /** Defaults to RFC 1918, CGNAT, link-local, loopback and IPv6 unique-local (DEFAULT_HOME_NETWORKS). */
    home_networks: homeNetworksSchema.default([...DEFAULT_HOME_NETWORKS]),
    /** Top-N sources and destinations in the summary. */
    top: z
      .number({ error: 'expected a number' })
      .int({ error: 'expected an integer' })
      .min(0, { error: 'expected at least 0' })
      .max(1000, { error: 'expected at most 1000' })
      .default(5),
    max_conversations: z
      .number({ error: 'expected a number' })
      .int({ error: 'expected an integer' })
      .min(1, { error: 'expected at least 1' })
      .max(MAX_CONVERSATIONS_LIMIT, { error: `expected at most ${MAX_CONVERSATIONS_LIMIT}` })
      .default(DEFAULT_MAX_CONVERSATIONS),
  })
  .strict();

/** The body as the browser sends it (defaults optional). */
export type ConversationsRequestBody = z.input<typeof conversationsRequestSchema>;
/** The body after validation (defaults filled in). */
export type ConversationsRequest = z.output<typeof conversationsRequestSchema>;

/**
 * Conversations as columns: row i is the i-th entry of every array. Columns keep a million conversations
 * to roughly half the bytes of an array of objects (no repeated keys) on the wire and in the browser.
 */
export interface ConversationColumns {
  readonly signature_id: readonly string[];
  readonly signature_name: readonly string[];
  readonly source_ip: readonly string[];
  readonly destination_ip: readonly string[];
  /** Epoch milliseconds, UTC. */
  readonly first_seen: readonly number[];
  /** Epoch milliseconds, UTC. */
  readonly last_seen: readonly number[];
  readonly otr_seconds: readonly number[];
  readonly observations: readonly number[];
  readonly direction: readonly Direction[];
  /**
   * Only when `fields.direction` is mapped: the direction the conversation's events record (their most
   * frequent recognised value, in our words), null when they record none we recognise.
   */
  readonly recorded_direction?: readonly (Direction | null)[];
}

export interface IpConversationCountBody {
  readonly ip: string;
  readonly conversations: number;
}

/** Type-7 quantiles of OTR in seconds. */
export interface OtrQuantilesBody {
  readonly count: number;
  readonly min: number;
  readonly q1: number;
  readonly median: number;
  readonly q3: number;
  readonly max: number;
}

/**
 * The high-level facts a hunter states before plotting, exact over the returned conversations
 * (common/model/conversation_summary.ts, field for field, in snake_case).
 */
export interface ConversationsSummaryBody {
  readonly conversations: number;
  readonly directions: Readonly<Record<Direction, number>>;
  readonly unique_pairs: { readonly count: number; readonly share: number };
  readonly unique_sources: number;
  readonly unique_destinations: number;
  readonly top_sources: readonly IpConversationCountBody[];
  readonly top_sources_ties_beyond_cutoff: number;
  readonly top_destinations: readonly IpConversationCountBody[];
  readonly top_destinations_ties_beyond_cutoff: number;
  readonly signatures: readonly {
    readonly signature_id: string;
    readonly signature_name: string;
    readonly conversations: number;
    readonly conversation_share: number;
    readonly unique_pairs: number;
    readonly unique_pair_share: number;
    readonly observations: number;
    readonly directions: Readonly<Record<Direction, number>>;
    readonly otr_seconds: OtrQuantilesBody;
  }[];
  readonly total_observations: number;
  readonly otr_seconds_by_direction: Readonly<Record<Direction, OtrQuantilesBody | null>>;
}

/** Tukey box statistics of OTR (seconds) for one signature; quartiles by linear interpolation (type 7). */
export interface SignatureOtrBoxStats {
  readonly signature_id: string;
  readonly signature_name: string;
  readonly count: number;
  readonly min: number;
  readonly q1: number;
  readonly median: number;
  readonly q3: number;
  readonly max: number;
  readonly iqr: number;
  readonly lower_fence: number;
  readonly upper_fence: number;
  /** Most extreme OTRs inside the fences (null only if none lies inside). */
  readonly whisker_low: number | null;
  readonly whisker_high: number | null;
  /** Row indices into `conversations` of the OTRs beyond the fences, so each plotted outlier drills down. */
  readonly outlier_rows: readonly number[];
}

/**
 * The recorded direction compared with the home networks' one over the returned conversations
 * (common/model/recorded_direction_check.ts in snake_case; examples name their conversation).
 */
export interface RecordedDirectionCheckBody {
  readonly field: string;
  /** Conversations with a recognised recorded direction. */
  readonly compared: number;
  readonly agreeing: number;
  readonly disagreeing: number;
  /** Conversations whose events record two different recognised directions. */
  readonly mixed: number;
  readonly not_recorded: number;
  readonly disagreements_by_kind: readonly { readonly recorded: Direction; readonly computed: Direction; readonly conversations: number }[];
  readonly examples: readonly {
    readonly row: number;
    readonly signature_id: string;
    readonly source_ip: string;
    readonly destination_ip: string;
    readonly recorded_value: string;
    readonly recorded: Direction;
    readonly computed: Direction;
  }[];
  /** Values that name no home-network direction (`ingress`, `unknown`…), with how many conversations hold each. */
  readonly unrecognized: readonly { readonly value: string; readonly conversations: number }[];
}

export interface ConversationsResponse {
  readonly conversations: ConversationColumns;
  /**
   * Conversations that matched, including any beyond max_conversations; exact (Elasticsearch counts the
   * remaining composite pages). Null when the source cannot tell.
   */
  readonly total_conversations: number | null;
  readonly truncated: boolean;
  readonly summary: ConversationsSummaryBody;
  readonly otr_box_stats: readonly SignatureOtrBoxStats[];
  /** True when some shards failed or timed out: every count is then a lower bound. */
  readonly partial: boolean;
  /** Only when `fields.direction` is mapped. */
  readonly recorded_direction_check?: RecordedDirectionCheckBody;
  readonly warnings: readonly ResponseWarning[];
}

/** Rebuilds canonical conversations from the columns (for code that wants rows). */
export function getConversationRows(columns: ConversationColumns): Conversation[] {
  return columns.signature_id.map((signatureId, i) => ({
    signatureId,
    signature: columns.signature_name[i],
    sourceIp: columns.source_ip[i],
    destinationIp: columns.destination_ip[i],
    firstSeen: columns.first_seen[i],
    lastSeen: columns.last_seen[i],
    otrSeconds: columns.otr_seconds[i],
    observations: columns.observations[i],
    direction: columns.direction[i],
  }));
}
