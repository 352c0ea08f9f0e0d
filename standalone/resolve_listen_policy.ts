import { randomBytes } from 'node:crypto';

import ipaddr from 'ipaddr.js';

export interface ListenRequest {
  readonly host: string;
  readonly allowRemote: boolean;
  /** A token the user chose; without one, remote listening generates one. */
  readonly token?: string;
}

export interface ListenPolicy {
  readonly host: string;
  /** Loopback only: nobody else on the network can connect. */
  readonly loopback: boolean;
  /** Required on every request when set. */
  readonly token: string | null;
  /** True when the token was generated here (so it must be shown to the user). */
  readonly generatedToken: boolean;
}

/** Thrown for a listening address the user has not allowed; the message says which flag to add. */
export class ListenPolicyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ListenPolicyError';
  }
}

const LOOPBACK_NAMES = new Set(['localhost', 'ip6-localhost']);

/** 127.0.0.0/8, ::1 and the names that resolve to them. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, '$1');
  if (LOOPBACK_NAMES.has(bare.toLowerCase())) return true;
  if (!ipaddr.isValid(bare)) return false;
  const address = ipaddr.process(bare);
  return address.range() === 'loopback';
}

/**
 * Who may connect. Loopback by default, with no token (a token given anyway is enforced). Any other address
 * (0.0.0.0, a LAN address, a host name) exposes the events to the network: refused unless the user allows
 * it, and then every request must carry a token (the one given, or 32 random bytes, base64url).
 */
export function resolveListenPolicy({ host, allowRemote, token }: ListenRequest): ListenPolicy {
  if (token !== undefined && token.length < 16) throw new ListenPolicyError('--token must be at least 16 characters long');
  if (isLoopbackHost(host)) return { host, loopback: true, token: token ?? null, generatedToken: false };
  if (!allowRemote) {
    throw new ListenPolicyError(`refusing to listen on ${host}: it is reachable from other machines. Add --allow-remote (every request will then need a token), or use --host 127.0.0.1`);
  }
  return { host, loopback: false, token: token ?? randomBytes(32).toString('base64url'), generatedToken: token === undefined };
}
