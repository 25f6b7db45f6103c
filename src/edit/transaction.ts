import { type FileEdit, Refusal } from './change.js';
import { commitChange } from './commit.js';
import { type FolderLock, lockFolder } from './lock.js';
import { verifyEdit } from './verify.js';

// The edit transaction every writer of agreement files goes through (record, init and schema
// --write): the folder's lock for the whole of it (the files are read again under it), each
// file's new text verified against the data operations it is meant to be, and the change written
// all or nothing (commit.ts, with the lock's journal).

/** Why the lock could not be had: a Refusal (busy, not ours) or the file system's code. */
export class LockFailed extends Error {
  constructor(
    readonly refusal: Refusal | null,
    readonly code: string,
  ) {
    super(refusal?.detail.id ?? code);
  }
}

/** Runs `work` holding the folder's lock (none for a dry run, which writes nothing). */
export async function underLock<T>(
  dir: string,
  dryRun: boolean,
  work: (lock: FolderLock | null) => Promise<T> | T,
): Promise<T> {
  let lock: FolderLock | null = null;
  if (!dryRun) {
    try {
      lock = await lockFolder(dir);
    } catch (error) {
      if (error instanceof Refusal) throw new LockFailed(error, 'refused');
      throw new LockFailed(null, (error as NodeJS.ErrnoException).code ?? 'error');
    }
  }
  try {
    return await work(lock);
  } finally {
    lock?.release();
  }
}

/** Each edit verified (an edit whose result is not what was meant is a bug, never written), then written. */
export function writeVerified(
  dir: string,
  edits: readonly FileEdit[],
  lock: FolderLock | null,
  verify: (edit: FileEdit) => void = verifyEdit,
): void {
  for (const edit of edits) verify(edit);
  commitChange(dir, edits, lock);
}
