import { createHash } from 'node:crypto';
import { computeConversations, summarizeConversations } from '../../../common';
import type { AlertEvent } from '../../../common/model/alert_event';
import { createAlertLineSerializer } from '../formats/alert_formats';
import { buildOutbreakConversations } from './build_outbreak_conversations';
import { buildScaledOutbreakPlan } from './build_scaled_outbreak_plan';
import { conversationPlanFromTable, totalObservations } from './conversation_plan';
import { generateOutbreakEvents, type SampleAlertEvent } from './generate_outbreak_events';
import { OUTBREAK_FACTS as FACTS } from './outbreak_spec';

const table = buildOutbreakConversations();
const plan = conversationPlanFromTable(table);

function toAlertEvent(e: SampleAlertEvent): AlertEvent {
  return { timestamp: e.timestamp, signatureId: e.signature.id, signature: e.signature.name, sourceIp: e.sourceIp, destinationIp: e.destinationIp };
}

function hashLines(events: Iterable<SampleAlertEvent>, limit: number): string {
  const serialize = createAlertLineSerializer('eve');
  const hash = createHash('sha256');
  let n = 0;
  for (const e of events) {
    if (n >= limit) break;
    hash.update(serialize(e));
    hash.update('\n');
    n += 1;
  }
  return hash.digest('hex');
}

describe('generateOutbreakEvents', () => {
  it('expands the table into 2,461,337 time-ordered alerts whose conversations and summary are the published ones', () => {
    let previous = -Infinity;
    let unordered = 0;
    const ids = new Set<string>();
    function* events(): Generator<AlertEvent> {
      for (const e of generateOutbreakEvents(plan, { seed: 1, idPrefix: 'wc' })) {
        if (e.timestamp < previous) unordered += 1;
        previous = e.timestamp;
        if (ids.size < 200_000) ids.add(e.id);
        yield toAlertEvent(e);
      }
    }
    const { conversations, problems } = computeConversations(events());
    expect(problems).toEqual([]);
    expect(unordered).toBe(0);
    expect(ids.size).toBe(200_000);

    // Every conversation comes back exactly: first/last seen, OTR, observations, direction.
    const key = (c: { signatureId: string; sourceIp: string; destinationIp: string }) => `${c.signatureId}|${c.sourceIp}|${c.destinationIp}`;
    const expected = new Map(table.map((c) => [key(c), c]));
    expect(conversations).toHaveLength(table.length);
    const mismatches = conversations.filter((c) => {
      const e = expected.get(key(c));
      return !e || e.firstSeen !== c.firstSeen || e.lastSeen !== c.lastSeen || e.observations !== c.observations || e.direction !== c.direction;
    });
    expect(mismatches).toEqual([]);

    const summary = summarizeConversations(conversations);
    expect(summary.conversations).toBe(4818);
    expect(summary.totalObservations).toBe(FACTS.observations);
    expect(summary.directions.internal_to_external).toBe(32);
    expect(summary.uniquePairs.count).toBe(4010);
    expect(summary.uniqueSources).toBe(234);
    expect(summary.uniqueDestinations).toBe(469);
    expect(summary.signatures).toHaveLength(5);
    const doublepulsar = summary.signatures.find((s) => s.signatureId === '2024216');
    expect(doublepulsar?.conversations).toBe(3280);
  }, 180_000);

  it('is deterministic: same seed, same bytes; another seed, other bytes', () => {
    const a = hashLines(generateOutbreakEvents(plan, { seed: 1, idPrefix: 'wc' }), 100_000);
    const b = hashLines(generateOutbreakEvents(plan, { seed: 1, idPrefix: 'wc' }), 100_000);
    const c = hashLines(generateOutbreakEvents(plan, { seed: 2, idPrefix: 'wc' }), 100_000);
    expect(b).toBe(a);
    expect(c).not.toBe(a);
  });

  it('puts port 445 on the server side: the source for response signatures, the destination otherwise', () => {
    let checked = 0;
    for (const e of generateOutbreakEvents(plan, { seed: 1, idPrefix: 'wc' })) {
      expect(e.signature.fromServer ? e.sourcePort : e.destinationPort).toBe(445);
      expect(e.flowId).toBeLessThan(2 ** 52);
      checked += 1;
      if (checked === 5000) break;
    }
    expect(checked).toBe(5000);
  });

  it('rejects a one-observation conversation that spans time', () => {
    const bad = conversationPlanFromTable([{ ...table[0], observations: 1, lastSeen: table[0].firstSeen + 1000 }]);
    expect(() => [...generateOutbreakEvents(bad, { seed: 1, idPrefix: 'x' })]).toThrow('conversation 0 has one observation but a non-zero OTR');
  });
});

describe('buildScaledOutbreakPlan', () => {
  it('builds 1,002,144 conversations and exactly 10,000,000 alerts on disjoint addresses per tile', () => {
    const scaled = buildScaledOutbreakPlan(table, { tiles: 208, observations: 10_000_000, seed: 1 });
    expect(scaled.count).toBe(1_002_144);
    expect(totalObservations(scaled)).toBe(10_000_000);
    expect(new Set(scaled.sourceIp).size).toBe(234 * 208);
    expect(new Set(scaled.destinationIp).size).toBe(469 * 208);
    expect(scaled.direction.filter((d) => d === 'internal_to_external')).toHaveLength(32 * 208);
    for (let i = 0; i < scaled.count; i += 1) {
      if (scaled.observations[i] < (scaled.lastSeen[i] > scaled.firstSeen[i] ? 2 : 1)) throw new Error(`conversation ${i} has too few observations`);
    }
  }, 60_000);

  it('expands a small tiling into exactly the planned conversations', () => {
    const small = buildScaledOutbreakPlan(table, { tiles: 3, observations: 60_000, seed: 1 });
    const { conversations } = computeConversations(
      (function* () {
        for (const e of generateOutbreakEvents(small, { seed: 1, idPrefix: 'wcx' })) yield toAlertEvent(e);
      })(),
    );
    const summary = summarizeConversations(conversations);
    expect(summary.conversations).toBe(3 * 4818);
    expect(summary.totalObservations).toBe(60_000);
    expect(summary.uniquePairs.count).toBe(3 * 4010);
    expect(summary.directions.internal_to_external).toBe(3 * 32);
  });

  it('refuses totals below the per-conversation minimum', () => {
    expect(() => buildScaledOutbreakPlan(table, { tiles: 2, observations: 100, seed: 1 })).toThrow(/observations must be at least/);
  });
});
