import { spawnSync } from 'node:child_process';

export interface ServiceUser {
  readonly name: string;
  readonly uid: number;
  readonly gid: number;
}

export const DEFAULT_SERVICE_USER = 'hunteda-es';

/**
 * The unprivileged account Elasticsearch runs under, since it refuses to start as root. As root: looks the
 * user up and creates it as a system user without home or login shell when missing. As any other user:
 * returns null, meaning "run as yourself". Cost: one or two short `getent`/`useradd` calls.
 */
export function ensureServiceUser(name: string = DEFAULT_SERVICE_USER): ServiceUser | null {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return null;
  const existing = lookUpUser(name);
  if (existing) return existing;
  const created = spawnSync(
    'useradd',
    ['--system', '--user-group', '--no-create-home', '--home-dir', '/nonexistent', '--shell', '/usr/sbin/nologin', name],
    { encoding: 'utf8' },
  );
  // Exit code 9 means another process created the same user a moment ago, which is fine.
  if (created.error || (created.status !== 0 && created.status !== 9)) {
    const reason = created.error ? created.error.message : created.stderr.trim();
    throw new Error(`ensureServiceUser: useradd ${name} failed: ${reason}`);
  }
  const user = lookUpUser(name);
  if (!user) throw new Error(`ensureServiceUser: user ${name} still missing after useradd`);
  return user;
}

function lookUpUser(name: string): ServiceUser | null {
  const result = spawnSync('getent', ['passwd', name], { encoding: 'utf8' });
  if (result.status !== 0) return null;
  // name:password:uid:gid:gecos:home:shell
  const fields = result.stdout.trim().split(':');
  const uid = Number(fields[2]);
  const gid = Number(fields[3]);
  if (!Number.isInteger(uid) || !Number.isInteger(gid)) {
    throw new Error(`ensureServiceUser: cannot parse getent entry for ${name}: ${result.stdout.trim()}`);
  }
  return { name, uid, gid };
}
