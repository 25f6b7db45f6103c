import { existsSync, lstatSync, readdirSync, unlinkSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { holdsIdentityNumber } from '../identity/number.js';
import type { Checker } from './checker.js';
import { checksum } from './checksum.js';
import { readSmall } from './read-regular.js';

// The cache keeps, per agreement folder, the value each file's schema accepted, with the text it
// was read from. On unchanged data a command then needs neither the YAML parser nor zod, whose
// loading alone costs more than Node's own start-up (docs/performance.md). A file counts as
// unchanged only when its text is the same to the character; no hash, since loading node:crypto
// costs 5 ms. Files with findings are never cached, so each of their findings comes from a real parse.
// Nor is anything that holds a national identity number (clause 7): not a file whose text, values or
// name hold one, not a folder whose path does. The number stays in the data, where the privacy rule
// reports it, and is never copied into a cache that outlives its removal from the data.

export const CACHE_FOLDER = 'samarbeid-cache';
// 2: entries carried a checksum of kind, text and value. 3: the record's first line is the
// checksum of the rest, one pass over the text instead of one per entry and a JSON.stringify of
// each value (start-up; docs/performance.md).
const FORMAT = 3;
// A record this large is not read (the next run parses); a tag or a `.git` file is a line.
const MAX_RECORD_BYTES = 64 * 1024 * 1024;
export const MAX_SMALL_FILE = 64 * 1024;
const TAG_MARK = '# A cache of samarbeid. See https://bford.info/cachedir/';
// A record is named after its folder (`f-` and the encoded path), so that records of folders
// that are gone can be found and removed. A folder whose name would pass a file system's limit
// of 255 bytes is not cached.
const MAX_NAME = 200;

interface Entry {
  kind: string;
  text: string;
  value: unknown;
}

interface FolderRecord {
  format: number;
  build: string;
  folder: string;
  files: Record<string, Entry>;
}

interface FolderState {
  dir: string;
  /** The record's name in the cache folder; null when the folder is not cached (the name would be too long). */
  name: string | null;
  /** Entries read from the record and not (yet) matched by a file. */
  stored: Record<string, Entry>;
  /** Entries matched or added in this run: what the record is rewritten to. */
  used: Record<string, Entry>;
  changed: boolean;
  /** Loaded whole, not only peeked at: only then is its record rewritten. */
  complete: boolean;
}

/** Thrown by a cache-only checker at the first file the cache cannot answer for. */
export class CacheMiss extends Error {}

export interface Checkers {
  /** For an agreement folder that is loaded whole. */
  folder(dir: string): Checker;
  /** For a neighbour that is only peeked at (its id and `supersedes`). */
  neighbour(dir: string): Checker;
}

export const uncached = (check: Checker): Checkers => ({ folder: () => check, neighbour: () => check });

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The one writer (src/edit/safe-write.ts: every byte, no link followed), which the caller hands
 * to save(): edit is a room above load, so load does not import it.
 */
export interface CacheWriter {
  userFolder(dir: string): string;
  writeBelow(root: string, file: string, text: string, options?: { fsync?: boolean }): unknown;
}

export class FileCache {
  private readonly folders = new Map<string, FolderState>();

  /**
   * @param dir where the records live
   * @param base the folder that record names are relative to (the one that holds `dir`)
   * @param build changes whenever the code that checks files may have changed
   */
  constructor(
    readonly dir: string,
    private readonly base: string,
    private readonly build: string,
  ) {}

  /** Checkers that answer from the cache, and ask `fallback` (or throw CacheMiss) for the rest. */
  checkers(fallback: Checker | null): Checkers {
    return {
      folder: (dir) => this.checker(this.state(dir, true), fallback),
      neighbour: (dir) => this.checker(this.state(dir, false), fallback),
    };
  }

  private checker(state: FolderState, fallback: Checker | null): Checker {
    return (kind, source) => {
      const stored = state.stored[source.file];
      if (stored?.kind === kind && stored.text === source.text) {
        // The text read from disk is kept anyway; holding the record's copy too would double it.
        state.used[source.file] = { ...stored, text: source.text };
        delete state.stored[source.file];
        return { ok: true, value: stored.value };
      }
      if (!fallback) throw new CacheMiss(source.file);
      const checked = fallback(kind, source);
      if (checked.ok && !holdsNumber(source.file, source.text, checked.value)) {
        state.used[source.file] = { kind, text: source.text, value: checked.value };
        state.changed = true;
      }
      return checked;
    };
  }

  private state(dir: string, complete: boolean): FolderState {
    const folder = relative(this.base, dir);
    const name = `f-${encodeURIComponent(folder)}.json`;
    const cached = name.length <= MAX_NAME && !holdsIdentityNumber(dir) ? name : null;
    // A second pass (after a miss) starts from what the first one read.
    const before = this.folders.get(dir);
    const state: FolderState = {
      dir,
      name: cached,
      stored: before
        ? { ...before.stored, ...before.used }
        : cached
          ? this.read(join(this.dir, cached), dir)
          : {},
      used: {},
      changed: false,
      complete,
    };
    this.folders.set(dir, state);
    return state;
  }

  private read(path: string, dir: string): Record<string, Entry> {
    try {
      const text = readSmall(path, MAX_RECORD_BYTES);
      if (text === null) return {};
      // Only values this build's schema accepted reach the engine: a record whose checksum does not
      // vouch for every character is a miss, and its files are parsed again.
      const newline = text.indexOf('\n');
      const body = text.slice(newline + 1);
      if (newline < 0 || text.slice(0, newline) !== checksum(body)) return {};
      const record: unknown = JSON.parse(body);
      if (!isRecord(record) || record.format !== FORMAT || record.build !== this.build) return {};
      if (record.folder !== dir || !isRecord(record.files)) return {};
      const files: Record<string, Entry> = {};
      for (const [file, entry] of Object.entries(record.files)) {
        if (!isRecord(entry) || typeof entry.kind !== 'string' || typeof entry.text !== 'string') continue;
        files[file] = { kind: entry.kind, text: entry.text, value: entry.value };
      }
      return files;
    } catch {
      return {};
    }
  }

  /**
   * Writes the records of the folders loaded whole, holding only the files they have now: an
   * edited or deleted file's old content does not linger. Records of folders that are gone are
   * removed. A cache that cannot be written is no error; the next run parses again.
   */
  async save(writer: () => Promise<CacheWriter>): Promise<void> {
    const written = [...this.folders.values()].filter(
      (s) => s.complete && s.name && (s.changed || Object.keys(s.stored).length > 0),
    );
    if (written.length === 0) return;
    try {
      // Only runs that parsed something write, so start-up on unchanged data does without it.
      const { userFolder, writeBelow } = await writer();
      const root = userFolder(this.dir);
      if (!this.prepare(root, writeBelow)) return;
      for (const state of written) {
        const record: FolderRecord = {
          format: FORMAT,
          build: this.build,
          folder: state.dir,
          files: state.used,
        };
        const body = JSON.stringify(record);
        // No fsync: a record lost in a crash costs one slower run. No link is written through.
        writeBelow(root, state.name!, `${checksum(body)}\n${body}`, { fsync: false });
      }
      this.prune();
    } catch {
      // Read-only checkouts and full disks still get correct answers, only slower ones.
    }
  }

  /**
   * Makes the folder, or finds it made by samarbeid (its tag names us). A SAMARBEID_CACHE_DIR
   * that already holds other things is not ours: pruning there could delete someone's files.
   */
  private prepare(root: string, write: (root: string, file: string, text: string) => void): boolean {
    const tag = join(root, 'CACHEDIR.TAG');
    if (existsSync(tag)) return readSmall(tag, MAX_SMALL_FILE)?.includes(TAG_MARK) === true;
    if (!madeHere(root)) return false;
    // For a SAMARBEID_CACHE_DIR inside a work tree; and backup tools skip a tagged folder.
    write(root, '.gitignore', IGNORE_TEXT);
    write(root, 'CACHEDIR.TAG', `Signature: 8a477f597d28d172789f06886806bc55\n${TAG_MARK}\n`);
    return true;
  }

  private prune(): void {
    for (const name of readdirSync(this.dir)) {
      if (!name.startsWith('f-') || !name.endsWith('.json')) continue;
      const folder = safeDecode(name.slice('f-'.length, -'.json'.length));
      if (folder !== null && !existsSync(join(resolve(this.base, folder), 'agreement.yaml')))
        if (lstatSync(join(this.dir, name)).isFile()) unlinkSync(join(this.dir, name));
    }
  }
}

const IGNORE_TEXT = '# Created by samarbeid; safe to delete.\n*\n';
const PREPARE_TEMP = /^(\.gitignore|CACHEDIR\.TAG)\.samarbeid-\d+\.tmp$/;

/**
 * An untagged folder is made here when it is empty, or holds only what a `prepare` cut short left
 * (a full disk after `.gitignore`, a kill before the tag was renamed into place): that is finished,
 * its temporary files removed, or the cache would stay off for good. Anything else is someone's.
 */
function madeHere(root: string): boolean {
  const names = readdirSync(root);
  const ours = (name: string) =>
    PREPARE_TEMP.test(name) ||
    (name === '.gitignore' && readSmall(join(root, name), MAX_SMALL_FILE) === IGNORE_TEXT);
  if (!names.every(ours)) return false;
  for (const name of names) if (PREPARE_TEMP.test(name)) unlinkSync(join(root, name));
  return true;
}

function holdsNumber(file: string, text: string, value: unknown): boolean {
  return holdsIdentityNumber(file) || holdsIdentityNumber(text) || stringsOf(value).some(holdsIdentityNumber);
}

function stringsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsOf(v, out);
  else if (isRecord(value))
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      stringsOf(v, out);
    }
  return out;
}

function safeDecode(name: string): string | null {
  try {
    return decodeURIComponent(name);
  } catch {
    return null;
  }
}
