import type { Conversation } from '../model/conversation';
import { toConversationTable } from '../model/conversation_table';
import type { ConversationTable } from '../model/conversation_table';
import type { ConversationSummary, IpConversationCount, OtrQuantiles, SignatureSummary } from '../model/conversation_summary';
import { DIRECTIONS, isDirection } from '../model/direction';
import type { Direction } from '../model/direction';
import { quantileOfSorted } from '../stats/quantile';

export interface SummarizeConversationsOptions {
  /** How many top sources and destinations to list (5 by default, as in the published hunt). */
  readonly topN?: number;
}

interface SignatureAccumulator {
  /** Position in order of first appearance. */
  readonly index: number;
  readonly signatureId: string;
  signature: string;
  signatureSeen: number;
  conversations: number;
  observations: number;
  readonly directions: Record<Direction, number>;
}

/** Distinct addresses a pair key can tell apart: pairs are keyed source·n + destination below 2^52. */
const MAX_DISTINCT_ADDRESSES = 2 ** 26;

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
 * mutated. Cost: O(n) with hashing plus O(n log n) to sort OTRs and pair keys (typed arrays, about 40 bytes
 * per conversation while it runs).
 *
 * @throws RangeError when topN is not a non-negative integer, or a conversation's direction is unknown or its
 *   OTR not finite.
 */
export function summarizeConversations(conversations: readonly Conversation[], options: SummarizeConversationsOptions = {}): ConversationSummary {
  return summarizeConversationTable(toConversationTable(conversations), options);
}

/** summarizeConversations over conversations held as columns (no object per conversation). */
export function summarizeConversationTable(table: ConversationTable, { topN = 5 }: SummarizeConversationsOptions = {}): ConversationSummary {
  if (!Number.isInteger(topN) || topN < 0) {
    throw new RangeError(`summarizeConversations requires topN to be a non-negative integer, got ${topN}`);
  }
  const n = table.signatureId.length;
  const directions = zeroDirections();
  // Each distinct address gets a code; counts are kept per code, so a row costs two map lookups.
  const addressCodes = new Map<string, number>();
  const addresses: string[] = [];
  const asSource: number[] = [];
  const asDestination: number[] = [];
  const codeOf = (address: string): number => {
    let code = addressCodes.get(address);
    if (code === undefined) {
      code = addresses.length;
      addressCodes.set(address, code);
      addresses.push(address);
      asSource.push(0);
      asDestination.push(0);
    }
    return code;
  };
  const sourceOfRow = new Uint32Array(n);
  const destinationOfRow = new Uint32Array(n);
  let signature: SignatureAccumulator | undefined;
  const signatures = new Map<string, SignatureAccumulator>();
  const signatureOfRow = new Uint32Array(n);
  const signatureList: SignatureAccumulator[] = [];
  let totalObservations = 0;

  for (let i = 0; i < n; i += 1) {
    const direction = table.direction[i];
    if (!isDirection(direction)) {
      throw new RangeError(`summarizeConversations requires a direction; conversation at index ${i} has ${String(direction)}`);
    }
    const otr = table.otrSeconds[i];
    if (typeof otr !== 'number' || !Number.isFinite(otr)) {
      throw new RangeError(`summarizeConversations (OTR seconds) requires finite numbers; conversation at index ${i} has ${String(otr)}`);
    }
    directions[direction] += 1;
    const source = codeOf(table.sourceIp[i]);
    const destination = codeOf(table.destinationIp[i]);
    asSource[source] += 1;
    asDestination[destination] += 1;
    sourceOfRow[i] = source;
    destinationOfRow[i] = destination;
    totalObservations += table.observations[i];

    const signatureId = table.signatureId[i];
    const name = table.signature[i];
    const lastSeen = table.lastSeen[i];
    // Rows usually come grouped by signature: look the map up only when the signature changes.
    if (signature === undefined || signature.signatureId !== signatureId) signature = signatures.get(signatureId);
    if (signature === undefined) {
      signature = { index: signatureList.length, signatureId, signature: name, signatureSeen: lastSeen, conversations: 0, observations: 0, directions: zeroDirections() };
      signatures.set(signatureId, signature);
      signatureList.push(signature);
    } else if (lastSeen > signature.signatureSeen || (lastSeen === signature.signatureSeen && name > signature.signature)) {
      signature.signature = name;
      signature.signatureSeen = lastSeen;
    }
    signatureOfRow[i] = signature.index;
    signature.conversations += 1;
    signature.observations += table.observations[i];
    signature.directions[direction] += 1;
  }
  if (addressCodes.size > MAX_DISTINCT_ADDRESSES) {
    throw new RangeError(`summarizeConversations supports at most ${MAX_DISTINCT_ADDRESSES} distinct addresses, got ${addressCodes.size}`);
  }

  // Rows grouped by signature (stable), then per group: sorted pair keys and sorted OTRs.
  const width = addressCodes.size;
  const start = new Uint32Array(signatureList.length + 1);
  for (let i = 0; i < n; i += 1) start[signatureOfRow[i] + 1] += 1;
  for (let s = 0; s < signatureList.length; s += 1) start[s + 1] += start[s];
  const next = start.slice(0, signatureList.length);
  const pairKeys = new Float64Array(n);
  const otrBySignature = new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    const at = next[signatureOfRow[i]]++;
    pairKeys[at] = sourceOfRow[i] * width + destinationOfRow[i];
    otrBySignature[at] = table.otrSeconds[i];
  }
  const uniquePairsBySignature = signatureList.map((_, s) => countDistinct(pairKeys.subarray(start[s], start[s + 1]).sort()));
  const uniquePairs = countDistinct(pairKeys.sort());

  const total = n;
  const [topSources, topSourcesTiesBeyondCutoff] = topByConversations(addresses, asSource, topN);
  const [topDestinations, topDestinationsTiesBeyondCutoff] = topByConversations(addresses, asDestination, topN);
  const signatureSummaries: SignatureSummary[] = signatureList
    .slice()
    .sort((a, b) => b.conversations - a.conversations || compare(a.signatureId, b.signatureId))
    .map((s) => ({
      signatureId: s.signatureId,
      signature: s.signature,
      conversations: s.conversations,
      conversationShare: s.conversations / total,
      uniquePairs: uniquePairsBySignature[s.index],
      uniquePairShare: uniquePairsBySignature[s.index] / uniquePairs,
      observations: s.observations,
      directions: s.directions,
      otrSeconds: quantilesOfSorted(otrBySignature.subarray(start[s.index], start[s.index + 1]).sort()),
    }));

  return {
    conversations: total,
    directions,
    uniquePairs: { count: uniquePairs, share: total === 0 ? 0 : uniquePairs / total },
    uniqueSources: countPositive(asSource),
    uniqueDestinations: countPositive(asDestination),
    topSources,
    topSourcesTiesBeyondCutoff,
    topDestinations,
    topDestinationsTiesBeyondCutoff,
    signatures: signatureSummaries,
    totalObservations,
    otrSecondsByDirection: otrQuantilesByDirection(table, directions),
  };
}

