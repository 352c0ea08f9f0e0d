import fs from 'node:fs';
import { z } from 'zod';
import { getInstanceLayout } from './build_elasticsearch_command';

const instanceStateSchema = z.object({
  /** Pid of the launcher, which is also the id of the process group holding the node. */
  pid: z.number().int().positive(),
  port: z.number().int().min(1).max(65535),
  url: z.url(),
  /**
   * Unique node name of this launch, checked so that another node on the same port is not taken for it.
   * Null in state files written before names were recorded: such a node can be stopped, not reused.
   */
  nodeName: z.string().min(1).nullable().default(null),
  version: z.string(),
  /** The process whose life bounds the node's (a Jest run); null for `npm run es:start`. */
  ownerPid: z.number().int().positive().nullable(),
  startedAt: z.string(),
});

export type InstanceState = z.output<typeof instanceStateSchema>;

/** Writes the state file atomically (write then rename), so a reader never sees half a file. */
export function writeInstanceState(instanceDir: string, state: InstanceState): void {
  const file = getInstanceLayout(instanceDir).stateFile;
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, `${JSON.stringify(state, null, 2)}\n`);
  fs.renameSync(temporary, file);
}

/** The recorded state, or null when there is no state file. Throws naming the file when it is malformed. */
export function readInstanceState(instanceDir: string): InstanceState | null {
  const file = getInstanceLayout(instanceDir).stateFile;
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`readInstanceState: ${file} is not JSON (${(error as Error).message})`);
  }
  const parsed = instanceStateSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`readInstanceState: ${file}: field "${issue.path.join('.')}" ${issue.message}`);
  }
  return parsed.data;
}

export function removeInstanceState(instanceDir: string): void {
  fs.rmSync(getInstanceLayout(instanceDir).stateFile, { force: true });
}
