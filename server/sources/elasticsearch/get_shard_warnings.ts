import type { NativeSearchHead } from './native_types';

/**
 * Warnings for a response Elasticsearch answered only in part: failed shards (their documents are missing
 * from every figure) or a search that hit its timeout (figures cover what was read by then). An empty list
 * means the response is whole. Reasons are deduplicated so 50 shards failing alike make one line.
 */
export function getShardWarnings(response: NativeSearchHead, what: string): string[] {
  const warnings: string[] = [];
  const shards = response._shards;
  if (shards !== undefined && shards.failed > 0) {
    const reasons = [
      ...new Set(
        (shards.failures ?? []).map((failure) => failure.reason?.reason ?? failure.reason?.type ?? 'unknown reason'),
      ),
    ];
    const because = reasons.length > 0 ? `: ${reasons.slice(0, 3).join('; ')}` : '';
    warnings.push(`${what}: ${shards.failed} of ${shards.total} shards failed, figures are partial${because}`);
  }
  if (response.timed_out === true) {
    warnings.push(`${what}: Elasticsearch timed out, figures cover only what was read in time`);
  }
  return warnings;
}
