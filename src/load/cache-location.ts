import { statSync } from 'node:fs';
import { dirname, join, parse, resolve } from 'node:path';
import { CACHE_FOLDER, FileCache, MAX_SMALL_FILE } from './file-cache.js';
import { readSmall } from './read-regular.js';

/**
 * Where the cache lives: SAMARBEID_CACHE_DIR when set, else `samarbeid-cache` inside the git
 * folder of the work tree that holds the first agreement folder. Inside `.git` it can never be
 * committed, so a clone or a pull request cannot bring records that would pass off a file as
 * checked; it goes with the clone, and `git status` never shows it. Data outside git gets none.
 */
export function openFileCache(
  targets: readonly string[],
  build: string,
  env = process.env,
): FileCache | null {
  const first = targets[0];
  if (first === undefined) return null;
  const chosen = env.SAMARBEID_CACHE_DIR;
  if (chosen) return new FileCache(resolve(chosen), parse(resolve(chosen)).root, build);
  for (let dir = first; ; dir = dirname(dir)) {
    const gitDir = gitFolder(join(dir, '.git'));
    if (gitDir) return new FileCache(join(gitDir, CACHE_FOLDER), dir, build);
    if (dirname(dir) === dir) return null;
  }
}

/** The git folder of the work tree that holds `start`, or null outside git (as the cache finds it). */
export function gitFolderAbove(start: string): string | null {
  for (let dir = start; ; dir = dirname(dir)) {
    const gitDir = gitFolder(join(dir, '.git'));
    if (gitDir) return gitDir;
    if (dirname(dir) === dir) return null;
  }
}

// `.git` is a folder, or in worktrees and submodules a file that says `gitdir: <path>`. Git never
// lets a repository carry a `.git`, but a folder unpacked from elsewhere can: the folder it names
// is used only when it is a git folder (it holds HEAD), so that such a file cannot send the cache
// into any folder it likes.
function gitFolder(dotGit: string): string | null {
  try {
    if (statSync(dotGit).isDirectory()) return dotGit;
    const named = /^gitdir: (.+)$/m.exec(readSmall(dotGit, MAX_SMALL_FILE) ?? '')?.[1]?.trim();
    if (!named) return null;
    const gitDir = resolve(dirname(dotGit), named);
    return statSync(join(gitDir, 'HEAD')).isFile() ? gitDir : null;
  } catch {
    return null;
  }
}