function countPositive(counts: readonly number[]): number {
  let positive = 0;
  for (const count of counts) if (count > 0) positive += 1;
  return positive;
}

/** Distinct values of an ascending array. */
function countDistinct(sorted: Float64Array): number {
  let distinct = 0;
  for (let i = 0; i < sorted.length; i += 1) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct += 1;
  return distinct;
}

function otrQuantilesByDirection(table: ConversationTable, counts: Readonly<Record<Direction, number>>): Record<Direction, OtrQuantiles | null> {
  const result = {} as Record<Direction, OtrQuantiles | null>;
  for (const direction of DIRECTIONS) {
    if (counts[direction] === 0) {
      result[direction] = null;
      continue;
    }
    const values = new Float64Array(counts[direction]);
    let at = 0;
    for (let i = 0; i < table.direction.length; i += 1) if (table.direction[i] === direction) values[at++] = table.otrSeconds[i];
    result[direction] = quantilesOfSorted(values.sort());
  }
  return result;
}

function zeroDirections(): Record<Direction, number> {
  return Object.fromEntries(DIRECTIONS.map((d) => [d, 0])) as Record<Direction, number>;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The topN addresses by conversations (count descending, then address ascending) among those counted at
 * least once, and how many more share the last listed count. Without ranking every address: the cut-off
 * count comes from the sorted counts, then only the addresses above it are sorted and the tied ones
 * scanned for the few smallest (a hundred thousand addresses tied at one conversation cost one pass).
 */
function topByConversations(addresses: readonly string[], counts: readonly number[], topN: number): [IpConversationCount[], number] {
  const positive = Float64Array.from(counts.filter((count) => count > 0)).sort();
  if (topN === 0 || positive.length === 0) return [[], 0];
  const last = positive[Math.max(0, positive.length - topN)];
  const above: number[] = [];
  const tied: number[] = [];
  let tiedCount = 0;
  for (let code = 0; code < counts.length; code += 1) {
    if (counts[code] > last) above.push(code);
    else if (counts[code] === last) {
      tiedCount += 1;
      // Keep the topN smallest tied addresses, in order: enough for the places left.
      if (tied.length < topN || compare(addresses[code], addresses[tied[tied.length - 1]]) < 0) {
        let at = tied.length;
        while (at > 0 && compare(addresses[code], addresses[tied[at - 1]]) < 0) at -= 1;
        tied.splice(at, 0, code);
        if (tied.length > topN) tied.pop();
      }
    }
  }
  above.sort((a, b) => counts[b] - counts[a] || compare(addresses[a], addresses[b]));
  const taken = tied.slice(0, topN - above.length);
  const top = [...above, ...taken].map((code) => ({ ip: addresses[code], conversations: counts[code] }));
  return [top, tiedCount - taken.length];
}

function quantilesOfSorted(sorted: Float64Array): OtrQuantiles {
  return {
    count: sorted.length,
    min: sorted[0],
    q1: quantileOfSorted(sorted, 0.25),
    median: quantileOfSorted(sorted, 0.5),
    q3: quantileOfSorted(sorted, 0.75),
    max: sorted[sorted.length - 1],
  };
}
