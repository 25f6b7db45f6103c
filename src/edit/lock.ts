import { linkSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { refused } from './change.js';

// One writer at a time per agreement folder (SPEC section 8). The lock is a file created
// atomically (a complete file linked into place, so it is never seen half written) that names the
// process holding it. A lock whose process is gone is taken over. While a change is written the
// lock also holds a journal of the renames, so that a writer killed between two files of one
// change (`adopt`, `group`) is completed by the next writer: both files or neither.

export const LOCK_FILE = '.samarbeid.lock';
const WAIT_MS = 20_000;

export type Renames = Array<[temp: string, target: string]>;

interface LockContent {
  pid: number;
  state?: 'preparing' | 'committing';
  renames?: Renames;
}

export interface FolderLock {
  /** Records what is about to happen, so that a crash can be finished or undone. */
  journal(state: 'preparing' | 'committing', renames: Renames): void;
  release(): void;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(path: string): { text: string; content: LockContent | null } | null {
  try {
    const text = readFileSync(path, 'utf8');
    try {
      const content = JSON.parse(text) as LockContent;
      return { text, content: Number.isInteger(content?.pid) ? content : null };
    } catch {
      return { text, content: null };
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Writes the lock's content beside it, then moves it into place: never seen half written. */
function placeLock(path: string, content: LockContent, exclusive: boolean): boolean {
  const temp = `${path}.${process.pid}`;
  writeFileSync(temp, JSON.stringify(content));
  try {
    if (exclusive) linkSync(temp, path);
    else renameSync(temp, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return false;
  } finally {
    if (exclusive) unlinkQuietly(temp);
  }
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {}
}

/** A dead writer's journal: renames it had begun are finished; a change still being prepared is dropped. */
function recover(content: LockContent | null): void {
  for (const [temp, target] of content?.renames ?? []) {
    if (content?.state === 'committing') {
      try {
        renameSync(temp, target);
      } catch {}
    } else unlinkQuietly(temp);
  }
}

/**
 * Takes over a lock whose process is gone; only one process at a time may try. The guard names
 * its process like the lock does, so a guard left by a process killed while taking over is
 * itself taken over.
 */
function takeOver(path: string, seen: string): void {
  const guard = `${path}.takeover`;
  if (!placeLock(guard, { pid: process.pid }, true)) {
    const other = readLock(guard)?.content?.pid;
    if (other === undefined || !alive(other)) unlinkQuietly(guard);
    return;
  }
  try {
    const now = readLock(path);
    if (now && now.text === seen) {
      recover(now.content);
      unlinkQuietly(path);
    }
  } finally {
    unlinkQuietly(guard);
  }
}

/** Removes what a writer killed while placing its lock or guard left behind (`.samarbeid.lock.<pid>`). */
function sweep(dir: string): void {
  for (const name of readdirSync(dir)) {
    const pid = new RegExp(`^${LOCK_FILE.replace(/\./g, '\\.')}(?:\\.takeover)?\\.(\\d+)$`).exec(name)?.[1];
    if (pid && Number(pid) !== process.pid && !alive(Number(pid))) unlinkQuietly(join(dir, name));
  }
}

/** Waits for the folder's lock, takes over a dead process's lock, and holds it until released. */
export async function lockFolder(dir: string, waitMs = WAIT_MS): Promise<FolderLock> {
  const path = join(dir, LOCK_FILE);
  const mine: LockContent = { pid: process.pid };
  // A monotonic clock: the wait is a duration, not a date.
  const deadline = performance.now() + waitMs;
  let holder: number | null = null;
  for (;;) {
    if (placeLock(path, mine, true)) break;
    const found = readLock(path);
    if (found) {
      holder = found.content?.pid ?? null;
      if (holder === null || !alive(holder)) {
        takeOver(path, found.text);
        continue;
      }
    }
    if (performance.now() > deadline) throw refused('edit.locked', { pid: holder ?? '?', file: LOCK_FILE });
    await sleep(15 + Math.random() * 35);
  }
  sweep(dir);
  return {
    journal(state, renames) {
      placeLock(path, { ...mine, state, renames }, false);
    },
    release() {
      if (readLock(path)?.content?.pid === process.pid) unlinkQuietly(path);
    },
  };
}
