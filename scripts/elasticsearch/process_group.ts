import fs from 'node:fs';

export interface ProcessInfo {
  readonly pid: number;
  readonly pgid: number;
  /** The command line, arguments joined by spaces. */
  readonly commandLine: string;
}

/**
 * Live (non-zombie) processes on this machine, read from /proc. Zombies are left out because they hold no
 * resources and, in containers whose PID 1 does not reap, may never disappear. Cost: one directory listing
 * and two small reads per process.
 */
export function listProcesses(): ProcessInfo[] {
  const processes: ProcessInfo[] = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name in parentheses may itself contain spaces or parentheses: split after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const state = fields[0];
      if (state === 'Z' || state === 'X') continue;
      const commandLine = fs.readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0').join(' ').trim();
      processes.push({ pid: Number(name), pgid: Number(fields[2]), commandLine });
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return processes;
}

/** Live members of the process group `pgid`. */
export function listProcessGroup(pgid: number): ProcessInfo[] {
  return listProcesses().filter((info) => info.pgid === pgid);
}

/** Whether a process with this pid exists (EPERM means it exists but belongs to someone else). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
