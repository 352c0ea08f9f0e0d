import { createHash } from 'node:crypto';
import ipaddr from 'ipaddr.js';
import { quantileSorted } from 'simple-statistics';
import type { Conversation } from '../../../common/model/conversation';
import { buildOutbreakConversations } from './build_outbreak_conversations';
import { CONVERSATIONS_PER_SIGNATURE, OUTBREAK_FACTS as FACTS } from './outbreak_spec';

const table = buildOutbreakConversations();

function countBy(rows: readonly Conversation[], key: (c: Conversation) => string): number[] {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(key(row), (counts.get(key(row)) ?? 0) + 1);
  return [...counts.values()].sort((a, b) => b - a);
}

function isPrivate(ip: string): boolean {
  return ['private', 'carrierGradeNat', 'linkLocal', 'loopback'].includes(ipaddr.parse(ip).range());
}

describe('buildOutbreakConversations', () => {
  it('is deterministic: the same seed gives the same table, another seed a different one', () => {
    const hash = (rows: readonly Conversation[]) => createHash('sha256').update(JSON.stringify(rows)).digest('hex');
    expect(hash(buildOutbreakConversations())).toBe(hash(table));
    expect(hash(buildOutbreakConversations(7))).not.toBe(hash(table));
  });

  it('has 4,818 conversations over 5 signatures, 3,280 (68.1%) of them 2024216', () => {
    expect(table).toHaveLength(FACTS.conversations);
    const perSignature = Object.fromEntries(
      [...new Set(table.map((c) => c.signatureId))].map((id) => [id, table.filter((c) => c.signatureId === id).length]),
    );
    expect(perSignature).toEqual(CONVERSATIONS_PER_SIGNATURE);
    expect(((100 * perSignature['2024216']) / table.length).toFixed(1)).toBe('68.1');
  });

  it('has 2,461,337 observations between 2018-04-26 and 2018-05-05', () => {
    expect(table.reduce((a, c) => a + c.observations, 0)).toBe(2_461_337);
    expect(new Date(Math.min(...table.map((c) => c.firstSeen))).toISOString()).toBe('2018-04-26T07:12:41.000Z');
    expect(new Date(Math.max(...table.map((c) => c.lastSeen))).toISOString()).toBe('2018-05-05T19:48:03.000Z');
    expect(table.filter((c) => c.lastSeen - c.firstSeen !== Math.round(c.otrSeconds * 1000))).toEqual([]);
    expect(table.filter((c) => c.observations < 2 && c.otrSeconds !== 0)).toEqual([]);
  });

  it('has 4,010 (83.2%) unique pairs, 234 sources, 469 destinations, and the published top fives', () => {
    const pairs = new Set(table.map((c) => `${c.sourceIp}>${c.destinationIp}`));
    expect(pairs.size).toBe(4010);
    expect(((100 * pairs.size) / table.length).toFixed(1)).toBe('83.2');
    const sources = countBy(table, (c) => c.sourceIp);
    const destinations = countBy(table, (c) => c.destinationIp);
    expect(sources).toHaveLength(234);
    expect(destinations).toHaveLength(469);
    expect(sources.slice(0, 5).every((n) => n >= 63 && n <= 68)).toBe(true);
    expect(sources[5]).toBeLessThan(63);
    expect(destinations.slice(0, 5).every((n) => n >= 150 && n <= 215)).toBe(true);
    expect(destinations[5]).toBeLessThan(150);
  });

  it('has exactly 32 internal→external conversations, all 2830018, min OTR 6.1 h and median 117 h', () => {
    expect(table.filter((c) => !isPrivate(c.sourceIp))).toEqual([]);
    expect(
      table.filter((c) => c.direction !== (isPrivate(c.destinationIp) ? 'internal_to_internal' : 'internal_to_external')),
    ).toEqual([]);
    const outbound = table.filter((c) => c.direction === 'internal_to_external');
    expect(outbound).toHaveLength(32);
    expect(new Set(outbound.map((c) => c.signatureId))).toEqual(new Set(['2830018']));
    expect(table.some((c) => c.signatureId === '2830018' && c.direction === 'internal_to_internal')).toBe(true);
    const otrHours = outbound.map((c) => c.otrSeconds / 3600).sort((a, b) => a - b);
    expect(otrHours[0]).toBeCloseTo(6.1, 10);
    expect(quantileSorted(otrHours, 0.5)).toBeCloseTo(117, 10);
  });

  it('has short sessions for three signatures, two separated clusters for 2024216, and many 1.5×IQR outliers', () => {
    const otrOf = (id: string) => table.filter((c) => c.signatureId === id).map((c) => c.otrSeconds).sort((a, b) => a - b);
    for (const id of FACTS.shortSessionSignatureIds) expect(quantileSorted(otrOf(id), 0.75)).toBeLessThanOrEqual(120);
    for (const id of ['2024216', '2830018']) expect(quantileSorted(otrOf(id), 0.75)).toBeGreaterThan(3600);

    // Two clusters in the log-log plane: an empty band of ln(OTR hours) with hundreds of conversations each side.
    const lnHours = otrOf('2024216').filter((s) => s > 0).map((s) => Math.log(s / 3600));
    const below = lnHours.filter((v) => v < -1).length;
    const above = lnHours.filter((v) => v > 2).length;
    expect(below + above).toBe(lnHours.length);
    expect(Math.min(below, above)).toBeGreaterThan(1000);

    let outliers = 0;
    for (const id of Object.keys(CONVERSATIONS_PER_SIGNATURE)) {
      const otr = otrOf(id);
      const q1 = quantileSorted(otr, 0.25);
      const q3 = quantileSorted(otr, 0.75);
      outliers += otr.filter((v) => v > q3 + 1.5 * (q3 - q1) || v < q1 - 1.5 * (q3 - q1)).length;
    }
    expect(outliers).toBeGreaterThan(400);
  });

  it('shows banding (values repeated by many conversations) along OTR and observations, internal facet only', () => {
    const internal = table.filter((c) => c.direction === 'internal_to_internal');
    // Values no random draw would repeat: multi-hour OTRs and observation counts above 100.
    const otrRepeats = countBy(internal.filter((c) => c.otrSeconds > 3600), (c) => String(c.otrSeconds));
    const observationRepeats = countBy(internal.filter((c) => c.observations > 100), (c) => String(c.observations));
    expect(otrRepeats.slice(0, 3).every((n) => n >= 50)).toBe(true);
    expect(observationRepeats.slice(0, 3).every((n) => n >= 50)).toBe(true);
    const outbound = table.filter((c) => c.direction === 'internal_to_external');
    expect(new Set(outbound.map((c) => c.otrSeconds)).size).toBe(32);
  });
});
