import { availableParallelism } from 'node:os';

// Apart from parallel.ts, so that deciding against workers loads neither it nor worker_threads.

// Below this many folders a worker's start (loading the parser and zod again, ~150 ms on the
// bench machine) costs more than sharing the work saves; measured in docs/performance.md.
export const MIN_FOLDERS = 60;

/**
 * How many worker threads to load `folders` agreement folders on: none below MIN_FOLDERS or on
 * one core, else one per core. SAMARBEID_WORKERS overrides it (0: never; the tests use it to
 * compare the two paths on small fixtures).
 */
export function workersFor(folders: number): number {
  const forced = process.env.SAMARBEID_WORKERS;
  if (forced !== undefined && /^\d+$/.test(forced)) return Math.min(Number(forced), folders);
  const cores = availableParallelism();
  if (cores < 2 || folders < MIN_FOLDERS) return 0;
  return Math.min(cores, Math.ceil(folders / 8));
}
