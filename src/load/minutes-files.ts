import { statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { type MinutesFiles, type MinutesLookup, minutesRef } from '../model/minutes-ref.js';
import { errorCode, kindOf } from './read-regular.js';
import { isWithin, realPath } from './within.js';

// SPEC section 10: a path in `minutes:` must name a file (docs/decisions.md, "Where a minutes
// path points"). Rules do not touch the disk, so the loader looks each path up and hands the
// answer to rule minutes-not-found. It looks on every run, after the file cache has answered for
// the YAML: the cache keeps what files say, never whether another file exists, so a referat
// deleted or added since the last run is seen at once. The file is never opened, only looked up.

/**
 * Looks up one path of `minutes`, relative to the agreement folder `dir` whose real path is
 * `root`. A path that leaves the folder by its letters (`../x.pdf`) is outside without a look at
 * the disk; one that leaves it by a link is outside once the link is resolved.
 */
export function lookUpMinutes(dir: string, root: string, path: string): MinutesLookup {
  const rel = relative(dir, resolve(dir, path));
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return { state: 'outside' };
  const real = realPath(join(dir, path));
  if (!real.ok) return failed(real.code);
  if (!isWithin(root, real.real)) return { state: 'outside' };
  try {
    const stat = statSync(real.real);
    return stat.isFile() ? { state: 'file' } : { state: 'not-a-file', kind: kindOf(stat) };
  } catch (error) {
    return failed(errorCode(error));
  }
}

// Node's own codes (ERR_INVALID_ARG_VALUE for a NUL in the path) name no file either.
const failed = (code: string): MinutesLookup =>
  code === 'ENOENT' || code === 'ENOTDIR' || code.startsWith('ERR_')
    ? { state: 'missing' }
    : { state: 'unreadable', code };

/** Every distinct path among the meetings' `minutes`, looked up once. */
export function minutesFiles(dir: string, root: string | null, values: Iterable<string>): MinutesFiles {
  const out = new Map<string, MinutesLookup>();
  if (root === null) return out;
  for (const value of values) {
    const ref = minutesRef(value);
    if (ref.kind === 'path' && !out.has(value)) out.set(value, lookUpMinutes(dir, root, ref.path));
  }
  return out;
}

/**
 * For `record meeting --minutes`: what is at `value` now, or null for a link. `suggested`: when
 * the path names no file from the agreement folder but does from the working folder (a path the
 * shell completed) and that file lies inside the agreement folder, the path from the folder.
 */
export function lookUpGiven(
  dir: string,
  value: string,
  cwd: string,
): { lookup: MinutesLookup | undefined; suggested: string | null } {
  const ref = minutesRef(value);
  const root = realPath(dir);
  if (ref.kind !== 'path' || !root.ok) return { lookup: undefined, suggested: null };
  const lookup = lookUpMinutes(dir, root.real, ref.path);
  if (lookup.state !== 'missing') return { lookup, suggested: null };
  const rel = relative(dir, resolve(cwd, ref.path)).split(sep).join('/');
  const fromFolder = minutesRef(rel);
  const found = fromFolder.kind === 'path' && lookUpMinutes(dir, root.real, rel).state === 'file';
  return { lookup, suggested: found ? rel : null };
}
