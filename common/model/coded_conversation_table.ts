import type { ConversationGroupColumns } from './conversation_group_columns';
import type { ConversationTable } from './conversation_table';
import { DIRECTIONS, isDirection } from './direction';

/**
 * A ConversationTable with its text held once: the four text columns are indexes into `strings`, where
 * each distinct text appears exactly once (so equal codes mean equal texts and the reverse), and the
 * direction is an index into DIRECTIONS. A million conversations with a hundred thousand addresses then
 * cost typed arrays and the distinct strings only, and whatever counts per address or per signature can
 * count per code, with no hashing of texts. `strings` may hold texts no row uses. It has the group columns'
 * shape (conversationTableOfGroups turns those into this in place) plus OTR and direction.
 */
export interface CodedConversationTable extends Omit<ConversationGroupColumns, 'recordedDirections'> {
  readonly otrSeconds: Float64Array;
  /** Indexes into DIRECTIONS. */
  readonly direction: Uint8Array;
}

/** The coded form of a table of texts (codes in order of first appearance). */
export function encodeConversationTable(table: ConversationTable): CodedConversationTable {
  const n = table.signatureId.length;
  const codes = new Map<string, number>();
  const strings: string[] = [];
  const codeOf = (text: string): number => {
    let code = codes.get(text);
    if (code === undefined) {
      code = strings.length;
      codes.set(text, code);
      strings.push(text);
    }
    return code;
  };
  const textColumn = (column: readonly string[]): Uint32Array => {
    const coded = new Uint32Array(n);
    for (let row = 0; row < n; row += 1) coded[row] = codeOf(column[row]);
    return coded;
  };
  const direction = new Uint8Array(n);
  for (let row = 0; row < n; row += 1) {
    const value = table.direction[row];
    if (!isDirection(value)) throw new RangeError(`a conversation table requires a direction; row ${row} has ${String(value)}`);
    direction[row] = DIRECTIONS.indexOf(value);
  }
  return {
    length: n,
    signatureId: textColumn(table.signatureId),
    signature: textColumn(table.signature),
    sourceIp: textColumn(table.sourceIp),
    destinationIp: textColumn(table.destinationIp),
    strings,
    firstSeen: Float64Array.from(table.firstSeen),
    lastSeen: Float64Array.from(table.lastSeen),
    otrSeconds: Float64Array.from(table.otrSeconds),
    observations: Float64Array.from(table.observations),
    direction,
  };
}

/** The table of texts a coded table stands for. */
export function decodeConversationTable(coded: CodedConversationTable): ConversationTable {
  const { strings } = coded;
  const texts = (column: Uint32Array): string[] => Array.from(column, (code) => strings[code]);
  return {
    signatureId: texts(coded.signatureId),
    signature: texts(coded.signature),
    sourceIp: texts(coded.sourceIp),
    destinationIp: texts(coded.destinationIp),
    firstSeen: Array.from(coded.firstSeen),
    lastSeen: Array.from(coded.lastSeen),
    otrSeconds: Array.from(coded.otrSeconds),
    observations: Array.from(coded.observations),
    direction: Array.from(coded.direction, (code) => DIRECTIONS[code]),
  };
}
