/** What a click in the conversations view selected: one conversation (by row) or one signature's group. */
export type ConversationSelection =
  | { readonly kind: 'conversation'; readonly row: number }
  | { readonly kind: 'signature'; readonly signatureId: string };
