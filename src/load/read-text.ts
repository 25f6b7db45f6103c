import { readFileSync, statSync } from 'node:fs';
import type { Message } from '../model/finding.js';

// Agreement files are a few kilobytes; anything this large is a mistake or an attack, and is
// refused before parsing.
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; rule: string; message: Message };

const decoder = new TextDecoder('utf-8', { fatal: true });

export function readText(path: string): ReadResult {
  try {
    const size = statSync(path).size;
    if (size > MAX_FILE_BYTES) {
      return {
        ok: false,
        rule: 'file-too-large',
        message: { id: 'load.too-large', params: { size, max: MAX_FILE_BYTES } },
      };
    }
    const bytes = readFileSync(path);
    if (bytes.includes(0)) return { ok: false, rule: 'file-binary', message: { id: 'load.binary' } };
    const text = decodeUtf8(bytes);
    if (text === null) return { ok: false, rule: 'file-binary', message: { id: 'load.not-utf8' } };
    return { ok: true, text: text.startsWith('\uFEFF') ? text.slice(1) : text };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return { ok: false, rule: 'file-unreadable', message: { id: 'load.unreadable', params: { code } } };
  }
}

function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}
