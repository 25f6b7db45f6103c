import { discover } from '../load/discover.js';
import { CacheMiss, type Checkers, openFileCache, uncached } from '../load/file-cache.js';
import { loadWorkspace, type Workspace } from '../load/workspace.js';
import { BUILD } from '../version.js';
import { UsageError } from './context.js';

export interface OpenOptions {
  /** Use the file cache (`--no-cache` turns it off); only a built CLI has one. */
  cache?: boolean;
  cwd?: string;
}

/**
 * Finds and loads the agreements. On unchanged data the cache answers for every file and the
 * YAML parser and zod are never loaded; at the first file it cannot answer for, they are.
 */
export async function openWorkspace(paths: readonly string[], options: OpenOptions = {}): Promise<Workspace> {
  const cwd = options.cwd ?? process.cwd();
  const found = discover(paths, cwd);
  if (!found.ok) throw new UsageError(found.message);
  const cache = options.cache !== false && BUILD !== null ? openFileCache(found.value.targets, BUILD) : null;
  if (cache) {
    try {
      return loadWorkspace(found.value, cwd, cache.checkers(null));
    } catch (error) {
      if (!(error instanceof CacheMiss)) throw error;
    }
  }
  const { checkText } = await import('../load/check-text.js');
  const checkers: Checkers = cache ? cache.checkers(checkText) : uncached(checkText);
  const workspace = loadWorkspace(found.value, cwd, checkers);
  await cache?.save();
  return workspace;
}
