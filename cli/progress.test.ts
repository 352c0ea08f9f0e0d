import type { Progress } from './progress';
import { createLoadProgress } from './progress';

describe('createLoadProgress', () => {
  it('draws one bar over the megabytes of all files and says what each file read cost, not those from the cache', () => {
    const calls: string[] = [];
    const bar: Progress = {
      start: (total, label) => calls.push(`start ${total} ${label}`),
      update: (value) => calls.push(`update ${value}`),
      stop: () => calls.push('stop'),
    };
    const said: string[] = [];
    const loading = createLoadProgress(bar, (message) => said.push(message));
    const total = 300 * 2 ** 20;
    loading.onLoadProgress({ loadedBytes: 0, totalBytes: total });
    loading.onLoadProgress({ loadedBytes: 150 * 2 ** 20, totalBytes: total });
    loading.onFileLoaded({ file: '/data/eve.json', from: 'file' });
    loading.onLoadProgress({ loadedBytes: total, totalBytes: total });
    loading.onFileLoaded({ file: '/data/http.log', from: 'cache' });
    loading.stop();
    expect(calls).toEqual(['start 300 loading files (MiB)', 'update 0', 'update 150', 'update 300', 'stop']);
    expect(said).toEqual([expect.stringMatching(/^loaded eve\.json into the embedded engine in \d+\.\d s$/)]);
  });

  it('draws nothing when no file was loaded (Elasticsearch)', () => {
    const calls: string[] = [];
    const bar: Progress = { start: () => calls.push('start'), update: () => calls.push('update'), stop: () => calls.push('stop') };
    createLoadProgress(bar, () => undefined).stop();
    expect(calls).toEqual([]);
  });
});
