import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, runBin } from '../helpers.js';
import { readableByAll, unprivileged } from '../unprivileged.js';

// Item 11 of issue 12 (SPEC section 7, bad input): every kind of thing that can stand where a data
// file or folder is expected, at every such place, under every read-only command and format.
const SECRET = 'SECRET-c2VjcmV0LXRva2Vu';
const FILES = [
  'agreement.yaml',
  'people.yaml',
  'working-groups.yaml',
  'sub-agreements.yaml',
  'evaluations.yaml',
  'meetings/2026.yaml',
  'action-plans/p.yaml',
];
const FOLDERS = ['meetings', 'action-plans'];
const KINDS = [
  'regular',
  'fifo',
  'dev-zero',
  'dev-stdin',
  'dev-urandom',
  'directory',
  'file-for-folder',
  'link-outside',
  'unreadable',
  'dangling-link',
] as const;
type Kind = (typeof KINDS)[number];

const COMMANDS: string[][] = [
  ...['text', 'json', 'github'].map((f) => ['validate', '--format', f]),
  ...['text', 'json', 'markdown', 'csv', 'html'].map((f) => ['status', '--format', f]),
  ...['text', 'markdown', 'ics', 'json', 'csv', 'html'].map((f) => ['remind', '--format', f]),
  ...['markdown', 'json', 'html'].map((f) => ['report', '--year', '2026', '--format', f]),
];

let ws = '';
let outside = '';
let stdinPipe = '';
let stdin = -1;
const folders: string[] = [];

// Root reads the `unreadable` kind: as root the runs drop to nobody (tests/unprivileged.ts), and
// when they cannot, the kind is still planted but read, and the run says so.
const asNobody = unprivileged(ROOT);
if (!asNobody.ok)
  console.warn(`tests/cli/file-kinds-fuzz: the unreadable kind is read as root, ${asNobody.reason}`);

/** Puts `kind` at `place` (a file or folder of the agreement folder `dir`), replacing what was there. */
function plant(dir: string, place: string, kind: Kind, isFolder: boolean): void {
  const path = join(dir, place);
  rmSync(path, { recursive: true, force: true });
  mkdirSync(dirname(path), { recursive: true });
  const link = (target: string) => symlinkSync(target, path);
  switch (kind) {
    case 'regular':
      if (isFolder) mkdirSync(path);
      else writeFileSync(path, 'schemaVersion: 1\n');
      return;
    case 'fifo':
      expect(spawnSync('mkfifo', [path]).status).toBe(0);
      return;
    case 'dev-zero':
      link('/dev/zero');
      return;
    case 'dev-stdin':
      link('/dev/stdin');
      return;
    case 'dev-urandom':
      link('/dev/urandom');
      return;
    case 'directory':
      mkdirSync(path);
      return;
    case 'file-for-folder':
      writeFileSync(path, 'schemaVersion: 1\n');
      return;
    case 'link-outside':
      link(isFolder ? join(outside, 'meetings') : join(outside, 'config'));
      return;
    case 'unreadable':
      if (isFolder) mkdirSync(path);
      else writeFileSync(path, 'schemaVersion: 1\n');
      chmodSync(path, 0o000);
      return;
    case 'dangling-link':
      link(join(dir, 'nothing-here.yaml'));
      return;
    default: {
      const never: never = kind;
      throw new Error(String(never));
    }
  }
}

beforeAll(() => {
  outside = mkdtempSync(join(tmpdir(), 'samarbeid-secret-'));
  const secret = `[http]\n\textraheader = AUTHORIZATION: basic ${SECRET}\n`;
  writeFileSync(join(outside, 'config'), secret);
  mkdirSync(join(outside, 'meetings'));
  writeFileSync(join(outside, 'meetings', '2026.yaml'), secret);
  ws = mkdtempSync(join(tmpdir(), 'samarbeid-kinds-'));
  const places = [...FILES.map((p) => [p, false] as const), ...FOLDERS.map((p) => [p, true] as const)];
  for (const [place, isFolder] of places) {
    for (const kind of KINDS) {
      const dir = join(ws, `${place.replace(/[/.]/g, '-')}--${kind}`);
      cpSync(join(FIXTURES, 'minimal'), dir, { recursive: true });
      plant(dir, place, kind, isFolder);
      folders.push(dir);
    }
  }
  // nobody reads all but the unreadable kind, whatever the umask (tests/unprivileged.ts).
  readableByAll(outside);
  readableByAll(ws);
  // Standard input stays open (we hold its writing end): a read of /dev/stdin would wait for ever.
  stdinPipe = join(outside, 'stdin');
  expect(spawnSync('mkfifo', [stdinPipe]).status).toBe(0);
  stdin = openSync(stdinPipe, 'r+');
});

afterAll(() => {
  if (stdin >= 0) closeSync(stdin);
});

function expectSafe(args: string[], label: string) {
  const run = runBin([...args, '--as-of', '2026-11-22', '--no-cache', '--lang', 'en'], {
    timeout: 15_000,
    unprivileged: asNobody.ok,
    stdin,
  });
  expect(run.status, `${label}: timed out or killed\n${run.stderr}`).not.toBeNull();
  expect([0, 1, 2], `${label}: exit ${run.status}\n${run.stderr}`).toContain(run.status);
  expect(run.stderr, label).not.toMatch(/\bat .*\.js:\d+/);
  expect(run.stdout + run.stderr, label).not.toContain(SECRET);
}

describe('item 11: file kinds at every data position, every read-only command', () => {
  it('item 11: the whole workspace, every command and format: no hang, no exit 3, no secret', () => {
    for (const command of COMMANDS) expectSafe([...command, ws], command.join(' '));
  }, 240_000);

  it('item 11: agreement folders named directly, commands in turn: no hang, no exit 3, no secret', () => {
    // Named directly, a folder is read as an agreement even when its agreement.yaml is odd; ten
    // folders a run, so that every command and format meets every kind at some place.
    for (let i = 0; i * 10 < folders.length; i++) {
      const command = COMMANDS[i % COMMANDS.length]!;
      const named = folders.filter((_, j) => j % Math.ceil(folders.length / 10) === i);
      expectSafe([...command, ...named], `${command.join(' ')} ${named.join(' ')}`);
    }
  }, 240_000);
});
