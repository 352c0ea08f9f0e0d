import { bucketStart, fillBuckets, parseConversationGroupRows, parseValueCountRows } from './parse_response';

describe('parse_response', () => {
  it('turns group rows (BIGINT as bigint) into ConversationGroups', () => {
    expect(
      parseConversationGroupRows([
        { signature_id: '2024216', signature: 'ET EXPLOIT DOUBLEPULSAR', source_ip: '10.0.0.1', destination_ip: '8.8.8.8', first_seen: 1000n, last_seen: 5000n, observations: 3n },
      ]),
    ).toEqual([{ signatureId: '2024216', signature: 'ET EXPLOIT DOUBLEPULSAR', sourceIp: '10.0.0.1', destinationIp: '8.8.8.8', firstSeen: 1000, lastSeen: 5000, observations: 3 }]);
  });

  it('keeps the recorded directions when the query asked for them, none for a group that records none', () => {
    const row = { signature_id: '1', signature: 's', source_ip: '10.0.0.1', destination_ip: '8.8.8.8', first_seen: 1n, last_seen: 2n, observations: 2n };
    const [recorded, none] = parseConversationGroupRows([
      { ...row, recorded_directions: ['outbound', 'unknown'] },
      { ...row, recorded_directions: null },
    ]);
    expect(recorded.recordedDirections).toEqual(['outbound', 'unknown']);
    expect(none.recordedDirections).toEqual([]);
    expect(parseConversationGroupRows([row])[0]).not.toHaveProperty('recordedDirections');
  });

  it('fails loudly on a row missing a column instead of yielding NaN', () => {
    expect(() => parseConversationGroupRows([{ signature_id: '1', source_ip: 'a', destination_ip: 'b', first_seen: 1n, observations: 1n }])).toThrow(
      'column "last_seen" is not a number',
    );
  });

  it('aligns bucket starts as date_histogram does, before 1970 too', () => {
    expect(bucketStart(Date.UTC(2024, 3, 19, 0, 14, 59, 999), 900_000)).toBe(Date.UTC(2024, 3, 19, 0, 0));
    expect(bucketStart(Date.UTC(2024, 3, 19, 0, 15), 900_000)).toBe(Date.UTC(2024, 3, 19, 0, 15));
    expect(bucketStart(-1, 1000)).toBe(-1000);
    expect(bucketStart(59_999, 60_000, 30_000)).toBe(30_000);
  });

  it('fills empty buckets with 0 between the bounds, and only between data without bounds', () => {
    const rows = [
      { start: 2000n, value: 5n },
      { start: 4000n, value: 1 },
    ];
    expect(fillBuckets(rows, 1000)).toEqual([
      { start: 2000, value: 5 },
      { start: 3000, value: 0 },
      { start: 4000, value: 1 },
    ]);
    expect(fillBuckets(rows, 1000, { first: 1000, last: 5000 }).map((bucket) => bucket.value)).toEqual([0, 5, 0, 1, 0]);
    expect(fillBuckets([], 1000)).toEqual([]);
  });

  it('reads value counts and the number of distinct values', () => {
    expect(parseValueCountRows([{ value: 'PUT', count: 1n, distinct_values: 9n }])).toEqual({ values: [{ value: 'PUT', count: 1 }], distinctValues: 9 });
    expect(parseValueCountRows([])).toEqual({ values: [], distinctValues: 0 });
  });
});
