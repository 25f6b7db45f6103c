import { join, posix } from 'node:path';
import { allMeetings } from '../model/index.js';
import { minutesOf } from '../model/minutes.js';
import { type MinutesFiles, type MinutesLookup, minutesRef } from '../model/minutes-ref.js';
import type { Checker } from './checker.js';
import { type LoadedAgreement, readAgreement } from './read-agreement.js';
import { knownOf, type Workspace } from './workspace.js';

// `samarbeid diff` reads a git revision through the same loader as the disk (read-agreement.ts):
// each agreement folder of the tree is read with its files' texts standing in for the files, so
// both sides of a diff are parsed, checked and computed by one code path. Reads nothing itself.

/** A revision's files (src/git/read-tree.ts). */
export interface Tree {
  /** Every file's path from the repository's top, with `/`. */
  paths: string[];
  /** The texts of the files asked for, by path. */
  texts: Map<string, string>;
}

const READ = /^(?:[^/]+|action-plans\/[^/]+|meetings\/[^/]+)\.ya?ml$/;

/** The agreement folders of a tree, from the repository's top (`` for the top itself). */
export function agreementFolders(paths: readonly string[]): string[] {
  return (
    paths
      .filter((p) => posix.basename(p) === 'agreement.yaml')
      // As discovery walks the disk (src/load/discover.ts): no node_modules, no dot-folders.
      .filter((p) => !p.split('/').some((part) => part === 'node_modules' || part.startsWith('.')))
      .map((p) => posix.dirname(p))
      .map((d) => (d === '.' ? '' : d))
      .sort()
  );
}

const inside = (folder: string) => (folder === '' ? '' : `${folder}/`);

/** What a revision holds at a `minutes` path: the tree's listing answers, as the disk does for the working tree. */
export function treeMinutes(tree: Tree, folder: string, loaded: LoadedAgreement): MinutesFiles {
  const out = new Map<string, MinutesLookup>();
  if (!loaded.data) return out;
  for (const { meeting } of allMeetings(loaded.data)) {
    const value = minutesOf(meeting).ref;
    const ref = value ? minutesRef(value) : null;
    if (!value || ref?.kind !== 'path' || out.has(value)) continue;
    const full = posix.normalize(`${inside(folder)}${ref.path}`).replace(/\/$/, '');
    const within = folder === '' ? !full.startsWith('..') : full.startsWith(inside(folder));
    if (!within) out.set(value, { state: 'outside' });
    else if (tree.paths.includes(full)) out.set(value, { state: 'file' });
    else if (tree.paths.some((p) => p.startsWith(`${full}/`)))
      out.set(value, { state: 'not-a-file', kind: 'directory' });
    else out.set(value, { state: 'missing' });
  }
  return out;
}

export interface TreeWorkspace {
  workspace: Workspace;
  /** The folder of each agreement read, from the repository's top, by its absolute dir. */
  folders: Map<string, string>;
}

/**
 * The agreements of a revision that `include` keeps, read as the loader reads a folder; known
 * (for `supersedes` and unique ids) are those and the agreement folders beside them, as the
 * neighbours discovery finds on disk.
 */
export function treeWorkspace(
  tree: Tree,
  root: string,
  cwd: string,
  include: (folder: string) => boolean,
  check: Checker,
): TreeWorkspace {
  const folders = new Map<string, string>();
  const all = agreementFolders(tree.paths).map((folder) => {
    const prefix = inside(folder);
    const texts = new Map<string, string>();
    for (const [path, text] of tree.texts) {
      if (!path.startsWith(prefix)) continue;
      const rel = path.slice(prefix.length);
      if (READ.test(rel)) texts.set(rel, text);
    }
    const top = tree.paths.filter((p) => p.startsWith(prefix) && !p.slice(prefix.length).includes('/'));
    const dir = join(root, folder);
    folders.set(dir, folder);
    const names = top.map((p) => p.slice(prefix.length));
    return { folder, loaded: readAgreement(dir, cwd, check, texts, new Set(), names) };
  });
  const kept = all.filter((a) => include(a.folder));
  const parents = new Set(kept.map((a) => posix.dirname(a.folder)));
  const beside = all.filter((a) => !kept.includes(a) && parents.has(posix.dirname(a.folder)));
  const known = knownOf([...kept, ...beside].map((a) => a.loaded));
  return { workspace: { agreements: kept.map((a) => a.loaded), known }, folders };
}
