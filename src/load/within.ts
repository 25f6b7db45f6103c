import { realpathSync } from 'node:fs';
import { sep } from 'node:path';
import { errorCode } from './read-regular.js';

// docs/decisions.md: a data file or folder is read only when its real path (links resolved) lies
// inside the real path of its agreement folder. A link to ../../.git/config is never opened, so
// its content cannot surface in a YAML error.

export type Placed =
  | { ok: true; real: string }
  | { ok: false; reason: 'outside' }
  | { ok: false; reason: 'error'; code: string };

/** Both paths real and absolute. A string test, not path.relative: linear in the path's length. */
export function isWithin(root: string, real: string): boolean {
  return real === root || real.startsWith(root.endsWith(sep) ? root : root + sep);
}

export function realPath(path: string): { ok: true; real: string } | { ok: false; code: string } {
  try {
    return { ok: true, real: realpathSync.native(path) };
  } catch (error) {
    return { ok: false, code: errorCode(error) };
  }
}

/** Where `path` really is, if that is inside `root` (a real path). */
export function placeWithin(root: string, path: string): Placed {
  const real = realPath(path);
  if (!real.ok) return { ok: false, reason: 'error', code: real.code };
  return isWithin(root, real.real) ? real : { ok: false, reason: 'outside' };
}
