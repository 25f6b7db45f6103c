import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agreementWith, FIXTURES, ROOT, runBin } from '../helpers.js';
import { readableByAll, unprivileged } from '../unprivileged.js';

const AS_OF = ['--as-of', '2026-11-22', '--lang', 'en', '--no-cache'];
const SECRET = 'c2VjcmV0LXRva2Vu';
const noStack = (text: string) => expect(text).not.toMatch(/\bat .*\.js:\d+/);
const oneLine = (text: string) => expect(text.trim().split('\n')).toHaveLength(1);
const mkfifo = (path: string) => expect(spawnSync('mkfifo', [path]).status).toBe(0);

/** A workspace folder that nobody (the unprivileged user) may read, holding copies of `minimal`. */
function workspace(...names: string[]): string {
  const ws = mkdtempSync(join(tmpdir(), 'samarbeid-files-'));
  for (const name of names) cpSync(join(FIXTURES, 'minimal'), join(ws, name), { recursive: true });
  readableByAll(ws);
  return ws;
}

/** validate must end quickly, with exit 1 and the rule's finding, and no stack trace. */
function validateFinds(folder: string, rule: string, timeout = 10_000) {
  const run = runBin(['validate', folder, ...AS_OF], { timeout });
  expect(run.status, run.stderr).toBe(1);
  expect(run.stdout).toContain(`[${rule}]`);
  noStack(run.stderr);
  return run;
}

describe('item 1: only regular files are read, never more than the limit', () => {
  it('item 1: a meeting file linked to /dev/zero is a finding, and not read', () => {
    const folder = agreementWith({ 'meetings/2026.yaml': 'schemaVersion: 1\nmeetings: []\n' });
    symlinkSync('/dev/zero', join(folder, 'meetings', '2027.yaml'));
    validateFinds(folder, 'file-outside');
  });

  it('item 1: people.yaml linked to /dev/stdin does not hang', () => {
    const folder = agreementWith({ 'people.yaml': null });
    symlinkSync('/dev/stdin', join(folder, 'people.yaml'));
    // Standard input is a pipe that stays open (this test holds its writing end): reading it
    // would wait for ever. Its real path is /proc/self/fd/0 or no path: outside, or unreadable.
    const pipe = join(folder, '..', 'stdin');
    mkfifo(pipe);
    const stdin = openSync(pipe, 'r+');
    const run = runBin(['validate', folder, ...AS_OF], { timeout: 10_000, stdin });
    closeSync(stdin);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/people\.yaml:1:1 error \[file-(outside|unreadable)\]/);
  });

  it('item 1: a FIFO as people.yaml does not hang; it is a finding', () => {
    const folder = agreementWith({ 'people.yaml': null });
    mkfifo(join(folder, 'people.yaml'));
    const run = validateFinds(folder, 'file-not-regular');
    expect(run.stdout).toContain('This is not a regular file but a named pipe (FIFO)');
  });

  it('item 1: a folder named like a data file, or agreement.yaml being a folder, is a finding', () => {
    const folder = agreementWith({ 'agreement.yaml': null });
    mkdirSync(join(folder, 'agreement.yaml'));
    mkdirSync(join(folder, 'meetings', '2026.yaml'), { recursive: true });
    const run = validateFinds(folder, 'file-not-regular');
    expect(run.stdout).toContain('agreement/agreement.yaml');
    expect(run.stdout).toContain('agreement/meetings/2026.yaml');
    expect(runBin(['status', folder, ...AS_OF]).status).toBe(1);
  });
});

describe('item 2: a data file or folder whose real path leaves the agreement folder is not read', () => {
  const secretOutside = () => {
    const outside = mkdtempSync(join(tmpdir(), 'samarbeid-secret-'));
    const secret = `[http]\n\textraheader = AUTHORIZATION: basic ${SECRET}\n`;
    writeFileSync(join(outside, 'config'), secret);
    mkdirSync(join(outside, 'meetings'));
    writeFileSync(join(outside, 'meetings', '2026.yaml'), secret);
    return outside;
  };

  it('item 2: a data file linked to a git config outside is a finding; its content is never shown', () => {
    const outside = secretOutside();
    const folder = agreementWith({ 'people.yaml': null });
    symlinkSync(join(outside, 'config'), join(folder, 'people.yaml'));
    symlinkSync(join(outside, 'meetings'), join(folder, 'meetings'));
    const run = validateFinds(folder, 'file-outside');
    expect(run.stdout).toContain('agreement/people.yaml');
    expect(run.stdout).toContain('agreement/meetings');
    for (const args of [['validate'], ['status'], ['remind'], ['remind', '--format', 'ics']]) {
      const r = runBin([...args, folder, ...AS_OF, '--format', args[2] ?? 'json']);
      expect(r.stdout + r.stderr).not.toContain(SECRET);
      expect(r.status).toBe(1);
    }
  });

  it('item 2: a relative link out (../../.git/config) from a directly named agreement is not read', () => {
    const ws = workspace('a');
    mkdirSync(join(ws, '.git'));
    writeFileSync(join(ws, '.git', 'config'), `[http]\n\textraheader = ${SECRET}\n`);
    rmSync(join(ws, 'a', 'people.yaml'));
    symlinkSync('../.git/config', join(ws, 'a', 'people.yaml'));
    const run = validateFinds(join(ws, 'a'), 'file-outside');
    expect(run.stdout).not.toContain(SECRET);
  });

  it('item 2: a link that stays inside the agreement folder is read', () => {
    const folder = agreementWith({ 'archive/2026.yaml': 'schemaVersion: 1\nmeetings: []\n' });
    mkdirSync(join(folder, 'meetings'));
    symlinkSync('../archive/2026.yaml', join(folder, 'meetings', '2026.yaml'));
    expect(runBin(['validate', folder, ...AS_OF]).status).toBe(0);
  });
});

