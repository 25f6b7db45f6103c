import { closeSync, fsyncSync, lstatSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { fileId } from '../load/lock-file.js';
import { UNDO_FORMAT, UNDO_MAX_FILES, type UndoRecord, undoPlace } from '../load/undo-record.js';
import type { FileEdit } from './change.js';
import { createExclusive, unlinkQuietly, writeAll } from './safe-write.js';

// Keeps the undo record of the last change (src/load/undo-record.ts says where and how it is
// read). Written beside itself and renamed into place, under the folder's lock; never through a
// link: a folder on the way that is a link (planted `.samarbeid`) means no undo data is kept.

/** The record's folder, made where missing; each folder on the way a real folder. */
function recordFolder(realDir: string): { folder: string; file: string; ignore: boolean } {
  const place = undoPlace(realDir);
  let at = place.base;
  for (const part of place.parts) {
    at = join(at, part);
    try {
      mkdirSync(at, { mode: 0o700 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const stat = lstatSync(at);
    if (stat.isSymbolicLink() || !stat.isDirectory())
      throw Object.assign(new Error(`not a folder: ${at}`), { code: 'ENOTDIR' });
  }
  return { folder: at, file: place.file, ignore: place.ignore };
}

function writeFile(path: string, text: string): void {
  const temp = `${path}.${process.pid}`;
  unlinkQuietly(temp);
  const fd = createExclusive(temp, 0o600);
  try {
    writeAll(fd, Buffer.from(text, 'utf8'));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    renameSync(temp, path);
  } catch (error) {
    unlinkQuietly(temp);
    throw error;
  }
}

/** Keeps what the change wrote, so that `record undo` can reverse it; a change of many files is not kept. */
export function saveUndo(realDir: string, edits: readonly FileEdit[]): void {
  const { folder, file, ignore } = recordFolder(realDir);
  const path = join(folder, file);
  if (edits.length === 0 || edits.length > UNDO_MAX_FILES) {
    dropUndo(realDir);
    return;
  }
  if (ignore) {
    // `.samarbeid/undo/.gitignore`: the folder ignores itself, so no .gitignore of the user's needs a line.
    try {
      const fd = createExclusive(join(folder, '.gitignore'), 0o644);
      try {
        writeAll(fd, Buffer.from('*\n', 'utf8'));
      } finally {
        closeSync(fd);
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  let files: UndoRecord['files'];
  try {
    files = edits.map((e) => ({
      file: e.file,
      before: e.before,
      after: e.after,
      id: fileId(lstatSync(join(realDir, ...e.file.split('/')), { bigint: true })),
    }));
  } catch {
    // A file the change wrote is not there to be named: this change is not kept for undo.
    dropUndo(realDir);
    return;
  }
  const record: UndoRecord = { format: UNDO_FORMAT, folder: realDir, files };
  writeFile(path, JSON.stringify(record));
}

/** After an undo (one level) or a change that cannot be undone: no record is left. */
export function dropUndo(realDir: string): void {
  const place = undoPlace(realDir);
  let at = place.base;
  for (const part of [...place.parts, place.file]) {
    at = join(at, part);
    try {
      if (lstatSync(at).isSymbolicLink()) return;
    } catch {
      return;
    }
  }
  unlinkQuietly(at);
}
