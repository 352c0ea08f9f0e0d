import type { ConversationsSummaryBody } from '../../common/api/conversations';

/** One signature at its position on the shared category axis of the column chart and the box plots. */
export interface SignatureCategory {
  readonly x: number;
  readonly signatureId: string;
  readonly signature: string;
  readonly conversations: number;
  readonly share: number;
  readonly uniquePairs: number;
}

/** Bar datum: the category plus the bar height. `kind` lets click handlers tell bars from points. */
export interface SignatureBarDatum extends SignatureCategory {
  readonly kind: 'signature_bar';
}

/**
 * The category order every signature chart shares: the summary's order (most conversations first, ties
 * by signature id), numbered 0, 1, 2 … so column chart and box plots line up on one numeric axis. O(n).
 */
export function computeSignatureCategories(summary: ConversationsSummaryBody): SignatureCategory[] {
  return summary.signatures.map((entry, x) => ({
    x,
    signatureId: entry.signature_id,
    signature: entry.signature_name,
    conversations: entry.conversations,
    share: entry.conversation_share,
    uniquePairs: entry.unique_pairs,
  }));
}

export function toSignatureBars(categories: readonly SignatureCategory[]): SignatureBarDatum[] {
  return categories.map((category) => ({ ...category, kind: 'signature_bar' }));
}

export function isSignatureBarDatum(value: unknown): value is SignatureBarDatum {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'signature_bar';
}

/** A short category tick label: the signature's id (names are long; the tooltip and table carry them). */
export function formatSignatureTick(categories: readonly SignatureCategory[], x: number): string {
  const category = Number.isInteger(x) ? categories[x] : undefined;
  return category ? category.signatureId : '';
}
