import type { ConversationGroup } from '../model/conversation_group';
import { conversationGroupAt } from '../model/conversation_group_columns';
import { decodeConversationTable } from '../model/coded_conversation_table';
import { toConversationTable } from '../model/conversation_table';
import type { Conversation } from '../model/conversation';
import { parseHomeNetworks } from '../network/home_networks';
import { ConversationGroupColumnsBuilder } from './conversation_group_columns_builder';
import { ConversationProblemCollector } from './conversation_problem_collector';
import { conversationTableOfGroups } from './conversation_table_of_groups';
import { toConversation } from './to_conversation';

const home = parseHomeNetworks(['10.0.0.0/8', 'fd00::/8']);
const at = 1_524_700_800_000;
const group = (overrides: Partial<ConversationGroup>): ConversationGroup => ({
  signatureId: '2024216',
  signature: 'ET EXPLOIT Possible DOUBLEPULSAR Beacon Response',
  sourceIp: '10.0.0.5',
  destinationIp: '203.0.113.9',
  firstSeen: at,
  lastSeen: at + 90_000,
  observations: 4,
  ...overrides,
});

// Every direction, IPv6 and IPv4-mapped addresses, and each kind of unusable group, interleaved.
const groups: ConversationGroup[] = [
  group({}),
  group({ sourceIp: '203.0.113.9', destinationIp: '10.0.0.5' }),
  group({ sourceIp: 'not-an-ip', observations: 2 }),
  group({ destinationIp: '10.1.2.3', signatureId: '2001569', signature: 'ET SCAN' }),
  group({ sourceIp: '198.51.100.1', destinationIp: '::ffff:203.0.113.9' }),
  group({ observations: 0 }),
  group({ sourceIp: 'fd00::1', destinationIp: 'fd00::2', lastSeen: at, observations: 1 }),
  group({ lastSeen: at - 1 }),
  group({ sourceIp: '10.0.0.5', destinationIp: '999.1.1.1' }),
  group({ signatureId: '' }),
  group({ destinationIp: 'not-an-ip', sourceIp: 'not-an-ip' }),
];

describe('conversationTableOfGroups', () => {
  it('gives the conversations and the problems toConversation gives, group by group', () => {
    const expected = new ConversationProblemCollector();
    const conversations: Conversation[] = [];
    const rows: number[] = [];
    const columns = ConversationGroupColumnsBuilder.fromGroups(groups);
    // The columns are in (signature id, source, destination) order: compare against the same order.
    for (let row = 0; row < columns.length; row += 1) {
      const converted = toConversation(conversationGroupAt(columns, row), home);
      if (converted.ok) {
        conversations.push(converted.conversation);
        rows.push(row);
      } else converted.problems.forEach((problem) => expected.add(problem));
    }
    const problems = new ConversationProblemCollector();
    const groupRows = new Uint32Array(columns.length);
    const table = conversationTableOfGroups(columns, home, problems, groupRows);

    expect(conversations).toHaveLength(5);
    const decoded = decodeConversationTable(table);
    expect(new Set(decoded.direction)).toEqual(new Set(['internal_to_external', 'external_to_internal', 'internal_to_internal', 'external_to_external']));
    expect(decoded).toEqual(toConversationTable(conversations));
    // Codes, not copies: the table reads the groups' own strings.
    expect(table.strings).toBe(columns.strings);
    expect(Array.from(groupRows.subarray(0, rows.length))).toEqual(rows);
    expect(problems.toArray()).toEqual(expected.toArray());
    expect(problems.toArray().map((problem) => problem.kind)).toEqual(expect.arrayContaining(['invalid_address', 'invalid_group']));
  });

  it('gives an empty table for no groups', () => {
    const table = conversationTableOfGroups(ConversationGroupColumnsBuilder.fromGroups([]), home, new ConversationProblemCollector());
    expect(table.length).toBe(0);
    expect(decodeConversationTable(table)).toEqual(toConversationTable([]));
  });
});
