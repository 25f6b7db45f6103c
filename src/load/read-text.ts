import type { Message } from '../model/finding.js';
import { readRegular } from './read-regular.js';
import { placeWithin } from './within.js';

// Agreement files are a few kilobytes; anything this large is a mistake or an attack, and is
// refused before parsing.
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; rule: string; message: Message };

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a data file as text. `root` is the real path of its agreement folder: a file whose real
 * path lies outside it is not opened. Only regular files are read, and never more than the limit.
 */
export function readText(path: string, root: string): ReadResult {
  const placed = placeWithin(root, path);
  if (!placed.ok) {
    return placed.reason === 'outside'
      ? { ok: false, rule: 'file-outside', message: { id: 'files.outside' } }
      : unreadable(placed.code);
  }
  const read = readRegular(placed.real, MAX_FILE_BYTES);
  if (!read.ok) {
    switch (read.reason) {
      case 'not-regular':
        return {
          ok: false,
          rule: 'file-not-regular',
          message: { id: 'files.not-regular', params: { kind: { ref: `files.kind.${read.kind}` } } },
        };
      case 'too-large':
        return {
          ok: false,
          rule: 'file-too-large',
          message:
            read.size === null
              ? { id: 'files.too-large-while-read', params: { max: MAX_FILE_BYTES } }
              : { id: 'load.too-large', params: { size: read.size, max: MAX_FILE_BYTES } },
        };
      case 'error':
        return unreadable(read.code);
      default: {
        const never: never = read;
        throw new Error(`unknown read result ${JSON.stringify(never)}`);
      }
    }
  }
  const bytes = read.bytes;
  if (bytes.includes(0)) return { ok: false, rule: 'file-binary', message: { id: 'load.binary' } };
  const text = decodeUtf8(bytes);
  if (text === null) return { ok: false, rule: 'file-binary', message: { id: 'load.not-utf8' } };
  return { ok: true, text: text.startsWith('\uFEFF') ? text.slice(1) : text };
}

const unreadable = (code: string): ReadResult => ({
  ok: false,
  rule: 'file-unreadable',
  message: { id: 'load.unreadable', params: { code } },
});

function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}
