import type { Conversation } from '../../../common/model/conversation';
import { createPrng, deriveSeed, type Prng } from '../prng';
import {
  CONVERSATIONS_PER_SIGNATURE,
  DEFAULT_OUTBREAK_SEED,
  DOUBLEPULSAR_SIGNATURE as DP,
  ETERNALBLUE_ECHO_RESPONSE_SIGNATURE as ECHO,
  ETERNALBLUE_HEAP_SPRAY_SIGNATURE as SPRAY,
  OUTBREAK_FACTS as FACTS,
  OUTBREAK_SIGNATURES,
  PORT_445_SCAN_SIGNATURE as SCAN,
  WORM_PROPAGATION_SIGNATURE as WORM,
  type SampleSignature,
} from './outbreak_spec';

/**
 * Builds the outbreak's sid-conversation table so that the published facts hold by construction:
 *
 * 1. Pairs: 4,010 source–destination pairs, each carrying a set of signatures (a fixed table of families, so
 *    per-signature counts, 4,818 conversations and 808 repeated pairs are exact).
 * 2. Hosts: conversation counts per source (234, top five 68…63, the rest ≤ 58) and per destination
 *    (449 internal with the top five 215…150, 20 Internet addresses for the 32 outbound conversations).
 * 3. The pairs are laid onto hosts greedily, most signatures first, each to the source and destination with
 *    the most room left (Havel–Hakimi style), so every host ends exactly on its count.
 * 4. Timing per signature: the three exploit/scan signatures mostly within seconds to minutes with a long
 *    tail (the 1.5×IQR outliers); 2024216 in two clusters (short probes, multi-day beacons); 2830018 over hours
 *    to days, the 32 outbound ones with min 21,960 s and median 421,200 s. Internal conversations snap to a few
 *    repeated OTR and observation values (the banding); the outbound facet does not.
 * 5. Observation counts of the unbanded long beacons are rescaled to hit the exact total.
 *
 * Pure and deterministic: the same seed gives the same table. Cost: O(pairs × hosts), about 3M steps.
 */
