import { detectFileFormat } from './detect_file_format';

describe('detectFileFormat', () => {
  it('recognises a Zeek TSV log and its path from the header', () => {
    expect(detectFileFormat('#separator \\x09\n#set_separator\t,\n#path\thttp\n', 'x.log')).toEqual({
      layout: 'zeek_tsv',
      flavor: 'zeek',
      zeekPath: 'http',
    });
  });

  it('takes the Zeek path from a rotated file name when the header has none', () => {
    expect(detectFileFormat('#separator \\x09\n#fields\tts\n', 'conn.2024-04-19.00.log.gz').zeekPath).toBe('conn');
  });

  it('tells Suricata eve, ECS, Zeek JSON and plain JSON apart by the first record', () => {
    expect(detectFileFormat('{"timestamp":"x","event_type":"alert"}\n', 'eve.json')).toEqual({ layout: 'ndjson', flavor: 'suricata_eve' });
    expect(detectFileFormat('{"@timestamp":"x","source":{"ip":"1.2.3.4"}}\n', 'a.ndjson')).toEqual({ layout: 'ndjson', flavor: 'ecs' });
    expect(detectFileFormat('{"_path":"http","ts":1.5,"uid":"C1"}\n', 'x.json')).toEqual({ layout: 'ndjson', flavor: 'zeek', zeekPath: 'http' });
    expect(detectFileFormat('{"a":1}\n', 'a.json')).toEqual({ layout: 'ndjson', flavor: 'json' });
  });

  it('recognises a pretty-printed JSON array of eve records', () => {
    expect(detectFileFormat('[\n  {\n    "timestamp": "x",\n    "event_type": "alert"', 'a.json')).toEqual({
      layout: 'json_array',
      flavor: 'suricata_eve',
    });
  });

  it('falls back to CSV and ignores a byte-order mark', () => {
    expect(detectFileFormat('\uFEFFtime,src,dst\n1,2,3\n', 'a.csv')).toEqual({ layout: 'csv', flavor: 'csv' });
  });
});
