import type { ConversationColumns } from '../../../common/api/conversations';
import type { HuntEdaSelection } from '../../locator/hunt_eda_selection';
import type { ConversationSelection } from '../components/conversations/conversation_selection';

/**
 * A link's selection → the conversations view's (a row of this answer, or a signature). Null when the
 * selection is not for this view or the conversation is not in the answer (another time range, truncated).
 */
export function resolveConversationSelection(selection: HuntEdaSelection | undefined, columns: ConversationColumns): ConversationSelection | null {
  if (selection?.kind === 'signature') return columns.signature_id.includes(selection.signatureId) ? { kind: 'signature', signatureId: selection.signatureId } : null;
  if (selection?.kind !== 'conversation') return null;
  for (let row = 0; row < columns.signature_id.length; row += 1) {
    if (columns.signature_id[row] === selection.signatureId && columns.source_ip[row] === selection.sourceIp && columns.destination_ip[row] === selection.destinationIp) {
      return { kind: 'conversation', row };
    }
  }
  return null;
}

/** The other way: a clicked row of an answer → a selection a link can carry. */
export function toConversationLinkSelection(selection: ConversationSelection, columns: ConversationColumns): HuntEdaSelection | null {
  if (selection.kind === 'signature') return { kind: 'signature', signatureId: selection.signatureId };
  const signatureId = columns.signature_id[selection.row];
  const sourceIp = columns.source_ip[selection.row];
  const destinationIp = columns.destination_ip[selection.row];
  if (signatureId === undefined || sourceIp === undefined || destinationIp === undefined) return null;
  return { kind: 'conversation', signatureId, sourceIp, destinationIp };
}
