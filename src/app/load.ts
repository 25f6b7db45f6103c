import { openFileCache } from '../load/cache-location.js';
import type { Checker } from '../load/checker.js';
import type { Discovery } from '../load/discover.js';
import { discover } from '../load/discover.js';
import { CacheMiss, type Checkers, type FileCache, uncached } from '../load/file-cache.js';
import { type LoadedAgreement, readAgreement } from '../load/read-agreement.js';
import { workersFor } from '../load/workers-for.js';
import { knownOf, loadWorkspace, peek, type Workspace, withUnreadable } from '../load/workspace.js';
import { BUILD } from '../version.js';
import { UsageError } from './usage-error.js';

export interface OpenOptions {
  /** Use the file cache (`--no-cache` turns it off); only a built CLI has one. */
  cache?: boolean;
  cwd?: string;
}

type Parallel = typeof import('../load/parallel.js');
let parallelModule: Parallel | null = null;

// Worker threads only when there are many folders to parse; their code is not loaded otherwise.
async function loadInParallel(dirs: string[], cwd: string, record: boolean) {
  const count = workersFor(dirs.length);
  if (count === 0) return null;
  parallelModule ??= await import('../load/parallel.js');
  return parallelModule.loadInParallel(dirs, cwd, record, count);
}

// The YAML parser and zod: loaded at the first file the cache cannot answer for.
const fullChecker = async (): Promise<Checker> => (await import('../load/check-text.js')).checkText;

/** Finds and loads the agreements; through the cache when there is one. */
export async function openWorkspace(paths: readonly string[], options: OpenOptions = {}): Promise<Workspace> {
  const cwd = options.cwd ?? process.cwd();
  const found = discover(paths, cwd);
  if (!found.ok) throw new UsageError(found.message);
  const cache = options.cache !== false && BUILD !== null ? openFileCache(found.value.targets, BUILD) : null;
  if (!cache) {
    const parallel = await loadInParallel(found.value.targets, cwd, false);
    const loaded = parallel?.map((p) => p.agreement) ?? null;
    return loadWorkspace(found.value, cwd, uncached(await fullChecker()), loaded);
  }
  const workspace = await loadCached(found.value, cwd, cache);
  await cache.save(() => import('../edit/safe-write.js'));
  return workspace;
}

// Folder by folder, so that a miss costs reading that one folder again, not the workspace.
async function loadCached(found: Discovery, cwd: string, cache: FileCache): Promise<Workspace> {
  let full: Checker | null = null;
  async function attempt<T>(load: (checkers: Checkers) => T): Promise<T> {
    try {
      return load(cache.checkers(full));
    } catch (error) {
      if (!(error instanceof CacheMiss)) throw error;
      full = await fullChecker();
      return load(cache.checkers(full));
    }
  }
  // First from the cache alone; the folders it cannot answer for are read after, on workers
  // when there are many (the first run, or after a change of build).
  const read: LoadedAgreement[] = [];
  const missed: number[] = [];
  for (const [i, dir] of found.targets.entries()) {
    try {
      read[i] = readAgreement(dir, cwd, cache.checkers(null).folder(dir));
    } catch (error) {
      if (!(error instanceof CacheMiss)) throw error;
      missed.push(i);
    }
  }
  const parallel = await loadInParallel(
    missed.map((i) => found.targets[i]!),
    cwd,
    true,
  );
  for (const [j, i] of missed.entries()) {
    const dir = found.targets[i]!;
    const done = parallel?.[j];
    if (done) parallelModule?.keepInCache(cache, dir, done.checked);
    read[i] = done?.agreement ?? (await attempt((c) => readAgreement(dir, cwd, c.folder(dir))));
  }
  const agreements = withUnreadable(read, found, cwd);
  const known = knownOf(agreements);
  for (const dir of found.neighbours) {
    const neighbour = await attempt((c) => peek(dir, cwd, c.neighbour(dir)));
    if (neighbour) known.push(neighbour);
  }
  return { agreements, known };
}
