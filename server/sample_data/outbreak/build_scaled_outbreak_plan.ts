import type { Conversation } from '../../../common/model/conversation';
import type { Direction } from '../../../common/model/direction';
import { createPrng, deriveSeed } from '../prng';
import { externalHostIp, internalHostIp } from './build_outbreak_conversations';
import type { ConversationPlan } from './conversation_plan';
import { OUTBREAK_SIGNATURES } from './outbreak_spec';

export interface ScaledOutbreakOptions {
  /** Copies of the published outbreak, each on its own addresses (10.<10+t>.x.y, 198.18.t.x). At most 240. */
  readonly tiles: number;
  /** Exact total of alerts. */
  readonly observations: number;
  readonly seed: number;
}

/** The benchmark size: 208 tiles (1,002,144 conversations) and 10,000,000 alerts. */
export const SCALED_OUTBREAK_DEFAULTS = { tiles: 208, observations: 10_000_000 } as const;

/**
 * The outbreak at benchmark scale: the published table repeated `tiles` times on disjoint addresses (so
 * counts of conversations, pairs, sources and destinations scale exactly by `tiles`, and the timing shape per
 * signature is kept), with observation counts scaled down to the requested total.
 *
 * Scaling: every conversation keeps its minimum (1 if its OTR is 0, else 2); the excess over that minimum is
 * multiplied by one factor and rounded stochastically (seeded), and the last difference is settled on the
 * largest conversations, so the total is exact. Cost: O(tiles × 4,818) time and about 45 bytes per
 * conversation.
 */
export function buildScaledOutbreakPlan(base: readonly Conversation[], options: ScaledOutbreakOptions): ConversationPlan {
  const { tiles, observations } = options;
  if (!Number.isInteger(tiles) || tiles < 1 || tiles > 240) throw new Error(`buildScaledOutbreakPlan: tiles must be an integer in [1, 240], got ${tiles}`);
  const count = base.length * tiles;
  const minimum = base.map((c) => (c.lastSeen === c.firstSeen ? 1 : 2));
  const minimumTotal = minimum.reduce((a, b) => a + b, 0) * tiles;
  const excessTotal = base.reduce((a, c, i) => a + c.observations - minimum[i], 0) * tiles;
  if (observations < minimumTotal) {
    throw new Error(`buildScaledOutbreakPlan: observations must be at least ${minimumTotal} for ${tiles} tiles, got ${observations}`);
  }
  const factor = (observations - minimumTotal) / excessTotal;

  const prng = createPrng(deriveSeed(options.seed, 101));
  const signatureIndex = new Uint8Array(count);
  const firstSeen = new Float64Array(count);
  const lastSeen = new Float64Array(count);
  const counts = new Int32Array(count);
  const sourceIp: string[] = new Array(count);
  const destinationIp: string[] = new Array(count);
  const direction: Direction[] = new Array(count);

  const internalIndex = new Map<string, number>();
  const externalIndex = new Map<string, number>();
  const hostIndex = (ip: string, external: boolean): number => {
    const map = external ? externalIndex : internalIndex;
    let index = map.get(ip);
    if (index === undefined) {
      index = map.size;
      map.set(ip, index);
    }
    return index;
  };
  const signatureOf = new Map(OUTBREAK_SIGNATURES.map((s, i) => [s.id, i]));

  let total = 0;
  for (let t = 0; t < tiles; t += 1) {
    const tileIps = new Map<string, string>();
    const ipInTile = (ip: string, external: boolean): string => {
      let mapped = tileIps.get(ip);
      if (mapped === undefined) {
        mapped = t === 0 ? ip : external ? externalHostIp(hostIndex(ip, true), t) : internalHostIp(hostIndex(ip, false), t);
        tileIps.set(ip, mapped);
      }
      return mapped;
    };
    base.forEach((c, j) => {
      const i = t * base.length + j;
      signatureIndex[i] = signatureOf.get(c.signatureId) ?? 0;
      firstSeen[i] = c.firstSeen;
      lastSeen[i] = c.lastSeen;
      sourceIp[i] = ipInTile(c.sourceIp, false);
      destinationIp[i] = ipInTile(c.destinationIp, c.direction === 'internal_to_external');
      direction[i] = c.direction;
      const scaled = (c.observations - minimum[j]) * factor;
      counts[i] = minimum[j] + Math.floor(scaled) + (prng.next() < scaled - Math.floor(scaled) ? 1 : 0);
      total += counts[i];
    });
  }

  // Settle the rounding difference one alert at a time on the largest conversations.
  const largest = Array.from(counts.keys()).sort((a, b) => counts[b] - counts[a] || a - b);
  let diff = observations - total;
  for (let k = 0; diff !== 0; k = (k + 1) % largest.length) {
    const i = largest[k];
    const step = diff > 0 ? 1 : -1;
    if (counts[i] + step >= 2) {
      counts[i] += step;
      diff -= step;
    }
  }

  return { count, signatures: OUTBREAK_SIGNATURES, signatureIndex, sourceIp, destinationIp, direction, firstSeen, lastSeen, observations: counts };
}
