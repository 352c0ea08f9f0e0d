import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readInstanceState, removeInstanceState, writeInstanceState, type InstanceState } from './instance_state';

describe('instance state file', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'es-state-'));
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const state: InstanceState = {
    pid: 4242,
    port: 9200,
    url: 'http://127.0.0.1:9200',
    nodeName: 'hunt-eda-0a1b2c3d',
    version: '8.19.21',
    ownerPid: null,
    startedAt: '2024-01-01T00:00:00.000Z',
  };

  it('reads back what was written and is gone after removal', () => {
    writeInstanceState(dir, state);
    expect(readInstanceState(dir)).toEqual(state);
    expect(fs.readdirSync(dir)).toEqual(['instance.json']);
    removeInstanceState(dir);
    expect(readInstanceState(dir)).toBeNull();
  });

  it('names the file and the field when the state is malformed', () => {
    fs.writeFileSync(path.join(dir, 'instance.json'), JSON.stringify({ ...state, pid: -1 }));
    expect(() => readInstanceState(dir)).toThrow(`readInstanceState: ${dir}/instance.json: field "pid"`);
    fs.writeFileSync(path.join(dir, 'instance.json'), '{"pid":');
    expect(() => readInstanceState(dir)).toThrow('is not JSON');
  });
});
