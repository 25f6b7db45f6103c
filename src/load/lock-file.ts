import { type BigIntStats, lstatSync } from 'node:fs';
import { join } from 'node:path';
import { errorCode, readRegular } from './read-regular.js';

// The lock a writer holds in an agreement folder (docs/editing.md), read by the next writer and
// by every reader. It arrives with the repository like any other file, so it is input from someone
// else: it is read only when it is a small regular file, never waited on, and its journal is
// believed only where it names what a writer of samarbeid makes itself, a temporary file beside a
// data file of the folder, `<file>.samarbeid-<pid>.tmp`, with the lock's own pid, and (when the
// writer was committing) only while each of those files is still the very file the writer made.

export const LOCK_FILE = '.samarbeid.lock';
export const MAX_LOCK_BYTES = 64 * 1024;
/** More files than any one change writes: `init` writes the most, a handful. */
const MAX_RENAMES = 64;
const BOOT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const FILE_ID = /^\d{1,24}:\d{1,24}:\d{1,30}$/;

export type Renames = Array<[temp: string, target: string]>;

export interface LockContent {
  pid: number;
  /** When the process started (Linux: /proc/<pid>/stat), so that a pid used again is not taken for it. */
  start?: string;
  /** The boot it ran in (Linux: /proc/sys/kernel/random/boot_id): a journal is replayed only there. */
  boot?: string;
  state?: 'preparing' | 'committing';
  /** Paths relative to the agreement folder, with `/`. */
  renames?: Renames;
  /**
   * Committing: each temporary file's identity on disk (device, inode, status change: fileId), as
   * the writer left it. A checkout makes new files with identities no one can know beforehand, so a
   * journal that came with a repository never matches its files, even where the boot id can be
   * known (containers of one CI host share a kernel, and so a boot id).
   */
  files?: string[];
}

export type LockRead =
  | { kind: 'none' }
  | { kind: 'lock'; text: string; content: LockContent }
  /**
   * Not a lock samarbeid wrote. `garbage`: a regular file that is not a lock at all (what a crash
   * of an older samarbeid could leave), which the next writer removes and nothing else; any other
   * is neither used nor removed.
   */
  | { kind: 'foreign'; text: string | null; why: string; garbage: boolean };

/** The temporary file a writer with this pid makes for `file`. */
export const tempFor = (file: string, pid: number) => `${file}.samarbeid-${pid}.tmp`;

/** A data file of the folder, named as samarbeid names them: relative, no dot folders, no way up. */
export function isDataPath(path: unknown): path is string {
  if (typeof path !== 'string' || path.length === 0 || path.length > 1024) return false;
  if (!/\.ya?ml$/.test(path) || /[\\\0]/.test(path)) return false;
  return path.split('/').every((part) => part !== '' && !part.startsWith('.'));
}

function journalOk(value: unknown, pid: number): value is Renames {
  if (!Array.isArray(value) || value.length > MAX_RENAMES) return false;
  return value.every(
    (pair) =>
      Array.isArray(pair) && pair.length === 2 && isDataPath(pair[1]) && pair[0] === tempFor(pair[1], pid),
  );
}

/** The lock's content, if it is one samarbeid wrote; else why not. */
export function parseLock(text: string): { ok: true; content: LockContent } | { ok: false; why: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, why: 'json' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, why: 'json' };
  const { pid, start, boot, state, renames, files, ...rest } = value as Record<string, unknown>;
  if (Object.keys(rest).length > 0) return { ok: false, why: 'keys' };
  if (typeof pid !== 'number' || !Number.isSafeInteger(pid) || pid <= 0) return { ok: false, why: 'pid' };
  if (start !== undefined && (typeof start !== 'string' || !/^\d{1,20}$/.test(start)))
    return { ok: false, why: 'start' };
  if (boot !== undefined && (typeof boot !== 'string' || !BOOT_ID.test(boot)))
    return { ok: false, why: 'boot' };
  const who: LockContent = { pid, ...(start ? { start } : {}), ...(boot ? { boot } : {}) };
  if (state === undefined && renames === undefined && files === undefined) return { ok: true, content: who };
  if ((state !== 'preparing' && state !== 'committing') || !journalOk(renames, pid))
    return { ok: false, why: 'journal' };
  // A committing journal's files are checked against the disk (journalTemp), after its boot: one
  // without them is then refused, and one from before a restart is named as such.
  if (files === undefined) return { ok: true, content: { ...who, state, renames } };
  if (
    state !== 'committing' ||
    !Array.isArray(files) ||
    files.length !== renames.length ||
    !files.every((f) => typeof f === 'string' && FILE_ID.test(f))
  )
    return { ok: false, why: 'journal' };
  return { ok: true, content: { ...who, state, renames, files } };
}

