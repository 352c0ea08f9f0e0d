import { z } from 'zod';
import { INTERNAL_API_BASE } from '../constants';
import { otrSecondsOf } from '../model/conversation';
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

/**
 * ConversationColumns as the route sends them, each text once: the four text columns are indexes into
 * `strings` (every distinct signature id, name and address, once; it may hold a few texts no row uses),
 * `direction` indexes into `directions`, and the OTR is not sent: it is (last_seen − first_seen) / 1000,
 * which decoding computes exactly as the server does. A million conversations between a hundred thousand
 * addresses are then about 50 MB of JSON instead of 150, and the server never makes a string per row.
 * decodeConversationColumns turns them back into ConversationColumns.
 */
export interface EncodedConversationColumns {
  readonly strings: readonly string[];
  readonly directions: readonly Direction[];
  readonly signature_id: ArrayLike<number>;
  readonly signature_name: ArrayLike<number>;
  readonly source_ip: ArrayLike<number>;
  readonly destination_ip: ArrayLike<number>;
  /** Epoch milliseconds, UTC. */
  readonly first_seen: ArrayLike<number>;
  /** Epoch milliseconds, UTC. */
  readonly last_seen: ArrayLike<number>;
  readonly observations: ArrayLike<number>;
  readonly direction: ArrayLike<number>;
  /** ConversationColumns.recorded_direction as indexes into `directions`, -1 for null. */
  readonly recorded_direction?: ArrayLike<number>;
}

/** The conversations route's answer as it is sent: ConversationsResponse with the conversations encoded. */
export interface EncodedConversationsResponse extends Omit<ConversationsResponse, 'conversations'> {
  readonly conversations: EncodedConversationColumns;
}

/**
 * The columns the encoded ones stand for.
 *
 * @throws RangeError naming the column and row of a code with no text or direction behind it.
 */
export function decodeConversationColumns(encoded: EncodedConversationColumns): ConversationColumns {
  const { strings, directions } = encoded;
  const valueAt = <T>(name: string, codes: ArrayLike<number>, row: number, values: readonly T[]): T => {
    const value = values[codes[row]];
    if (value === undefined) throw new RangeError(`conversations.${name}[${row}]: code ${String(codes[row])} names no value`);
    return value;
  };
  const decode = <T>(name: string, codes: ArrayLike<number>, values: readonly T[]): T[] => Array.from(codes, (_, row) => valueAt(name, codes, row, values));
  const recorded = encoded.recorded_direction;
  return {
    signature_id: decode('signature_id', encoded.signature_id, strings),
    signature_name: decode('signature_name', encoded.signature_name, strings),
    source_ip: decode('source_ip', encoded.source_ip, strings),
    destination_ip: decode('destination_ip', encoded.destination_ip, strings),
    first_seen: Array.from(encoded.first_seen),
    last_seen: Array.from(encoded.last_seen),
    otr_seconds: Array.from(encoded.last_seen, (last, row) => otrSecondsOf(encoded.first_seen[row], last)),
    observations: Array.from(encoded.observations),
    direction: decode('direction', encoded.direction, directions),
    ...(recorded !== undefined
      ? { recorded_direction: Array.from(recorded, (code, row) => (code === -1 ? null : valueAt('recorded_direction', recorded, row, directions))) }
      : {}),
  };
}

/** The response as its readers want it: the route's answer with the conversations decoded. */
export function decodeConversationsResponse(encoded: EncodedConversationsResponse): ConversationsResponse {
  return { ...encoded, conversations: decodeConversationColumns(encoded.conversations) };
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
