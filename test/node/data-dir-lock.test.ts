// One server process per PGlite data folder (issue 23): the lock refuses a live holder, takes a
// stale one over, and several processes racing for one stale lock end with exactly one holder.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { buildSync } from 'esbuild';
import {
  breakFolder,
  DataDirInUseError,
  LOCK_FILE,
  lockDataDir,
  type LockRecord,
} from '../../src/server/data-dir-lock.js';

const root = new URL('../..', import.meta.url).pathname;
const folders: string[] = [];
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lock-'));
  folders.push(dir);
  return dir;
}
after(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

/** The pid of a process that has exited. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}

function writeLock(dir: string, record: Partial<LockRecord>): void {
  const full: LockRecord = {
    pid: 1,
    hostname: hostname(),
    startedAt: '2026-01-01T00:00:00.000Z',
    command: 'an old server',
    ...record,
  };
  writeFileSync(join(dir, LOCK_FILE), `${JSON.stringify(full)}\n`);
}

describe('the data folder lock', () => {
  it('a second holder is refused with a message naming the first; released, it can be taken again', () => {
    const dir = folder();
    const first = lockDataDir(dir, 'serve --data-dir x');
    assert.equal(first.record.pid, process.pid);
    const record = JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')) as LockRecord;
    assert.equal(record.pid, process.pid);
    assert.equal(record.command, 'serve --data-dir x');
    assert.throws(
      () => lockDataDir(dir),
      (e: unknown) =>
        e instanceof DataDirInUseError &&
        e.holder.pid === process.pid &&
        e.message.includes(`in use by process ${process.pid}`) &&
        e.message.includes(dir),
    );
    first.release();
    const again = lockDataDir(dir);
    again.release();
  });

  it('takes over a lock whose process is gone (kill -9, a crash)', () => {
    const dir = folder();
    const pid = deadPid();
    writeLock(dir, { pid });
    const lock = lockDataDir(dir);
    assert.equal(lock.record.pid, process.pid);
    lock.release();
  });

  it('a process that died while breaking a stale lock leaves its break folder: removed once abandoned', () => {
    const dir = folder();
    writeLock(dir, { pid: deadPid() });
    const path = join(dir, LOCK_FILE);
    const breaker = breakFolder(path, readFileSync(path, 'utf8'));
    mkdirSync(breaker);
    const longAgo = new Date(Date.parse('2026-01-01T00:00:00Z'));
    utimesSync(breaker, longAgo, longAgo);
    const lock = lockDataDir(dir);
    assert.equal(lock.record.pid, process.pid);
    assert.equal(existsSync(breaker), false, 'the break folder is gone');
    lock.release();
  });

  it('takes over a lock whose pid now belongs to another process (a reused pid)', (t) => {
    if (process.platform !== 'linux') return t.skip('process start times come from /proc');
    const dir = folder();
    // Our own pid, but not our start time: the process that wrote it is gone.
    writeLock(dir, { pid: process.pid, processStart: '1' });
    const lock = lockDataDir(dir);
    assert.equal(lock.record.pid, process.pid);
    lock.release();
  });

  it('counts a lock from another host, or one it cannot read, as held', () => {
    const dir = folder();
    writeLock(dir, { pid: deadPid(), hostname: 'another-host.example' });
    assert.throws(() => lockDataDir(dir), /in use by process \d+ on host another-host\.example/);
    const damaged = folder();
    writeFileSync(join(damaged, LOCK_FILE), 'not json');
    assert.throws(() => lockDataDir(damaged), DataDirInUseError);
  });

  it('processes racing for one stale lock: exactly one holds the folder', async () => {
    // A JavaScript copy of the lock module for the child processes.
    const out = join(folder(), 'lock.mjs');
    buildSync({
      entryPoints: [join(root, 'src/server/data-dir-lock.ts')],
      outfile: out,
      bundle: true,
      platform: 'node',
      format: 'esm',
      logLevel: 'error',
    });
    // Each child says it is ready, waits for the go file, then tries at once.
    const child = `
      const { existsSync } = await import('node:fs');
      const { lockDataDir } = await import(${JSON.stringify(out)});
      const [dir, go] = process.argv.slice(1);
      process.stdout.write('ready ');
      while (!existsSync(go)) await new Promise((r) => setTimeout(r, 2));
      try {
        lockDataDir(dir);
        process.stdout.write('held');
        await new Promise((r) => setTimeout(r, 1000)); // hold it while the others try
      } catch (e) {
        process.stdout.write(e.code === 'EDATADIRINUSE' ? 'in use' : 'error: ' + e.message);
      }`;
    for (let round = 0; round < 5; round++) {
      const dir = folder();
      const go = join(dir, 'go');
      writeLock(dir, { pid: deadPid() });
      let ready = 0;
      const results = Array.from(
        { length: 5 },
        () =>
          new Promise<string>((resolve) => {
            const p = spawn(process.execPath, ['--input-type=module', '-e', child, dir, go], {
              stdio: ['ignore', 'pipe', 'inherit'],
            });
            let text = '';
            p.stdout.on('data', (d: Buffer) => {
              text += d.toString();
              if (text === 'ready ' && ++ready === 5) writeFileSync(go, '');
            });
            p.on('exit', () => resolve(text.replace('ready ', '')));
          }),
      );
      assert.deepEqual(
        (await Promise.all(results)).sort(),
        ['held', 'in use', 'in use', 'in use', 'in use'],
        `round ${round}`,
      );
    }
  });
});
