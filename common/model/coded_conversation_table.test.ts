import fc from 'fast-check';
import { decodeConversationTable, encodeConversationTable } from './coded_conversation_table';
import { toConversationTable } from './conversation_table';
import { DIRECTIONS } from './direction';

const conversation = fc.record({
  signatureId: fc.constantFrom('2024216', '2001569', ''),
  signature: fc.constantFrom('ET SCAN', 'ET EXPLOIT', '2001569'),
  sourceIp: fc.constantFrom('10.0.0.1', '10.0.0.2', '203.0.113.9', 'fd00::1'),
  destinationIp: fc.constantFrom('10.0.0.1', '198.51.100.7'),
  firstSeen: fc.integer({ min: 0, max: 2e12 }),
  lastSeen: fc.integer({ min: 0, max: 2e12 }),
  otrSeconds: fc.double({ min: 0, max: 1e9, noNaN: true }),
  observations: fc.integer({ min: 1, max: 1e6 }),
  direction: fc.constantFrom(...DIRECTIONS),
});

describe('coded conversation tables', () => {
  it('decode what they encode, holding each text once whatever column it is in', () => {
    fc.assert(
      fc.property(fc.array(conversation, { maxLength: 60 }), (conversations) => {
        const table = toConversationTable(conversations);
        const coded = encodeConversationTable(table);
        expect(decodeConversationTable(coded)).toEqual(table);
        expect(new Set(coded.strings).size).toBe(coded.strings.length);
        expect(coded.length).toBe(conversations.length);
      }),
    );
  });

  it('refuses a row without a known direction, naming it', () => {
    const table = toConversationTable([{ signatureId: '1', signature: 'a', sourceIp: '10.0.0.1', destinationIp: '10.0.0.2', firstSeen: 0, lastSeen: 0, otrSeconds: 0, observations: 1, direction: 'internal_to_internal' }]);
    expect(() => encodeConversationTable({ ...table, direction: ['inbound' as (typeof DIRECTIONS)[number]] })).toThrow('a conversation table requires a direction; row 0 has inbound');
  });
});
