import { createHash, timingSafeEqual } from 'node:crypto';

export const TOKEN_COOKIE = 'hunt_eda_token';

export interface TokenCarrier {
  readonly authorization?: string;
  readonly cookie?: string;
  /** `?token=` of the URL, as the printed link carries it. */
  readonly queryToken?: string;
}

/** The token a request presents: `Authorization: Bearer …`, the page's cookie, or `?token=`. */
export function readRequestToken({ authorization, cookie, queryToken }: TokenCarrier): string | undefined {
  const bearer = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  if (bearer !== undefined) return bearer;
  for (const part of (cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === TOKEN_COOKIE) return decodeURIComponent(value.join('='));
  }
  return queryToken;
}

/** Constant-time comparison (of digests, so the lengths match too). */
export function tokensMatch(presented: string | undefined, expected: string): boolean {
  if (presented === undefined) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(presented), digest(expected));
}
