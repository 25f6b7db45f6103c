import { lstatSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { type AgreementData, allMeetings } from '../model/index.js';
import { minutesOf } from '../model/minutes.js';
import { type MinutesFiles, type MinutesLookup, minutesRef } from '../model/minutes-ref.js';
import { errorCode, kindOf } from './read-regular.js';
import { isWithin, realPath } from './within.js';

// SPEC section 10: a path in `minutes:` must name a file (docs/decisions.md, "Where a minutes
// path points"). Rules do not touch the disk, so the loader's side looks each path up and hands
// the answer to rule minutes-not-found. It looks whenever the rules run (validate, and record's
// check), after the file cache has answered for the YAML: the cache keeps what files say, never
// whether another file exists, so a referat deleted or added since the last run is seen at once.
// Commands that run no rules (status, calendar …) do not pay for the lookups. The file is never
// opened, only looked up.

/** Real paths of the folders that minutes lie in, by their path as written: one lookup a folder. */
type Folders = Map<string, ReturnType<typeof realPath>>;

/**
 * Looks up one path of `minutes`, relative to the agreement folder `dir` whose real path is
 * `root`. A path that leaves the folder by its letters (`../x.pdf`) is outside without a look at
 * the disk; one that leaves it by a link is outside once the link is resolved. The folder's real
 * path is asked once (`folders`), the file itself with one lstat: a year's minutes share a folder.
 */
export function lookUpMinutes(
  dir: string,
  root: string,
  path: string,
  folders: Folders = new Map(),
): MinutesLookup {
  const full = resolve(dir, path);
  const rel = relative(dir, full);
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return { state: 'outside' };
  // `x.pdf/` names a folder; the full resolution says what is there.
  if (/[/\\]$/.test(path)) return resolved(root, join(dir, path));
  const parent = dirname(full);
  const folder = folders.get(parent) ?? realPath(parent);
  folders.set(parent, folder);
  if (!folder.ok) return failed(folder.code);
  if (!isWithin(root, folder.real)) return { state: 'outside' };
  try {
    const stat = lstatSync(join(folder.real, basename(full)), { throwIfNoEntry: false });
    if (!stat) return { state: 'missing' };
    if (stat.isSymbolicLink()) return resolved(root, full);
    return stat.isFile() ? { state: 'file' } : { state: 'not-a-file', kind: kindOf(stat) };
  } catch (error) {
    return failed(errorCode(error));
  }
}

/** A path with links in it: resolved whole, then judged by where it really is. */
function resolved(root: string, path: string): MinutesLookup {
  const real = realPath(path);
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
  const folders: Folders = new Map();
  for (const value of values) {
    const ref = minutesRef(value);
    if (ref.kind === 'path' && !out.has(value)) out.set(value, lookUpMinutes(dir, root, ref.path, folders));
  }
  return out;
}

/** The lookups of every `minutes` path of an agreement folder as loaded; none when it did not load. */
export function minutesFilesOf(dir: string, data: AgreementData | null): MinutesFiles {
  const root = realPath(dir);
  if (!data || !root.ok) return new Map();
  return minutesFiles(
    dir,
    root.real,
    allMeetings(data).flatMap(({ meeting }) => {
      const { ref } = minutesOf(meeting);
      return ref ? [ref] : [];
    }),
  );
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
