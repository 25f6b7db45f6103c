import type { Message } from '../model/finding.js';
import { gitLine } from './run-git.js';

// Which two revisions `diff` compares (SPEC section 15): BASE defaults to the merge base of HEAD
// with the default branch (`origin/HEAD`, else `main`, else `master`), HEAD to the working tree.

export type Resolved<T> = { ok: true; value: T } | { ok: false; message: Message };

/** The repository's top folder, or a message when `cwd` is not in a git repository. */
export function repositoryRoot(cwd: string): Resolved<string> {
  const top = gitLine(cwd, ['rev-parse', '--show-toplevel']);
  return top ? { ok: true, value: top } : { ok: false, message: { id: 'diff.not-a-repository' } };
}

/** A revision's commit id; a revision this clone does not hold says to fetch more history. */
export function commitOf(root: string, revision: string): Resolved<string> {
  // `--end-of-options`: a revision that starts with `-` is a revision, never an option.
  const id = gitLine(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`]);
  return id
    ? { ok: true, value: id }
    : { ok: false, message: { id: 'diff.missing-revision', params: { revision } } };
}

/** `origin/HEAD`, else `main`, else `master`: the first this clone holds. */
export function defaultBranch(root: string): string | null {
  for (const name of ['origin/HEAD', 'main', 'master'])
    if (gitLine(root, ['rev-parse', '--verify', '--quiet', `${name}^{commit}`])) return name;
  return null;
}

/** The merge base of `head` with the default branch; none (a shallow clone) says how to fetch more. */
export function defaultBase(root: string, head: string): Resolved<{ branch: string; commit: string }> {
  const branch = defaultBranch(root);
  if (branch === null) return { ok: false, message: { id: 'diff.no-default-branch' } };
  const base = gitLine(root, ['merge-base', head, branch]);
  if (!base) return { ok: false, message: { id: 'diff.no-merge-base', params: { branch } } };
  return { ok: true, value: { branch, commit: base } };
}
