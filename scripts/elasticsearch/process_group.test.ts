import { spawn } from 'node:child_process';
import { isProcessAlive, listProcessGroup } from './process_group';
import { terminateGroup } from './stop_elasticsearch';

describe('process groups', () => {
  it('lists a detached group with its child and terminates all of it', async () => {
    // A shell in its own group that starts a grandchild: the shape of the Elasticsearch launcher.
    const child = spawn('sh', ['-c', 'sleep 300 & wait'], { detached: true, stdio: 'ignore' });
    const pid = child.pid;
    if (pid === undefined) throw new Error('sh did not start');
    const exited = new Promise((resolve) => child.once('exit', resolve));
    try {
      let members = listProcessGroup(pid);
      for (let i = 0; i < 100 && !members.some((member) => member.commandLine === 'sleep 300'); i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        members = listProcessGroup(pid);
      }
      expect(members.map((member) => member.commandLine).sort()).toEqual(['sh -c sleep 300 & wait', 'sleep 300']);
      expect(await terminateGroup(pid, 5000)).toBe(false);
      await exited;
      expect(listProcessGroup(pid)).toEqual([]);
      expect(isProcessAlive(pid)).toBe(false);
    } finally {
      if (listProcessGroup(pid).length > 0) process.kill(-pid, 'SIGKILL');
    }
  });
});
