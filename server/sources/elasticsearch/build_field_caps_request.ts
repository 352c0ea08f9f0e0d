import type { estypes } from '@elastic/elasticsearch';

/**
 * Field capabilities of every field of the indices an index pattern matches. `allow_no_indices: false`
 * makes a pattern matching nothing a 404 (index_not_found) instead of an empty, silent answer.
 */
export function buildFieldCapsRequest(index: string): estypes.FieldCapsRequest {
  return { index, fields: '*', allow_no_indices: false, ignore_unavailable: false, include_unmapped: false };
}