// Root reads every folder: as root these runs drop to nobody (tests/unprivileged.ts).
const asNobody = unprivileged(ROOT);
if (!asNobody.ok)
  console.warn(`tests/cli/special-files: the unreadable-folder tests are skipped, ${asNobody.reason}`);

describe.skipIf(!asNobody.ok)(
  'item 4: one unreadable folder is a finding for that folder, not the end of the run',
  () => {
    it('item 4: an unreadable subfolder of a workspace is a finding; the other agreements are checked', () => {
      const ws = workspace('a', 'b');
      chmodSync(join(ws, 'b'), 0o000);
      const run = runBin(['validate', ws, ...AS_OF], { unprivileged: true });
      expect(run.status, run.stderr).toBe(1);
      expect(run.stdout).toMatch(/b:1:1 error \[folder-unreadable\] The folder cannot be read \(EACCES\)/);
      const status = runBin(['status', ws, ...AS_OF, '--format', 'json'], { unprivileged: true });
      expect(status.status).toBe(1);
      const states = JSON.parse(status.stdout).agreements.map(
        (a: { path: string; state: string }) => a.state,
      );
      expect(states).toContain('active');
    });

    it('item 4: an unreadable meetings/ of a directly named agreement is a finding', () => {
      const ws = workspace('a');
      mkdirSync(join(ws, 'a', 'meetings'));
      chmodSync(join(ws, 'a', 'meetings'), 0o000);
      const run = runBin(['validate', join(ws, 'a'), ...AS_OF], { unprivileged: true });
      expect(run.status, run.stderr).toBe(1);
      expect(run.stdout).toContain('[folder-unreadable] The folder cannot be read (EACCES)');
      noStack(run.stderr);
    });
  },
);

describe('item 5: never exit 3 for a file where a folder should be, or a folder where a file should be', () => {
  it('item 5: a regular file named meetings or action-plans is a finding', () => {
    for (const name of ['meetings', 'action-plans']) {
      const folder = agreementWith({ [name]: 'schemaVersion: 1\n' });
      const run = validateFinds(folder, 'folder-unreadable');
      expect(run.stdout).toContain(`${name}/ should be a folder but is a file`);
      expect(runBin(['status', folder, ...AS_OF]).status).toBe(1);
    }
  });

  it('item 5: remind --out into /proc, or through a file: one line, exit 2, no hang', () => {
    for (const out of ['/proc/x', join(ROOT, 'package.json')]) {
      const run = runBin(['remind', 'data', '--out', out, ...AS_OF], { timeout: 10_000 });
      expect(run.status, run.stderr).toBe(2);
      oneLine(run.stderr);
      noStack(run.stderr);
    }
  });

  it('item 5: remind --out onto a FIFO named like the output file: one line, exit 2, no hang', () => {
    const out = mkdtempSync(join(tmpdir(), 'samarbeid-out-'));
    mkfifo(join(out, 'buskerud-2024.txt'));
    const run = runBin(['remind', 'data', '--out', out, ...AS_OF], { timeout: 10_000 });
    expect(run.status, run.stderr).toBe(2);
    oneLine(run.stderr);
  });

  it('item 5: a cache record whose value has wrong types changes nothing (no exit 3)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'samarbeid-cache-bad-'));
    mkdirSync(join(dir, '.git'));
    cpSync(join(ROOT, 'data'), join(dir, 'data'), { recursive: true });
    const args = ['status', 'data', '--as-of', '2026-11-22', '--format', 'json'];
    const fresh = runBin([...args, '--no-cache'], { cwd: dir });
    runBin(args, { cwd: dir });
    const record = join(dir, '.git', 'samarbeid-cache', 'f-data%2Fbuskerud-2024.json');
    // The record's first line is the checksum of the JSON after it (src/load/file-cache.ts).
    const [sum, body] = readFileSync(record, 'utf8').split(/\n(.*)/s);
    const parsed = JSON.parse(body!);
    for (const entry of Object.values(parsed.files) as Array<{ value: Record<string, unknown> }>) {
      if ('validity' in entry.value) entry.value.validity = 5;
      if ('meetings' in entry.value) entry.value.meetings = [{ date: 7 }];
    }
    writeFileSync(record, `${sum}\n${JSON.stringify(parsed)}`);
    const spoilt = runBin(args, { cwd: dir });
    expect([spoilt.status, spoilt.stdout, spoilt.stderr]).toEqual([fresh.status, fresh.stdout, fresh.stderr]);
  });
});

describe('item 6: remind --out never writes two agreements to one file', () => {
  it('item 6: two agreements with the same id: one line, exit 2, nothing written', () => {
    const ws = workspace('a', 'b');
    const out = join(ws, 'out');
    const run = runBin(['remind', ws, '--out', out, ...AS_OF]);
    expect(run.status).toBe(2);
    oneLine(run.stderr);
    expect(run.stderr).toContain('"minimal"');
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });
});
