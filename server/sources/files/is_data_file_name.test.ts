import { isDataFileName } from './is_data_file_name';

describe('isDataFileName', () => {
  it('takes logs, JSON lines and tables, gzipped or not', () => {
    expect(['eve.json', 'http.00:00:00-01:00:00.log.gz', 'http.ndjson', 'alerts.jsonl', 'x.CSV', 'conn.tsv.gz'].filter(isDataFileName)).toHaveLength(6);
  });

  it('skips the sample writer’s manifest beside the samples, hidden files and non-data files', () => {
    expect(['http.manifest.json', 'outbreak.manifest.json', '.eve.json', 'README.md', 'LICENSE'].filter(isDataFileName)).toEqual([]);
  });
});
