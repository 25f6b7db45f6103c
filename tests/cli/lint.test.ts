import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runBin } from '../helpers.js';
import { validNumber } from '../identity-numbers.js';
import { sarifErrors } from '../sarif-schema.js';

const AS_OF = ['--as-of', '2026-11-22'];

/** A copy of tests/fixtures/lint-workspace (see its README), with `files` written over it. */
function workspace(files: Record<string, string> = {}): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'samarbeid-lint-')), 'ws');
  cpSync(join(FIXTURES, 'lint-workspace'), dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
}

const json = (stdout: string) =>
  JSON.parse(stdout) as { findings: Array<{ file: string; rule: string; severity: string; line: number }> };

describe('validate with file paths (what pre-commit passes)', () => {
  it('reports only the findings in the named file, from its agreement', () => {
    const ws = workspace();
    const run = runBin(['validate', 'one/meetings/2026.yaml', '--format', 'json', ...AS_OF], { cwd: ws });
    expect(run.status).toBe(0);
    expect(json(run.stdout).findings.map((f) => [f.file, f.rule])).toEqual([
      ['one/meetings/2026.yaml', 'stale-planned'],
    ]);
    expect(run.stderr).toBe('');
  });

  it('several files of several agreements: the findings of those files and the exit code they give', () => {
    const ws = workspace();
    const files = ['one/people.yaml', 'two/agreement.yaml'];
    const run = runBin(['validate', ...files, '--format', 'json', ...AS_OF], { cwd: ws });
    expect(run.status).toBe(1);
    expect(json(run.stdout).findings.map((f) => [f.file, f.rule])).toEqual([
      ['two/agreement.yaml', 'schema'],
    ]);
    // A clean file of a broken agreement passes: the error is in a file not named.
    expect(runBin(['validate', 'two/people.yaml', ...AS_OF], { cwd: ws }).status).toBe(0);
  });

  it('a file outside every agreement is one line and exit 2; a file samarbeid does not read is said on stderr', () => {
    const ws = workspace();
    const outside = runBin(['validate', 'README.md'], { cwd: ws });
    expect(outside.status).toBe(2);
    expect(outside.stderr).toBe(
      'samarbeid: README.md ligger ikke i noen avtalemappe (ingen agreement.yaml i mappen eller over den)\n',
    );
    writeFileSync(join(ws, 'one', 'notes.txt'), 'notater\n');
    const unknown = runBin(['validate', 'one/notes.txt', ...AS_OF], { cwd: ws });
    expect(unknown.status).toBe(0);
    expect(unknown.stderr).toBe(
      'samarbeid: one/notes.txt er ikke en av filene samarbeid leser, og er ikke sjekket\n',
    );
  });
});

