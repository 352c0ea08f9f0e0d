import fc from 'fast-check';
import fixture from '../../test/fixtures/pandas/conversations.json';
import type { AlertEvent } from '../model/alert_event';
import { HomeNetworksError, parseHomeNetworks } from '../network/home_networks';
import { computeConversations } from './compute_conversations';

const deepFreeze = <T extends object>(items: readonly T[]): readonly T[] => Object.freeze(items.map((item) => Object.freeze({ ...item })));

describe('computeConversations', () => {
  it('matches the pandas groupby on generated IPv4, IPv6 and IPv4-mapped events', () => {
    const events = deepFreeze(fixture.events as AlertEvent[]);
    const { conversations, problems } = computeConversations(events, { homeNetworks: fixture.homeNetworks });
    expect(problems).toEqual([]);
    expect(conversations).toEqual(fixture.conversations);
    // The fixture exercises what it claims to.
    expect(conversations.some((c) => c.observations === 1 && c.otrSeconds === 0)).toBe(true);
    expect(conversations.some((c) => c.sourceIp.includes(':') || c.destinationIp.includes(':'))).toBe(true);
    expect(conversations.some((c) => c.sourceIp.startsWith('::ffff:') || c.destinationIp.startsWith('::ffff:'))).toBe(true);
  });

  it('does not depend on event order and never mutates the events', () => {
    const original = fixture.events.slice(0, 400) as AlertEvent[];
    const expected = computeConversations(original).conversations;
    fc.assert(
      fc.property(fc.shuffledSubarray(original, { minLength: original.length, maxLength: original.length }), (shuffled) => {
        const frozen = deepFreeze(shuffled);
        expect(computeConversations(frozen).conversations).toEqual(expected);
      }),
      { numRuns: 25 },
    );
  });

  it('counts observations, first/last seen and OTR in seconds from millisecond timestamps', () => {
    const events: AlertEvent[] = [
      { timestamp: 5_000, signatureId: '1', signature: 'old name', sourceIp: '10.0.0.1', destinationIp: '8.8.8.8' },
      { timestamp: 1_500, signatureId: '1', signature: 'old name', sourceIp: '10.0.0.1', destinationIp: '8.8.8.8' },
      { timestamp: 9_250, signatureId: '1', signature: 'new name', sourceIp: '10.0.0.1', destinationIp: '8.8.8.8' },
      { timestamp: 7_000, signatureId: '1', signature: 'x', sourceIp: '8.8.8.8', destinationIp: '10.0.0.1' },
    ];
    expect(computeConversations(events).conversations).toEqual([
      {
        signatureId: '1',
        signature: 'new name',
        sourceIp: '10.0.0.1',
        destinationIp: '8.8.8.8',
        firstSeen: 1_500,
        lastSeen: 9_250,
        otrSeconds: 7.75,
        observations: 3,
        direction: 'internal_to_external',
      },
      {
        signatureId: '1',
        signature: 'x',
        sourceIp: '8.8.8.8',
        destinationIp: '10.0.0.1',
        firstSeen: 7_000,
        lastSeen: 7_000,
        otrSeconds: 0,
        observations: 1,
        direction: 'external_to_internal',
      },
    ]);
  });

  it('uses the given home networks', () => {
    const events: AlertEvent[] = [{ timestamp: 0, signatureId: '1', signature: 's', sourceIp: '203.0.113.4', destinationIp: '10.0.0.1' }];
    expect(computeConversations(events, { homeNetworks: parseHomeNetworks(['203.0.113.0/24']) }).conversations[0].direction).toBe(
      'internal_to_external',
    );
    expect(() => computeConversations(events, { homeNetworks: ['203.0.113.0/33'] })).toThrow(HomeNetworksError);
  });

  it('reports bad events and invalid addresses with counts and examples, and leaves them out', () => {
    const ok = { signatureId: '7', signature: 's', sourceIp: '10.0.0.1', destinationIp: '10.0.0.2' };
    const events = [
      { ...ok, timestamp: 1, id: 'good' },
      { ...ok, timestamp: Number.NaN, id: 'nan-time' },
      { ...ok, timestamp: 2, signatureId: '' },
      { ...ok, timestamp: 3, sourceIp: 'host-a' },
      { ...ok, timestamp: 4, sourceIp: 'host-a' },
      { ...ok, timestamp: 5, sourceIp: 'host-a', signatureId: '8' },
      { ...ok, timestamp: 6, destinationIp: undefined as unknown as string, id: 'no-dst' },
    ] as AlertEvent[];
    const { conversations, problems } = computeConversations(events);
    expect(conversations.map((c) => c.observations)).toEqual([1]);
    expect(problems).toEqual([
      { kind: 'invalid_event', field: 'timestamp', reason: 'not a finite epoch-millisecond time', events: 1, examples: ['nan-time'] },
      { kind: 'invalid_event', field: 'signatureId', reason: 'missing signature id', events: 1, examples: ['#2'] },
      { kind: 'invalid_event', field: 'destinationIp', reason: 'missing destination IP', events: 1, examples: ['no-dst'] },
      {
        kind: 'invalid_address',
        field: 'sourceIp',
        value: 'host-a',
        reason: 'not a valid IPv4 or IPv6 address',
        conversations: 2,
        observations: 3,
      },
    ]);
  });

  it('accepts any iterable, e.g. a generator', () => {
    function* stream(): Generator<AlertEvent> {
      for (let i = 0; i < 10; i += 1) {
        yield { timestamp: i * 1000, signatureId: String(i % 2), signature: 's', sourceIp: '10.0.0.1', destinationIp: 'fd00::1' };
      }
    }
    expect(computeConversations(stream()).conversations.map((c) => [c.signatureId, c.observations, c.otrSeconds])).toEqual([
      ['0', 5, 8],
      ['1', 5, 8],
    ]);
  });
});
