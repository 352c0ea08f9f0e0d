import { otrSecondsOf } from '../model/conversation';
import type { Conversation } from '../model/conversation';
import type { ConversationGroup } from '../model/conversation_group';
import type { ConversationProblem } from '../model/conversation_problem';
import { classifyDirection, isInvalidAddressProblem } from '../network/classify_direction';
import type { HomeNetworks } from '../network/home_networks';

export type ToConversationResult =
  | { readonly ok: true; readonly conversation: Conversation }
  | { readonly ok: false; readonly problems: readonly ConversationProblem[] };

/**
 * Turns one aggregated (signature id, source, destination) group into a Conversation: OTR = (lastSeen −
 * firstSeen) / 1000 seconds, direction from the home networks. This is the one path from groups to
 * conversations, whether the groups come from computeConversations, an Elasticsearch composite aggregation
 * or the DuckDB engine.
 *
 * Impossible groups are reported, not repaired: an empty signature id, non-finite or reversed first/last
 * seen, observations that are not a positive integer, one observation spanning time, and source or
 * destination that are not IP addresses. O(1) with a parsed HomeNetworks (a plain list is parsed once).
 *
 * @throws HomeNetworksError when a plain list of home networks has bad entries.
 */
export function toConversation(group: ConversationGroup, homeNetworks: HomeNetworks | readonly string[]): ToConversationResult {
  const groupProblem = checkGroup(group);
  if (groupProblem !== null) return { ok: false, problems: [groupProblem] };
  const direction = classifyDirection(group.sourceIp, group.destinationIp, homeNetworks);
  if (isInvalidAddressProblem(direction)) {
    return {
      ok: false,
      problems: direction.addresses.map(({ field, value, reason }) => ({
        kind: 'invalid_address',
        field,
        value,
        reason,
        conversations: 1,
        observations: group.observations,
      })),
    };
  }
  return {
    ok: true,
    conversation: {
      signatureId: group.signatureId,
      signature: group.signature,
      sourceIp: group.sourceIp,
      destinationIp: group.destinationIp,
      firstSeen: group.firstSeen,
      lastSeen: group.lastSeen,
      otrSeconds: otrSecondsOf(group.firstSeen, group.lastSeen),
      observations: group.observations,
      direction,
    },
  };
}

/** The problem that keeps a group from being a conversation (its addresses aside), or null. */
export function checkGroup(group: ConversationGroup): ConversationProblem | null {
  if (typeof group.signatureId !== 'string' || group.signatureId.length === 0) return invalidGroup(group, 'signatureId', 'missing signature id');
  if (typeof group.firstSeen !== 'number' || !Number.isFinite(group.firstSeen)) {
    return invalidGroup(group, 'firstSeen', 'not a finite epoch-millisecond time');
  }
  if (typeof group.lastSeen !== 'number' || !Number.isFinite(group.lastSeen)) {
    return invalidGroup(group, 'lastSeen', 'not a finite epoch-millisecond time');
  }
  if (group.lastSeen < group.firstSeen) return invalidGroup(group, 'lastSeen', 'earlier than firstSeen');
  if (!Number.isInteger(group.observations) || group.observations < 1) return invalidGroup(group, 'observations', 'not a positive integer');
  if (group.observations === 1 && group.lastSeen !== group.firstSeen) {
    return invalidGroup(group, 'observations', 'one observation cannot span time (firstSeen ≠ lastSeen)');
  }
  return null;
}

function invalidGroup(
  group: ConversationGroup,
  field: 'firstSeen' | 'lastSeen' | 'observations' | 'signatureId',
  reason: string,
): ConversationProblem {
  return {
    kind: 'invalid_group',
    field,
    reason,
    conversations: 1,
    examples: [`${String(group.signatureId)}|${String(group.sourceIp)}|${String(group.destinationIp)}`],
  };
}
