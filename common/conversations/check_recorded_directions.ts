import type { Direction } from '../model/direction';
import type {
  RecordedDirectionCheck,
  RecordedDirectionDisagreementKind,
  RecordedDirectionExample,
} from '../model/recorded_direction_check';
import { parseRecordedDirection } from '../network/parse_recorded_direction';

export interface CheckRecordedDirectionsInput {
  /** The field the values come from, as the mapping names it (for the report). */
  readonly field: string;
  /** Per conversation: the direction from the home networks. */
  readonly computed: readonly Direction[];
  /**
   * Per conversation: the distinct values its events hold in the field, most frequent first (an engine
   * collects the top one or two); empty when none does. A function, so a million conversations need no array each.
   */
  readonly recordedValuesAt: (row: number) => readonly string[];
  /** How many disagreeing conversations to give as examples (default 5). */
  readonly maxExamples?: number;
}

/**
 * Compares each conversation's recorded direction with the one from the home networks
 * (RecordedDirectionCheck). A conversation's recorded direction is its most frequent value that
 * parseRecordedDirection recognises; it is compared when there is one, and disagrees when it differs from
 * the home networks' direction. Two different recognised values in one conversation count as `mixed` (and
 * the most frequent is still the one compared). Unrecognised values are counted per value, never guessed.
 * Ties in the lists are broken by name. Inputs are not mutated. Cost: O(n) with one parse per distinct value.
 *
 * @example
 * checkRecordedDirections({ field: 'network.direction', computed: ['internal_to_internal'], recordedValuesAt: () => ['outbound'] })
 * // → compared 1, disagreeing 1, disagreementsByKind [{ recorded: 'internal_to_external', computed: 'internal_to_internal', conversations: 1 }]
 */
export function checkRecordedDirections({ field, computed, recordedValuesAt, maxExamples = 5 }: CheckRecordedDirectionsInput): RecordedDirectionCheck {
  const parsed = new Map<string, Direction | null>();
  const parse = (value: string): Direction | null => {
    let direction = parsed.get(value);
    if (direction === undefined) {
      direction = parseRecordedDirection(value);
      parsed.set(value, direction);
    }
    return direction;
  };
  const recorded: (Direction | null)[] = new Array<Direction | null>(computed.length);
  const byKind = new Map<string, { recorded: Direction; computed: Direction; conversations: number }>();
  const unrecognized = new Map<string, number>();
  const examples: RecordedDirectionExample[] = [];
  let compared = 0;
  let disagreeing = 0;
  let mixed = 0;
  let notRecorded = 0;
  for (let row = 0; row < computed.length; row += 1) {
    const values = recordedValuesAt(row);
    if (values.length === 0) notRecorded += 1;
    let first: Direction | null = null;
    let firstValue = '';
    let isMixed = false;
    for (const value of values) {
      const direction = parse(value);
      if (direction === null) {
        unrecognized.set(value, (unrecognized.get(value) ?? 0) + 1);
      } else if (first === null) {
        first = direction;
        firstValue = value;
      } else if (direction !== first) {
        isMixed = true;
      }
    }
    recorded[row] = first;
    if (first === null) continue;
    compared += 1;
    if (isMixed) mixed += 1;
    const home = computed[row];
    if (first === home) continue;
    disagreeing += 1;
    const key = `${first}>${home}`;
    const kind = byKind.get(key);
    if (kind === undefined) byKind.set(key, { recorded: first, computed: home, conversations: 1 });
    else kind.conversations += 1;
    if (examples.length < maxExamples) examples.push({ row, recordedValue: firstValue, recorded: first, computed: home });
  }
  const kinds: RecordedDirectionDisagreementKind[] = [...byKind.values()].sort(
    (a, b) => b.conversations - a.conversations || compareText(a.recorded, b.recorded) || compareText(a.computed, b.computed),
  );
  return {
    field,
    recorded,
    compared,
    agreeing: compared - disagreeing,
    disagreeing,
    mixed,
    notRecorded,
    disagreementsByKind: kinds,
    examples,
    unrecognized: [...unrecognized]
      .map(([value, conversations]) => ({ value, conversations }))
      .sort((a, b) => b.conversations - a.conversations || compareText(a.value, b.value)),
  };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
