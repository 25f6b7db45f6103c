import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';

// SPEC section 7: FIFOs, devices and links to them give findings, never a hang or unbounded
// memory. So a file is opened without blocking (a FIFO's open would otherwise wait for a writer)
// and without becoming a controlling terminal, its kind is asked of the open descriptor (no race
// with a swap between a stat and the open), and the size limit is kept while reading: stat's size
// is 0 for /dev/zero and for files of /proc.
const FLAGS = constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY;
const CHUNK = 64 * 1024;

export type FileKindOnDisk = 'directory' | 'fifo' | 'device' | 'socket' | 'other';

export type RegularRead =
  | { ok: true; bytes: Buffer }
  | { ok: false; reason: 'not-regular'; kind: FileKindOnDisk }
  /** size: what fstat says, or null when the file grew past the limit while being read. */
  | { ok: false; reason: 'too-large'; size: number | null }
  | { ok: false; reason: 'error'; code: string };

export function kindOf(stat: Stats): FileKindOnDisk {
  if (stat.isDirectory()) return 'directory';
  if (stat.isFIFO()) return 'fifo';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'device';
  if (stat.isSocket()) return 'socket';
  return 'other';
}

export const errorCode = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? 'error';

/** Reads a regular file of at most `max` bytes; anything else is refused, never waited for. */
export function readRegular(path: string, max: number): RegularRead {
  let fd: number;
  try {
    fd = openSync(path, FLAGS);
  } catch (error) {
    const code = errorCode(error);
    // Linux opens a folder read-only without complaint; other systems say EISDIR.
    return code === 'EISDIR'
      ? { ok: false, reason: 'not-regular', kind: 'directory' }
      : { ok: false, reason: 'error', code };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, reason: 'not-regular', kind: kindOf(stat) };
    if (stat.size > max) return { ok: false, reason: 'too-large', size: stat.size };
    return readAtMost(fd, max, stat.size);
  } catch (error) {
    return { ok: false, reason: 'error', code: errorCode(error) };
  } finally {
    closeSync(fd);
  }
}

// Reads until the end or until one byte past the limit, whichever comes first. The first buffer has
// room for what fstat says (0 for /proc and devices) and one byte more, so that the end of a small
// file is seen in the first two reads without taking 64 KiB for each of a workspace's many files.
function readAtMost(fd: number, max: number, size: number): RegularRead {
  let buffer = Buffer.allocUnsafe(Math.min(max + 1, size > 0 ? size + 1 : CHUNK));
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      const grown = Buffer.allocUnsafe(Math.min(max + 1, buffer.length * 2));
      buffer.copy(grown, 0, 0, length);
      buffer = grown;
    }
    const read = readSync(fd, buffer, length, buffer.length - length, null);
    if (read === 0) return { ok: true, bytes: buffer.subarray(0, length) };
    length += read;
    if (length > max) return { ok: false, reason: 'too-large', size: null };
  }
}

/** A small regular file's text, or null: for the cache's own files, which are never waited on. */
export function readSmall(path: string, max: number): string | null {
  const read = readRegular(path, max);
  return read.ok ? read.bytes.toString('utf8') : null;
}
