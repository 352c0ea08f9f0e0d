import type { ConversationGroup } from '../model/conversation_group';
import { DEFAULT_HOME_NETWORKS, parseHomeNetworks } from '../network/home_networks';
import { toConversation } from './to_conversation';

const home = parseHomeNetworks(DEFAULT_HOME_NETWORKS);
const group: ConversationGroup = Object.freeze({
  signatureId: '2024216',
  signature: 'ET EXPLOIT Possible DOUBLEPULSAR Beacon Response',
  sourceIp: '192.168.1.20',
  destinationIp: '2001:db8::5',
  firstSeen: 1_524_700_800_000,
  lastSeen: 1_524_722_760_000,
  observations: 42,
});

describe('toConversation', () => {
  it('derives OTR in seconds and the direction from an aggregated group', () => {
    expect(toConversation(group, home)).toEqual({
      ok: true,
      conversation: { ...group, otrSeconds: 21_960, direction: 'internal_to_external' },
    });
  });

  it.each([
    [{ signatureId: '' }, 'signatureId', 'missing signature id'],
    [{ firstSeen: Number.NaN }, 'firstSeen', 'not a finite epoch-millisecond time'],
    [{ lastSeen: 1_524_700_799_999 }, 'lastSeen', 'earlier than firstSeen'],
    [{ observations: 0 }, 'observations', 'not a positive integer'],
    [{ observations: 2.5 }, 'observations', 'not a positive integer'],
    [{ observations: 1 }, 'observations', 'one observation cannot span time (firstSeen ≠ lastSeen)'],
  ] as [Partial<ConversationGroup>, string, string][])('reports an impossible group %j', (change, field, reason) => {
    expect(toConversation({ ...group, ...change }, home)).toEqual({
      ok: false,
      problems: [{ kind: 'invalid_group', field, reason, conversations: 1, examples: [`${change.signatureId ?? group.signatureId}|192.168.1.20|2001:db8::5`] }],
    });
  });

  it('reports each invalid address with the group’s observations', () => {
    expect(toConversation({ ...group, sourceIp: '192.168.1', destinationIp: 'zz::1' }, home)).toEqual({
      ok: false,
      problems: [
        {
          kind: 'invalid_address',
          field: 'sourceIp',
          value: '192.168.1',
          reason: 'IPv4 must be four decimal parts without leading zeros (e.g. 10.0.0.1)',
          conversations: 1,
          observations: 42,
        },
        { kind: 'invalid_address', field: 'destinationIp', value: 'zz::1', reason: 'not a valid IPv6 address', conversations: 1, observations: 42 },
      ],
    });
  });
});
