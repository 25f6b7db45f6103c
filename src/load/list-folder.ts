import { type Dirent, lstatSync, readdirSync } from 'node:fs';
import type { Message } from '../model/finding.js';
import { errorCode } from './read-regular.js';
import { placeWithin } from './within.js';

export type Listing =
  | { ok: true; entries: Dirent[] }
  /** Nothing there: an optional folder that is simply absent. */
  | { ok: false; absent: true }
  | { ok: false; absent: false; rule: string; message: Message };

/** Whether anything, a dangling link included, has this name: it is then read and reported on. */
export function present(path: string): boolean {
  try {
    return lstatSync(path, { throwIfNoEntry: false }) !== undefined;
  } catch {
    return true;
  }
}

/**
 * The entries of a folder of an agreement folder (`meetings/`), if its real path lies inside
 * `root` (the agreement folder's real path). A file where the folder should be, a folder that
 * cannot be read, or a link out of the agreement folder: a finding, never an exception.
 */
export function listFolder(root: string, path: string, name: string): Listing {
  if (!present(path)) return { ok: false, absent: true };
  const placed = placeWithin(root, path);
  if (!placed.ok) {
    return placed.reason === 'outside'
      ? { ok: false, absent: false, rule: 'file-outside', message: { id: 'files.folder-outside' } }
      : folderUnreadable(placed.code, name);
  }
  try {
    return { ok: true, entries: readdirSync(placed.real, { withFileTypes: true }) };
  } catch (error) {
    return folderUnreadable(errorCode(error), name);
  }
}

export function folderUnreadable(code: string, name: string): Listing & { ok: false; absent: false } {
  const message: Message =
    code === 'ENOTDIR'
      ? { id: 'files.not-a-folder', params: { name } }
      : { id: 'files.folder-unreadable', params: { code } };
  return { ok: false, absent: false, rule: 'folder-unreadable', message };
}
