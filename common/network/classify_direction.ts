import type { Direction } from '../model/direction';
import { describeInvalidAddress, resolveHomeNetworks } from './home_networks';
import type { HomeNetworks } from './home_networks';

export interface InvalidAddress {
  readonly field: 'sourceIp' | 'destinationIp';
  readonly value: string;
  readonly reason: string;
}

/** Returned instead of a direction when the source or destination is not an IP address. */
export interface InvalidAddressProblem {
  readonly kind: 'invalid_address';
  readonly addresses: readonly InvalidAddress[];
}

export function isInvalidAddressProblem(value: Direction | InvalidAddressProblem): value is InvalidAddressProblem {
  return typeof value !== 'string';
}

const DIRECTION_BY_SIDES: Readonly<Record<'00' | '01' | '10' | '11', Direction>> = {
  '11': 'internal_to_internal',
  '10': 'internal_to_external',
  '01': 'external_to_internal',
  '00': 'external_to_external',
};

/**
 * The direction of traffic from `sourceIp` to `destinationIp`: each side is internal when it lies in a home
 * network (IPv4 and IPv6; IPv4-mapped IPv6 compared as IPv4, see HomeNetworks).
 *
 * Returns the Direction string, or an InvalidAddressProblem naming each bad side: an invalid address is
 * reported, never classified as external. Pass a HomeNetworks from parseHomeNetworks; a plain list is parsed
 * once and cached. Cost: two memoised lookups for addresses seen before; the first sight of an address parses
 * it and scans the networks.
 *
 * @throws HomeNetworksError when a plain list of networks has bad entries.
 * @example classifyDirection('10.0.0.5', '8.8.8.8', parseHomeNetworks(DEFAULT_HOME_NETWORKS)) // 'internal_to_external'
 */
export function classifyDirection(
  sourceIp: string,
  destinationIp: string,
  homeNetworks: HomeNetworks | readonly string[],
): Direction | InvalidAddressProblem {
  const networks = resolveHomeNetworks(homeNetworks);
  const source = networks.contains(sourceIp);
  const destination = networks.contains(destinationIp);
  if (source === null || destination === null) {
    const addresses: InvalidAddress[] = [];
    if (source === null) addresses.push(invalid('sourceIp', sourceIp));
    if (destination === null) addresses.push(invalid('destinationIp', destinationIp));
    return { kind: 'invalid_address', addresses };
  }
  return directionOfSides(source, destination);
}

/** The direction of traffic between a source and a destination already known to be inside a home network or not. */
export function directionOfSides(sourceInternal: boolean, destinationInternal: boolean): Direction {
  return DIRECTION_BY_SIDES[sourceInternal ? (destinationInternal ? '11' : '10') : destinationInternal ? '01' : '00'];
}

function invalid(field: InvalidAddress['field'], value: string): InvalidAddress {
  return { field, value: String(value), reason: describeInvalidAddress(value) ?? 'not a valid IP address' };
}
