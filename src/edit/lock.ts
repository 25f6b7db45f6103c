import {
  closeSync,
  fsyncSync,
  linkSync,
  lstatSync,
  readdirSync,
  realpathSync,
  renameSync,
  unlinkSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  fromThisBoot,
  inFolder,
  journalTemp,
  LOCK_FILE,
  type LockContent,
  lockAlive,
  myBoot,
  myStart,
  pidRuns,
  type Renames,
  readLock,
} from '../load/lock-file.js';
import { refused } from './change.js';
import { createExclusive, unlinkQuietly, writeAll } from './safe-write.js';

// One writer at a time per agreement folder (SPEC section 8). The lock is a file created
// atomically (a complete file linked into place, so it is never seen half written) that names the
// process holding it. A lock whose process is gone is taken over. While a change is written the
// lock also holds a journal of the renames, so that a writer killed between two files of one
// change (`adopt`, `group`, `move`, `init`) is completed by the next writer: both files or neither.
// The journal is believed only as far as load/lock-file.ts says, and each of its files is looked
// at again before anything is renamed or removed (SPEC section 17): a lock committed to the
// repository cannot make samarbeid touch any other file.

export { LOCK_FILE, type Renames } from '../load/lock-file.js';

const WAIT_MS = 20_000;

/**
 * The most files one change may journal: fewer than a lock may name (load/lock-file.ts), and few
 * enough that the journal of files with the longest names stays far below a lock's size limit.
 * A writer with more files (`schema --write` over many action plans) writes them in batches.
 */
export const JOURNAL_FILES = 16;

export interface FolderLock {
  /** Records what is about to happen, so that a crash can be finished or undone. */
  /** `files`: when committing, each temporary file's identity (load/lock-file.ts fileId). */
  journal(state: 'preparing' | 'committing', renames: Renames, files?: string[]): void;
  /** Every rename of the journal is done: the lock may go. */
  finished(): void;
  /** Removes the lock, unless a journal it holds is not finished (the next writer completes it). */
  release(): void;
}

function me(): LockContent {
  const start = myStart();
  const boot = myBoot();
  return { pid: process.pid, ...(start ? { start } : {}), ...(boot ? { boot } : {}) };
}

