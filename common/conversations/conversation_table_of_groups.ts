import type { ConversationGroupColumns } from '../model/conversation_group_columns';
import { conversationGroupAt } from '../model/conversation_group_columns';
import type { ConversationTable } from '../model/conversation_table';
import type { Direction } from '../model/direction';
import { directionOfSides } from '../network/classify_direction';
import type { HomeNetworks } from '../network/home_networks';
import type { ConversationProblemCollector } from './conversation_problem_collector';
import { checkGroup, toConversation } from './to_conversation';

/** Per distinct string of the group columns: not looked at yet, outside the home networks, inside, not an IP address. */
const UNKNOWN = 0;
const EXTERNAL = 1;
const INTERNAL = 2;
const INVALID = 3;

/**
 * The conversations of group columns as a table, with the groups that cannot be conversations reported
 * to `problems`: the column-wise form of toConversation, giving the same conversations and the same
 * problems. A usable row is written straight from the columns, its direction from one home-network check
 * per distinct address (held in a byte per string); a row with a problem goes through toConversation
 * itself, so its problem reads exactly as there. No object is made per row: on a million groups the
 * per-row objects of toConversation were about a hundred megabytes of garbage at the route's peak.
 * `groupRows`, when given (length ≥ groups.length), receives each table row's group row.
 */
export function conversationTableOfGroups(
  groups: ConversationGroupColumns,
  networks: HomeNetworks,
  problems: ConversationProblemCollector,
  groupRows?: Uint32Array,
): ConversationTable {
  const n = groups.length;
  const { strings } = groups;
  const sides = new Uint8Array(strings.length);
  const sideOf = (code: number): number => {
    if (sides[code] === UNKNOWN) {
      const inside = networks.contains(strings[code]);
      sides[code] = inside === null ? INVALID : inside ? INTERNAL : EXTERNAL;
    }
    return sides[code];
  };
  // Sized up front (and cut to length at the end): no regrowing of million-entry arrays.
  const signatureId = new Array<string>(n);
  const signature = new Array<string>(n);
  const sourceIp = new Array<string>(n);
  const destinationIp = new Array<string>(n);
  const firstSeen = new Array<number>(n);
  const lastSeen = new Array<number>(n);
  const otrSeconds = new Array<number>(n);
  const observations = new Array<number>(n);
  const direction = new Array<Direction>(n);
  // One group object, refilled per row, for checkGroup to read.
  const scratch = { signatureId: '', signature: '', sourceIp: '', destinationIp: '', firstSeen: 0, lastSeen: 0, observations: 0 };
  let rows = 0;
  for (let row = 0; row < n; row += 1) {
    scratch.signatureId = strings[groups.signatureId[row]];
    scratch.signature = strings[groups.signature[row]];
    scratch.sourceIp = strings[groups.sourceIp[row]];
    scratch.destinationIp = strings[groups.destinationIp[row]];
    scratch.firstSeen = groups.firstSeen[row];
    scratch.lastSeen = groups.lastSeen[row];
    scratch.observations = groups.observations[row];
    const source = sideOf(groups.sourceIp[row]);
    const destination = sideOf(groups.destinationIp[row]);
    if (source === INVALID || destination === INVALID || checkGroup(scratch) !== null) {
      const converted = toConversation(conversationGroupAt(groups, row), networks);
      if (!converted.ok) {
        converted.problems.forEach((problem) => problems.add(problem));
        continue;
      }
    }
    signatureId[rows] = scratch.signatureId;
    signature[rows] = scratch.signature;
    sourceIp[rows] = scratch.sourceIp;
    destinationIp[rows] = scratch.destinationIp;
    firstSeen[rows] = scratch.firstSeen;
    lastSeen[rows] = scratch.lastSeen;
    otrSeconds[rows] = (scratch.lastSeen - scratch.firstSeen) / 1000;
    observations[rows] = scratch.observations;
    direction[rows] = directionOfSides(source === INTERNAL, destination === INTERNAL);
    if (groupRows !== undefined) groupRows[rows] = row;
    rows += 1;
  }
  const columns = [signatureId, signature, sourceIp, destinationIp, firstSeen, lastSeen, otrSeconds, observations, direction];
  for (const column of columns) column.length = rows;
  return { signatureId, signature, sourceIp, destinationIp, firstSeen, lastSeen, otrSeconds, observations, direction };
}
