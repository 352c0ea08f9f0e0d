import { DIRECTIONS } from '../model/direction';
import { parseRecordedDirection } from './parse_recorded_direction';

describe('parseRecordedDirection', () => {
  it('reads the ECS vocabulary as the four directions', () => {
    expect(['internal', 'outbound', 'inbound', 'external'].map(parseRecordedDirection)).toEqual([
      'internal_to_internal',
      'internal_to_external',
      'external_to_internal',
      'external_to_external',
    ]);
  });

  it('takes our own values as they are, whatever the case and surrounding spaces', () => {
    expect(DIRECTIONS.map(parseRecordedDirection)).toEqual([...DIRECTIONS]);
    expect(parseRecordedDirection(' Outbound ')).toBe('internal_to_external');
  });

  it('has no direction for interface-relative, unknown or flow-level values', () => {
    for (const value of ['ingress', 'egress', 'unknown', 'to_server', 'to_client', '', 'constructor', 'toString']) {
      expect(parseRecordedDirection(value)).toBeNull();
    }
  });
});
