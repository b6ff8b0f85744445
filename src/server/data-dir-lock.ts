/**
 * One process per embedded (PGlite) data folder. PGlite is PostgreSQL in this process: two
 * processes on one folder each believe they own the files, so both accept bookings of the same
 * slot and one of them is lost on the next start. A lock file in the folder, taken before PGlite
 * opens it, stops the second process with a message that names the first.
 *
 * - Taking it is atomic: the record (pid, host, start time) is written to a private file first and
 *   then hard-linked to `booking-server.lock`, which fails when the name exists, so nobody ever
 *   reads a half-written lock.
 * - A lock whose process is gone (kill -9, a crash, a power cut) is stale and is taken over. On
 *   Linux the process's start time (from /proc) is part of the record, so a new process that was
 *   given the dead one's pid does not keep the folder locked. Processes finding the same stale lock
 *   at once: each tries to create a folder named after that record (`mkdir` is atomic, so one of
 *   them does); only that one may remove the lock, and only while it still holds that record, so
 *   a live lock linked meanwhile is never removed. Then whoever links first holds the folder, the
 *   others see a live lock. (Moving the stale lock aside instead left a moment without any lock,
 *   in which a third process could link its own while the second put back the one it moved by
 *   mistake: two holders.) A break folder left by a process that died while breaking is removed
 *   once it is 5 seconds old.
 * - A lock written on another host (a network folder) cannot be checked and counts as held.
 */
import { createHash, randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';

export const LOCK_FILE = 'booking-server.lock';

export interface LockRecord {
  pid: number;
  hostname: string;
  /** When the process took the lock (ISO). */
  startedAt: string;
  /** Linux: the process's start time in clock ticks since boot (/proc/<pid>/stat field 22). */
  processStart?: string;
  /** What the process is, for the message a second process prints. */
  command: string;
}

/** The data folder is in use by another live process. */
export class DataDirInUseError extends Error {
  override readonly name = 'DataDirInUseError';
  readonly code = 'EDATADIRINUSE';

  constructor(
    readonly dataDir: string,
    readonly holder: LockRecord,
  ) {
    const where = holder.hostname === hostname() ? '' : ` on host ${holder.hostname}`;
    super(
      `The data folder ${dataDir} is in use by process ${holder.pid}${where} (started ${holder.startedAt}: ${holder.command}). ` +
        `Stop that process first, or give this one another --data-dir. ` +
        `If no such process runs any more, delete ${join(dataDir, LOCK_FILE)}.`,
    );
  }
}

function processStart(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 2 (the command) may hold spaces and parentheses: count from the last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

function alive(record: LockRecord): boolean {
  if (record.hostname !== hostname()) return true;
  try {
    process.kill(record.pid, 0);
  } catch (error) {
    // EPERM: it exists, as another user. ESRCH: gone.
    if ((error as { code?: string }).code !== 'EPERM') return false;
  }
  if (record.processStart !== undefined) {
    const now = processStart(record.pid);
    if (now !== undefined && now !== record.processStart) return false; // the pid was reused
  }
  return true;
}

function read(path: string): { text: string; record: LockRecord | undefined } | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const record = JSON.parse(text) as LockRecord;
    return { text, record: typeof record.pid === 'number' ? record : undefined };
  } catch {
    return { text, record: undefined };
  }
}

/** A break folder older than this was left by a process that died while breaking a stale lock. */
const ABANDONED_BREAK_MS = 5_000;

/**
 * Removes the stale lock whose text is `stale` if this process wins the right to (see the module
 * comment); otherwise waits a moment for the process that won. Either way the caller looks again.
 */
function breakStale(path: string, stale: string): void {
  const breaker = breakFolder(path, stale);
  try {
    mkdirSync(breaker);
  } catch (error) {
    if ((error as { code?: string }).code !== 'EEXIST') throw error;
    try {
      if (Date.now() - statSync(breaker).mtimeMs > ABANDONED_BREAK_MS) rmdirSync(breaker);
    } catch (gone) {
      if ((gone as { code?: string }).code !== 'ENOENT') throw gone;
    }
    pause(5);
    return;
  }
  try {
    // Only the holder of the break folder removes this record, so if it is still there it is the same file.
    if (read(path)?.text === stale) unlinkSync(path);
  } finally {
    rmdirSync(breaker);
  }
}

/** The folder whose creator may remove the stale lock at `path` holding `stale`. */
export function breakFolder(path: string, stale: string): string {
  return `${path}.break-${createHash('sha256').update(stale).digest('hex').slice(0, 16)}`;
}

/** Blocks this thread for `ms` (taking the lock is synchronous: the server cannot start meanwhile anyway). */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export interface DataDirLock {
  readonly path: string;
  readonly record: LockRecord;
  /** Removes the lock if it is still this process's. */
  release(): void;
}

/** Takes the data folder's lock (creating the folder), or throws `DataDirInUseError`. */
export function lockDataDir(dataDir: string, command = process.argv.slice(1).join(' ')): DataDirLock {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, LOCK_FILE);
  const start = processStart(process.pid);
  const record: LockRecord = {
    pid: process.pid,
    hostname: hostname(),
    startedAt: new Date().toISOString(),
    ...(start !== undefined ? { processStart: start } : {}),
    command: command.slice(0, 300),
  };
  const text = `${JSON.stringify(record)}\n`;
  const unique = `${process.pid}-${randomBytes(6).toString('hex')}`;
  const mine = `${path}.${unique}.new`;
  writeFileSync(mine, text, { flag: 'wx' });
  const deadline = Date.now() + 10_000;
  try {
    while (Date.now() < deadline) {
      try {
        linkSync(mine, path);
        let released = false;
        const release = (): void => {
          if (released) return;
          released = true;
          process.removeListener('exit', release);
          if (read(path)?.text === text) unlinkSync(path);
        };
        process.once('exit', release);
        return { path, record, release };
      } catch (error) {
        if ((error as { code?: string }).code !== 'EEXIST') throw error;
      }
      const held = read(path);
      if (held === undefined) continue; // released meanwhile: try again
      if (held.record === undefined) {
        // Unreadable: not ours to judge. Written by something else, or damaged by hand.
        throw new DataDirInUseError(dir, {
          pid: 0,
          hostname: 'unknown',
          startedAt: 'unknown',
          command: `an unreadable lock file ${path}`,
        });
      }
      if (alive(held.record)) throw new DataDirInUseError(dir, held.record);
      breakStale(path, held.text);
    }
    throw new Error(`could not take the lock ${path}: it kept changing`);
  } finally {
    unlinkSync(mine);
  }
}
