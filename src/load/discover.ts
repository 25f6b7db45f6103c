import { type Dirent, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import type { Message } from '../model/finding.js';
import { agreementAbove } from './find-root.js';
import { present } from './list-folder.js';
import { errorCode } from './read-regular.js';
import { isWithin, realPath } from './within.js';

export interface Discovery {
  /** Agreement folders to report on, absolute, sorted. */
  targets: string[];
  /** Other agreement folders of the same workspace, read only for their ids and `supersedes`. */
  neighbours: string[];
  /** Folders below a workspace that could not be read: each is a finding, the rest is still checked. */
  unreadable: Array<{ dir: string; code: string }>;
}

export type DiscoveryResult = { ok: true; value: Discovery } | { ok: false; message: Message };

// present(), not existsSync: an agreement.yaml that is a dangling link, a FIFO or a folder still
// makes an agreement folder, whose reading then reports what is wrong with it.
const isAgreementFolder = (dir: string) => present(join(dir, 'agreement.yaml'));
const skipped = (name: string) => name === 'node_modules' || name.startsWith('.');
// Plain concatenation: path.join would normalise the whole (ever longer) path at every level.
const child = (dir: string, name: string) => (dir.endsWith(sep) ? dir + name : dir + sep + name);

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

interface Folder {
  path: string;
  /** Its real path, built level by level from the root's: one realpath call per link, not per folder. */
  real: string;
}

/**
 * SPEC section 2: every folder below a workspace that holds an agreement.yaml is one agreement;
 * node_modules, dot-folders and symlinks that leave the workspace are skipped. Linear in the
 * number of folders, with an explicit stack: a tree 10,000 levels deep neither takes minutes nor
 * overflows the call stack.
 */
function walk(root: Folder, found: string[], unreadable: Discovery['unreadable']): void {
  const seen = new Set<string>([root.real]);
  const stack: Folder[] = [root];
  for (let folder = stack.pop(); folder !== undefined; folder = stack.pop()) {
    let entries: Dirent[];
    try {
      entries = readdirSync(folder.path, { withFileTypes: true });
    } catch (error) {
      unreadable.push({ dir: folder.path, code: errorCode(error) });
      continue;
    }
    for (const entry of entries) {
      if (entry.name === 'agreement.yaml') found.push(folder.path);
      if (skipped(entry.name)) continue;
      const path = child(folder.path, entry.name);
      let real: string | null = null;
      if (entry.isDirectory()) real = child(folder.real, entry.name);
      else if (entry.isSymbolicLink()) {
        const target = realPath(path);
        if (target.ok && isWithin(root.real, target.real) && isDirectory(target.real)) real = target.real;
      }
      // A link back into the tree is walked once, by whichever name comes first.
      if (real !== null && !seen.has(real)) {
        seen.add(real);
        stack.push({ path, real });
      }
    }
  }
}

function siblings(folder: string): string[] {
  const parent = dirname(folder);
  try {
    return readdirSync(parent, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !skipped(e.name))
      .map((e) => join(parent, e.name))
      .filter((dir) => dir !== folder && isAgreementFolder(dir));
  } catch {
    return [];
  }
}

export function discover(paths: readonly string[], cwd: string): DiscoveryResult {
  const targets: string[] = [];
  const neighbours: string[] = [];
  const unreadable: Discovery['unreadable'] = [];
  for (const given of paths.length > 0 ? paths : ['.']) {
    const path = resolve(cwd, given);
    let stat: ReturnType<typeof statSync>;
    try {
      stat = statSync(path);
    } catch (error) {
      const code = errorCode(error);
      const id = code === 'ENOENT' ? 'cli.no-such-path' : 'cli.unreadable-path';
      return { ok: false, message: { id, params: { path: given, code } } };
    }
    if (!stat.isDirectory()) {
      // A file (what pre-commit passes): its agreement is checked, the caller reports on the file.
      const dir = agreementAbove(dirname(path));
      if (dir === null)
        return { ok: false, message: { id: 'cli.outside-agreement', params: { path: given } } };
      targets.push(dir);
      for (const n of siblings(dir)) neighbours.push(n);
      continue;
    }
    if (isAgreementFolder(path)) {
      targets.push(path);
      for (const n of siblings(path)) neighbours.push(n);
      continue;
    }
    const real = realPath(path);
    if (!real.ok)
      return { ok: false, message: { id: 'cli.unreadable-path', params: { path: given, code: real.code } } };
    const found: string[] = [];
    const before = unreadable.length;
    walk({ path, real: real.real }, found, unreadable);
    // The named folder itself unreadable is a usage problem (SPEC section 6: exit 2), not a finding.
    const self = unreadable.find((u) => u.dir === path);
    if (self)
      return { ok: false, message: { id: 'cli.unreadable-path', params: { path: given, code: self.code } } };
    if (found.length === 0 && unreadable.length === before) {
      // A folder inside an agreement (its meetings/): that agreement, as for a file.
      const above = agreementAbove(path);
      if (above === null) return { ok: false, message: { id: 'cli.no-agreement', params: { path: given } } };
      targets.push(above);
      for (const n of siblings(above)) neighbours.push(n);
      continue;
    }
    for (const t of found) targets.push(t);
  }
  const unique = [...new Set(targets)].sort();
  const named = new Set(unique);
  const others = [...new Set(neighbours)].filter((n) => !named.has(n)).sort();
  return { ok: true, value: { targets: unique, neighbours: others, unreadable } };
}
