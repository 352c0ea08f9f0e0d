import type { ResponseWarning } from '../../common/api/request_schemas';

/**
 * Source warnings → response warnings. A source warns only when its answer is incomplete (failed shards, a
 * timeout, skipped input lines), so every source warning marks the result partial.
 */
export function toResponseWarnings(sourceWarnings: readonly string[]): { partial: boolean; warnings: ResponseWarning[] } {
  const unique = [...new Set(sourceWarnings)];
  return { partial: unique.length > 0, warnings: unique.map((message) => ({ code: 'partial', message })) };
}
