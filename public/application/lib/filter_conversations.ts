import type { Conversation } from '../../../common/model/conversation';
import type { Direction } from '../../../common/model/direction';

export interface ConversationFilter {
  /** Signature id, or null for all. */
  readonly signatureId: string | null;
  readonly direction: Direction | null;
  /** Substring of the source or destination IP; empty for all. */
  readonly ip: string;
}

export const NO_CONVERSATION_FILTER: ConversationFilter = { signatureId: null, direction: null, ip: '' };

/** Rows that pass every set part of the filter, in input order (the table sorts). O(n). */
export function filterConversations<Row extends Conversation>(rows: readonly Row[], filter: ConversationFilter): Row[] {
  const ip = filter.ip.trim();
  return rows.filter(
    (row) =>
      (filter.signatureId === null || row.signatureId === filter.signatureId) &&
      (filter.direction === null || row.direction === filter.direction) &&
      (ip === '' || row.sourceIp.includes(ip) || row.destinationIp.includes(ip)),
  );
}