export function buildOutbreakConversations(seed: number = DEFAULT_OUTBREAK_SEED): Conversation[] {
  const prng = createPrng(seed);
  const pairs = buildPairs();
  const hosts = buildHosts(createPrng(deriveSeed(seed, 1)));
  layPairsOntoHosts(pairs, hosts, createPrng(deriveSeed(seed, 2)));
  const rows = timeConversations(pairs, createPrng(deriveSeed(seed, 3)));
  fitTotalObservations(rows);
  placeInWindow(rows, prng);

  const signatures = new Map(OUTBREAK_SIGNATURES.map((s) => [s.id, s]));
  const table: Conversation[] = rows.map((row) => {
    const signature = signatures.get(row.signatureId) as SampleSignature;
    return {
      signatureId: signature.id,
      signature: signature.name,
      sourceIp: hosts.sourceIps[row.source],
      destinationIp: hosts.destinationIps[row.destination],
      firstSeen: row.firstSeen,
      lastSeen: row.firstSeen + row.otrMs,
      otrSeconds: row.otrMs / 1000,
      observations: row.observations,
      direction: row.external ? 'internal_to_external' : 'internal_to_internal',
    };
  });
  table.sort(
    (a, b) =>
      a.firstSeen - b.firstSeen ||
      compare(a.signatureId, b.signatureId) ||
      compare(a.sourceIp, b.sourceIp) ||
      compare(a.destinationIp, b.destinationIp),
  );
  return table;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

interface Pair {
  readonly signatureIds: readonly string[];
  readonly external: boolean;
  source: number;
  destination: number;
}

/** Pair families: signature sets and how many pairs carry each. Sums: 4,010 pairs, 4,818 conversations. */
const PAIR_FAMILIES: readonly { readonly signatureIds: readonly string[]; readonly pairs: number; readonly external?: boolean }[] = [
  { signatureIds: [DP.id, SPRAY.id, ECHO.id, SCAN.id], pairs: 16 },
  { signatureIds: [DP.id, SPRAY.id, ECHO.id], pairs: 60 },
  { signatureIds: [DP.id, ECHO.id, SCAN.id], pairs: 20 },
  { signatureIds: [DP.id, SPRAY.id], pairs: 300 },
  { signatureIds: [DP.id, ECHO.id], pairs: 220 },
  { signatureIds: [DP.id, SCAN.id], pairs: 60 },
  { signatureIds: [DP.id, WORM.id], pairs: 20 },
  { signatureIds: [DP.id], pairs: 2584 },
  { signatureIds: [SPRAY.id], pairs: 314 },
  { signatureIds: [ECHO.id], pairs: 196 },
  { signatureIds: [SCAN.id], pairs: 169 },
  { signatureIds: [WORM.id], pairs: 19 },
  { signatureIds: [WORM.id], pairs: FACTS.internalToExternalConversations, external: true },
];

function buildPairs(): Pair[] {
  const pairs: Pair[] = [];
  for (const family of PAIR_FAMILIES) {
    for (let i = 0; i < family.pairs; i += 1) {
      pairs.push({ signatureIds: family.signatureIds, external: family.external === true, source: -1, destination: -1 });
    }
  }
  const perSignature = new Map<string, number>();
  for (const pair of pairs) for (const id of pair.signatureIds) perSignature.set(id, (perSignature.get(id) ?? 0) + 1);
  for (const [id, expected] of Object.entries(CONVERSATIONS_PER_SIGNATURE)) {
    if (perSignature.get(id) !== expected) {
      throw new Error(`buildOutbreakConversations: pair families give ${perSignature.get(id)} conversations for ${id}, expected ${expected}`);
    }
  }
  return pairs;
}

const INTERNAL_DESTINATIONS = FACTS.uniqueDestinations - 20;
const EXTERNAL_DESTINATIONS = 20;
const TOP_SOURCES = [68, 67, 66, 64, 63];
const TOP_DESTINATIONS = [215, 196, 181, 163, 150];

interface Hosts {
  readonly sourceIps: readonly string[];
  readonly destinationIps: readonly string[];
  /** Conversations still to place per source / destination (internal destinations first, then external). */
  readonly sourceRoom: number[];
  readonly destinationRoom: number[];
  /** Tie-break order, so equal rooms are taken in a seeded order rather than by index. */
  readonly sourcePriority: number[];
  readonly destinationPriority: number[];
}

/**
 * Counts from a log-normal, scaled and rounded to an exact sum within [min, max], so the top five stand
 * clear of the rest. The largest remainders get the rounding, then ±1 fixes land on random entries.
 */
function degreeSequence(prng: Prng, count: number, sum: number, min: number, max: number, sigma: number): number[] {
  const weights = Array.from({ length: count }, () => Math.exp(sigma * prng.normal()));
  const total = weights.reduce((a, b) => a + b, 0);
  const values = weights.map((w) => Math.min(max, Math.max(min, Math.round((w / total) * sum))));
  let diff = sum - values.reduce((a, b) => a + b, 0);
  while (diff !== 0) {
    const i = prng.int(0, count - 1);
    const step = diff > 0 ? 1 : -1;
    if (values[i] + step >= min && values[i] + step <= max) {
      values[i] += step;
      diff -= step;
    }
  }
  return values;
}

/** Internal hosts are 10.10.{16..18}.{10..209}; sources take the first 234 of a shuffled pool, internal destinations the last 449 (78 hosts are both). */
export function internalHostIp(index: number, tile = 0): string {
  return `10.${10 + tile}.${16 + Math.floor(index / 200)}.${10 + (index % 200)}`;
}

/** Internet addresses: TEST-NET-3 and TEST-NET-2 (RFC 5737) for the published outbreak, 198.18.0.0/15 (RFC 2544) for further tiles. */
export function externalHostIp(index: number, tile = 0): string {
  if (tile === 0) return index < 10 ? `203.0.113.${17 + index * 11}` : `198.51.100.${23 + (index - 10) * 13}`;
  return `198.${18 + Math.floor(tile / 256)}.${tile % 256}.${10 + index}`;
}

function buildHosts(prng: Prng): Hosts {
  const pool = prng.shuffled(Array.from({ length: 600 }, (_, i) => i));
  const sourceIps = pool.slice(0, FACTS.uniqueSources).map((i) => internalHostIp(i));
  const internalDestinationIps = pool.slice(600 - INTERNAL_DESTINATIONS).map((i) => internalHostIp(i));
  const externalDestinationIps = Array.from({ length: EXTERNAL_DESTINATIONS }, (_, i) => externalHostIp(i));

  const sourceRest = degreeSequence(prng, FACTS.uniqueSources - 5, FACTS.conversations - sum(TOP_SOURCES), 1, 58, 0.9);
  const internalConversations = FACTS.conversations - FACTS.internalToExternalConversations;
  const destinationRest = degreeSequence(prng, INTERNAL_DESTINATIONS - 5, internalConversations - sum(TOP_DESTINATIONS), 1, 120, 1.0);
  // 32 outbound conversations over 20 Internet addresses: 12 reached twice, 8 once.
  const externalRoom = Array.from({ length: EXTERNAL_DESTINATIONS }, (_, i) => (i < 12 ? 2 : 1));

  return {
    sourceIps,
    destinationIps: [...internalDestinationIps, ...externalDestinationIps],
    sourceRoom: prng.shuffled([...TOP_SOURCES, ...sourceRest]),
    destinationRoom: [...prng.shuffled([...TOP_DESTINATIONS, ...destinationRest]), ...externalRoom],
    sourcePriority: prng.shuffled(Array.from({ length: FACTS.uniqueSources }, (_, i) => i)),
    destinationPriority: prng.shuffled(Array.from({ length: FACTS.uniqueDestinations }, (_, i) => i)),
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function layPairsOntoHosts(pairs: Pair[], hosts: Hosts, prng: Prng): void {
  const sources = hosts.sourceRoom.length;
  const used = new Uint8Array(sources * hosts.destinationRoom.length);
  // Outbound pairs first (they may only use Internet destinations), then by signature count, most first.
  const order = prng.shuffled(pairs).sort(
    (a, b) => Number(b.external) - Number(a.external) || b.signatureIds.length - a.signatureIds.length,
  );
  for (const pair of order) {
    const m = pair.signatureIds.length;
    const source = argmaxRoom(hosts.sourceRoom, hosts.sourcePriority, m, () => true);
    if (source < 0) throw new Error('buildOutbreakConversations: no source has room left (degree sequences do not fit)');
    const destination = argmaxRoom(hosts.destinationRoom, hosts.destinationPriority, m, (d) => {
      const isExternal = d >= INTERNAL_DESTINATIONS;
      return isExternal === pair.external && used[source * hosts.destinationRoom.length + d] === 0;
    });
    if (destination < 0) throw new Error('buildOutbreakConversations: no destination has room left (degree sequences do not fit)');
    used[source * hosts.destinationRoom.length + destination] = 1;
    hosts.sourceRoom[source] -= m;
    hosts.destinationRoom[destination] -= m;
    pair.source = source;
    pair.destination = destination;
  }
}

function argmaxRoom(room: readonly number[], priority: readonly number[], need: number, allowed: (i: number) => boolean): number {
  let best = -1;
  for (let i = 0; i < room.length; i += 1) {
    if (room[i] < need || !allowed(i)) continue;
    if (best < 0 || room[i] > room[best] || (room[i] === room[best] && priority[i] < priority[best])) best = i;
  }
  return best;
}

interface Row {
  readonly signatureId: string;
  readonly source: number;
  readonly destination: number;
  readonly external: boolean;
  otrMs: number;
  observations: number;
  /** Long DOUBLEPULSAR beacons with unbanded counts: the ones rescaled to hit the total. */
  readonly adjustable: boolean;
  firstSeen: number;
}

const HOUR_MS = 3_600_000;
const SHORT_OTR_BANDS_S = [2, 15, 60];
const SHORT_OBSERVATION_BANDS = [3, 6];
const LONG_OTR_BANDS_S = [86_100, 172_500, 345_300];
const LONG_OBSERVATION_BANDS = [288, 576, 1152];
const BAND_PROBABILITY = 0.18;

/** Log-uniform in [low, high]. */
function logUniform(prng: Prng, low: number, high: number): number {
  return Math.exp(Math.log(low) + prng.next() * (Math.log(high) - Math.log(low)));
}

function timeConversations(pairs: readonly Pair[], prng: Prng): Row[] {
  const rows: Row[] = [];
  const outboundOtrs = outboundOtrSeconds(prng);
  let outbound = 0;
  for (const pair of pairs) {
    for (const signatureId of pair.signatureIds) {
      const base = { signatureId, source: pair.source, destination: pair.destination, external: pair.external, firstSeen: 0 };
      if (pair.external) {
        const otrSeconds = outboundOtrs[outbound];
        outbound += 1;
        const perHour = logUniform(prng, 4, 14);
        rows.push({ ...base, otrMs: otrSeconds * 1000, observations: Math.max(2, Math.round((otrSeconds / 3600) * perHour)), adjustable: false });
      } else if (signatureId === WORM.id) {
        rows.push(banded(prng, { ...base, ...longSession(prng, 1, 150, 8), adjustable: false }, true));
      } else if (signatureId === DP.id) {
        if (prng.next() < 0.4) {
          const row = banded(prng, { ...base, ...longSession(prng, 8, 220, 22), adjustable: true }, true);
          rows.push(row);
        } else {
          const otrMs = Math.round(logUniform(prng, 20, 1200) * 1000);
          rows.push(banded(prng, { ...base, otrMs, observations: 2 + prng.poisson(6), adjustable: false }, false));
        }
      } else {
        rows.push(banded(prng, { ...base, ...shortSession(prng), adjustable: false }, false));
      }
    }
  }
  return rows;
}

/** Hours to days, observations roughly proportional to OTR (log-normal rate around `perHour`). */
function longSession(prng: Prng, minHours: number, maxHours: number, perHour: number): { otrMs: number; observations: number } {
  const hours = Math.min(maxHours, Math.max(minHours, Math.exp(Math.log((minHours * maxHours) ** 0.5) + 0.75 * prng.normal())));
  const rate = perHour * Math.exp(0.35 * prng.normal());
  return { otrMs: Math.round(hours * HOUR_MS), observations: Math.max(2, Math.round(hours * rate)) };
}

/** Exploit and scan alerts: 7% single alerts, most within 1–150 s, 14% re-fired hours to days later. */
function shortSession(prng: Prng): { otrMs: number; observations: number } {
  const u = prng.next();
  if (u < 0.07) return { otrMs: 0, observations: 1 };
  if (u < 0.21) return { otrMs: Math.round(logUniform(prng, 2, 150) * HOUR_MS), observations: 2 + prng.poisson(4) };
  return { otrMs: Math.round(logUniform(prng, 1, 150) * 1000), observations: 2 + prng.poisson(2.5) };
}

/**
 * Snaps some internal conversations to repeated values (the article's striations): OTR and observations
 * independently, each with probability 0.18. Single-alert conversations stay as they are.
 */
function banded(prng: Prng, row: Row, long: boolean): Row {
  if (row.observations < 2) return row;
  const snapOtr = prng.next() < BAND_PROBABILITY;
  const snapObservations = prng.next() < BAND_PROBABILITY;
  const otrBands = long ? LONG_OTR_BANDS_S : SHORT_OTR_BANDS_S;
  const observationBands = long ? LONG_OBSERVATION_BANDS : SHORT_OBSERVATION_BANDS;
  const otrBand = prng.pick(otrBands);
  const observationBand = prng.pick(observationBands);
  return {
    ...row,
    otrMs: snapOtr ? otrBand * 1000 : row.otrMs,
    observations: snapObservations ? observationBand : row.observations,
    adjustable: row.adjustable && !snapObservations,
  };
}

/**
 * The 32 outbound OTRs (seconds), all distinct: min 21,960 (6.1 h); the 16th and 17th are 420,000 and
 * 422,400, so the median is 421,200 (117 h); 15 spread below and 15 above (to 220 h).
 */
function outboundOtrSeconds(prng: Prng): number[] {
  const below = Array.from({ length: 14 }, (_, i) => Math.round((8 + i * 7.5 + prng.next() * 5) * 3600));
  const above = Array.from({ length: 15 }, (_, i) => Math.round((119 + i * 6.5 + prng.next() * 4) * 3600));
  return prng.shuffled([FACTS.internalToExternalMinOtrSeconds, ...below, 420_000, 422_400, ...above]);
}

function fitTotalObservations(rows: Row[]): void {
  const adjustable = rows.filter((r) => r.adjustable);
  const fixed = sum(rows.filter((r) => !r.adjustable).map((r) => r.observations));
  const current = sum(adjustable.map((r) => r.observations));
  const factor = (FACTS.observations - fixed) / current;
  if (!(factor > 0.2 && factor < 5)) throw new Error(`buildOutbreakConversations: rescale factor ${factor} out of range`);
  const scaled = adjustable.map((r) => r.observations * factor);
  const floors = scaled.map(Math.floor);
  let missing = FACTS.observations - fixed - sum(floors);
  const byRemainder = scaled.map((v, i) => [v - floors[i], i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of byRemainder) {
    if (missing <= 0) break;
    floors[i] += 1;
    missing -= 1;
  }
  adjustable.forEach((r, i) => {
    r.observations = Math.max(2, floors[i]);
  });
  const total = sum(rows.map((r) => r.observations));
  if (total !== FACTS.observations) throw new Error(`buildOutbreakConversations: total observations ${total}, expected ${FACTS.observations}`);
}

/** First seen uniform over the window; the longest conversation opens the window and the second longest closes it. */
function placeInWindow(rows: Row[], prng: Prng): void {
  const span = FACTS.lastAlert - FACTS.firstAlert;
  for (const row of rows) {
    if (row.otrMs > span) throw new Error(`buildOutbreakConversations: OTR ${row.otrMs} ms exceeds the window`);
    row.firstSeen = FACTS.firstAlert + Math.floor(prng.next() * (span - row.otrMs + 1));
  }
  const byLength = rows.map((r, i) => [r.otrMs, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  rows[byLength[0][1]].firstSeen = FACTS.firstAlert;
  const closing = rows[byLength[1][1]];
  closing.firstSeen = FACTS.lastAlert - closing.otrMs;
}
