import type { QueryContext } from './query_context';

/** RFC 1918 and RFC 4193 private ranges: a starting guess at "home" until the hunter sets their own. */
export const PRIVATE_NETWORKS: readonly string[] = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fd00::/8'];

/** Where the app opens when the host has no saved state: ECS logs of the last 7 days. */
export function getDefaultQueryContext(now: Date = new Date()): QueryContext {
  return {
    index: 'logs-*',
    timeRange: { from: new Date(now.getTime() - 7 * 86_400_000).toISOString(), to: now.toISOString() },
    fieldMappingPreset: 'ecs',
    homeNetworks: PRIVATE_NETWORKS,
  };
}
