import type { Conversation } from '../model/conversation';
import { encodeConversationTable } from '../model/coded_conversation_table';
import type { CodedConversationTable } from '../model/coded_conversation_table';
import { toConversationTable } from '../model/conversation_table';
import type { ConversationTable } from '../model/conversation_table';
import type { ConversationSummary, IpConversationCount, OtrQuantiles, SignatureSummary } from '../model/conversation_summary';
import { DIRECTIONS } from '../model/direction';
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

/** Distinct texts a pair key can tell apart: pairs are keyed source code·n + destination code below 2^52. */
const MAX_DISTINCT_TEXTS = 2 ** 26;

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
export function summarizeConversationTable(table: ConversationTable, options: SummarizeConversationsOptions = {}): ConversationSummary {
  return summarizeCodedConversationTable(encodeConversationTable(table), options);
}

/**
 * summarizeConversations over a coded table: every count is kept per string code (sources, destinations,
 * signatures), so no text is hashed; texts are read only to order the top addresses and the signatures.
 */
export function summarizeCodedConversationTable(table: CodedConversationTable, { topN = 5 }: SummarizeConversationsOptions = {}): ConversationSummary {
  if (!Number.isInteger(topN) || topN < 0) {
    throw new RangeError(`summarizeConversations requires topN to be a non-negative integer, got ${topN}`);
  }
  const n = table.length;
  const { strings } = table;
  if (strings.length > MAX_DISTINCT_TEXTS) {
    throw new RangeError(`summarizeConversations supports at most ${MAX_DISTINCT_TEXTS} distinct texts, got ${strings.length}`);
  }
  const directionCounts = new Float64Array(DIRECTIONS.length);
  const asSource = new Uint32Array(strings.length);
  const asDestination = new Uint32Array(strings.length);
  // Signature accumulators by the code of their id (-1: not seen yet), in order of first appearance.
  const signatureIndex = new Int32Array(strings.length).fill(-1);
  const signatureOfRow = new Uint32Array(n);
  const signatureList: SignatureAccumulator[] = [];
  let totalObservations = 0;

  for (let i = 0; i < n; i += 1) {
    const direction = DIRECTIONS[table.direction[i]];
    if (direction === undefined) {
      throw new RangeError(`summarizeConversations requires a direction; conversation at index ${i} has code ${table.direction[i]}`);
    }
    const otr = table.otrSeconds[i];
    if (!Number.isFinite(otr)) {
      throw new RangeError(`summarizeConversations (OTR seconds) requires finite numbers; conversation at index ${i} has ${String(otr)}`);
    }
    directionCounts[table.direction[i]] += 1;
    asSource[table.sourceIp[i]] += 1;
    asDestination[table.destinationIp[i]] += 1;
    totalObservations += table.observations[i];

    const idCode = table.signatureId[i];
    const name = strings[table.signature[i]];
    const lastSeen = table.lastSeen[i];
    let index = signatureIndex[idCode];
    if (index < 0) {
      index = signatureList.length;
      signatureIndex[idCode] = index;
      signatureList.push({ index, signatureId: strings[idCode], signature: name, signatureSeen: lastSeen, conversations: 0, observations: 0, directions: zeroDirections() });
    }
    const signature = signatureList[index];
    if (lastSeen > signature.signatureSeen || (lastSeen === signature.signatureSeen && name > signature.signature)) {
      signature.signature = name;
      signature.signatureSeen = lastSeen;
    }
    signatureOfRow[i] = index;
    signature.conversations += 1;
    signature.observations += table.observations[i];
    signature.directions[direction] += 1;
  }

  // Rows grouped by signature (stable), then per group: sorted pair keys and sorted OTRs.
  const width = strings.length;
  const start = new Uint32Array(signatureList.length + 1);
  for (let i = 0; i < n; i += 1) start[signatureOfRow[i] + 1] += 1;
  for (let s = 0; s < signatureList.length; s += 1) start[s + 1] += start[s];
  const next = start.slice(0, signatureList.length);
  const pairKeys = new Float64Array(n);
  const otrBySignature = new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    const at = next[signatureOfRow[i]]++;
    pairKeys[at] = table.sourceIp[i] * width + table.destinationIp[i];
    otrBySignature[at] = table.otrSeconds[i];
  }
  const uniquePairsBySignature = signatureList.map((_, s) => countDistinct(pairKeys.subarray(start[s], start[s + 1]).sort()));
  const uniquePairs = countDistinct(pairKeys.sort());

  const total = n;
  const [topSources, topSourcesTiesBeyondCutoff] = topByConversations(strings, asSource, topN);
  const [topDestinations, topDestinationsTiesBeyondCutoff] = topByConversations(strings, asDestination, topN);
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
  const directions = zeroDirections();
  DIRECTIONS.forEach((direction, code) => {
    directions[direction] = directionCounts[code];
  });

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

function countPositive(counts: Uint32Array): number {
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

function otrQuantilesByDirection(table: CodedConversationTable, counts: Readonly<Record<Direction, number>>): Record<Direction, OtrQuantiles | null> {
  const result = {} as Record<Direction, OtrQuantiles | null>;
  DIRECTIONS.forEach((direction, code) => {
    if (counts[direction] === 0) {
      result[direction] = null;
      return;
    }
    const values = new Float64Array(counts[direction]);
    let at = 0;
    for (let i = 0; i < table.length; i += 1) if (table.direction[i] === code) values[at++] = table.otrSeconds[i];
    result[direction] = quantilesOfSorted(values.sort());
  });
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
function topByConversations(addresses: readonly string[], counts: Uint32Array, topN: number): [IpConversationCount[], number] {
  const positive = counts.filter((count) => count > 0).sort();
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
