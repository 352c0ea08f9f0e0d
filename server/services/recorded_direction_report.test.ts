import { checkRecordedDirections } from '../../common/conversations/check_recorded_directions';
import type { Direction } from '../../common/model/direction';
import { toRecordedDirectionReport } from './recorded_direction_report';

const keyRows = [
  { signatureId: '1', sourceIp: '10.0.0.1', destinationIp: '8.8.8.8' },
  { signatureId: '1', sourceIp: '10.0.0.2', destinationIp: '10.0.0.3' },
  { signatureId: '2', sourceIp: '8.8.8.8', destinationIp: '10.0.0.1' },
];
const keys = (row: number) => keyRows[row];
const computed: Direction[] = ['internal_to_external', 'internal_to_internal', 'external_to_internal'];

describe('toRecordedDirectionReport', () => {
  it('names each disagreeing conversation in the body and warns with the counts, the kinds and an example', () => {
    const check = checkRecordedDirections({ field: 'network.direction', computed, recordedValuesAt: (row) => [['outbound'], ['outbound'], ['inbound']][row] });
    const { body, warnings } = toRecordedDirectionReport(check, keys);
    expect(body).toMatchObject({ field: 'network.direction', compared: 3, agreeing: 2, disagreeing: 1, mixed: 0, not_recorded: 0 });
    expect(body.examples).toEqual([
      { row: 1, signature_id: '1', source_ip: '10.0.0.2', destination_ip: '10.0.0.3', recorded_value: 'outbound', recorded: 'internal_to_external', computed: 'internal_to_internal' },
    ]);
    expect(warnings).toEqual([
      {
        code: 'direction_disagreement',
        message:
          'network.direction disagrees with the home networks for 1 of 3 conversations it records a direction for ' +
          '(1 recorded internal_to_external where the home networks give internal_to_internal); e.g. signature 1 10.0.0.2 → 10.0.0.3 records "outbound". ' +
          "The home networks' direction is used: check the home networks or the sensor's internal networks",
      },
    ]);
  });

  it('warns nothing when every recorded direction agrees', () => {
    const check = checkRecordedDirections({ field: 'network.direction', computed, recordedValuesAt: (row) => [['outbound'], ['internal'], []][row] });
    const { body, warnings } = toRecordedDirectionReport(check, keys);
    expect(body).toMatchObject({ compared: 2, agreeing: 2, disagreeing: 0, not_recorded: 1 });
    expect(warnings).toEqual([]);
  });

  it('says so when the field holds nothing comparable', () => {
    const check = checkRecordedDirections({ field: 'direction', computed, recordedValuesAt: () => ['to_server'] });
    const { warnings } = toRecordedDirectionReport(check, keys);
    expect(warnings).toEqual([{ code: 'not_scorable', message: 'direction holds no direction relative to the home networks (values: "to_server" (3)), so it was not compared' }]);
  });
});
