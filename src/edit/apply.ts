import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FileChange } from './change.js';
import { writeFileSafely } from './write-file.js';

function current(path: string): string | null {
  try {
    return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

export type Applied = { ok: true } | { ok: false; reason: 'changed-on-disk' };

/**
 * Writes a change unless the file changed since it was read (someone else's edit would be lost);
 * the write itself is atomic.
 */
export function applyChange(dir: string, change: FileChange): Applied {
  const path = join(dir, change.file);
  if (current(path) !== change.before) return { ok: false, reason: 'changed-on-disk' };
  writeFileSafely(path, change.after);
  return { ok: true };
}
