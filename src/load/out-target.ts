import { lstatSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Message } from '../model/finding.js';
import { errorCode } from './read-regular.js';

// SPEC section 7: `remind --out` into /proc, onto a FIFO or a device must not hang or write
// through; it is a usage problem (one line, exit 2), found before anything is written.

/** Why `dir` cannot be the output folder, or null: it is a folder, or can be made in one. */
export function outFolderProblem(dir: string, given: string): Message | null {
  for (let at = resolve(dir); ; at = dirname(at)) {
    try {
      return statSync(at).isDirectory() ? null : { id: 'files.out-not-folder', params: { path: given } };
    } catch (error) {
      const code = errorCode(error);
      if (code === 'ENOTDIR') return { id: 'files.out-not-folder', params: { path: given } };
      if (code !== 'ENOENT' || dirname(at) === at)
        return { id: 'cli.write-failed', params: { path: given, code } };
    }
  }
}

/** Why the output file cannot be written, or null: it is absent or a regular file (not a link). */
export function outFileProblem(path: string): Message | null {
  try {
    const stat = lstatSync(path, { throwIfNoEntry: false });
    return stat === undefined || stat.isFile() ? null : { id: 'files.out-not-regular', params: { path } };
  } catch (error) {
    return { id: 'cli.write-failed', params: { path, code: errorCode(error) } };
  }
}
