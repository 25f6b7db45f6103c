import type { Tree } from '../load/tree-workspace.js';
import { runGit } from './run-git.js';

// A revision's files without a checkout (SPEC section 15): `ls-tree -r -z` lists them, one
// `cat-file --batch` reads the texts asked for. Nothing is written, not even to the index.

interface Entry {
  path: string;
  object: string;
  type: string;
}

function listTree(root: string, commit: string): Entry[] | null {
  const run = runGit(root, ['ls-tree', '-r', '-z', '--full-tree', commit]);
  if (!run.ok) return null;
  return run.stdout
    .toString('utf8')
    .split('\0')
    .filter((line) => line !== '')
    .map((line) => {
      const tab = line.indexOf('\t');
      const [, type = '', object = ''] = line.slice(0, tab).split(' ');
      return { path: line.slice(tab + 1), object, type };
    });
}

/** `cat-file --batch` output: `<id> blob <size>\n<bytes>\n` per object asked for, in order. */
function readBlobs(root: string, objects: readonly string[]): string[] | null {
  if (objects.length === 0) return [];
  const run = runGit(root, ['cat-file', '--batch'], `${objects.join('\n')}\n`);
  if (!run.ok) return null;
  const out = run.stdout;
  const texts: string[] = [];
  let at = 0;
  for (let i = 0; i < objects.length; i++) {
    const end = out.indexOf(0x0a, at);
    if (end < 0) return null;
    const header = out.subarray(at, end).toString('utf8').split(' ');
    if (header[1] === 'missing') return null;
    const size = Number(header[2]);
    texts.push(out.subarray(end + 1, end + 1 + size).toString('utf8'));
    at = end + 1 + size + 1;
  }
  return texts;
}

/** The files of `commit`; null when git cannot read them (an object a shallow clone lacks). */
export function readTree(root: string, commit: string, wanted: (path: string) => boolean): Tree | null {
  const entries = listTree(root, commit);
  if (entries === null) return null;
  const blobs = entries.filter((e) => e.type === 'blob');
  const picked = blobs.filter((e) => wanted(e.path));
  const texts = readBlobs(
    root,
    picked.map((e) => e.object),
  );
  if (texts === null) return null;
  return {
    paths: blobs.map((e) => e.path),
    texts: new Map(picked.map((e, i) => [e.path, texts[i] ?? ''])),
  };
}
