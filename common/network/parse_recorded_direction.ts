import { isDirection } from '../model/direction';
import type { Direction } from '../model/direction';

/**
 * ECS `network.direction` (ECS 1.x/8.x vocabulary, as Elastic Agent's add_network_direction processor and
 * Filebeat's Zeek and Suricata pipelines write it) in our words. `ingress`/`egress` describe an interface,
 * not home networks, and `unknown` says nothing, so they have no counterpart.
 */
const ECS_DIRECTIONS: Readonly<Record<string, Direction>> = {
  internal: 'internal_to_internal',
  outbound: 'internal_to_external',
  inbound: 'external_to_internal',
  external: 'external_to_external',
};

/**
 * A direction as a document records it (ECS `network.direction`, or one of our own four values as a
 * previous export wrote them) → our Direction, case-insensitively. Anything else (`ingress`, `egress`,
 * `unknown`, Suricata's flow-level `to_server`) is null: not comparable with the home networks' verdict,
 * never guessed. O(1).
 *
 * @example parseRecordedDirection('outbound') // 'internal_to_external'
 * @example parseRecordedDirection('ingress')  // null
 */
export function parseRecordedDirection(value: string): Direction | null {
  const lower = value.trim().toLowerCase();
  if (isDirection(lower)) return lower;
  return Object.prototype.hasOwnProperty.call(ECS_DIRECTIONS, lower) ? ECS_DIRECTIONS[lower] : null;
}
