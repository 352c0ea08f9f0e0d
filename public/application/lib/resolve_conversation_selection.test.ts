import { CONVERSATIONS_RESPONSE } from '../test_support/conversations_response';
import { resolveConversationSelection, toConversationLinkSelection } from './resolve_conversation_selection';

const columns = CONVERSATIONS_RESPONSE.conversations;

describe('conversation selections in links', () => {
  it('finds a linked conversation\'s row by signature, source and destination, and a linked signature', () => {
    expect(resolveConversationSelection({ kind: 'conversation', signatureId: '2024218', sourceIp: '10.0.0.2', destinationIp: '8.8.8.8' }, columns)).toEqual({ kind: 'conversation', row: 1 });
    expect(resolveConversationSelection({ kind: 'signature', signatureId: '2001569' }, columns)).toEqual({ kind: 'signature', signatureId: '2001569' });
  });

  it('selects nothing for a conversation or signature not in this answer, or a bucket', () => {
    expect(resolveConversationSelection({ kind: 'conversation', signatureId: '2024218', sourceIp: '10.0.0.2', destinationIp: '10.0.0.9' }, columns)).toBeNull();
    expect(resolveConversationSelection({ kind: 'signature', signatureId: '1' }, columns)).toBeNull();
    expect(resolveConversationSelection({ kind: 'bucket', bucketStart: 0 }, columns)).toBeNull();
    expect(resolveConversationSelection(undefined, columns)).toBeNull();
  });

  it('turns a clicked row into a link selection by value, and back to the same row', () => {
    const link = toConversationLinkSelection({ kind: 'conversation', row: 2 }, columns);
    expect(link).toEqual({ kind: 'conversation', signatureId: '2001569', sourceIp: '10.0.0.3', destinationIp: '10.0.0.1' });
    expect(resolveConversationSelection(link ?? undefined, columns)).toEqual({ kind: 'conversation', row: 2 });
    expect(toConversationLinkSelection({ kind: 'conversation', row: 99 }, columns)).toBeNull();
    expect(toConversationLinkSelection({ kind: 'signature', signatureId: '2024218' }, columns)).toEqual({ kind: 'signature', signatureId: '2024218' });
  });
});
