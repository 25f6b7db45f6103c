import {
  chownSync,
  closeSync,
  constants,
  fchmodSync,
  fstatSync,
  fsyncSync,
  lstatSync,
  openSync,
  readSync,
  realpathSync,
  renameSync,
  type Stats,
  unlinkSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileId, tempFor } from '../load/lock-file.js';
import { MAX_FILE_BYTES } from '../load/read-text.js';
import { isWithin } from '../load/within.js';
import { conflict, type FileEdit, refused } from './change.js';
import type { FolderLock, Renames } from './lock.js';
import { createExclusive, folderBelow, unlinkQuietly, writeAll } from './safe-write.js';

// Writing a change: every file is checked (a regular file of the agreement folder, reached through
// no link, still as it was read), written beside itself in full and flushed, checked again, and
// only then renamed into place. A change may span several files, which must be written all or
// none, so the prepare and the renames are split, and the folder's lock holds their journal.

interface Target {
  edit: FileEdit;
  /** The path written: the file in the agreement folder's real path. */
  path: string;
  bom: boolean;
  mode: number | null;
  owner: { uid: number; gid: number } | null;
}

const BOM = '\uFEFF';
// ignoreBOM keeps the mark in the text, so that it is seen and written back.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The file's text as on disk now (a byte-order mark set aside), or null when there is none. */
function readNow(path: string, file: string): { text: string; bom: boolean } | null {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | (constants.O_NOFOLLOW ?? 0));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw refused('edit.cannot-read', { file, code: (error as NodeJS.ErrnoException).code ?? 'error' });
  }
  try {
    if (!fstatSync(fd).isFile()) throw refused('edit.not-regular', { file });
    const buffer = Buffer.alloc(MAX_FILE_BYTES + 1);
    let size = 0;
    for (let n = 1; n > 0 && size < buffer.length; size += n)
      n = readSync(fd, buffer, size, buffer.length - size, null);
    if (size > MAX_FILE_BYTES) throw refused('edit.too-large', { file });
    let text: string;
    try {
      text = decoder.decode(buffer.subarray(0, size));
    } catch {
      throw refused('edit.not-utf8', { file });
    }
    return text.startsWith(BOM) ? { text: text.slice(1), bom: true } : { text, bom: false };
  } finally {
    closeSync(fd);
  }
}

function lstatOrNull(path: string): Stats | null {
  try {
    return lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** A link on the way: one that leads out of the folder is named so, any other is still a link. */
function linkRefusal(realDir: string, path: string, file: string) {
  let real: string | null = null;
  try {
    real = realpathSync(path);
  } catch {}
  return refused(real !== null && isWithin(realDir, real) ? 'edit.link' : 'edit.outside', { file });
}

function check(realDir: string, edit: FileEdit): Target {
  const parts = edit.file.split('/');
  if (parts.some((p) => p === '..' || p === '')) throw refused('edit.outside', { file: edit.file });
  // Every folder on the way exists as a folder, or not yet; none is a link.
  let at = realDir;
  for (const part of parts.slice(0, -1)) {
    if (part === '.') continue;
    at = join(at, part);
    const stat = lstatOrNull(at);
    if (stat === null) break;
    if (stat.isSymbolicLink()) throw linkRefusal(realDir, at, edit.file);
    if (!stat.isDirectory()) throw refused('edit.not-regular', { file: edit.file });
  }
  const path = join(realDir, edit.file);
  const stat = lstatOrNull(path);
  if (stat?.isSymbolicLink()) throw linkRefusal(realDir, path, edit.file);
  if (stat && !stat.isFile()) throw refused('edit.not-regular', { file: edit.file });
  if (stat && stat.nlink > 1) throw refused('edit.hard-link', { file: edit.file, links: stat.nlink });
  if (stat && (stat.mode & 0o222) === 0) throw refused('edit.read-only', { file: edit.file });
  const now = stat ? readNow(path, edit.file) : null;
  if ((now?.text ?? null) !== edit.before) throw conflict('edit.changed-on-disk', { file: edit.file });
  return {
    edit,
    path,
    bom: now?.bom ?? false,
    mode: stat ? stat.mode & 0o7777 : null,
    owner: stat ? { uid: stat.uid, gid: stat.gid } : null,
  };
}

/** Writes the temporary file; returns its identity on disk, for the journal. */
function writeTemp(realDir: string, target: Target, temp: string): string {
  folderBelow(realDir, dirname(target.edit.file));
  const fd = createExclusive(temp, target.mode ?? 0o666);
  try {
    writeAll(fd, Buffer.from((target.bom ? BOM : '') + target.edit.after, 'utf8'));
    if (target.owner && process.getuid?.() === 0) {
      try {
        chownSync(temp, target.owner.uid, target.owner.gid);
      } catch {}
    }
    // open() gives the mode less the umask (0640 comes out 0600 under umask 077); fchmod does not,
    // and comes after chown, which clears the set-id bits.
    if (target.mode !== null) fchmodSync(fd, target.mode);
    fsyncSync(fd);
    return fileId(fstatSync(fd, { bigint: true }));
  } finally {
    closeSync(fd);
  }
}

/**
 * The order of the renames: new files and files that gain first, files that lose something last,
 * agreement.yaml (which makes a folder an agreement) after the files beside it. A writer killed
 * between two renames then leaves a record twice (which validate reports), never nowhere.
 */
function rank(edit: FileEdit): number {
  if (edit.ops.some((op) => op.op === 'remove')) return 2;
  return edit.file === 'agreement.yaml' ? 1 : 0;
}

/**
 * Writes every file of a change or none: each is checked, written to a temporary file beside it
 * and flushed; just before the renames every file is read once more, so an edit saved meanwhile
 * by someone else is never overwritten.
 */
export function commitChange(dir: string, edits: readonly FileEdit[], lock: FolderLock | null): void {
  const realDir = realpathSync(dir);
  const ordered = [...edits].sort((a, b) => rank(a) - rank(b));
  const targets = ordered.map((edit) => check(realDir, edit));
  const renames: Renames = targets.map((t) => [tempFor(t.edit.file, process.pid), t.edit.file]);
  const temps = renames.map(([temp]) => join(realDir, temp));
  try {
    lock?.journal('preparing', renames);
    const files = targets.map((t, i) => writeTemp(realDir, t, temps[i]!));
    for (const t of targets) check(realDir, t.edit);
    lock?.journal('committing', renames, files);
  } catch (error) {
    for (const temp of temps) unlinkQuietly(temp);
    throw error;
  }
  // From here the journal finishes the change if this process dies, or if a rename fails.
  targets.forEach((t, i) => renameSync(temps[i]!, t.path));
  lock?.finished();
  for (const folder of new Set(targets.map((t) => dirname(t.path)))) syncFolder(folder);
}

/** Refuses, as a write would, a file that is not as `text` says (a link, changed, not regular). */
export function checkFile(dir: string, file: string, text: string): void {
  check(realpathSync(dir), { file, before: text, after: text, ops: [] });
}

/** Removes a file that the change to be undone created, checked as a write is, just before. */
export function removeFile(dir: string, file: string, text: string): void {
  const target = check(realpathSync(dir), { file, before: text, after: text, ops: [] });
  unlinkSync(target.path);
  syncFolder(dirname(target.path));
}

// The rename is durable only once the folder itself is flushed; not every platform allows it.
function syncFolder(folder: string): void {
  try {
    const fd = openSync(folder, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {}
}
