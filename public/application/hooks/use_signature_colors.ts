import { useMemo } from 'react';
import { euiPaletteColorBlind } from '@elastic/eui';
import type { ConversationsSummaryBody } from '../../../common/api/conversations';
import { computeSignatureColors } from '../../charts/compute_signature_colors';

/**
 * Signature id → colour for every chart of one conversations answer, from the summary's full signature list
 * (not the possibly truncated rows), so columns, box plots and scatter agree in the app and on a dashboard.
 */
export function useSignatureColors(summary: ConversationsSummaryBody): ReadonlyMap<string, string> {
  return useMemo(() => computeSignatureColors(summary.signatures.map((entry) => entry.signature_id), euiPaletteColorBlind()), [summary.signatures]);
}
