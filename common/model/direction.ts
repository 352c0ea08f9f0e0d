/**
 * Which side of the home networks a conversation's source and destination sit on.
 * See docs/CONTEXT.md (direction, home network).
 */
export const DIRECTIONS = [
  'internal_to_internal',
  'internal_to_external',
  'external_to_internal',
  'external_to_external',
] as const;

export type Direction = (typeof DIRECTIONS)[number];

export function isDirection(value: unknown): value is Direction {
  return typeof value === 'string' && (DIRECTIONS as readonly string[]).includes(value);
}
