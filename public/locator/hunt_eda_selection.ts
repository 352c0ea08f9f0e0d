import { z } from 'zod';

/**
 * What a link opens with selected (its flyout open): one conversation, one signature's group, or one HTTP
 * bucket. By value, not by row, so it survives a new query: the app finds the row when the answer comes.
 */
export type HuntEdaSelection =
  | { readonly kind: 'conversation'; readonly signatureId: string; readonly sourceIp: string; readonly destinationIp: string }
  | { readonly kind: 'signature'; readonly signatureId: string }
  /** Epoch milliseconds of the bucket's start. */
  | { readonly kind: 'bucket'; readonly bucketStart: number };

const text = z.string().min(1).max(512);

export const huntEdaSelectionSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('conversation'), signatureId: text, sourceIp: text, destinationIp: text }).strict(),
    z.object({ kind: z.literal('signature'), signatureId: text }).strict(),
    z.object({ kind: z.literal('bucket'), bucketStart: z.number().int() }).strict(),
  ],
  { error: 'expected a conversation, signature or bucket selection' },
);
