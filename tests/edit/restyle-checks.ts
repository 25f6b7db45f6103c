import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { diffChars } from 'diff';
import { parseYaml } from '../../src/load/parse-yaml.js';
import { ROOT } from '../helpers.js';
import type { Expected } from './record-case.js';
import { sameData } from './restyle.js';
import type { FolderData, RestyledFolder } from './restyled-folder.js';

// What every record on a restyled folder is held to: the new text holds the old data plus exactly
// the intended change, every byte outside the change is kept, and so are line endings and the BOM.

const BOM = '\uFEFF';

/** Writes the restyled folder into a fresh workspace beside its predecessor viken-2020; its path. */
export function writeFolder(folder: RestyledFolder): string {
  const ws = mkdtempSync(join(tmpdir(), 'samarbeid-restyle-'));
  cpSync(join(ROOT, 'data', 'viken-2020'), join(ws, 'viken-2020'), { recursive: true });
  const dir = join(ws, 'buskerud-2024');
  rewrite(dir, folder);
  return dir;
}

/** The folder's files as the restyler wrote them (and nothing else in it). */
export function rewrite(dir: string, folder: RestyledFolder): void {
  for (const [file, { text, style }] of Object.entries(folder.files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), (style.bom ? BOM : '') + text);
  }
}

export function hashes(dir: string): Record<string, string> {
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
  return Object.fromEntries(
    walk(dir).map((f) => [relative(dir, f), createHash('sha256').update(readFileSync(f)).digest('hex')]),
  );
}

/** The data every file must hold after the case: the old data with the intended change. */
export function expectedData(data: FolderData, expected: Expected): FolderData {
  const copy = structuredClone(data);
  if (expected.kind === 'change') expected.apply(copy);
  return copy;
}

export class Mismatch extends Error {}

/**
 * Checks one file's new text: it parses to `want`; outside the change no byte is lost (every piece
 * the edit removes is part of one line and holds no comment), unless the edit removes an item; and
 * the line endings are the old ones.
 */
export function checkText(
  file: string,
  before: string | null,
  after: string,
  want: unknown,
  removes: boolean,
) {
  const fail = (why: string) => {
    throw new Mismatch(`${file}: ${why}\n--- before\n${before}\n--- after\n${after}`);
  };
  const parsed = parseYaml(after);
  if (parsed.problems.length > 0) fail(`does not parse (${parsed.problems[0]?.rule})`);
  if (!sameData(parsed.value, want))
    fail(`holds other data than intended:\n${JSON.stringify(parsed.value)}\n!=\n${JSON.stringify(want)}`);
  if (before === null) return;
  if (!removes) {
    // Every line of the old text that is not part of a replaced value is still there, and so is
    // every full-line comment, as many times as before.
    for (const piece of diffChars(before, after).filter((p) => p.removed))
      if (/\n\s*[^\s#]+:\s/.test(piece.value)) fail(`removed a key's line: ${JSON.stringify(piece.value)}`);
    // (End-of-line comments cannot be told from a ` #` in a quoted text by a pattern; full-line ones can.)
    const comments = (text: string) => text.split(/\r?\n/).filter((l) => /^\s*#/.test(l));
    const left = comments(after);
    for (const c of comments(before)) {
      const i = left.indexOf(c);
      if (i < 0) fail(`lost the comment line ${JSON.stringify(c)}`);
      left.splice(i, 1);
    }
  }
  const crlf = /\r\n/.test(before);
  const lone = after.replace(/\r\n/g, '').includes('\n');
  if (crlf ? lone : after.includes('\r\n')) fail('line endings changed');
}

/** A file as on disk: its text without a BOM, and whether it had one. */
export function readWithBom(path: string): { text: string; bom: boolean } {
  const raw = readFileSync(path, 'utf8');
  return raw.startsWith(BOM) ? { text: raw.slice(1), bom: true } : { text: raw, bom: false };
}