describe('from a folder inside a workspace', () => {
  it('finds the agreement above and says so on stderr only', () => {
    const ws = workspace();
    const run = runBin(['validate', '--format', 'json', '--lang', 'en', ...AS_OF], {
      cwd: join(ws, 'one', 'meetings'),
    });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('samarbeid: Using the agreement in ..\n');
    expect(json(run.stdout).findings.map((f) => [f.file, f.rule])).toEqual([
      ['../meetings/2026.yaml', 'stale-planned'],
    ]);
  });

  it('finds the workspace root (samarbeid.yaml) above a folder without agreements', () => {
    const ws = workspace({ 'samarbeid.yaml': 'lang: nn\n' });
    cpSync(join(ws, 'README.md'), join(ws, 'docs', 'README.md'), { recursive: true });
    const run = runBin(['status', ...AS_OF], { cwd: join(ws, 'docs') });
    expect(run.stderr).toContain('samarbeid: Brukar arbeidsområdet i ..\n');
    expect(run.stdout).toContain('Minimal avtale');
    expect(run.stdout).toContain('../two\n  ugyldige data');
  });

  it('record takes `.` in meetings/ as the agreement above, and says so', () => {
    const ws = workspace();
    const args = ['record', 'meeting', '.', '--body', 'top', '--date', '08.12.2026', '--status', 'planned'];
    const run = runBin([...args, '--dry-run', ...AS_OF], { cwd: join(ws, 'one', 'meetings') });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('samarbeid: Bruker avtalen i ..\n');
    expect(run.stdout).toContain('+  - id: 2026-12-08-top');
  });

  it('says nothing when the working folder is itself the agreement', () => {
    const run = runBin(['validate', ...AS_OF], { cwd: join(workspace(), 'one') });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});

describe('samarbeid.yaml', () => {
  it('a rule set to error fails the run; set to off, the finding is gone', () => {
    const error = runBin(['validate', 'one', ...AS_OF], {
      cwd: workspace({ 'samarbeid.yaml': 'rules:\n  stale-planned: error\n' }),
    });
    expect(error.status).toBe(1);
    expect(error.stdout).toContain('feil [stale-planned]');
    const off = runBin(['validate', '--format', 'json', ...AS_OF], {
      cwd: workspace({ 'samarbeid.yaml': 'rules:\n  schema: off\n  stale-planned: off\n' }),
    });
    expect(off.status).toBe(0);
    expect(json(off.stdout).findings).toEqual([]);
  });

  it('an unknown rule code is a finding in the config, at its line, with the closest code', () => {
    const ws = workspace({ '.samarbeid.yaml': '# lint\nrules:\n  stale-planed: off\n' });
    const run = runBin(['validate', 'one', '--lang', 'en', ...AS_OF], { cwd: ws });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      '.samarbeid.yaml:3:3 error [schema] Unknown rule code "stale-planed"; did you mean "stale-planned"?',
    );
  });

  it('lang is the default for --lang; --lang still wins', () => {
    const ws = workspace({ 'samarbeid.yaml': 'lang: en\n' });
    expect(runBin(['validate', ...AS_OF], { cwd: ws }).stdout).toContain(
      '2 agreements checked: 1 error, 1 warning',
    );
    expect(runBin(['validate', '--lang', 'nn', ...AS_OF], { cwd: ws }).stdout).toContain('2 avtalar sjekka');
  });

  it('samarbeid.yaml and .samarbeid.yaml together are a usage error', () => {
    const run = runBin(['validate'], { cwd: workspace({ 'samarbeid.yaml': '', '.samarbeid.yaml': '' }) });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      'samarbeid: både samarbeid.yaml og .samarbeid.yaml finnes; behold bare én av dem\n',
    );
  });

  it('a committed samarbeid.yaml cannot hide an identity number in a comment: validate reports it, masked', () => {
    const n = validNumber('010190100');
    const ws = workspace({ 'samarbeid.yaml': `# spør Ola (${n.slice(0, 6)} ${n.slice(6)})\nlang: nb\n` });
    for (const args of [
      ['validate', ...AS_OF],
      ['validate', 'samarbeid.yaml', ...AS_OF],
    ]) {
      const run = runBin([...args, '--format', 'json'], { cwd: ws });
      expect(run.status).toBe(1);
      const found = json(run.stdout).findings.filter((f) => f.rule === 'privacy');
      expect(found.map((f) => [f.file, f.line, f.severity])).toEqual([['samarbeid.yaml', 1, 'error']]);
      expect(run.stdout).toContain(`******${n.slice(6)}`);
      expect(run.stdout + run.stderr).not.toContain(n.slice(0, 6));
    }
    // The config cannot turn its own finding off.
    const off = workspace({ 'samarbeid.yaml': `rules:\n  privacy: off # ${n}\n` });
    const run = runBin(['validate', 'samarbeid.yaml', '--format', 'json', ...AS_OF], { cwd: off });
    expect(run.status).toBe(1);
    expect(json(run.stdout).findings.map((f) => [f.rule, f.line])).toEqual([['privacy', 2]]);
  });

  it('named alone (pre-commit after an edit of it), the config is checked', () => {
    const ws = workspace({ 'samarbeid.yaml': 'rule: {}\n' });
    const run = runBin(['validate', 'samarbeid.yaml', '--format', 'json'], { cwd: ws });
    expect(run.status).toBe(1);
    expect(json(run.stdout).findings.map((f) => [f.file, f.line])).toEqual([['samarbeid.yaml', 1]]);
  });
});

describe('--no-warnings', () => {
  it('hides warnings; the exit code follows the errors', () => {
    const ws = workspace();
    const run = runBin(['validate', '--no-warnings', '--format', 'json', ...AS_OF], { cwd: ws });
    expect(run.status).toBe(1);
    expect(json(run.stdout).findings.map((f) => f.severity)).toEqual(['error']);
    const one = runBin(['validate', 'one', '--no-warnings', ...AS_OF], { cwd: ws });
    expect(one.status).toBe(0);
    expect(one.stdout).toBe('1 avtale sjekket: ingen funn\n');
  });
});

describe('--format gitlab and sarif', () => {
  it('GitLab fingerprints stay the same when lines are added above the finding', () => {
    const ws = workspace();
    const before = JSON.parse(runBin(['validate', '--format', 'gitlab', ...AS_OF], { cwd: ws }).stdout);
    const file = join(ws, 'one', 'meetings', '2026.yaml');
    writeFileSync(file, `# Møter i 2026\n# (ført av sekretariatet)\n${readFileSync(file, 'utf8')}`);
    const after = JSON.parse(runBin(['validate', '--format', 'gitlab', ...AS_OF], { cwd: ws }).stdout);
    expect(after.map((i: { location: { lines: { begin: number } } }) => i.location.lines.begin)).toEqual([
      5, 4,
    ]);
    expect(before.map((i: { location: { lines: { begin: number } } }) => i.location.lines.begin)).toEqual([
      3, 4,
    ]);
    expect(after.map((i: { fingerprint: string }) => i.fingerprint)).toEqual(
      before.map((i: { fingerprint: string }) => i.fingerprint),
    );
    expect(after[0]).toMatchObject({
      check_name: 'stale-planned',
      severity: 'minor',
      location: { path: 'one/meetings/2026.yaml' },
    });
  });

  it('SARIF from the CLI is valid SARIF 2.1.0, messages in the chosen language', () => {
    const run = runBin(['validate', '--format', 'sarif', '--lang', 'nn', ...AS_OF], { cwd: workspace() });
    expect(run.status).toBe(1);
    const log = JSON.parse(run.stdout);
    expect(sarifErrors(log)).toEqual([]);
    expect(log.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(['stale-planned', 'schema']);
    expect(log.runs[0].results[1].message.text).toBe('Ukjend nøkkel «titel»; meinte du «title»?');
  });
});
