import fc from 'fast-check';
import fixture from '../../test/fixtures/pandas/conversations.json';
import type { Conversation } from '../model/conversation';
import type { OtrQuantiles } from '../model/conversation_summary';
import { DIRECTIONS } from '../model/direction';
import { toConversationTable } from '../model/conversation_table';
import { summarizeConversations, summarizeConversationTable } from './summarize_conversations';

const conversations = Object.freeze(fixture.conversations.map((c) => Object.freeze({ ...c }))) as readonly Conversation[];

function expectQuantilesClose(actual: OtrQuantiles | null, expected: OtrQuantiles | null): void {
  if (expected === null || actual === null) {
    expect(actual).toEqual(expected);
    return;
  }
  expect(actual.count).toBe(expected.count);
  for (const key of ['min', 'q1', 'median', 'q3', 'max'] as const) {
    expect(Math.abs(actual[key] - expected[key])).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected[key])));
  }
}

describe('summarizeConversations', () => {
  const summary = summarizeConversations(conversations, { topN: fixture.topN });
  const expected = fixture.summary;

  it('states the counts pandas computes, exactly', () => {
    expect(summary.conversations).toBe(expected.conversations);
    expect(summary.directions).toEqual(expected.directions);
    expect(summary.uniquePairs).toEqual(expected.uniquePairs);
    expect(summary.uniqueSources).toBe(expected.uniqueSources);
    expect(summary.uniqueDestinations).toBe(expected.uniqueDestinations);
    expect(summary.totalObservations).toBe(expected.totalObservations);
  });

  it('lists the top sources and destinations with ties broken by IP, and says how many ties were cut', () => {
    expect(summary.topSources).toEqual(expected.topSources);
    expect(summary.topSourcesTiesBeyondCutoff).toBe(expected.topSourcesTiesBeyondCutoff);
    expect(summary.topDestinations).toEqual(expected.topDestinations);
    expect(summary.topDestinationsTiesBeyondCutoff).toBe(expected.topDestinationsTiesBeyondCutoff);
    // The fixture has a tie at the cut, so the tie rule is exercised.
    expect(expected.topDestinationsTiesBeyondCutoff).toBeGreaterThan(0);
  });

  it('gives per-signature conversations, unique pairs, shares, directions and OTR quantiles', () => {
    expect(summary.signatures.map((s) => s.signatureId)).toEqual(expected.signatures.map((s) => s.signatureId));
    summary.signatures.forEach((actual, i) => {
      const { otrSeconds, ...counts } = expected.signatures[i];
      const { otrSeconds: actualOtr, ...actualCounts } = actual;
      expect(actualCounts).toEqual(counts);
      expectQuantilesClose(actualOtr, otrSeconds);
    });
  });

  it('gives OTR quantiles per direction as numpy computes them', () => {
    for (const direction of DIRECTIONS) {
      expectQuantilesClose(summary.otrSecondsByDirection[direction], expected.otrSecondsByDirection[direction]);
    }
  });

  it('summarizes nothing as zeros and nulls', () => {
    const empty = summarizeConversations([]);
    expect(empty.conversations).toBe(0);
    expect(empty.uniquePairs).toEqual({ count: 0, share: 0 });
    expect(empty.topSources).toEqual([]);
    expect(empty.otrSecondsByDirection.internal_to_external).toBeNull();
  });

  it('rejects a bad topN and an unknown direction', () => {
    expect(() => summarizeConversations([], { topN: -1 })).toThrow('summarizeConversations requires topN to be a non-negative integer, got -1');
    expect(() => summarizeConversations([{ ...conversations[0], direction: 'inbound' as Conversation['direction'] }])).toThrow(
      'a conversation table requires a direction; row 0 has inbound',
    );
  });

  it('keeps its counts consistent with each other on any sample, without mutating it', () => {
    fc.assert(
      fc.property(fc.subarray(conversations as Conversation[]), fc.integer({ min: 0, max: 8 }), (sample, topN) => {
        const frozen = Object.freeze([...sample]);
        const s = summarizeConversations(frozen, { topN });
        const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
        expect(sum(DIRECTIONS.map((d) => s.directions[d]))).toBe(s.conversations);
        expect(sum(s.signatures.map((x) => x.conversations))).toBe(s.conversations);
        expect(sum(s.signatures.map((x) => x.observations))).toBe(s.totalObservations);
        expect(s.uniquePairs.count).toBeLessThanOrEqual(s.conversations);
        expect(Math.max(s.uniqueSources, s.uniqueDestinations)).toBeLessThanOrEqual(s.uniquePairs.count);
        expect(s.topSources.length).toBe(Math.min(topN, s.uniqueSources));
        for (const signature of s.signatures) {
          expect(sum(DIRECTIONS.map((d) => signature.directions[d]))).toBe(signature.conversations);
          expect(signature.otrSeconds.count).toBe(signature.conversations);
        }
        for (const d of DIRECTIONS) expect(s.otrSecondsByDirection[d]?.count ?? 0).toBe(s.directions[d]);
        expect(frozen).toEqual(sample);
      }),
      { numRuns: 50 },
    );
  });

  it('lists the same top addresses and cut ties as ranking every address, on samples full of ties', () => {
    const ip = fc.constantFrom('10.0.0.1', '10.0.0.2', '10.0.0.10', '8.8.8.8', '8.8.4.4', '2001:db8::1', '2001:db8::a', '192.168.0.9');
    const row = fc.record({ sourceIp: ip, destinationIp: ip });
    const rank = (addresses: readonly string[], topN: number): [{ ip: string; conversations: number }[], number] => {
      const counts = new Map<string, number>();
      for (const address of addresses) counts.set(address, (counts.get(address) ?? 0) + 1);
      const ranked = [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
      const top = ranked.slice(0, topN).map(([address, conversations]) => ({ ip: address, conversations }));
      const last = top.length > 0 ? top[top.length - 1].conversations : undefined;
      return [top, ranked.slice(topN).filter(([, count]) => count === last).length];
    };
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), fc.integer({ min: 0, max: 6 }), (rows, topN) => {
        const list: Conversation[] = rows.map((r, i) => ({ ...conversations[0], ...r, signatureId: String(i % 3), otrSeconds: i }));
        const s = summarizeConversations(list, { topN });
        expect([s.topSources, s.topSourcesTiesBeyondCutoff]).toEqual(rank(rows.map((r) => r.sourceIp), topN));
        expect([s.topDestinations, s.topDestinationsTiesBeyondCutoff]).toEqual(rank(rows.map((r) => r.destinationIp), topN));
      }),
      { numRuns: 300 },
    );
  });

  it('counts a pair once however many signatures and rows repeat it, globally and per signature', () => {
    const ip = fc.constantFrom('10.0.0.1', '10.0.0.2', '8.8.8.8', '2001:db8::1');
    const row = fc.record({ signatureId: fc.constantFrom('1', '2', '3'), sourceIp: ip, destinationIp: ip });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), (rows) => {
        const list: Conversation[] = rows.map((r, i) => ({ ...conversations[0], ...r, signature: `s${r.signatureId}`, otrSeconds: i }));
        const s = summarizeConversations(list);
        const pairs = (xs: readonly { sourceIp: string; destinationIp: string }[]) => new Set(xs.map((x) => `${x.sourceIp} ${x.destinationIp}`)).size;
        expect(s.uniquePairs.count).toBe(pairs(rows));
        for (const signature of s.signatures) expect(signature.uniquePairs).toBe(pairs(rows.filter((r) => r.signatureId === signature.signatureId)));
        expect(summarizeConversationTable(toConversationTable(list))).toEqual(s);
      }),
      { numRuns: 100 },
    );
  });
});
