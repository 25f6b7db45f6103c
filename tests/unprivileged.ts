import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  cpSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll } from 'vitest';

// Tests of permission behaviour (a folder the CLI may not read) need a user whom file permissions
// bind; root reads everything. As root the suite drops to nobody with setpriv (util-linux). nobody
// must then reach node and the CLI, but the clone may sit under a folder only its owner can read
// (a home folder with mode 0700, `mktemp -d`): so the runs use a copy of what the package ships
// (package.json and its `files`: bin/, dist/ and the data and schemas they read; the bundle
// imports nothing but Node's built-in modules) in a folder under the temporary folder that
// everyone can read, and a copy of node too when nobody cannot run the one running the tests.

/** How to run the built CLI as a user bound by file permissions, or why that cannot be done here. */
export type Unprivileged =
  | { ok: true; command: string; prefix: string[]; bin: string; cwd: string | undefined }
  | { ok: false; reason: string };

const NOBODY = ['--reuid=65534', '--regid=65534', '--clear-groups'];

let found: Unprivileged | undefined;

/**
 * Worked out once per test file, at its top level: a copy is made only for files that need one,
 * and removed after the file's tests (vitest ends its workers without an `exit` event).
 */
export function unprivileged(root: string): Unprivileged {
  found ??= findUnprivileged(root);
  return found;
}

/** What `unprivileged` found for this test file; runBin asks, and a file that did not ask fails. */
export function unprivilegedFound(): Unprivileged {
  if (!found) throw new Error('call unprivileged(ROOT) at the top of the test file that runs unprivileged');
  return found;
}

function findUnprivileged(root: string): Unprivileged {
  // Not root: the tests' own user is bound by file permissions already.
  if (process.getuid?.() !== 0)
    return {
      ok: true,
      command: process.execPath,
      prefix: [],
      bin: join(root, 'bin', 'samarbeid.js'),
      cwd: undefined,
    };
  if (spawnSync('setpriv', ['--version']).status !== 0)
    return { ok: false, reason: 'running as root without setpriv (util-linux) to drop to nobody' };
  const dir = mkdtempSync(join(tmpdir(), 'samarbeid-unprivileged-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  chmodSync(dir, 0o755);
  const { files } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { files: string[] };
  for (const name of ['package.json', ...files])
    cpSync(join(root, name), join(dir, name), { recursive: true });
  readableByAll(dir);
  const bin = join(dir, 'bin', 'samarbeid.js');
  const runs = (node: string) => spawnSync('setpriv', [...NOBODY, node, bin, '--version']).status === 0;
  if (runs(process.execPath))
    return { ok: true, command: 'setpriv', prefix: [...NOBODY, process.execPath], bin, cwd: dir };
  // nobody cannot run this node (say, one installed under root's home) or read the temporary folder.
  const node = join(dir, basename(process.execPath));
  copyFileSync(process.execPath, node);
  chmodSync(node, 0o755);
  if (runs(node)) return { ok: true, command: 'setpriv', prefix: [...NOBODY, node], bin, cwd: dir };
  return {
    ok: false,
    reason: `nobody (uid 65534) cannot run a copy of the CLI under the temporary folder ${tmpdir()}; set TMPDIR to a folder everyone can read`,
  };
}

/**
 * Lets everyone read `path` and what is below it, where its owner can, as a umask of 022 would
 * have made it: a clone or a test's files made under umask 077 are out of nobody's reach. What
 * the owner cannot read (a test's mode 000) is left as it is, and so are links.
 */
export function readableByAll(path: string): void {
  const stat = lstatSync(path);
  if (stat.isSymbolicLink() || !(stat.mode & 0o400)) return;
  const search = stat.isDirectory() && stat.mode & 0o100 ? 0o011 : 0;
  chmodSync(path, (stat.mode & 0o7777) | 0o044 | search);
  // Not into a folder the owner cannot list: as a plain user that would fail (EACCES).
  if (search) for (const name of readdirSync(path)) readableByAll(join(path, name));
}
