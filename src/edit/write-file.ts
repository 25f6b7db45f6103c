import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import writeFileAtomic from 'write-file-atomic';

/**
 * Writes through a temporary file in the same folder, flushed and renamed over the target, so a
 * reader or a crash sees either the whole old file or the whole new one.
 */
export function writeFileSafely(path: string, text: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  if (typeof text === 'string') writeFileAtomic.sync(path, text, { encoding: 'utf8', fsync: true });
  else writeFileAtomic.sync(path, Buffer.from(text), { fsync: true });
}
