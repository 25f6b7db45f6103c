import {
  closeSync,
  constants,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  realpathSync,
  renameSync,
  type Stats,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { dirname, isAbsolute, join, normalize, relative, resolve, sep } from 'node:path';
import { refused } from './change.js';

// SPEC section 17: nothing in a repository may make samarbeid write outside the folder it means to
// write in, or onto another file than the one it means. Every file a repository holds is input from
// someone else, links included, so every writer goes through here: below the folder it was given,
// no link is followed and nothing but a regular file is replaced. write-file-atomic, used before,
// resolves links on purpose (it writes to the link's target) and ignores the count `write` returns,
// so a full disk could cut a file short; neither can be turned off, hence this small writer.

const CREATE = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);

export interface WriteOptions {
  /** Flush to the disk before the rename (data files, outputs); the cache does without. */
  fsync?: boolean;
  /** The new file's mode; a replaced file keeps its own. */
  mode?: number;
}

/** Writes every byte or throws: a short `write` (a full disk, a quota) is never taken for a whole one. */
export function writeAll(fd: number, bytes: Uint8Array): void {
  let done = 0;
  while (done < bytes.length) {
    const n = writeSync(fd, bytes, done, bytes.length - done);
    if (n <= 0) throw Object.assign(new Error('write returned no bytes'), { code: 'ENOSPC' });
    done += n;
  }
}

/** A new file created for writing that is neither there already nor reached through a link. */
export function createExclusive(path: string, mode = 0o666): number {
  return openSync(path, CREATE, mode);
}

export function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {}
}

function lstatOrNull(path: string): Stats | null {
  try {
    return lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * The folder `inside` below `root`, made one level at a time where it is missing (a recursive
 * mkdir reports ENOENT on a read-only file system, and never returns under /proc). A level that is
 * a link or not a folder is refused: a link there could lead anywhere.
 */
export function folderBelow(root: string, inside: string): string {
  let at = root;
  for (const part of normalize(inside)
    .split(sep)
    .filter((p) => p !== '' && p !== '.')) {
    if (part === '..') throw refused('edit.outside', { file: inside });
    at = join(at, part);
    const stat = lstatOrNull(at);
    if (stat === null) mkdirSync(at);
    else if (stat.isSymbolicLink()) throw refused('edit.link', { file: at });
    else if (!stat.isDirectory()) throw refused('edit.not-folder', { file: at });
  }
  return at;
}

/**
 * The real path of a folder the user named (made where missing). The folder itself may not be a
 * link: a link committed to a repository (`public -> /etc`) and named by a CI job would otherwise
 * be written through. Nor may any folder on the way below the working folder, which is the
 * repository's too (`public -> /etc` named as `--out public/ssl`). The folders above the working
 * folder, and those on the way to a folder outside it, are the user's own and are followed.
 */
export function userFolder(dir: string, cwd = process.cwd()): string {
  const inside = relative(cwd, resolve(cwd, dir));
  if (inside !== '' && inside !== '..' && !inside.startsWith(`..${sep}`) && !isAbsolute(inside)) {
    let at = cwd;
    for (const part of inside.split(sep).slice(0, -1)) {
      at = join(at, part);
      const stat = lstatOrNull(at);
      if (stat === null) break;
      if (stat.isSymbolicLink()) throw refused('edit.link', { file: at });
      if (!stat.isDirectory()) throw refused('edit.not-folder', { file: at });
    }
  }
  const stat = lstatOrNull(dir);
  if (stat?.isSymbolicLink()) throw refused('edit.link', { file: dir });
  if (stat && !stat.isDirectory()) throw refused('edit.not-folder', { file: dir });
  if (stat === null) {
    const parent = dirname(dir);
    if (parent !== dir) userFolder(parent);
    mkdirSync(dir);
  }
  return realpathSync(dir);
}

/** The file at `path` may be replaced: absent, or a regular file that is not a link. */
export function replaceable(path: string, shown: string): Stats | null {
  const stat = lstatOrNull(path);
  if (stat?.isSymbolicLink()) throw refused('edit.link', { file: shown });
  if (stat && !stat.isFile()) throw refused('edit.not-regular', { file: shown });
  return stat;
}

/**
 * Writes `bytes` to `file` below the folder `root` (whose real path the caller has): the folders in
 * between are made where missing and may not be links, the file itself is absent or a regular file.
 * The bytes go to a temporary file beside it, made new for this write, written in full and flushed,
 * then renamed over the file; any failure removes the temporary file and leaves the old one.
 */
export function writeBelow(
  root: string,
  file: string,
  bytes: Uint8Array | string,
  options: WriteOptions = {},
): string {
  const folder = folderBelow(root, dirname(file));
  const target = join(folder, file.split(/[\\/]/).at(-1)!);
  const old = replaceable(target, file);
  const temp = `${target}.samarbeid-${process.pid}.tmp`;
  // A temporary file of this process id can only be left by an earlier process that had it.
  if (lstatOrNull(temp)?.isFile()) unlinkQuietly(temp);
  const data = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
  const fd = createExclusive(temp, old ? old.mode & 0o7777 : (options.mode ?? 0o666));
  try {
    try {
      writeAll(fd, data);
      if (options.fsync !== false) fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
  } catch (error) {
    unlinkQuietly(temp);
    throw error;
  }
  return target;
}
