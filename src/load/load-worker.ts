import { parentPort, workerData } from 'node:worker_threads';
import { checkText } from './check-text.js';
import type { Checker } from './checker.js';
import type { Batch, CheckedFile, Loaded } from './parallel.js';
import { readAgreement } from './read-agreement.js';

// A worker thread of the parallel loader (parallel.ts): reads the agreement folders it is sent,
// each exactly as the serial loader does, and sends them back with the batch's place.
const { cwd, record } = workerData as { cwd: string; record: boolean };

parentPort?.on('message', (batch: Batch | null) => {
  if (batch === null) {
    parentPort?.close();
    return;
  }
  const loaded = batch.dirs.map((dir): Loaded => {
    const checked: CheckedFile[] = [];
    // What the cache keeps of each file; the values are the very objects of the folder's data,
    // so they cross to the main thread once.
    const check: Checker = (kind, source) => {
      const result = checkText(kind, source);
      if (record)
        checked.push({
          kind,
          file: source.file,
          text: source.text,
          value: result.ok ? result.value : undefined,
          ok: result.ok,
        });
      return result;
    };
    return { agreement: readAgreement(dir, cwd, check), checked };
  });
  parentPort?.postMessage({ start: batch.start, loaded });
});
