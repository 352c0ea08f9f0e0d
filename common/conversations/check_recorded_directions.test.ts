import type { Direction } from '../model/direction';
import { checkRecordedDirections } from './check_recorded_directions';

const check = (computed: Direction[], recorded: string[][], maxExamples?: number) =>
  checkRecordedDirections({
    field: 'network.direction',
    computed: Object.freeze([...computed]),
    recordedValuesAt: (row) => Object.freeze(recorded[row]),
    ...(maxExamples !== undefined ? { maxExamples } : {}),
  });

describe('checkRecordedDirections', () => {
  it('counts agreements, disagreements by kind and conversations with nothing recorded', () => {
    const result = check(
      ['internal_to_internal', 'internal_to_external', 'internal_to_internal', 'internal_to_internal', 'external_to_internal', 'internal_to_external'],
      [['internal'], ['outbound'], ['outbound'], ['outbound'], [], ['inbound']],
    );
    expect(result).toMatchObject({ field: 'network.direction', compared: 5, agreeing: 2, disagreeing: 3, mixed: 0, notRecorded: 1, unrecognized: [] });
    expect(result.recorded).toEqual(['internal_to_internal', 'internal_to_external', 'internal_to_external', 'internal_to_external', null, 'external_to_internal']);
    expect(result.disagreementsByKind).toEqual([
      { recorded: 'internal_to_external', computed: 'internal_to_internal', conversations: 2 },
      { recorded: 'external_to_internal', computed: 'internal_to_external', conversations: 1 },
    ]);
    expect(result.examples).toEqual([
      { row: 2, recordedValue: 'outbound', recorded: 'internal_to_external', computed: 'internal_to_internal' },
      { row: 3, recordedValue: 'outbound', recorded: 'internal_to_external', computed: 'internal_to_internal' },
      { row: 5, recordedValue: 'inbound', recorded: 'external_to_internal', computed: 'internal_to_external' },
    ]);
  });

  it('compares the most frequent recognised value, counts unrecognised values and mixed recordings', () => {
    const result = check(
      ['internal_to_external', 'internal_to_external', 'internal_to_internal', 'internal_to_internal'],
      [['unknown', 'outbound'], ['ingress'], ['internal', 'outbound'], ['ingress', 'unknown']],
    );
    expect(result.recorded).toEqual(['internal_to_external', null, 'internal_to_internal', null]);
    expect(result).toMatchObject({ compared: 2, agreeing: 2, disagreeing: 0, mixed: 1, notRecorded: 0 });
    expect(result.unrecognized).toEqual([
      { value: 'ingress', conversations: 2 },
      { value: 'unknown', conversations: 2 },
    ]);
  });

  it('gives at most maxExamples examples and nothing for an empty table', () => {
    const many = check(Array<Direction>(8).fill('internal_to_internal'), Array.from({ length: 8 }, () => ['external']), 2);
    expect(many.disagreeing).toBe(8);
    expect(many.examples.map((example) => example.row)).toEqual([0, 1]);
    expect(check([], [])).toMatchObject({ compared: 0, disagreeing: 0, notRecorded: 0, recorded: [], examples: [], disagreementsByKind: [] });
  });
});
