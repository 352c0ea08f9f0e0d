import type { ConversationGroupColumns } from '../model/conversation_group_columns';
import { conversationGroupAt } from '../model/conversation_group_columns';
import type { CodedConversationTable } from '../model/coded_conversation_table';
import { otrSecondsOf } from '../model/conversation';
import { DIRECTIONS } from '../model/direction';
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
 * The conversations of group columns as a coded table, with the groups that cannot be conversations
 * reported to `problems`: the column-wise form of toConversation, giving the same conversations and the
 * same problems. A usable row is copied code for code, its direction from one home-network check per
 * distinct address (held in a byte per string); a row with a problem goes through toConversation itself,
 * so its problem reads exactly as there. The groups are spent: their columns become the table's, compacted
 * in place (row r moves to r minus the rows left out before it), and the table shares their strings, so a
 * million groups cost two new columns (OTR and direction) and no object or string per row. Only the
 * recorded directions of the groups stay as they were. `groupRows`, when given (length ≥ groups.length),
 * receives each table row's group row.
 */
export function conversationTableOfGroups(
  groups: ConversationGroupColumns,
  networks: HomeNetworks,
  problems: ConversationProblemCollector,
  groupRows?: Uint32Array,
): CodedConversationTable {
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
  // The direction code of (source inside, destination inside), at index 2·source + destination.
  const directionCodes = [false, true].flatMap((sourceInside) => [false, true].map((destinationInside) => DIRECTIONS.indexOf(directionOfSides(sourceInside, destinationInside))));
  const { signatureId, signature, sourceIp, destinationIp, firstSeen, lastSeen, observations } = groups;
  const otrSeconds = new Float64Array(n);
  const direction = new Uint8Array(n);
  // One group object, refilled per row, for checkGroup to read.
  const scratch = { signatureId: '', signature: '', sourceIp: '', destinationIp: '', firstSeen: 0, lastSeen: 0, observations: 0 };
  let rows = 0;
  for (let row = 0; row < n; row += 1) {
    const source = sideOf(sourceIp[row]);
    const destination = sideOf(destinationIp[row]);
    scratch.signatureId = strings[signatureId[row]];
    scratch.signature = strings[signature[row]];
    scratch.sourceIp = strings[sourceIp[row]];
    scratch.destinationIp = strings[destinationIp[row]];
    scratch.firstSeen = firstSeen[row];
    scratch.lastSeen = lastSeen[row];
    scratch.observations = observations[row];
    if (source === INVALID || destination === INVALID || checkGroup(scratch) !== null) {
      const converted = toConversation(conversationGroupAt(groups, row), networks);
      if (!converted.ok) {
        converted.problems.forEach((problem) => problems.add(problem));
        continue;
      }
    }
    // rows ≤ row: this overwrites a row already read (or this very row).
    if (rows !== row) {
      signatureId[rows] = signatureId[row];
      signature[rows] = signature[row];
      sourceIp[rows] = sourceIp[row];
      destinationIp[rows] = destinationIp[row];
      firstSeen[rows] = firstSeen[row];
      lastSeen[rows] = lastSeen[row];
      observations[rows] = observations[row];
    }
    otrSeconds[rows] = otrSecondsOf(scratch.firstSeen, scratch.lastSeen);
    direction[rows] = directionCodes[(source === INTERNAL ? 2 : 0) + (destination === INTERNAL ? 1 : 0)];
    if (groupRows !== undefined) groupRows[rows] = row;
    rows += 1;
  }
  return {
    length: rows,
    strings,
    signatureId: signatureId.subarray(0, rows),
    signature: signature.subarray(0, rows),
    sourceIp: sourceIp.subarray(0, rows),
    destinationIp: destinationIp.subarray(0, rows),
    firstSeen: firstSeen.subarray(0, rows),
    lastSeen: lastSeen.subarray(0, rows),
    otrSeconds: otrSeconds.subarray(0, rows),
    observations: observations.subarray(0, rows),
    direction: direction.subarray(0, rows),
  };
}
