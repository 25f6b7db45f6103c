import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FileKind } from '../model/index.js';
import type { Checker } from './checker.js';
import type { FileCache } from './file-cache.js';
import type { LoadedAgreement } from './read-agreement.js';

// Loading agreement folders on worker threads (docs/performance.md). Each folder is read by one
// worker exactly as the serial loader reads it; results are put back in the order of the folders,
// so that everything after loading sees what the serial path gives. Reading and parsing the files
// is most of a cold `validate`; the rules then run on the main thread as before.

/** One file as its worker checked it: what the file cache needs to keep it. */
export interface CheckedFile {
  kind: FileKind;
  file: string;
  text: string;
  ok: boolean;
  value: unknown;
}

export interface Loaded {
  agreement: LoadedAgreement;
  /** Empty unless the caller keeps a cache. */
  checked: CheckedFile[];
}

export interface Batch {
  start: number;
  dirs: string[];
}

// Folders per message to a worker.
const BATCH = 8;
// Two batches in flight per worker: it need not wait while the main thread takes a result in.
const IN_FLIGHT = 2;

// The bundle puts this module in dist/chunks/, next to the worker's entry (scripts/build.js).
const WORKER = new URL('./load-worker.js', import.meta.url);

/**
 * The folders loaded on `count` workers (workers-for.ts), in their order; null when there is no
 * built worker (run from the sources, as tests do): the serial path does the work then.
 */
export async function loadInParallel(
  dirs: readonly string[],
  cwd: string,
  record: boolean,
  count: number,
): Promise<Loaded[] | null> {
  if (count === 0 || !existsSync(fileURLToPath(WORKER))) return null;
  const results: Loaded[] = new Array(dirs.length);
  let next = 0;
  const run = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(WORKER, { workerData: { cwd, record } });
      let pending = 0;
      const send = () => {
        if (next >= dirs.length) return;
        const batch: Batch = { start: next, dirs: dirs.slice(next, next + BATCH) };
        next += batch.dirs.length;
        pending++;
        worker.postMessage(batch);
      };
      worker.on('message', ({ start, loaded }: { start: number; loaded: Loaded[] }) => {
        for (const [i, one] of loaded.entries()) results[start + i] = one;
        pending--;
        send();
        if (pending === 0) worker.postMessage(null);
      });
      worker.on('error', reject);
      worker.on('exit', () =>
        pending === 0 ? resolve() : reject(new Error('a loader worker stopped early')),
      );
      for (let i = 0; i < IN_FLIGHT; i++) send();
      if (pending === 0) worker.postMessage(null);
    });
  await Promise.all(Array.from({ length: count }, run));
  return results;
}

/**
 * Gives the file cache what a worker checked in one folder, through the cache's own checker: it
 * keeps what it would have kept had the folder been read on the main thread.
 */
export function keepInCache(cache: FileCache, dir: string, checked: readonly CheckedFile[]): void {
  const byFile = new Map(checked.map((c) => [c.file, c]));
  const answer: Checker = (_kind, source) => {
    const c = byFile.get(source.file);
    return c?.ok ? { ok: true, value: c.value } : { ok: false, findings: [], raw: null };
  };
  const check = cache.checkers(answer).folder(dir);
  for (const c of checked) check(c.kind, { file: c.file, display: c.file, text: c.text, parsed: null });
}
