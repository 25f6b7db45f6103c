import {
  chownSync,
  closeSync,
  constants,
  fchmodSync,
  fstatSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readSync,
  realpathSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { MAX_FILE_BYTES } from '../load/read-text.js';
import { conflict, type FileEdit, refused } from './change.js';
import type { FolderLock, Renames } from './lock.js';

// Writing a change: every file is checked (a regular file of the agreement folder, still as it
// was read), written beside itself in full and flushed, checked again, and only then renamed
// into place. write-file-atomic does the same for one file; a change may span two files, which
// must be written both or neither, so the prepare and the rename are split here.

interface Target {
  edit: FileEdit;
  /** The real path written (a link inside the folder is written through). */
  path: string;
  bom: boolean;
  mode: number | null;
  owner: { uid: number; gid: number } | null;
}

const BOM = '\uFEFF';
// ignoreBOM keeps the mark in the text, so that it is seen and written back.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !rel.startsWith(sep));
}

/** The file's text as on disk now (a byte-order mark set aside), or null when there is none. */
function readNow(path: string, file: string): { text: string; bom: boolean } | null {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
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

function check(dir: string, realDir: string, edit: FileEdit): Target {
  const given = join(dir, edit.file);
  let stat: ReturnType<typeof lstatSync> | null = null;
  try {
    stat = lstatSync(given);
  } catch {}
  // The real path, every link resolved: a file or a folder linked from outside is never written.
  let path = given;
  try {
    path = stat ? realpathSync(given) : join(realpathSync(nearestExisting(dirname(given))), '.');
  } catch {
    throw refused('edit.not-regular', { file: edit.file });
  }
  if (!inside(realDir, path)) throw refused('edit.outside', { file: edit.file });
  if (!stat) path = given;
  else stat = lstatSync(path);
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

function nearestExisting(folder: string): string {
  let at = folder;
  for (;;) {
    try {
      lstatSync(at);
      return at;
    } catch {
      at = dirname(at);
    }
  }
}

function writeTemp(target: Target, temp: string): void {
  mkdirSync(dirname(temp), { recursive: true });
  const fd = openSync(temp, 'wx', target.mode ?? 0o666);
  try {
    writeSync(fd, (target.bom ? BOM : '') + target.edit.after);
    if (target.owner && process.getuid?.() === 0) {
      try {
        chownSync(temp, target.owner.uid, target.owner.gid);
      } catch {}
    }
    // open() gives the mode less the umask (0640 comes out 0600 under umask 077); fchmod does not,
    // and comes after chown, which clears the set-id bits.
    if (target.mode !== null) fchmodSync(fd, target.mode);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {}
}

/**
 * Writes every file of a change or none: each is checked, written to a temporary file beside it
 * and flushed; just before the renames every file is read once more, so an edit saved meanwhile
 * by someone else is never overwritten.
 */
export function commitChange(dir: string, edits: readonly FileEdit[], lock: FolderLock | null): void {
  const realDir = realpathSync(dir);
  const targets = edits.map((edit) => check(dir, realDir, edit));
  const renames: Renames = targets.map((t) => [`${t.path}.samarbeid-${process.pid}.tmp`, t.path]);
  lock?.journal('preparing', renames);
  try {
    targets.forEach((t, i) => writeTemp(t, renames[i]![0]));
    for (const t of targets) check(dir, realDir, t.edit);
  } catch (error) {
    for (const [temp] of renames) unlinkQuietly(temp);
    throw error;
  }
  lock?.journal('committing', renames);
  for (const [temp, target] of renames) renameSync(temp, target);
  for (const folder of new Set(targets.map((t) => dirname(t.path)))) syncFolder(folder);
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
