import { parseEventRows } from './parse_event_rows';

describe('parseEventRows', () => {
  it('parses JSON records, flattens them and numbers ties within one file and millisecond', () => {
    const record = JSON.stringify({ timestamp: '2018-03-23T12:09:00.684377-0600', alert: { signature_id: 2024216 }, src_ip: '10.47.8.151' });
    const rows = [
      { __event_timestamp: 1521828540684, __event_file: '/tmp/copy.json', __raw_record: record },
      { __event_timestamp: 1521828540684, __event_file: '/tmp/copy.json', __raw_record: record },
    ];
    const events = parseEventRows(rows, { dataset: 'suricata', records: 'json', includeFields: ['alert', 'src_ip'], originalPath: () => '/data/eve.json' });
    expect(events).toEqual([
      { id: '/data/eve.json@2018-03-23T18:09:00.684Z', index: 'suricata', timestamp: 1521828540684, source: { 'alert.signature_id': 2024216, src_ip: '10.47.8.151' } },
      { id: '/data/eve.json@2018-03-23T18:09:00.684Z#2', index: 'suricata', timestamp: 1521828540684, source: { 'alert.signature_id': 2024216, src_ip: '10.47.8.151' } },
    ]);
  });

  it('names column records by their fields and leaves unset values out', () => {
    const rows = [{ __event_timestamp: 1713531605820, __event_file: '/z/http.log.gz', c0: new Date(1713531605820), c1: 'GET', c2: null, c3: 612n }];
    expect(parseEventRows(rows, { dataset: 'zeek_http', records: 'columns', columns: ['ts', 'method', 'host', 'response_body_len'] })).toEqual([
      {
        id: '/z/http.log.gz@2024-04-19T13:00:05.820Z',
        index: 'zeek_http',
        timestamp: 1713531605820,
        source: { ts: '2024-04-19T13:00:05.820Z', method: 'GET', response_body_len: 612 },
      },
    ]);
  });
});