/** Writes the lock's content beside it, then moves it into place: never seen half written. */
function placeLock(path: string, content: LockContent, exclusive: boolean, flush = false): boolean {
  const temp = `${path}.${process.pid}`;
  unlinkQuietly(temp);
  try {
    // A folder of that name (committed, or a pid guessed) is no lock held by anyone: it is said.
    const fd = createExclusive(temp);
    try {
      writeAll(fd, Buffer.from(JSON.stringify(content)));
      if (flush) fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (!exclusive) {
      renameSync(temp, path);
      return true;
    }
    try {
      linkSync(temp, path);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      return false;
    }
  } finally {
    unlinkQuietly(temp);
  }
}

const foreign = (file = LOCK_FILE) => refused('edit.lock-foreign', { file });

/** A journal file as it must be to be touched: a regular file, one link, reached through no link. */
function journalFile(root: string, dir: string, relative: string): 'absent' | 'file' {
  const path = inFolder(dir, relative);
  let real: string;
  try {
    real = realpathSync(dirname(path));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'absent';
    throw foreign();
  }
  if (real !== join(root, ...relative.split('/').slice(0, -1))) throw foreign();
  let stat: ReturnType<typeof lstatSync>;
  try {
    stat = lstatSync(path);
  } catch {
    return 'absent';
  }
  if (!stat.isFile() || stat.nlink > 1) throw foreign();
  return 'file';
}

/**
 * A dead writer's journal: renames it had begun are finished; a change still being prepared is
 * dropped. Every file is checked before the first is touched.
 */
function recover(dir: string, content: LockContent): void {
  const renames = content.renames ?? [];
  if (renames.length === 0) return;
  // A change begun in another boot, or on another machine (a lock that came with the repository),
  // is not finished here: nothing can tell a crash from a lock written to look like one.
  if (content.state === 'committing' && !fromThisBoot(content))
    throw refused('edit.lock-other-boot', { file: LOCK_FILE });
  const root = realpathSync(dir);
  const found = renames.map(([temp, target], i) => {
    const t = journalFile(root, dir, temp);
    if (content.state !== 'committing') return t;
    journalFile(root, dir, target);
    // The very file the writer made: a journal committed to a repository names files of a checkout,
    // which are new files, even where its boot id could be known.
    if (t === 'file' && journalTemp(inFolder(dir, temp), content.files?.[i] ?? '') !== 'match')
      throw foreign();
    return t;
  });
  renames.forEach(([temp, target], i) => {
    if (found[i] !== 'file') return;
    if (content.state === 'committing') renameSync(inFolder(dir, temp), inFolder(dir, target));
    else unlinkOrAbsent(inFolder(dir, temp));
  });
}

// A temporary file that cannot be removed keeps the journal that names it: the lock stays, and the
// next writer tries again, instead of a file no journal names any more.
function unlinkOrAbsent(path: string): void {
  try {
    unlinkSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/**
 * Takes over a lock whose process is gone; only one process at a time may try. The guard names
 * its process like the lock does, so a guard left by a process killed while taking over is
 * itself taken over. A guard that samarbeid did not write (a folder, a link, a FIFO: it came with
 * the repository) is refused like such a lock. Says whether the lock seen is gone or changed, or
 * the guard was cleared: only then is placing the lock tried again at once.
 */
function takeOver(dir: string, path: string, seen: string): boolean {
  const guard = `${path}.takeover`;
  if (!placeLock(guard, me(), true)) {
    const other = readLock(guard);
    if (other.kind === 'none') return true;
    if (other.kind === 'foreign' && !other.garbage) throw foreign(`${LOCK_FILE}.takeover`);
    if (other.kind === 'lock' && lockAlive(other.content)) return false;
    unlinkQuietly(guard);
    return readLock(guard).kind === 'none';
  }
  try {
    const now = readLock(path);
    if (now.kind === 'lock' && now.text === seen) {
      recover(dir, now.content);
      unlinkQuietly(path);
    } else if (now.kind === 'foreign' && now.garbage && now.text === seen) unlinkQuietly(path);
    const after = readLock(path);
    return after.kind === 'none' || after.text !== seen;
  } finally {
    unlinkQuietly(guard);
  }
}

const LEFT_BEHIND = new RegExp(`^${LOCK_FILE.replace(/\./g, '\\.')}(?:\\.takeover)?\\.(\\d+)$`);

/**
 * Removes what a writer killed while placing its lock or guard left behind (`.samarbeid.lock.<pid>`).
 * The pid in the name decides, not the content: a live writer's file may still be half written.
 * And the guard of a writer killed while taking over, after it had removed the lock it took over:
 * no one takes that guard over, as no dead lock leads there any more.
 */
function sweep(dir: string): void {
  for (const name of readdirSync(dir)) {
    const pid = LEFT_BEHIND.exec(name)?.[1];
    if (pid && Number(pid) !== process.pid && !pidRuns(Number(pid))) unlinkQuietly(join(dir, name));
  }
  const guard = join(dir, `${LOCK_FILE}.takeover`);
  const found = readLock(guard);
  if (found.kind === 'lock' ? !lockAlive(found.content) : found.kind === 'foreign' && found.garbage)
    unlinkQuietly(guard);
}

/** Waits for the folder's lock, takes over a dead process's lock, and holds it until released. */
export async function lockFolder(dir: string, waitMs = WAIT_MS): Promise<FolderLock> {
  const path = join(dir, LOCK_FILE);
  const mine = me();
  // A monotonic clock: the wait is a duration, not a date.
  const deadline = performance.now() + waitMs;
  let holder: number | null = null;
  for (;;) {
    if (placeLock(path, mine, true)) break;
    const found = readLock(path);
    if (found.kind === 'foreign') {
      if (!found.garbage || found.text === null) throw foreign();
      if (takeOver(dir, path, found.text)) continue;
    } else if (found.kind === 'lock') {
      holder = found.content.pid;
      if (!lockAlive(found.content) && takeOver(dir, path, found.text)) continue;
    }
    // Nothing changed (a live process holds the lock or is taking it over): wait, but not forever.
    if (performance.now() > deadline) throw refused('edit.locked', { pid: holder ?? '?', file: LOCK_FILE });
    await sleep(15 + Math.random() * 35);
  }
  sweep(dir);
  let open = false;
  return {
    journal(state, renames, files) {
      // A journal that the next writer could not read back would leave a lock no one takes over.
      if (renames.length > JOURNAL_FILES) throw new Error(`a journal of ${renames.length} files`);
      if ((state === 'committing') !== (files?.length === renames.length))
        throw new Error('a journal without its files');
      placeLock(path, { ...mine, state, renames, ...(state === 'committing' ? { files } : {}) }, false, true);
      open = state === 'committing';
    },
    finished() {
      open = false;
    },
    release() {
      if (open) return;
      const now = readLock(path);
      if (now.kind === 'lock' && now.content.pid === process.pid) unlinkQuietly(path);
    },
  };
}
