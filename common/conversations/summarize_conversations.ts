import type { Conversation } from '../model/conversation';
import type { ConversationSummary, IpConversationCount, OtrQuantiles, SignatureSummary } from '../model/conversation_summary';
import { DIRECTIONS, isDirection } from '../model/direction';
import type { Direction } from '../model/direction';
import { quantileOfSorted, sortForQuantiles } from '../stats/quantile';

export interface SummarizeConversationsOptions {
  /** How many top sources and destinations to list (5 by default, as in the published hunt). */
  readonly topN?: number;
}

interface SignatureAccumulator {
  readonly signatureId: string;
  signature: string;
  signatureSeen: number;
  conversations: number;
  observations: number;
  uniquePairs: number;
  /** Source → destinations seen with this signature. */
  readonly pairs: Map<string, Set<string>>;
  readonly directions: Record<Direction, number>;
  readonly otr: number[];
}

/**
 * The summary facts a hunter states first (ConversationSummary): conversation count, count per direction,
 * unique source–destination pairs with their share of conversations, unique sources and destinations, the
 * top-N sources and destinations by conversation count, per signature its conversations, unique pairs,
 * shares, observations, directions and OTR quantiles, total observations, and OTR quantiles per direction.
 *
 * Exact counts over the conversations given. Quantiles are type 7 (as numpy and pandas). Ordering is
 * deterministic: top IPs by conversations descending then IP text ascending (UTF-16 code units), and the
 * number of IPs cut off while tied with the last listed one is stated; signatures by conversations
 * descending then signature id ascending. A signature's name is the one on its most recently seen
 * conversation (greatest name on ties). Shares are 0 when there are no conversations. The input is never
 * mutated. Cost: O(n) with hashing plus O(n log n) to sort OTRs for quantiles.
 *
 * @throws RangeError when topN is not a non-negative integer, or a conversation's direction is unknown or its
 *   OTR not finite.
 */
export function summarizeConversations(
  conversations: readonly Conversation[],
  { topN = 5 }: SummarizeConversationsOptions = {},
): ConversationSummary {
  if (!Number.isInteger(topN) || topN < 0) {
    throw new RangeError(`summarizeConversations requires topN to be a non-negative integer, got ${topN}`);
  }
  const directions = zeroDirections();
  const otrByDirection: Record<Direction, number[]> = {
    internal_to_internal: [],
    internal_to_external: [],
    external_to_internal: [],
    external_to_external: [],
  };
  // Source → destinations: counts unique pairs without building a string per conversation.
  const pairs = new Map<string, Set<string>>();
  let uniquePairs = 0;
  const sources = new Map<string, number>();
  const destinations = new Map<string, number>();
  const signatures = new Map<string, SignatureAccumulator>();
  let totalObservations = 0;

  for (let i = 0; i < conversations.length; i += 1) {
    const c = conversations[i];
    if (!isDirection(c.direction)) {
      throw new RangeError(`summarizeConversations requires a direction; conversation at index ${i} has ${String(c.direction)}`);
    }
    directions[c.direction] += 1;
    otrByDirection[c.direction].push(c.otrSeconds);
    if (addPair(pairs, c.sourceIp, c.destinationIp)) uniquePairs += 1;
    sources.set(c.sourceIp, (sources.get(c.sourceIp) ?? 0) + 1);
    destinations.set(c.destinationIp, (destinations.get(c.destinationIp) ?? 0) + 1);
    totalObservations += c.observations;

    let signature = signatures.get(c.signatureId);
    if (signature === undefined) {
      signature = {
        signatureId: c.signatureId,
        signature: c.signature,
        signatureSeen: c.lastSeen,
        conversations: 0,
        observations: 0,
        uniquePairs: 0,
        pairs: new Map(),
        directions: zeroDirections(),
        otr: [],
      };
      signatures.set(c.signatureId, signature);
    } else if (c.lastSeen > signature.signatureSeen || (c.lastSeen === signature.signatureSeen && c.signature > signature.signature)) {
      signature.signature = c.signature;
      signature.signatureSeen = c.lastSeen;
    }
    signature.conversations += 1;
    signature.observations += c.observations;
    if (addPair(signature.pairs, c.sourceIp, c.destinationIp)) signature.uniquePairs += 1;
    signature.directions[c.direction] += 1;
    signature.otr.push(c.otrSeconds);
  }

  const total = conversations.length;
  const [topSources, topSourcesTiesBeyondCutoff] = topByConversations(sources, topN);
  const [topDestinations, topDestinationsTiesBeyondCutoff] = topByConversations(destinations, topN);
  const signatureSummaries: SignatureSummary[] = [...signatures.values()]
    .sort((a, b) => b.conversations - a.conversations || compare(a.signatureId, b.signatureId))
    .map((s) => ({
      signatureId: s.signatureId,
      signature: s.signature,
      conversations: s.conversations,
      conversationShare: s.conversations / total,
      uniquePairs: s.uniquePairs,
      uniquePairShare: s.uniquePairs / uniquePairs,
      observations: s.observations,
      directions: s.directions,
      otrSeconds: otrQuantiles(s.otr),
    }));

  return {
    conversations: total,
    directions,
    uniquePairs: { count: uniquePairs, share: total === 0 ? 0 : uniquePairs / total },
    uniqueSources: sources.size,
    uniqueDestinations: destinations.size,
    topSources,
    topSourcesTiesBeyondCutoff,
    topDestinations,
    topDestinationsTiesBeyondCutoff,
    signatures: signatureSummaries,
    totalObservations,
    otrSecondsByDirection: {
      internal_to_internal: otrQuantilesOrNull(otrByDirection.internal_to_internal),
      internal_to_external: otrQuantilesOrNull(otrByDirection.internal_to_external),
      external_to_internal: otrQuantilesOrNull(otrByDirection.external_to_internal),
      external_to_external: otrQuantilesOrNull(otrByDirection.external_to_external),
    },
  };
}

/** Adds the pair; true when it was new. */
function addPair(pairs: Map<string, Set<string>>, source: string, destination: string): boolean {
  let destinations = pairs.get(source);
  if (destinations === undefined) {
    destinations = new Set();
    pairs.set(source, destinations);
  }
  const before = destinations.size;
  destinations.add(destination);
  return destinations.size !== before;
}

function zeroDirections(): Record<Direction, number> {
  return Object.fromEntries(DIRECTIONS.map((d) => [d, 0])) as Record<Direction, number>;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function topByConversations(counts: ReadonlyMap<string, number>, topN: number): [IpConversationCount[], number] {
  const ranked = [...counts].sort(([ipA, a], [ipB, b]) => b - a || compare(ipA, ipB));
  const top = ranked.slice(0, topN).map(([ip, conversations]) => ({ ip, conversations }));
  if (top.length === 0) return [top, 0];
  const last = top[top.length - 1].conversations;
  let ties = 0;
  for (let i = topN; i < ranked.length && ranked[i][1] === last; i += 1) ties += 1;
  return [top, ties];
}

function otrQuantiles(otr: readonly number[]): OtrQuantiles {
  const sorted = sortForQuantiles(otr, 'summarizeConversations (OTR seconds)');
  return {
    count: sorted.length,
    min: sorted[0],
    q1: quantileOfSorted(sorted, 0.25),
    median: quantileOfSorted(sorted, 0.5),
    q3: quantileOfSorted(sorted, 0.75),
    max: sorted[sorted.length - 1],
  };
}

function otrQuantilesOrNull(otr: readonly number[]): OtrQuantiles | null {
  return otr.length === 0 ? null : otrQuantiles(otr);
}