/** Reads the lock at `path`: a link, a FIFO, a device or anything over the limit is foreign. */
export function readLock(path: string): LockRead {
  let link = false;
  try {
    link = lstatSync(path).isSymbolicLink();
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { kind: 'none' };
  }
  if (link) return { kind: 'foreign', text: null, why: 'link', garbage: false };
  const read = readRegular(path, MAX_LOCK_BYTES);
  if (!read.ok) {
    if (read.reason === 'error' && read.code === 'ENOENT') return { kind: 'none' };
    const why = read.reason === 'error' ? read.code : read.reason;
    return { kind: 'foreign', text: null, why, garbage: false };
  }
  const text = read.bytes.toString('utf8');
  const parsed = parseLock(text);
  if (parsed.ok) return { kind: 'lock', text, content: parsed.content };
  return { kind: 'foreign', text, why: parsed.why, garbage: parsed.why === 'json' };
}

/** When a process started, as Linux counts it; null where that cannot be known. */
export function processStart(pid: number): string | null {
  const read = readRegular(`/proc/${pid}/stat`, 4096);
  if (!read.ok) return null;
  // The command name (field 2) is in parentheses and may hold anything; start time is field 22.
  const text = read.bytes.toString('latin1');
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  const start = fields[19];
  return start && /^\d+$/.test(start) ? start : null;
}

let ownStart: string | null | undefined;
/** This process's start, once. */
export function myStart(): string | null {
  if (ownStart === undefined) ownStart = processStart(process.pid);
  return ownStart;
}

let ownBoot: string | null | undefined;
/** This machine's boot, once; null where the system does not say. */
export function myBoot(): string | null {
  if (ownBoot === undefined) {
    const read = readRegular('/proc/sys/kernel/random/boot_id', 4096);
    const text = read.ok ? read.bytes.toString('latin1').trim() : '';
    ownBoot = BOOT_ID.test(text) ? text : null;
  }
  return ownBoot;
}

/**
 * Whether the lock was written in this boot of this machine. A lock committed to a repository
 * never was (the boot id is random per boot), so its journal is never replayed.
 */
export function fromThisBoot(content: LockContent): boolean {
  const boot = myBoot();
  return boot === null || content.boot === boot;
}

/** Whether any process has this pid. */
export function pidRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}

/** Whether the lock's process still runs: a pid that now belongs to another process does not count. */
export function lockAlive(content: LockContent): boolean {
  if (!fromThisBoot(content) || !pidRuns(content.pid)) return false;
  // Where process starts can be read (Linux), a lock must name its process's: a lock without one,
  // or with another, was not written by the process that has that pid now.
  if (myStart() === null) return true;
  return content.start !== undefined && processStart(content.pid) === content.start;
}

/**
 * A file's identity on disk: its device, inode (exact: inodes may pass 2^53) and the time of its
 * last change of status to the nanosecond, which a checkout sets to when it made the file and no
 * one can set to a value of their choosing.
 */
export const fileId = (stat: BigIntStats) => `${stat.dev}:${stat.ino}:${stat.ctimeNs}`;

/**
 * Whether the file at `path` is the one a journal names: a regular file with one link, not a
 * link itself, with the identity the writer recorded. 'absent' when there is none (renamed).
 */
export function journalTemp(path: string, id: string): 'absent' | 'match' | 'other' {
  let stat: BigIntStats;
  try {
    stat = lstatSync(path, { bigint: true });
  } catch (error) {
    return errorCode(error) === 'ENOENT' ? 'absent' : 'other';
  }
  return stat.isFile() && stat.nlink === 1n && fileId(stat) === id ? 'match' : 'other';
}

/** A journal's path (relative, with `/`) in the folder `dir`. */
export function inFolder(dir: string, relative: string): string {
  return join(dir, ...relative.split('/'));
}
