import type { ConversationsResponse, ConversationsSummaryBody } from '../common/api/conversations';
import type { ResponseWarning } from '../common/api/request_schemas';
import type { Direction } from '../common/model/direction';
import type { Cell } from './format_rows';

export interface ConversationRow {
  readonly signature_id: string;
  readonly signature: string;
  readonly source_ip: string;
  readonly destination_ip: string;
  /** ISO-8601, UTC. */
  readonly first_seen: string;
  readonly last_seen: string;
  readonly otr_seconds: number;
  readonly observations: number;
  readonly direction: Direction;
}

export interface ConversationsOutput {
  readonly conversations: readonly ConversationRow[];
  readonly summary: ConversationsSummaryBody & { readonly total_conversations: number | null; readonly truncated: boolean };
  readonly scope: Readonly<Record<string, unknown>>;
  readonly warnings: readonly ResponseWarning[];
}

export const CONVERSATION_COLUMNS = ['signature_id', 'signature', 'source_ip', 'destination_ip', 'first_seen', 'last_seen', 'otr_seconds', 'observations', 'direction'] as const;

/** The route's columnar response as rows with ISO times: the CLI's `--format json` document. */
export function toConversationsOutput(response: ConversationsResponse, scope: Readonly<Record<string, unknown>>): ConversationsOutput {
  const columns = response.conversations;
  const iso = (ms: number) => new Date(ms).toISOString();
  return {
    conversations: columns.signature_id.map((signatureId, row) => ({
      signature_id: signatureId,
      signature: columns.signature_name[row] ?? '',
      source_ip: columns.source_ip[row] ?? '',
      destination_ip: columns.destination_ip[row] ?? '',
      first_seen: iso(columns.first_seen[row] ?? 0),
      last_seen: iso(columns.last_seen[row] ?? 0),
      otr_seconds: columns.otr_seconds[row] ?? 0,
      observations: columns.observations[row] ?? 0,
      direction: columns.direction[row] ?? 'unknown',
    })),
    summary: { ...response.summary, total_conversations: response.total_conversations, truncated: response.truncated },
    scope,
    warnings: response.warnings,
  };
}

export function conversationCells(row: ConversationRow): Cell[] {
  return CONVERSATION_COLUMNS.map((column) => row[column]);
}
