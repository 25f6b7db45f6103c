import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkWorkspace } from '../src/app/check.js';
import { asCalendarDate } from '../src/dates.js';
import { checkText } from '../src/load/check-text.js';
import { discover } from '../src/load/discover.js';
import { uncached } from '../src/load/file-cache.js';
import { loadWorkspace, type Workspace } from '../src/load/workspace.js';
import type { Finding } from '../src/model/finding.js';
import { unprivilegedFound } from './unprivileged.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURES = join(ROOT, 'tests', 'fixtures');
export const BIN = join(ROOT, 'bin', 'samarbeid.js');

/**
 * A temporary agreement folder: the minimal valid agreement with `overlay` on top. An overlay
 * value of null deletes the file. A fixture folder's REMOVE file lists files to delete likewise.
 */
export function agreementWith(overlay: Record<string, string | null> = {}, base = 'minimal'): string {
  const dir = mkdtempSync(join(tmpdir(), 'samarbeid-'));
  const folder = join(dir, 'agreement');
  cpSync(join(FIXTURES, base), folder, { recursive: true });
  for (const [file, text] of Object.entries(overlay)) {
    const path = join(folder, file);
    if (text === null) rmSync(path, { force: true });
    else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    }
  }
  return folder;
}

/** The minimal agreement with a fixture folder of tests/fixtures/bad laid over it. */
export function badFixture(name: string): string {
  const folder = agreementWith();
  cpSync(join(FIXTURES, 'bad', name), folder, { recursive: true });
  let remove = '';
  try {
    remove = readFileSync(join(folder, 'REMOVE'), 'utf8');
  } catch {}
  for (const file of ['REMOVE', ...remove.split('\n').filter(Boolean)])
    rmSync(join(folder, file), { force: true });
  return folder;
}

/** The workspace at `paths`, loaded without a cache, as the CLI would on first run. */
export function workspaceOf(paths: string[], cwd: string): Workspace {
  const found = discover(paths, cwd);
  if (!found.ok) throw new Error(found.message.id);
  return loadWorkspace(found.value, cwd, uncached(checkText));
}

export function findingsOf(folder: string, asOf = '2026-11-22'): Finding[] {
  return checkWorkspace(workspaceOf([folder], folder), asCalendarDate(asOf));
}

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string>;
  /** Milliseconds before the run is killed (its status is then null). */
  timeout?: number;
  /**
   * Run as a user bound by file permissions: as root, nobody, on a copy of the built CLI that
   * nobody can read wherever the clone is (tests/unprivileged.ts); throws when that cannot be done
   * or the test file did not call `unprivileged` at its top level.
   */
  unprivileged?: boolean;
  /** A file descriptor for the run's standard input; default: an empty pipe. */
  stdin?: number;
}

export function runBin(args: string[], options: RunOptions = {}): Run {
  const as = options.unprivileged ? unprivilegedFound() : null;
  // A test that needs permissions to bind skips, with the reason, when they cannot (see unprivileged.ts).
  if (as && !as.ok) throw new Error(`cannot run unprivileged: ${as.reason}`);
  const [command, prefix, bin] = as ? [as.command, as.prefix, as.bin] : [process.execPath, [], BIN];
  const result = spawnSync(command, [...prefix, bin, ...args], {
    cwd: options.cwd ?? as?.cwd ?? ROOT,
    encoding: 'utf8',
    env: { ...withoutColourSettings(), NO_COLOR: '1', ...options.env },
    timeout: options.timeout ?? 20_000,
    maxBuffer: 64 * 1024 * 1024,
    stdio: [options.stdin ?? 'pipe', 'pipe', 'pipe'],
  });
  return { status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

function withoutColourSettings(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  return env;
}
