import fc from 'fast-check';
import type { ConversationGroup } from '../model/conversation_group';
import { conversationGroupAt } from '../model/conversation_group_columns';
import { ConversationGroupColumnsBuilder } from './conversation_group_columns_builder';

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byKey = (a: ConversationGroup, b: ConversationGroup): number =>
  compare(a.signatureId, b.signatureId) || compare(a.sourceIp, b.sourceIp) || compare(a.destinationIp, b.destinationIp);

const group = (signatureId: string, sourceIp: string, destinationIp: string, firstSeen: number): ConversationGroup => ({
  signatureId,
  signature: `name ${signatureId}`,
  sourceIp,
  destinationIp,
  firstSeen,
  lastSeen: firstSeen + 1000,
  observations: 2,
});

describe('ConversationGroupColumnsBuilder', () => {
  it('orders rows by signature id, source, destination as text (10.0.0.10 before 10.0.0.9) and keeps every field', () => {
    const groups = [group('2024216', '10.0.0.9', '10.0.0.1', 5), group('2001569', '10.0.0.10', '10.0.0.1', 3), group('2024216', '10.0.0.10', '10.0.0.2', 4)];
    const columns = ConversationGroupColumnsBuilder.fromGroups(Object.freeze(groups));
    expect(columns.length).toBe(3);
    expect(Array.from({ length: 3 }, (_, row) => conversationGroupAt(columns, row))).toEqual([groups[1], groups[2], groups[0]]);
    expect(new Set(columns.strings).size).toBe(columns.strings.length);
  });

  it('gives back the groups sorted, across column growth, for any input', () => {
    const key = fc.constantFrom('a', 'b', 'c', 'ab', '10.0.0.1', '10.0.0.10', 'é');
    const arbitraryGroup = fc.record({
      signatureId: key,
      signature: key,
      sourceIp: key,
      destinationIp: key,
      firstSeen: fc.integer({ min: 0, max: 1e12 }),
      lastSeen: fc.integer({ min: 0, max: 1e12 }),
      observations: fc.integer({ min: 1, max: 1e6 }),
    });
    fc.assert(
      fc.property(fc.array(arbitraryGroup, { maxLength: 3000 }), (groups) => {
        const builder = new ConversationGroupColumnsBuilder();
        groups.forEach((g) => builder.add(g));
        const columns = builder.build();
        const rows = Array.from({ length: columns.length }, (_, row) => conversationGroupAt(columns, row));
        const expected = [...groups].sort(byKey);
        // Equal keys may come in either order; compare the keys in order and the multiset of whole rows.
        expect(rows.map((g) => [g.signatureId, g.sourceIp, g.destinationIp])).toEqual(expected.map((g) => [g.signatureId, g.sourceIp, g.destinationIp]));
        expect([...rows].sort((a, b) => byKey(a, b) || a.firstSeen - b.firstSeen || a.lastSeen - b.lastSeen || a.observations - b.observations || compare(a.signature, b.signature))).toEqual(
          [...groups].sort((a, b) => byKey(a, b) || a.firstSeen - b.firstSeen || a.lastSeen - b.lastSeen || a.observations - b.observations || compare(a.signature, b.signature)),
        );
      }),
      { numRuns: 50 },
    );
  });

  it('returns empty columns for no groups, and reserve keeps added rows', () => {
    expect(ConversationGroupColumnsBuilder.fromGroups([]).length).toBe(0);
    const builder = new ConversationGroupColumnsBuilder();
    builder.add(group('1', 'x', 'y', 1));
    builder.reserve(5000);
    builder.add(group('0', 'x', 'y', 2));
    const columns = builder.build();
    expect([conversationGroupAt(columns, 0).firstSeen, conversationGroupAt(columns, 1).firstSeen]).toEqual([2, 1]);
  });

  it('keeps each group\'s recorded directions through sorting and growth when asked, and none otherwise', () => {
    const groups = Array.from({ length: 3000 }, (_, i) => ({
      ...group(String(3000 - i), '10.0.0.1', '10.0.0.2', i),
      recordedDirections: [[], ['outbound'], ['internal', 'unknown']][i % 3],
    }));
    const columns = ConversationGroupColumnsBuilder.fromGroups(groups);
    const rows = Array.from({ length: columns.length }, (_, row) => conversationGroupAt(columns, row));
    expect([...rows].sort((a, b) => a.firstSeen - b.firstSeen)).toEqual(groups);
    const plain = ConversationGroupColumnsBuilder.fromGroups([group('1', 'x', 'y', 1)]);
    expect(plain.recordedDirections).toBeUndefined();
    expect(conversationGroupAt(plain, 0)).not.toHaveProperty('recordedDirections');
  });
});
