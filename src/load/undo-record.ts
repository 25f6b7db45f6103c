import { createHash } from 'node:crypto';
import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import { gitFolderAbove } from './cache-location.js';
import { readRegular } from './read-regular.js';
import { MAX_FILE_BYTES } from './read-text.js';

// SPEC section 14: `record undo` reverses the last change of a `record` in a folder. Its data is
// kept where the cache is: `.git/samarbeid-undo/` in a git repository (never committed), else
// `.samarbeid/undo/` in the agreement folder, beside a `.gitignore` of `*`. Undo data may have
// been planted or damaged (SPEC section 8, issue 24), so it is read as input from someone else:
// through no link, of a bounded size, and believed only when it is exactly what samarbeid writes
// for this very folder, naming only files inside it. Anything else is "nothing to undo".

export const UNDO_FORMAT = 'samarbeid-undo/2';
const FILE_ID = /^\d{1,24}:\d{1,24}:\d{1,30}$/;
/** A record changes at most a few files; more is no record of ours. */
export const UNDO_MAX_FILES = 4;
const MAX_UNDO_BYTES = UNDO_MAX_FILES * 2 * MAX_FILE_BYTES * 2;

export interface UndoFile {
  /** Path inside the agreement folder, with forward slashes. */
  file: string;
  /** The text before the change; null when the change created the file. */
  before: string | null;
  /** The text the change wrote. */
  after: string;
  /**
   * The written file's identity on disk (lock-file.ts fileId: device, inode, status change), as the
   * change left it. Undo data that came with a folder (an unpacked archive outside git) names files
   * made by the unpacking, whose identities no one could know, so it never matches (issue 24).
   */
  id: string;
}

export interface UndoRecord {
  format: typeof UNDO_FORMAT;
  /** The agreement folder's real path: undo data of another folder is not used. */
  folder: string;
  files: UndoFile[];
}

export interface UndoPlace {
  /** A folder that exists (the git folder, or the agreement folder). */
  base: string;
  /** The folders below it that hold the record, made when missing. */
  parts: string[];
  /** The record's file name. */
  file: string;
  /** Outside git: the folder gets a `.gitignore` of `*`. */
  ignore: boolean;
}

export function undoPlace(realDir: string): UndoPlace {
  const git = gitFolderAbove(realDir);
  if (git) {
    // One git folder, many agreement folders: one record each, named by the folder.
    const name = createHash('sha256').update(realDir).digest('hex').slice(0, 32);
    return { base: git, parts: ['samarbeid-undo'], file: `${name}.json`, ignore: false };
  }
  return { base: realDir, parts: ['.samarbeid', 'undo'], file: 'last.json', ignore: true };
}

// A path as samarbeid writes one: folders and a YAML file, no dot file, no `..`, no `\`, not absolute.
const SEGMENT = /^[\p{L}\p{N}_][\p{L}\p{N}._-]*$/u;
export function isAgreementFile(file: unknown): file is string {
  if (typeof file !== 'string' || file.length > 200 || !/\.ya?ml$/.test(file)) return false;
  const parts = file.split('/');
  return parts.length <= 3 && parts.every((p) => SEGMENT.test(p));
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_FILE_BYTES;
const keysAre = (v: object, keys: string[]) =>
  Object.keys(v).length === keys.length && keys.every((k) => Object.hasOwn(v, k));

function asRecord(value: unknown, realDir: string): UndoRecord | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const v = value as Record<string, unknown>;
  if (!keysAre(v, ['format', 'folder', 'files']) || v.format !== UNDO_FORMAT || v.folder !== realDir)
    return null;
  const files = v.files;
  if (!Array.isArray(files) || files.length === 0 || files.length > UNDO_MAX_FILES) return null;
  const seen = new Set<string>();
  for (const f of files as unknown[]) {
    if (typeof f !== 'object' || f === null || !keysAre(f, ['file', 'before', 'after', 'id'])) return null;
    const { file, before, after, id } = f as Record<string, unknown>;
    if (!isAgreementFile(file) || seen.has(file)) return null;
    if (typeof id !== 'string' || !FILE_ID.test(id)) return null;
    if (!(before === null || isText(before)) || !isText(after)) return null;
    seen.add(file);
  }
  return value as UndoRecord;
}

export type UndoRead = { kind: 'none' } | { kind: 'damaged' } | { kind: 'record'; record: UndoRecord };

/** The folder's undo record, as far as it can be believed. */
export function readUndo(realDir: string): UndoRead {
  const place = undoPlace(realDir);
  let at = place.base;
  for (const part of [...place.parts, place.file]) {
    at = join(at, part);
    try {
      if (lstatSync(at).isSymbolicLink()) return { kind: 'damaged' };
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'ENOENT' ? { kind: 'none' } : { kind: 'damaged' };
    }
  }
  const read = readRegular(at, MAX_UNDO_BYTES);
  if (!read.ok) return { kind: 'damaged' };
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(read.bytes));
  } catch {
    return { kind: 'damaged' };
  }
  const record = asRecord(value, realDir);
  return record ? { kind: 'record', record } : { kind: 'damaged' };
}
