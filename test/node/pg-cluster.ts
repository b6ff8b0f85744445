// A throwaway PostgreSQL instance for the fault suite: its own data folder and a free port, so
// stopping, crashing or freezing it disturbs nobody (never the shared cluster on 5432). Debian's
// binaries; initdb and postgres refuse to run as root, so as root they run as the `postgres` user.
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

/** Why a throwaway instance cannot run here, or undefined when it can. */
export function clusterUnavailable(): string | undefined {
  if (!existsSync(join(BIN, 'pg_ctl'))) return `no PostgreSQL binaries in ${BIN} (set PG_BIN)`;
  if (process.getuid?.() === 0) {
    const id = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    if (id.status !== 0) return 'running as root and there is no postgres user to run PostgreSQL as';
  }
  return undefined;
}

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

export class PgCluster {
  readonly folder = mkdtempSync(join(tmpdir(), 'fault-pg-'));
  readonly data = join(this.folder, 'data');
  port = 0;

  private run(args: readonly string[], check = true): string {
    const asRoot = process.getuid?.() === 0;
    const [cmd, ...rest] = asRoot ? ['runuser', '-u', 'postgres', '--', ...args] : args;
    const r = spawnSync(cmd ?? '', rest, { encoding: 'utf8', timeout: 120_000 });
    if (check && r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr || r.stdout}`);
    return r.stdout;
  }

  get url(): string {
    return `postgres://booking@127.0.0.1:${this.port}/postgres`;
  }

  async init(): Promise<void> {
    if (process.getuid?.() === 0) {
      const uid = Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout);
      const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout);
      chownSync(this.folder, uid, gid);
    }
    this.run([join(BIN, 'initdb'), '-D', this.data, '-A', 'trust', '-U', 'booking', '-E', 'UTF8', '--no-sync']);
    this.port = await freePort();
  }

  start(): void {
    const options = [
      `-p ${this.port}`,
      `-k ${this.folder}`,
      "-c listen_addresses='127.0.0.1'",
      '-c max_connections=40',
      '-c shared_buffers=16MB',
    ].join(' ');
    this.run([join(BIN, 'pg_ctl'), '-D', this.data, '-o', options, '-l', join(this.folder, 'log'), '-w', 'start']);
  }

  /** `immediate`: like a crash (no checkpoint; WAL recovery on the next start). */
  stop(mode: 'fast' | 'immediate' = 'fast'): void {
    this.run([join(BIN, 'pg_ctl'), '-D', this.data, '-m', mode, '-w', 'stop'], false);
  }

  /** The postmaster and its children: the processes to freeze. */
  private pids(): number[] {
    const master = Number(readFileSync(join(this.data, 'postmaster.pid'), 'utf8').split('\n')[0]);
    const children = readdirSync('/proc')
      .filter((p) => /^\d+$/.test(p))
      .filter((p) => {
        try {
          const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
          return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === master;
        } catch {
          return false;
        }
      })
      .map(Number);
    return [master, ...children];
  }

  /** SIGSTOP every process of this instance: it accepts connections and answers nothing. */
  freeze(): void {
    for (const pid of this.pids()) process.kill(pid, 'SIGSTOP');
  }

  thaw(): void {
    for (const pid of this.pids()) process.kill(pid, 'SIGCONT');
  }

  destroy(): void {
    try {
      this.thaw();
    } catch {
      // not running
    }
    this.stop('immediate');
    rmSync(this.folder, { recursive: true, force: true });
  }
}
